package org.gongkai.core.check.narrative;

import org.gongkai.core.check.engine.CheckContext;

import org.gongkai.core.model.SourceRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.TextBlock;

/**
 * Reads 第三部分 情况说明 sentence by sentence: the amounts ("48,966.85万元", "15万元"), percentages
 * ("占99.66%", "增长86.92%") and counts ("44个") each sentence states, with the words in front of
 * each (its subject) and the line of the paragraph. A sentence ends at "。"; a clause at "；".
 */
public final class NarrativeText {

    /** What a (sub-)section of the narrative is about; decides which table a subject refers to. */
    enum Scope {
        /** 收支总体 (收入 and 支出 together), e.g. "部门预算收支数据变动情况及原因" */
        OVERVIEW,
        /** 收入预算 */
        REVENUE,
        /** 支出预算 */
        EXPENDITURE,
        /** 财政拨款收支 */
        FISCAL,
        /** 一般公共预算支出 */
        GENERAL,
        /** 一般公共预算基本支出 */
        BASIC,
        /** "三公"经费 */
        THREE_PUBLIC,
        /** 机关运行经费 */
        AGENCY,
        /** 政府采购 */
        PROCUREMENT,
        /** 绩效管理 */
        PERFORMANCE,
        /** 国有资产 */
        ASSETS,
        /** anything else */
        OTHER
    }

    enum Kind { AMOUNT, PERCENT, COUNT }

    /** The direction a change word states. */
    enum Direction {
        /** 增加, 增长, 上升 */
        UP,
        /** 减少, 下降, 降低 */
        DOWN,
        /** 新增 */
        NEW,
        /** a template's "增加（减少）": no direction */
        UNCLEAR
    }

    /**
     * One figure of a sentence.
     *
     * @param kind      amount, percentage or count
     * @param value     the number as printed (separators removed, scale kept)
     * @param unit      the money unit of an amount, else null
     * @param raw       the figure as printed, e.g. "48,966.85万元"
     * @param start     offset of the number in the sentence
     * @param end       offset after the unit
     * @param lead      the words in front of it, back to the previous figure or punctuation
     * @param subject   {@link #lead} without the department's name, years and whitespace
     * @param direction the change word that ends {@link #lead}, or null
     */
    record Token(Kind kind, BigDecimal value, MoneyUnit unit, String raw, int start, int end, String lead, String subject,
            Direction direction) {

        boolean isAmount() {
            return kind == Kind.AMOUNT;
        }

        /** An amount stated as a change from last year ("比上年增加22769.98万元", "新增5万元"). */
        boolean isChange() {
            return kind == Kind.AMOUNT && direction != null;
        }

        /** A plain amount: not a change. */
        boolean isLevel() {
            return kind == Kind.AMOUNT && direction == null;
        }

        /** A share: "占99.66%", "占…项目支出总额的99.9%". */
        boolean isShare() {
            return kind == Kind.PERCENT && direction == null && lead.contains("占");
        }

        /** A rate of change: "增长86.92%". */
        boolean isRate() {
            return kind == Kind.PERCENT && direction != null;
        }

        /** Decimals printed. */
        int decimals() {
            return Math.max(value.scale(), 0);
        }

        /** The number as printed, without separators. */
        String number() {
            return value.toPlainString();
        }
    }

    /**
     * A sentence of the narrative.
     *
     * @param section   "五、一般公共预算支出情况说明"
     * @param scope     what its (sub-)section is about
     * @param text      the sentence without its closing "。"
     * @param line      the line of its paragraph
     * @param paragraph index of its paragraph in the section
     * @param tokens    its figures in order
     */
    record Sentence(String section, Scope scope, String text, SourceRef source, int paragraph, List<Token> tokens) {

        int line() {
            return source.line();
        }


        Sentence {
            tokens = List.copyOf(tokens);
        }

        /** Start of the clause ("；"-separated) holding offset {@code pos}. */
        int clauseStart(int pos) {
            int s = 0;
            for (int i = 0; i < pos && i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '；' || c == ';') {
                    s = i + 1;
                }
            }
            return s;
        }

        /** End of the clause holding offset {@code pos}. */
        int clauseEnd(int pos) {
            for (int i = Math.max(pos, 0); i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '；' || c == ';') {
                    return i;
                }
            }
            return text.length();
        }

    }

    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final Pattern TOKEN = Pattern.compile("(?<![\\d.,])(" + NUMBER + ")\\s*(万元|元|%|％|个)");
    /** Punctuation that ends the words in front of a figure. */
    private static final String BREAKS = "，,；;：:。、";
    private static final Pattern YEAR = Pattern.compile("\\d{4}年度?");
    private static final Pattern UNCLEAR_WORD = Pattern.compile(
            "(?:增加|增长|上升|提高)\\s*[（(]\\s*(?:减少|下降|降低)\\s*[）)]$|(?:减少|下降|降低)\\s*[（(]\\s*(?:增加|增长|上升|提高)\\s*[）)]$");
    private static final Pattern UP_WORD = Pattern.compile("(?:增加|增长|上升|提高|增幅|增)(?:率|幅度)?(?:了|为|达)?$");
    private static final Pattern DOWN_WORD = Pattern.compile("(?:减少|下降|降低|缩减|降幅|减)(?:率|幅度)?(?:了|为|达)?$");
    private static final Pattern NEW_WORD = Pattern.compile("新增(?:了|为)?$");
    private static final Pattern SUBHEADING = Pattern.compile("^(?:[（(][一二三四五六七八九十]+[）)]|\\d+[、.．]).{0,40}$");

    private NarrativeText() {
    }

    /** Every sentence of the narrative, in order; empty when the document has none. */
    /** The sentences of the context's narrative, split once per checked document. */
    static List<Sentence> sentences(CheckContext c) {
        return c.memo("narrative.sentences", x -> sentences(x.disclosure()));
    }

    static List<Sentence> sentences(Disclosure d) {
        List<Sentence> out = new ArrayList<>();
        if (d.narrative() == null) {
            return out;
        }
        String department = d.metadata() == null ? null : d.metadata().department();
        for (NarrativeSection s : d.narrative().sections()) {
            String label = label(s);
            Scope sectionScope = scopeOf(s.heading());
            Scope scope = sectionScope;
            for (int p = 0; p < s.paragraphs().size(); p++) {
                TextBlock block = s.paragraphs().get(p);
                String text = block.text().strip();
                if (isSubheading(text)) {
                    Scope sub = scopeOf(text);
                    scope = sub == Scope.OTHER ? sectionScope : sub;
                }
                int from = 0;
                while (from < text.length()) {
                    int stop = text.indexOf('。', from);
                    int end = stop < 0 ? text.length() : stop;
                    String sentence = text.substring(from, end);
                    if (!sentence.isBlank()) {
                        out.add(new Sentence(label, scope, sentence, block.source(), p, tokens(sentence, department)));
                    }
                    from = end + 1;
                }
            }
        }
        return out;
    }

    /** "五、一般公共预算支出情况说明". */
    static String label(NarrativeSection s) {
        if (s.number() == null || s.number().isEmpty()) {
            return s.heading();
        }
        return s.number() + "、" + s.heading();
    }

    static boolean isSubheading(String text) {
        return SUBHEADING.matcher(text).matches() && !TOKEN.matcher(text).find();
    }

    /** What a heading is about, by its words. */
    static Scope scopeOf(String heading) {
        String h = heading == null ? "" : heading;
        if (h.contains("三公")) {
            return Scope.THREE_PUBLIC;
        }
        if (h.contains("机关运行")) {
            return Scope.AGENCY;
        }
        if (h.contains("采购")) {
            return Scope.PROCUREMENT;
        }
        if (h.contains("绩效")) {
            return Scope.PERFORMANCE;
        }
        if (h.contains("资产")) {
            return Scope.ASSETS;
        }
        if (h.contains("基本支出")) {
            return Scope.BASIC;
        }
        if (h.contains("一般公共预算")) {
            return Scope.GENERAL;
        }
        if (h.contains("财政拨款")) {
            return Scope.FISCAL;
        }
        boolean in = h.contains("收入");
        boolean out = h.contains("支出");
        if (h.contains("收支") || in && out) {
            return Scope.OVERVIEW;
        }
        if (in) {
            return Scope.REVENUE;
        }
        return out ? Scope.EXPENDITURE : Scope.OTHER;
    }

    /** The figures of one sentence. */
    static List<Token> tokens(String sentence, String department) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        int previousEnd = 0;
        while (m.find()) {
            String unitText = m.group(2);
            Kind kind = switch (unitText) {
                case "%", "％" -> Kind.PERCENT;
                case "个" -> Kind.COUNT;
                default -> Kind.AMOUNT;
            };
            MoneyUnit unit = kind == Kind.AMOUNT ? MoneyUnit.parse(unitText) : null;
            int leadStart = previousEnd;
            for (int i = m.start() - 1; i >= previousEnd; i--) {
                if (BREAKS.indexOf(sentence.charAt(i)) >= 0) {
                    leadStart = i + 1;
                    break;
                }
            }
            String lead = sentence.substring(leadStart, m.start());
            BigDecimal value = Numbers.parseAmount(m.group(1));
            out.add(new Token(kind, value, unit, m.group(), m.start(), m.end(), lead, subject(lead, department),
                    kind == Kind.COUNT ? null : direction(lead)));
            previousEnd = m.end();
        }
        return out;
    }

    /** The change word that ends the words in front of a figure, if any. */
    static Direction direction(String lead) {
        String l = lead.strip();
        if (UNCLEAR_WORD.matcher(l).find()) {
            return Direction.UNCLEAR;
        }
        if (NEW_WORD.matcher(l).find()) {
            return Direction.NEW;
        }
        if (UP_WORD.matcher(l).find()) {
            return Direction.UP;
        }
        if (DOWN_WORD.matcher(l).find()) {
            return Direction.DOWN;
        }
        return null;
    }

    private static final Pattern FILLER = Pattern.compile("^(?:其中|主要包括|包括|主要用于以下方面|主要用于|支出包括)[：:]?");

    /** A subject as shown in messages: without a leading "其中", "主要包括"… */
    static String shown(String subject) {
        String s = FILLER.matcher(subject).replaceFirst("");
        return s.isEmpty() ? subject : s;
    }

    /** The words in front of a figure without the department's name, years, quotes and whitespace. */
    static String subject(String lead, String department) {
        String s = lead.replaceAll("\\s+", "");
        if (department != null && !department.isBlank()) {
            s = s.replace(department.replaceAll("\\s+", ""), "");
        }
        s = YEAR.matcher(s).replaceAll("");
        s = s.replaceAll("[“”\"]", "");
        while (s.endsWith("为") || s.endsWith("是") || s.endsWith("了")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
