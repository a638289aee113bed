package org.gongkai.core.check.narrative;

import static org.gongkai.core.check.narrative.NarrativeFigures.convert;
import static org.gongkai.core.check.narrative.NarrativeFigures.describe;
import static org.gongkai.core.check.narrative.NarrativeChangeRules.otherYear;

import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.check.narrative.NarrativeFigures.Figure;
import org.gongkai.core.check.narrative.NarrativeFigures.NamedRow;
import org.gongkai.core.facts.FigureKey;
import org.gongkai.core.model.CodeLevel;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.check.narrative.NarrativeText.Scope;
import org.gongkai.core.check.narrative.NarrativeText.Sentence;
import org.gongkai.core.check.narrative.NarrativeText.Token;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TextBlock;

/**
 * Narrative rules of the family 情况说明与报表: 措辞 (narr.template-leftover, narr.empty-table-claim, narr.name): template leftovers, claims about empty tables, 科目 names.
 */
final class NarrativeWordingRules {

    static final Rule TEMPLATE_LEFTOVER = Rule.of("narr.template-leftover", Category.NARRATIVE, Severity.ERROR,
            "不得留有模板文字：增加（减少）、主要原因是。、XX、××、某某、待填写",
            NarrativeWordingRules::leftovers);

    static final Rule EMPTY_TABLE_CLAIM = Rule.of("narr.empty-table-claim", Category.NARRATIVE, Severity.ERROR,
            "无数据的“三公”经费表、机关运行经费表不得在情况说明中称有金额；称“无”时表中应无数据",
            NarrativeWordingRules::emptyTableClaims);

    static final Rule NAME = Rule.of("narr.name", Category.NARRATIVE, Severity.ERROR,
            "情况说明中的科目名称与科目目录及报表名称一致，不用旧科目名称",
            NarrativeWordingRules::names);

    private NarrativeWordingRules() {
    }

    // ---- narr.template-leftover -------------------------------------------------------------------

    static final Pattern LEFTOVER = Pattern.compile(
            "(?:增加|增长|上升|提高)\\s*[（(]\\s*(?:减少|下降|降低)\\s*[）)]"
                    + "|(?:减少|下降|降低)\\s*[（(]\\s*(?:增加|增长|上升|提高)\\s*[）)]"
                    + "|原因(?:是|为)[：:]?\\s*[。；;，,]"
                    + "|原因(?:是|为)[：:]?\\s*(?:…+|\\.{3,})"
                    + "|(?<![A-Za-z])(?:[XxＸｘ]{2,}|×{2,})(?![A-Za-z])"
                    + "|(?<![A-Za-z0-9])[XＸ×](?=\\s*(?:万元|元|%|％|个))"
                    + "|某某|待填写|待补充|请填写|此处填写");

    static void leftovers(CheckContext c, Findings out) {
        Disclosure d = c.disclosure();
        if (d.narrative() == null) {
            return;
        }
        for (NarrativeSection s : d.narrative().sections()) {
            String label = NarrativeText.label(s);
            for (TextBlock p : s.paragraphs()) {
                Matcher m = LEFTOVER.matcher(p.text());
                while (m.find()) {
                    String found = m.group().strip();
                    out.report("模板文字未替换：“" + found + "”", Location.ofNarrative(label, sentenceAround(p.text(), m.start()), p.source()),
                            Findings.evidence(Evidence.FOUND, found));
                }
            }
        }
    }

    /** The sentence of {@code text} holding offset {@code at}, with its closing "。". */
    static String sentenceAround(String text, int at) {
        int start = text.lastIndexOf('。', Math.max(at - 1, 0));
        start = start < 0 || start >= at ? 0 : start + 1;
        int end = text.indexOf('。', at);
        return text.substring(start, end < 0 ? text.length() : end + 1);
    }

    // ---- narr.empty-table-claim -------------------------------------------------------------------

    static final Pattern NONE = Pattern.compile("(?:无|没有|未安排|不涉及|未发生)(?!变化|增减)");
    static final Pattern THREE_PUBLIC_WORDS = Pattern.compile("三公|因公出国|公务接待|公务用车");
    static final Pattern AGENCY_WORDS = Pattern.compile("机关运行经费");

    static void emptyTableClaims(CheckContext c, Findings out) {
        NarrativeFigures figures = NarrativeFigures.of(c);
        List<Sentence> sentences = NarrativeText.sentences(c);
        claims(c, out, figures, sentences, FigureKey.THREE_PUBLIC_TOTAL, Scope.THREE_PUBLIC, THREE_PUBLIC_WORDS, "“三公”经费");
        claims(c, out, figures, sentences, FigureKey.AGENCY_TOTAL, Scope.AGENCY, AGENCY_WORDS, "机关运行经费");
    }

    /** Claims about the table whose total is {@code totalKey}: money where it prints none, or "无" where it does. */
    static void claims(CheckContext c, Findings out, NarrativeFigures figures, List<Sentence> sentences, FigureKey totalKey,
            Scope scope, Pattern words, String what) {
        TableRole role = totalKey.role();
        Optional<PrintedTable> table = c.table(role);
        if (table.isEmpty()) {
            return;
        }
        boolean empty = NarrativeFigures.isEmpty(table.get());
        String tableLabel = figures.tableName(role);
        Figure total = figures.get(totalKey).orElse(null);
        for (Sentence s : sentences) {
            boolean about = s.scope() == scope || words.matcher(s.text()).find();
            if (!about) {
                continue;
            }
            Location at = Location.ofNarrative(s.section(), s.text(), s.source());
            if (empty) {
                for (Token t : s.tokens()) {
                    if (!t.isLevel() || t.value().signum() == 0 || otherYear(t, c.fiscalYear())) {
                        continue;
                    }
                    boolean claims = figures.resolve(t.subject(), s.scope()).stream().anyMatch(f -> f.key().role() == role);
                    if (claims) {
                        out.report(tableLabel + "无数据" + (table.get().hasNoDataNote() ? "（注明“本表无数据”）" : "") + "，情况说明却称“"
                                + NarrativeText.shown(t.subject()) + "”" + t.number() + t.unit().label(), at,
                                Findings.evidence(Evidence.TABLE, tableLabel, Evidence.FOUND, t.raw()));
                    }
                }
            } else if (s.tokens().isEmpty() && NONE.matcher(s.text()).find() && !s.text().contains("原因")) {
                Figure named = role == TableRole.THREE_PUBLIC ? figures.get(threePublicItem(s.text())).orElse(total) : total;
                if (named != null && named.value().signum() > 0) {
                    String item = named == total ? what
                            : "“" + named.label().substring(tableLabel.length()).replaceAll("^“|”$", "") + "”";
                    out.report("情况说明称无" + item + "，但" + describe(named), at,
                            Findings.evidence(Evidence.TABLE, tableLabel, Evidence.EXPECTED, named.value().toPlainString()));
                }
            }
        }
    }

    /** Which "三公" figure a sentence is about: one item when it names one, else the total. */
    static FigureKey threePublicItem(String text) {
        if (text.contains("因公出国")) {
            return FigureKey.THREE_PUBLIC_OUTBOUND;
        }
        if (text.contains("公务接待")) {
            return FigureKey.THREE_PUBLIC_RECEPTION;
        }
        if (text.contains("购置及运行") || text.contains("购置和运行")) {
            return FigureKey.THREE_PUBLIC_VEHICLE;
        }
        if (text.contains("车购置")) {
            return FigureKey.THREE_PUBLIC_VEHICLE_PURCHASE;
        }
        if (text.contains("运行维护") || text.contains("运行费")) {
            return FigureKey.THREE_PUBLIC_VEHICLE_OPERATION;
        }
        return text.contains("公务用车") ? FigureKey.THREE_PUBLIC_VEHICLE : FigureKey.THREE_PUBLIC_TOTAL;
    }

    // ---- narr.name --------------------------------------------------------------------------------

    static final Pattern LEVEL_NOTE = Pattern.compile("([^\\s，,。；;：:、（）()“”]{2,40}?)[（(](类|款|项)[）)]");
    private static final Pattern LEVEL_MARK = Pattern.compile("[（(](类|款|项)[）)]");
    private static final String NOT_IN_NAME = " \t\n\u000B\f\r，,。；;：:、（）()“”";

    /** A name marked with its level in the text ("城乡社区支出（类）"), and where the name starts. */
    record LevelNote(String name, String level, int start) {
    }

    /**
     * What {@link #LEVEL_NOTE} finds, found from the marks back: each "（类）", "（款）" or "（项）" with
     * the run of name characters before it (at most 40, at least 2, not reaching back into the
     * previous note). The pattern itself, tried at every position of a long paragraph, was most of
     * the rule's time.
     */
    static List<LevelNote> levelNotes(String text) {
        List<LevelNote> out = new java.util.ArrayList<>();
        Matcher m = LEVEL_MARK.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            int end = m.start();
            int start = end;
            while (start > previousEnd && end - start < 40 && NOT_IN_NAME.indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            if (end - start >= 2) {
                out.add(new LevelNote(text.substring(start, end), m.group(1), start));
                previousEnd = m.end();
            }
        }
        return out;
    }
    static final Pattern GENERIC = Pattern.compile("基本|项目|当年|本年|总计|合计|预算|结转|经费|拨款|资金");
    static final Pattern COVERS = Pattern.compile("^(人员经费|公用经费).*?主要包括[：:]?(.+)$");

    static void names(CheckContext c, Findings out) {
        Disclosure d = c.disclosure();
        if (d.narrative() == null) {
            return;
        }
        NarrativeFigures figures = NarrativeFigures.of(c);
        Set<String> formerReported = new HashSet<>();
        for (NarrativeSection s : d.narrative().sections()) {
            String label = NarrativeText.label(s);
            for (TextBlock p : s.paragraphs()) {
                for (NarrativeNames.Former f : NarrativeNames.FORMER) {
                    int at = p.text().indexOf(f.name());
                    if (at < 0) {
                        continue;
                    }
                    String current = c.catalogue().function(f.code()).map(e -> e.name()).orElse(null);
                    if (current == null || current.equals(f.name())) {
                        continue;
                    }
                    formerReported.add(p.line() + ":" + f.name());
                    out.report("“" + f.name() + "”是已停用的科目名称，" + c.fiscalYear() + "年" + f.code() + "类为“" + current + "”",
                            Location.ofNarrative(label, sentenceAround(p.text(), at), p.source()),
                            Findings.evidence(Evidence.FOUND, f.name(), Evidence.EXPECTED, f.code() + " " + current));
                }
                levelNotes(c, out, figures, label, p);
            }
        }
        for (Sentence s : NarrativeText.sentences(c)) {
            for (Token t : s.tokens()) {
                if (t.isLevel()) {
                    unknownClassName(out, figures, s, t, formerReported);
                }
            }
            economicCovers(c, out, s);
        }
    }

    /** Whether the text marks a level at all: "（类）", "(款)"… — a cheap test before the regex. */
    static boolean hasLevelMark(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '类' || c == '款' || c == '项') && (text.charAt(i - 1) == '（' || text.charAt(i - 1) == '(')
                    && (text.charAt(i + 1) == '）' || text.charAt(i + 1) == ')')) {
                return true;
            }
        }
        return false;
    }

    /** "卫生健康支出（类）…（款）…（项）": each name must be a 科目 of that level. */
    static void levelNotes(CheckContext c, Findings out, NarrativeFigures figures, String section, TextBlock p) {
        if (!hasLevelMark(p.text())) {
            return;
        }
        for (LevelNote note : levelNotes(p.text())) {
            String name = note.name();
            String level = note.level();
            int digits = level.equals("类") ? 3 : level.equals("款") ? 5 : 7;
            Set<Integer> levels = NarrativeNames.levelsOf(name, c.catalogue(), figures);
            if (levels.isEmpty()) {
                List<String> near = NarrativeNames.nearNames(name, digits, c.catalogue(), figures);
                if (!near.isEmpty()) {
                    out.report("“" + name + "”不是" + level + "级科目名称，应为“" + String.join("”或“", near) + "”",
                            Location.ofNarrative(section, sentenceAround(p.text(), note.start()), p.source()),
                            Findings.evidence(Evidence.FOUND, name, Evidence.EXPECTED, String.join(" / ", near)));
                }
                continue;
            }
            if (levels.contains(digits)) {
                continue;
            }
            String actual = String.join("、", levels.stream().sorted().map(n -> n == 3 ? "类" : n == 5 ? "款" : "项").toList());
            out.report("“" + name + "”是" + actual + "级科目名称，文中标为（" + level + "）",
                    Location.ofNarrative(section, sentenceAround(p.text(), note.start()), p.source()),
                    Findings.evidence(Evidence.FOUND, name + "（" + level + "）", Evidence.EXPECTED, actual));
        }
    }

    /** A 科目-like subject ("…支出") the tables do not name, whose amount is a row of another name. */
    static void unknownClassName(Findings out, NarrativeFigures figures, Sentence s, Token t, Set<String> formerReported) {
        String subject = NarrativeText.shown(t.subject());
        if (!subject.endsWith("支出") || subject.length() > 25 || GENERIC.matcher(subject).find()
                || !figures.resolve(t.subject(), s.scope()).isEmpty() || figures.functionNameAtEnd(subject) != null) {
            return;
        }
        if (formerReported.stream().anyMatch(k -> k.startsWith(s.line() + ":") && subject.endsWith(k.substring(k.indexOf(':') + 1)))) {
            return;
        }
        List<NamedRow> rows = figures.functionRows(s.scope()).stream()
                .filter(r -> convert(r.value(), r.unit(), t.unit()).compareTo(t.value()) == 0 && r.value().signum() != 0).toList();
        if (rows.isEmpty()) {
            return;
        }
        NamedRow row = rows.stream().filter(r -> r.code() == null || FunctionCode.of(r.code()).level() == CodeLevel.CLASS).findFirst()
                .orElse(rows.get(0));
        String shown = row.code() == null ? row.name() : row.code() + " " + row.name();
        out.report("文中科目名称“" + subject + "”与报表不符：" + row.table() + "中" + t.number()
                + t.unit().label() + "的科目为“" + shown + "”", Location.ofNarrative(s.section(), s.text(), s.source()),
                Findings.evidence(Evidence.FOUND, subject, Evidence.EXPECTED, shown));
    }

    /**
     * "公用经费15.00万元，主要包括：会议费、邮电费…": each 款 named must carry money of that kind in the
     * basic-expenditure-by-economic-class table.
     */
    static void economicCovers(CheckContext c, Findings out, Sentence s) {
        if (s.scope() != Scope.BASIC) {
            return;
        }
        Matcher m = COVERS.matcher(s.text().strip());
        Optional<PrintedTable> t6 = c.table(TableRole.BASIC_BY_ECONOMIC);
        if (!m.find() || t6.isEmpty()) {
            return;
        }
        String column = m.group(1).equals("人员经费") ? "personnel" : "operating";
        for (String item : m.group(2).split("[、，,；;]")) {
            String name = item.strip().replaceAll("等+$", "").replaceAll("[。]$", "");
            if (name.isEmpty() || name.equals("无")) {
                continue;
            }
            BigDecimal amount = NarrativeFigures.economicAmount(t6.get(), name, column);
            boolean catalogued = c.catalogue().deptEconomicClasses().stream().anyMatch(e -> e.name().equals(name))
                    || NarrativeNames.isDeptEconomicName(name, c.catalogue());
            if (amount == null && catalogued) {
                out.report("文中称" + m.group(1) + "主要包括“" + name + "”，" + c.tableName(TableRole.BASIC_BY_ECONOMIC) + "无此科目", Location.ofNarrative(s.section(), s.text(), s.source()),
                        Findings.evidence(Evidence.FOUND, name));
            } else if (amount != null && amount.signum() == 0) {
                out.report("文中称" + m.group(1) + "主要包括“" + name + "”，" + c.tableName(TableRole.BASIC_BY_ECONOMIC) + "该科目" + m.group(1) + "为0",
                        Location.ofNarrative(s.section(), s.text(), s.source()), Findings.evidence(Evidence.FOUND, name));
            }
        }
    }
}
