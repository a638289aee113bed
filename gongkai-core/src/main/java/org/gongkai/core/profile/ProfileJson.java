package org.gongkai.core.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.core.model.Column;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.TableRole;

/**
 * Reads a profile's JSON into a {@link Profile}: a small reader of its own, because a profile is
 * read at the start of nearly every command and a general data-binding library costs several
 * hundred milliseconds to start (more than the whole check of a document). Strict as the format
 * is: an unknown field, a wrong type or an unknown enum value is an error naming where it is.
 */
final class ProfileJson {

    private final String text;
    private int pos;

    private ProfileJson(String text) {
        this.text = text;
    }

    /** The profile in the JSON; the stream is not closed. */
    static Profile read(InputStream in) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("模板（profile）JSON无法读取：" + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        ProfileJson reader = new ProfileJson(text);
        Object tree;
        try {
            tree = reader.document();
        } catch (Bad e) {
            throw new IllegalArgumentException("模板（profile）JSON无效：" + e.getMessage() + "（" + reader.where() + "）");
        }
        try {
            return profile(object(tree, "$"));
        } catch (Bad e) {
            throw new IllegalArgumentException("模板（profile）JSON无效：" + e.getMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("模板（profile）JSON无效：" + e.getMessage(), e);
        }
    }

    // ---- mapping -------------------------------------------------------------------------------

    private static Profile profile(Map<String, Object> m) {
        known(m, "$", "id", "name", "tables", "noDataNote", "tableSectionTitle", "document", "titleKindWords", "workbooks",
                "kinds");
        List<TableSpec> tables = new ArrayList<>();
        List<Object> list = list(required(m, "tables", "$"), "$.tables");
        for (int i = 0; i < list.size(); i++) {
            tables.add(table(object(list.get(i), "$.tables[" + i + "]"), "$.tables[" + i + "]"));
        }
        Object document = m.get("document");
        return new Profile(string(m, "id", "$"), string(m, "name", "$"), tables, string(m, "noDataNote", "$"),
                string(m, "tableSectionTitle", "$"),
                document == null ? null : document(object(document, "$.document")),
                strings(m.get("titleKindWords"), "$.titleKindWords"),
                workbooks(m.get("workbooks")), kinds(m.get("kinds")));
    }

    /**
     * "kinds": {"UNIT": {"tableWord": "预算单位", "tableWords": {"T09": "单位"}, "omitParts": ["PROJECTS"],
     * "omitTopics": ["PROJECT_STATEMENTS"]}}: how a document of a kind prints where it differs.
     */
    private static Map<DisclosureKind, KindWording> kinds(Object value) {
        Map<DisclosureKind, KindWording> out = new java.util.EnumMap<>(DisclosureKind.class);
        if (value == null) {
            return out;
        }
        Map<String, Object> m = object(value, "$.kinds");
        for (String key : m.keySet()) {
            String at = "$.kinds." + key;
            Map<String, Object> k = object(m.get(key), at);
            known(k, at, "tableWord", "tableWords", "omitParts", "omitTopics");
            Map<String, String> words = new java.util.LinkedHashMap<>();
            if (k.get("tableWords") != null) {
                Map<String, Object> w = object(k.get("tableWords"), at + ".tableWords");
                for (String id : w.keySet()) {
                    words.put(id, string(w, id, at + ".tableWords." + id));
                }
            }
            java.util.Set<DocumentPart.Kind> parts = java.util.EnumSet.noneOf(DocumentPart.Kind.class);
            for (String part : k.get("omitParts") == null ? List.<String>of() : strings(k.get("omitParts"), at + ".omitParts")) {
                parts.add(enumValue(DocumentPart.Kind.class, part, at + ".omitParts"));
            }
            java.util.Set<NarrativeTopic> topics = java.util.EnumSet.noneOf(NarrativeTopic.class);
            for (String topic : k.get("omitTopics") == null ? List.<String>of() : strings(k.get("omitTopics"), at + ".omitTopics")) {
                topics.add(enumValue(NarrativeTopic.class, topic, at + ".omitTopics"));
            }
            out.put(enumValue(DisclosureKind.class, key, "$.kinds"),
                    new KindWording(string(k, "tableWord", at), words, parts, topics));
        }
        return out;
    }

    /** "workbooks": {"DEPARTMENT": "x.xlsx", "UNIT": "y.xlsx"}: the region's own workbook by kind. */
    private static Map<DisclosureKind, String> workbooks(Object value) {
        Map<DisclosureKind, String> out = new java.util.EnumMap<>(DisclosureKind.class);
        if (value == null) {
            return out;
        }
        Map<String, Object> m = object(value, "$.workbooks");
        for (String key : m.keySet()) {
            out.put(enumValue(DisclosureKind.class, key, "$.workbooks"), string(m, key, "$.workbooks." + key));
        }
        return out;
    }

    private static TableSpec table(Map<String, Object> m, String at) {
        known(m, at, "id", "tocName", "titleTemplate", "role", "headerRows", "columns", "notes", "unit", "decimals", "variants",
                "totalLast", "summary");
        List<TableSpec.Variant> variants = null;
        if (m.get("variants") != null) {
            variants = new ArrayList<>();
            List<Object> list = list(m.get("variants"), at + ".variants");
            for (int i = 0; i < list.size(); i++) {
                String vat = at + ".variants[" + i + "]";
                Map<String, Object> v = object(list.get(i), vat);
                known(v, vat, "headerRows", "columns", "summary");
                variants.add(new TableSpec.Variant(rows(required(v, "headerRows", vat), vat + ".headerRows"),
                        columns(required(v, "columns", vat), vat + ".columns"),
                        v.get("summary") == null ? null : summary(object(v.get("summary"), vat + ".summary"), vat + ".summary")));
            }
        }
        Object decimals = m.get("decimals");
        return new TableSpec(string(m, "id", at), string(m, "tocName", at), string(m, "titleTemplate", at),
                enumValue(TableRole.class, m.get("role"), at + ".role"),
                rows(required(m, "headerRows", at), at + ".headerRows"),
                columns(required(m, "columns", at), at + ".columns"),
                strings(m.get("notes"), at + ".notes"),
                enumValue(MoneyUnit.class, m.get("unit"), at + ".unit"),
                decimals == null ? null : integer(decimals, at + ".decimals"),
                variants, m.get("totalLast") != null && bool(m.get("totalLast"), at + ".totalLast"),
                m.get("summary") == null ? null : summary(object(m.get("summary"), at + ".summary"), at + ".summary"));
    }

    private static TableSpec.SummaryRows summary(Map<String, Object> m, String at) {
        known(m, at, "incomeRows", "incomeTotal", "expenditureTotal");
        List<TableSpec.IncomeRow> rows = new ArrayList<>();
        List<Object> list = list(required(m, "incomeRows", at), at + ".incomeRows");
        for (int i = 0; i < list.size(); i++) {
            String rat = at + ".incomeRows[" + i + "]";
            Map<String, Object> r = object(list.get(i), rat);
            known(r, rat, "label", "sources");
            rows.add(new TableSpec.IncomeRow(string(r, "label", rat), strings(r.get("sources"), rat + ".sources")));
        }
        return new TableSpec.SummaryRows(rows, string(m, "incomeTotal", at), string(m, "expenditureTotal", at));
    }

    private static DocumentLayout document(Map<String, Object> m) {
        String at = "$.document";
        known(m, at, "titleTemplate", "overviewTitle", "dutiesHeading", "organizationHeading", "narrativeTitle",
                "glossaryTitle", "requirePriorYear", "narrativeSections", "narrativeUnit", "otherTitle",
                "projectTitleSuffix", "pdfReading", "parts");
        List<DocumentPart> parts = null;
        if (m.get("parts") != null) {
            parts = new ArrayList<>();
            List<Object> list = list(m.get("parts"), at + ".parts");
            for (int i = 0; i < list.size(); i++) {
                String pat = at + ".parts[" + i + "]";
                Map<String, Object> p = object(list.get(i), pat);
                known(p, pat, "part", "toc", "heading");
                parts.add(new DocumentPart(enumValue(DocumentPart.Kind.class, p.get("part"), pat + ".part"),
                        string(p, "toc", pat), string(p, "heading", pat)));
            }
        }
        List<NarrativeSectionSpec> sections = null;
        if (m.get("narrativeSections") != null) {
            sections = new ArrayList<>();
            List<Object> list = list(m.get("narrativeSections"), at + ".narrativeSections");
            for (int i = 0; i < list.size(); i++) {
                String sat = at + ".narrativeSections[" + i + "]";
                Map<String, Object> s = object(list.get(i), sat);
                known(s, sat, "topic", "heading", "subheadings", "subheadingsInToc");
                Object inToc = s.get("subheadingsInToc");
                sections.add(new NarrativeSectionSpec(enumValue(NarrativeTopic.class, s.get("topic"), sat + ".topic"),
                        string(s, "heading", sat), strings(s.get("subheadings"), sat + ".subheadings"),
                        inToc == null ? null : bool(inToc, sat + ".subheadingsInToc")));
            }
        }
        Object prior = m.get("requirePriorYear");
        return new DocumentLayout(string(m, "titleTemplate", at), string(m, "overviewTitle", at),
                string(m, "dutiesHeading", at), string(m, "organizationHeading", at), string(m, "narrativeTitle", at),
                string(m, "glossaryTitle", at), prior != null && bool(prior, at + ".requirePriorYear"), sections,
                enumValue(MoneyUnit.class, m.get("narrativeUnit"), at + ".narrativeUnit"),
                string(m, "otherTitle", at), string(m, "projectTitleSuffix", at),
                enumValue(PdfReading.class, m.get("pdfReading"), at + ".pdfReading"), parts);
    }

    private static List<Column> columns(Object value, String at) {
        List<Column> columns = new ArrayList<>();
        List<Object> list = list(value, at);
        for (int i = 0; i < list.size(); i++) {
            String cat = at + "[" + i + "]";
            Map<String, Object> c = object(list.get(i), cat);
            known(c, cat, "key", "label", "type");
            columns.add(new Column(string(c, "key", cat), string(c, "label", cat),
                    enumValue(ColumnType.class, c.get("type"), cat + ".type")));
        }
        return columns;
    }

    private static List<List<String>> rows(Object value, String at) {
        List<List<String>> rows = new ArrayList<>();
        List<Object> list = list(value, at);
        for (int i = 0; i < list.size(); i++) {
            rows.add(strings(list.get(i), at + "[" + i + "]"));
        }
        return rows;
    }

    private static void known(Map<String, Object> m, String at, String... fields) {
        Set<String> allowed = Set.of(fields);
        for (String key : m.keySet()) {
            if (!allowed.contains(key)) {
                throw new Bad(at + " 有未知的字段“" + key + "”");
            }
        }
    }

    private static Object required(Map<String, Object> m, String key, String at) {
        Object v = m.get(key);
        if (v == null) {
            throw new Bad(at + " 缺少字段“" + key + "”");
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object v, String at) {
        if (!(v instanceof Map)) {
            throw new Bad(at + " 应为对象");
        }
        return (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object v, String at) {
        if (!(v instanceof List)) {
            throw new Bad(at + " 应为数组");
        }
        return (List<Object>) v;
    }

    private static String string(Map<String, Object> m, String key, String at) {
        Object v = m.get(key);
        if (v != null && !(v instanceof String)) {
            throw new Bad(at + "." + key + " 应为字符串");
        }
        return (String) v;
    }

    private static List<String> strings(Object v, String at) {
        if (v == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        List<Object> list = list(v, at);
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String s)) {
                throw new Bad(at + "[" + i + "] 应为字符串");
            }
            out.add(s);
        }
        return out;
    }

    private static boolean bool(Object v, String at) {
        if (!(v instanceof Boolean b)) {
            throw new Bad(at + " 应为 true 或 false");
        }
        return b;
    }

    private static Integer integer(Object v, String at) {
        if (!(v instanceof Number n) || n instanceof Double) {
            throw new Bad(at + " 应为整数");
        }
        long l = n.longValue();
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw new Bad(at + " 超出整数范围");
        }
        return (int) l;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Object v, String at) {
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
            throw new Bad(at + " 的值“" + s + "”不是 " + type.getSimpleName() + " 之一");
        }
        throw new Bad(at + " 应为字符串");
    }

    // ---- the JSON text -------------------------------------------------------------------------

    /** A malformed or mistyped profile, with where it is. */
    private static final class Bad extends RuntimeException {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    private Object document() {
        Object v = value(0);
        space();
        if (pos < text.length()) {
            throw new Bad("JSON 值之后还有多余的内容");
        }
        return v;
    }

    /** Nesting bound: a profile is a few levels deep; a deeper text is refused, not recursed into. */
    private static final int MAX_DEPTH = 64;

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new Bad("嵌套超过 " + MAX_DEPTH + " 层");
        }
        space();
        if (pos >= text.length()) {
            throw new Bad("JSON 意外结束");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{' -> {
                pos++;
                Map<String, Object> m = new LinkedHashMap<>();
                space();
                if (peek('}')) {
                    return m;
                }
                do {
                    space();
                    if (pos >= text.length() || text.charAt(pos) != '"') {
                        throw new Bad("应为字段名");
                    }
                    String key = string();
                    space();
                    expect(':');
                    if (m.put(key, value(depth + 1)) != null) {
                        throw new Bad("字段“" + key + "”重复");
                    }
                    space();
                } while (peek(','));
                expect('}');
                return m;
            }
            case '[' -> {
                pos++;
                List<Object> list = new ArrayList<>();
                space();
                if (peek(']')) {
                    return list;
                }
                do {
                    list.add(value(depth + 1));
                    space();
                } while (peek(','));
                expect(']');
                return list;
            }
            case '"' -> {
                return string();
            }
            case 't' -> {
                word("true");
                return Boolean.TRUE;
            }
            case 'f' -> {
                word("false");
                return Boolean.FALSE;
            }
            case 'n' -> {
                word("null");
                return null;
            }
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw new Bad("意外的字符“" + c + "”");
            }
        }
    }

    private String string() {
        pos++; // the opening quote
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw new Bad("字符串没有结束");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return b.toString();
            }
            if (c < 0x20) {
                throw new Bad("字符串中有控制字符");
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw new Bad("字符串没有结束");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw new Bad("\\u 转义不完整");
                    }
                    try {
                        b.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException x) {
                        throw new Bad("\\u 转义无效");
                    }
                    pos += 4;
                }
                default -> throw new Bad("无效的转义“\\" + e + "”");
            }
        }
    }

    private Object number() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        boolean fraction = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c >= '0' && c <= '9') {
                pos++;
            } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
                fraction = true;
                pos++;
            } else {
                break;
            }
        }
        String n = text.substring(start, pos);
        try {
            return fraction ? (Object) Double.valueOf(n) : (Object) Long.valueOf(n);
        } catch (NumberFormatException e) {
            throw new Bad("无效的数字“" + n + "”");
        }
    }

    private void word(String w) {
        if (!text.startsWith(w, pos)) {
            throw new Bad("意外的字符“" + text.charAt(pos) + "”");
        }
        pos += w.length();
    }

    private void space() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                pos++;
            } else {
                return;
            }
        }
    }

    private boolean peek(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        space();
        if (!peek(c)) {
            throw new Bad(pos >= text.length() ? "JSON 意外结束，应为“" + c + "”" : "应为“" + c + "”，实为“" + text.charAt(pos) + "”");
        }
    }

    /** Line and column of the reading position (1-based). */
    private String where() {
        int line = 1;
        int col = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return "第" + line + "行第" + col + "列";
    }
}
