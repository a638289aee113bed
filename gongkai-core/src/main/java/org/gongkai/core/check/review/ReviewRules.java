package org.gongkai.core.check.review;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.check.review.ReviewItems.Item;
import org.gongkai.core.check.review.ReviewItems.Match;
import org.gongkai.core.check.review.ReviewText.Para;
import org.gongkai.core.check.view.TableText;
import org.gongkai.core.check.view.TableView;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.model.TableRow;

/**
 * Rules of the family 审读: what a careful reader of a published disclosure checks in its text —
 * each 科目 item of the 编制说明 against the tables and against itself, 科目 names as the tables
 * print them, template text left in, punctuation, 部门/单位 wording, the notes of empty tables, and
 * the "三公" and 机关运行经费 paragraphs against their table.
 */
public final class ReviewRules {

    static final Rule ITEM_AMOUNT = Rule.of("review.item-amount", Category.REVIEW, Severity.ERROR,
            "编制说明中逐项说明的科目金额（万元）与支出表中该科目的金额（折合万元，保留两位小数）一致",
            ReviewRules::itemAmount);

    static final Rule ITEM_FIGURES = Rule.of("review.item-figures", Category.REVIEW, Severity.ERROR,
            "同一项说明中的数字相互一致：“本年预算安排”等于该项金额，增减额等于本年数减上年数，增减率等于（本年数−上年数）÷上年数，"
                    + "增加/减少/持平与数字的方向一致，所说的原因与增减的方向不相反",
            ReviewRules::itemFigures);

    static final Rule COMPARED_YEAR = Rule.of("review.compared-year", Category.REVIEW, Severity.ERROR,
            "与之比较的年度是预算年度之前的年度，不是预算年度本身（如2025年预算写“比2025年预算增加”）",
            ReviewRules::comparedYear);

    static final Rule SUBJECT_NAMES = Rule.of("review.subject-names", Category.REVIEW, Severity.WARNING,
            "编制说明中引用的科目名称（类、款、项）与表中该科目的名称一致",
            ReviewRules::subjectNames);

    static final Rule TEMPLATE_TEXT = Rule.of("review.template-text", Category.REVIEW, Severity.WARNING,
            "说明中没有遗留的模板文字：“增加（减少）”、“XX”、“x,xxx”、“主要原因是”后无内容",
            ReviewRules::templateText);

    static final Rule PUNCTUATION = Rule.of("review.punctuation", Category.REVIEW, Severity.WARNING,
            "说明的标点完整：没有重复的句号，每段（每项）以句号等结束，同一段中的引号成对",
            ReviewRules::punctuation);

    static final Rule DOCUMENT_KIND = Rule.of("review.document-kind", Category.REVIEW, Severity.WARNING,
            "单位预算的说明不称“部门预算”“本部门”，部门预算的说明不称“单位预算”“本单位”",
            ReviewRules::documentKind);

    static final Rule EMPTY_TABLE_NOTE = Rule.of("review.empty-table-note", Category.REVIEW, Severity.ERROR,
            "空表的表注说的是本表的资金（国有资本经营预算表的表注不写“无政府性基金预算”）",
            ReviewRules::emptyTableNote);

    static final Rule THREE_PUBLIC_TEXT = Rule.of("review.three-public-text", Category.REVIEW, Severity.ERROR,
            "“三公”经费和机关运行经费的说明与表一致：各项金额相同，表注称无数据时说明和表中也没有金额，增加/减少/持平与上年数一致",
            ReviewRules::threePublicText);

    static final Rule AGENCY_OPERATING = Rule.of("review.agency-operating", Category.REVIEW, Severity.WARNING,
            "机关运行经费与一般公共预算基本支出中的公用经费相符：只有行政单位（含参公）时两者相等；有公用经费时不称无机关运行经费",
            ReviewRules::agencyOperating);

    private ReviewRules() {
    }

    public static List<Rule> all() {
        return List.of(ITEM_AMOUNT, ITEM_FIGURES, COMPARED_YEAR, SUBJECT_NAMES, TEMPLATE_TEXT, PUNCTUATION,
                DOCUMENT_KIND, EMPTY_TABLE_NOTE, THREE_PUBLIC_TEXT, AGENCY_OPERATING);
    }

    private static final String AMOUNT = "([\\d,]+(?:\\.\\d+)?)";

    // ---- 1. items against the tables ----

    private static void itemAmount(CheckContext c, Findings out) {
        for (Match m : ReviewItems.matches(c)) {
            Item item = m.item();
            if (m.subject() == null || m.subject().amountWan() == null || ReviewItems.sameWan(item, m.subject().amountWan())) {
                continue;
            }
            BigDecimal table = m.subject().amountWan().setScale(2, RoundingMode.HALF_UP);
            int scale = Math.max(0, Math.min(2, item.amount().scale()));
            if (m.subject().amountWan().setScale(scale, RoundingMode.DOWN).compareTo(item.amount().setScale(scale, RoundingMode.DOWN)) == 0) {
                out.report(Severity.WARNING, "说明中“" + item.quoted() + "”为" + item.amountText() + "万元，" + m.subject().table()
                                + "中科目" + m.subject().code() + "折合" + m.subject().amountWan().stripTrailingZeros().toPlainString()
                                + "万元，四舍五入应为" + table.toPlainString() + "万元（说明截去了尾数）",
                        at(item.para()), evidence(item.para(), Evidence.CODE, m.subject().code(),
                                Evidence.EXPECTED, table.toPlainString(), Evidence.FOUND, item.amountText()));
                continue;
            }
            out.report("说明中“" + item.quoted() + "”为" + item.amountText() + "万元，" + m.subject().table() + "中科目"
                            + m.subject().code() + "为" + table.toPlainString() + "万元",
                    at(item.para()), evidence(item.para(), Evidence.CODE, m.subject().code(),
                            Evidence.EXPECTED, table.toPlainString(), Evidence.FOUND, item.amountText(),
                            Evidence.DIFFERENCE, item.amount().subtract(table).toPlainString()));
        }
    }

    private static final Pattern PRIOR = Pattern.compile("((?:\\d{4})年|上年)[^，。；“”\\d]{0,16}?为" + AMOUNT + "万元");
    private static final Pattern CURRENT = Pattern.compile("(?:(\\d{4})年|本年)预算安排" + AMOUNT + "万元");
    private static final Pattern CHANGE = Pattern.compile("比(?:\\d{4}年|上年)[^，。；\\d]{0,12}?(增加|减少|增长|下降|持平)"
            + "(?:" + AMOUNT + "(万元|%))?");
    private static final Pattern RATE_AFTER = Pattern.compile("^[，,]?(?:增长|下降|增加|减少)" + AMOUNT + "%");

    private static void itemFigures(CheckContext c, Findings out) {
        for (Item item : ReviewItems.items(c)) {
            String t = item.para().text();
            Matcher pm = PRIOR.matcher(t);
            Matcher cm = CURRENT.matcher(t);
            BigDecimal prior = pm.find() ? ReviewText.figure(pm.group(2)) : null;
            BigDecimal current = cm.find() ? ReviewText.figure(cm.group(2)) : null;
            boolean currentWrong = current != null && current.compareTo(item.amount()) != 0;
            if (currentWrong) {
                out.report("“" + item.quoted() + "”金额为" + item.amountText() + "万元，同一项中“本年预算安排”却为"
                                + cm.group(2) + "万元：" + ReviewText.sentenceAt(t, cm.start()),
                        at(item.para()), evidence(item.para(), Evidence.EXPECTED, item.amountText(),
                                Evidence.FOUND, cm.group(2)));
            }
            Matcher ch = CHANGE.matcher(t);
            if (prior == null || !ch.find()) {
                continue;
            }
            List<BigDecimal> currents = new ArrayList<>();
            currents.add(current != null ? current : item.amount());
            if (currentWrong) {
                currents.add(item.amount());
            }
            String word = ch.group(1);
            String changeText = ch.group(2);
            String unit = ch.group(3);
            String rateText = "%".equals(unit) ? changeText : null;
            String amountText = "万元".equals(unit) ? changeText : null;
            if (rateText == null) {
                Matcher rm = RATE_AFTER.matcher(t.substring(ch.end()));
                if (rm.find()) {
                    rateText = rm.group(1);
                }
            }
            String problem = null;
            for (BigDecimal cur : currents) {
                problem = changeProblem(prior, cur, word, amountText, rateText);
                if (problem == null) {
                    break;
                }
            }
            if (problem == null) {
                reasonDirection(out, item, word, t, ch.end());
            } else {
                BigDecimal cur = currents.get(0);
                out.report("“" + item.quoted() + "”上年数" + pm.group(2) + "万元、本年数" + ReviewText.plain(cur, 2) + "万元，"
                                + problem + "：" + ReviewText.sentenceAt(t, ch.start()),
                        at(item.para()), evidence(item.para(), Evidence.PRIOR, pm.group(2), Evidence.CURRENT,
                                ReviewText.plain(cur, 2), Evidence.CHANGE, ReviewText.plain(cur.subtract(prior), 2),
                                Evidence.FOUND, ch.group()));
            }
        }
    }

    private static final Pattern REASON = Pattern.compile("主要原因(?:是|为)[：:]?([^。；]*)");

    /** "减少2.98%。主要原因是：…经费增加": the reason names the opposite direction of the change it explains. */
    private static void reasonDirection(Findings out, Item item, String word, String t, int from) {
        Matcher m = REASON.matcher(t);
        if (!m.find(from)) {
            return;
        }
        String reason = m.group(1);
        boolean up = reason.contains("增加") || reason.contains("增长");
        boolean down = reason.contains("减少") || reason.contains("下降");
        int stated = switch (word) {
            case "增加", "增长" -> 1;
            case "减少", "下降" -> -1;
            default -> 0;
        };
        if (up != down && stated != 0 && (up ? 1 : -1) != stated) {
            out.report(Severity.WARNING, "“" + item.quoted() + "”比上年" + word + "，所说的原因却是“" + reason.strip() + "”："
                            + ReviewText.sentenceAt(t, m.start()), at(item.para()),
                    evidence(item.para(), Evidence.CHANGE, word, Evidence.FOUND, reason.strip()));
        }
    }

    /** What is wrong with "增加X万元 / r%" against prior and current, or null when it agrees within rounding. */
    static String changeProblem(BigDecimal prior, BigDecimal current, String word, String amountText, String rateText) {
        BigDecimal diff = current.subtract(prior);
        int sign = diff.signum();
        int stated = switch (word) {
            case "增加", "增长" -> 1;
            case "减少", "下降" -> -1;
            default -> 0;
        };
        if (stated != sign) {
            String right = sign > 0 ? "增加" : sign < 0 ? "减少" : "持平";
            return "应为“" + right + "”，说明写“" + word + "”";
        }
        if (amountText != null) {
            BigDecimal a = ReviewText.figure(amountText);
            if (a.subtract(diff.abs()).abs().compareTo(new BigDecimal("0.01")) > 0) {
                return "增减额应为" + ReviewText.plain(diff.abs(), 2) + "万元，说明写" + amountText + "万元";
            }
        }
        if (rateText != null && prior.signum() > 0) {
            BigDecimal r = ReviewText.figure(rateText);
            BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(prior.scale(), current.scale()) + 1).multiply(BigDecimal.valueOf(5));
            BigDecimal lo = null;
            BigDecimal hi = null;
            for (int i = -1; i <= 1; i += 2) {
                for (int j = -1; j <= 1; j += 2) {
                    BigDecimal p = prior.add(half.multiply(BigDecimal.valueOf(i)));
                    BigDecimal q = current.add(half.multiply(BigDecimal.valueOf(j)));
                    if (p.signum() <= 0) {
                        continue;
                    }
                    BigDecimal v = q.subtract(p).abs().multiply(BigDecimal.valueOf(100)).divide(p, MathContext.DECIMAL64);
                    lo = lo == null || v.compareTo(lo) < 0 ? v : lo;
                    hi = hi == null || v.compareTo(hi) > 0 ? v : hi;
                }
            }
            BigDecimal rHalf = BigDecimal.ONE.movePointLeft(r.scale() + 1).multiply(BigDecimal.valueOf(5));
            if (lo != null && (r.add(rHalf).compareTo(lo) < 0 || r.subtract(rHalf).compareTo(hi) > 0)) {
                BigDecimal exact = diff.abs().multiply(BigDecimal.valueOf(100)).divide(prior, 2, RoundingMode.HALF_UP);
                return "增减率应为" + exact.toPlainString() + "%，说明写" + rateText + "%";
            }
        }
        return null;
    }

    // ---- the year compared with ----

    private static final Pattern COMPARED = Pattern.compile("(?:比|与|较)(\\d{4})年");

    private static void comparedYear(CheckContext c, Findings out) {
        int year = c.fiscalYear();
        for (Para p : ReviewText.paragraphs(c)) {
            Matcher m = COMPARED.matcher(p.text());
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (y >= year && isBudgetComparison(p.text(), m.end())) {
                    report(out, p, m.start(), "预算年度为" + year + "年，说明却与" + y + "年相比", y, year);
                }
            }
        }
        for (Item item : ReviewItems.items(c)) {
            Matcher m = PRIOR.matcher(item.para().text());
            if (m.find() && m.group(1).endsWith("年") && !m.group(1).equals("上年")) {
                int y = Integer.parseInt(m.group(1).substring(0, 4));
                if (y >= year) {
                    report(out, item.para(), m.start(), "预算年度为" + year + "年，“" + item.quoted() + "”却把“" + y
                            + "年”的数作为上年数", y, year);
                }
            }
        }
    }

    /** Whether "比2025年" goes on as a comparison of budgets ("比2025年预算…", "与2025年预算持平"), not a date. */
    private static boolean isBudgetComparison(String text, int after) {
        String rest = text.substring(after, Math.min(text.length(), after + 12));
        return rest.startsWith("预算") || rest.startsWith("当年") || rest.startsWith("年初") || rest.startsWith("执行")
                || rest.startsWith("增") || rest.startsWith("减") || rest.startsWith("持平") || rest.startsWith("相比");
    }

    private static void report(Findings out, Para p, int index, String what, int y, int year) {
        out.report(what + "：" + ReviewText.sentenceAt(p.text(), index), at(p),
                evidence(p, Evidence.YEAR, Integer.toString(y), Evidence.FISCAL_YEAR, Integer.toString(year)));
    }

    // ---- 2. 科目 names ----

    private static final List<String> LEVEL = List.of("类", "款", "项");

    private static void subjectNames(CheckContext c, Findings out) {
        for (Match m : ReviewItems.matches(c)) {
            if (m.sameNames()) {
                continue;
            }
            Item item = m.item();
            if (m.subject() == null) {
                out.report("说明中的科目“" + item.quoted() + "”在支出表中找不到同名的科目", at(item.para()),
                        evidence(item.para(), Evidence.NAME, item.quoted()));
                continue;
            }
            List<String> diffs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                if (!item.names().get(i).equals(m.subject().names().get(i))) {
                    diffs.add(LEVEL.get(i) + "名称写作“" + item.names().get(i) + "”，表中为“" + m.subject().names().get(i) + "”");
                }
            }
            out.report("说明中的科目“" + item.quoted() + "”与" + m.subject().table() + "中的科目" + m.subject().code()
                            + "名称不一致：" + String.join("；", diffs), at(item.para()),
                    evidence(item.para(), Evidence.NAME, item.quoted(), Evidence.CODE, m.subject().code(),
                            Evidence.ELSEWHERE, String.join("-", m.subject().names())));
        }
    }

    // ---- 3. template text ----

    private static final List<Pattern> TEMPLATE = List.of(
            Pattern.compile("(增加|增长)[（(](减少|下降)[）)]"),
            Pattern.compile("(减少|下降)[（(](增加|增长)[）)]"),
            Pattern.compile("(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])"),
            Pattern.compile("[Xx],?[Xx]{3}"),
            Pattern.compile("主要原因(?:是|为)[：:，,]?\\s*(?:[。；;]|$)"));

    private static void templateText(CheckContext c, Findings out) {
        for (Para p : ReviewText.paragraphs(c)) {
            int reported = -1;
            for (Pattern pattern : TEMPLATE) {
                Matcher m = pattern.matcher(p.text());
                while (m.find()) {
                    if (m.start() <= reported) {
                        continue;
                    }
                    reported = m.end();
                    out.report("说明中遗留模板文字“" + m.group().strip() + "”：" + ReviewText.sentenceAt(p.text(), m.start()), at(p),
                            evidence(p, Evidence.KEYWORD, m.group().strip()));
                }
            }
        }
    }

    // ---- 4. punctuation ----

    private static final Pattern SENTENCE_LIKE = Pattern.compile(".*(，|[\\d.]+\\s*(?:万元|%)).*", Pattern.DOTALL);

    private static void punctuation(CheckContext c, Findings out) {
        for (Para p : ReviewText.paragraphs(c)) {
            String t = p.text();
            int doubled = t.indexOf("。。");
            if (doubled >= 0) {
                out.report("说明中句号重复“。。”：" + ReviewText.sentenceAt(t, doubled), at(p), evidence(p, Evidence.KEYWORD, "。。"));
            }
            if (t.length() >= 12 && SENTENCE_LIKE.matcher(t).matches() && !ReviewText.endsClosed(t)) {
                out.report("这一段（项）没有以句号结束：" + tail(t), at(p), evidence(p, Evidence.FOUND, tail(t)));
            }
            String unpaired = unpairedQuote(t);
            if (unpaired != null) {
                out.report("这一段的引号不成对（" + unpaired + "）：" + t, at(p), evidence(p, Evidence.FOUND, unpaired));
            }
        }
    }

    /** How the curly quotes of a paragraph fail to pair, or null when they pair. */
    static String unpairedQuote(String t) {
        boolean open = false;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '“') {
                if (open) {
                    return "第" + (i + 1) + "字的“前一个引号未闭合";
                }
                open = true;
            } else if (ch == '”') {
                if (!open) {
                    return "第" + (i + 1) + "字的”前没有左引号";
                }
                open = false;
            }
        }
        return open ? "最后一个左引号“未闭合" : null;
    }

    private static String tail(String t) {
        return t.length() <= 40 ? t : "…" + t.substring(t.length() - 40);
    }

    // ---- 5. 部门 / 单位 ----

    private static void documentKind(CheckContext c, Findings out) {
        DisclosureKind kind = c.disclosure().metadata().kind();
        if (kind == null) {
            return;
        }
        List<Pattern> wrong = kind == DisclosureKind.UNIT
                ? List.of(Pattern.compile("部门预算(?!支出经济分类|经济分类)"), Pattern.compile("本部门"))
                : List.of(Pattern.compile("(?<!预算)单位预算"), Pattern.compile("本单位"));
        List<Para> all = new ArrayList<>();
        if (c.disclosure().narrative() != null) {
            for (NarrativeSection s : c.disclosure().narrative().sections()) {
                all.add(new Para(ReviewText.sectionLabel(s), s.heading(), s.source()));
            }
        }
        all.addAll(ReviewText.paragraphs(c));
        for (Para p : all) {
            String t = p.text().replace("部门（单位）", "").replace("单位（部门）", "");
            for (Pattern w : wrong) {
                Matcher m = w.matcher(t);
                if (m.find()) {
                    out.report("这是" + kind.label() + "预算，说明却称“" + m.group() + "”：" + ReviewText.sentenceAt(t, m.start()), at(p),
                            evidence(p, Evidence.KEYWORD, m.group()));
                }
            }
        }
    }

    // ---- 6. the notes of empty tables ----

    /** The fund each fund table is about, as its notes name it. */
    private static final Map<TableRole, String> FUND = Map.of(
            TableRole.GOVERNMENT_FUND_REVENUE, "政府性基金",
            TableRole.GOVERNMENT_FUND_EXPENDITURE, "政府性基金",
            TableRole.STATE_CAPITAL, "国有资本经营");

    private static void emptyTableNote(CheckContext c, Findings out) {
        for (PrintedTable t : c.disclosure().tables()) {
            String own = FUND.get(t.role());
            if (own == null) {
                continue;
            }
            for (String note : t.notes()) {
                String n = TableText.squeeze(note);
                if (n.contains(own)) {
                    continue;
                }
                for (String other : FUND.values()) {
                    if (!other.equals(own) && n.contains(other)) {
                        out.report(c.tableName(t.role()) + "（" + t.title() + "）的表注说的是“" + other + "”而不是“" + own + "”：" + note,
                                Location.ofTable(c.tableName(t.role()), null, null, t.source()),
                                evidence(t.source(), Evidence.NOTE, note, Evidence.TABLE, t.title()));
                        break;
                    }
                }
            }
        }
    }

    // ---- 7. "三公" and 机关运行经费 against the table ----

    private enum Part {
        TOTAL("“三公”经费", "[“\"]?三公[”\"]?经费(?:支出)?(?:预算数|预算)?(?:为|合计|共计)?", "threePublicTotal"),
        OUTBOUND("因公出国（境）费", "因公出国[（(]境[）)]费(?:预算)?(?:为)?", "outbound"),
        VEHICLES("公务用车购置及运行费", "公务用?车购置及运行(?:维护)?费(?:预算)?(?:为)?", "vehicleSubtotal"),
        PURCHASE("公务用车购置费", "公务用?车(?:辆)?购置费(?:预算)?(?:为)?", "vehiclePurchase"),
        OPERATION("公务用车运行费", "公务用?车(?:用车)?运行(?:维护)?费(?:预算)?(?:为)?", "vehicleOperation"),
        RECEPTION("公务接待费", "公务接待费(?:预算)?(?:为)?", "reception");

        final String label;
        final Pattern pattern;
        final String column;

        Part(String label, String regex, String column) {
            this.label = label;
            this.pattern = Pattern.compile(regex + "\\s*" + AMOUNT + "万元");
            this.column = column;
        }
    }

    private static final Pattern AGENCY_TEXT = Pattern.compile("机关运行经费(?:预算数|预算)?(?:为|共计|合计)?\\s*" + AMOUNT + "万元");
    private static final Pattern AGENCY_NONE = Pattern.compile("无机关运行经费");
    private static final Pattern THREE_NONE = Pattern.compile("无[“\"]?三公[”\"]?经费");
    private static final Pattern PRIOR_STATED = Pattern.compile("上年(?:预算)?(?:数)?为" + AMOUNT + "万元");
    private static final Pattern CHANGE_STATED = Pattern.compile("(?:比|与|较)(?:\\d{4}年|上年)[^，。；\\d]{0,8}?(增加|减少|持平)" + "(?:" + AMOUNT + "万元)?");

    private static void threePublicText(CheckContext c, Findings out) {
        Optional<TableView> view = TableView.find(c, TableRole.THREE_PUBLIC);
        List<String> saidFigures = new ArrayList<>();
        Para[] firstSaid = new Para[1];
        for (Para p : ReviewText.paragraphs(c)) {
            if (!p.section().contains("三公")) {
                continue;
            }
            for (String clause : p.text().split("[；;。]")) {
                int at = p.text().indexOf(clause);
                Part part = null;
                Matcher m = null;
                for (Part x : Part.values()) {
                    Matcher mx = x.pattern.matcher(clause);
                    if (mx.find() && (m == null || mx.start() < m.start())) {
                        part = x;
                        m = mx;
                    }
                }
                if (part == null) {
                    continue;
                }
                BigDecimal said = ReviewText.figure(m.group(1));
                if (view.isPresent()) {
                    BigDecimal table = threePublicValue(view.get(), part);
                    if (table != null && table.setScale(2, RoundingMode.HALF_UP).compareTo(said.setScale(2, RoundingMode.HALF_UP)) != 0) {
                        out.report("说明中" + part.label + "为" + m.group(1) + "万元，" + view.get().name() + "中为"
                                        + ReviewText.plain(table, 2) + "万元：" + clause.strip(), at(p),
                                evidence(p, Evidence.EXPECTED, ReviewText.plain(table, 2), Evidence.FOUND, m.group(1)));
                    }
                    if (said.signum() != 0 && view.get().hasNoDataNote()) {
                        if (firstSaid[0] == null) {
                            firstSaid[0] = p;
                        }
                        saidFigures.add(part.label + m.group(1) + "万元");
                    }
                }
                wording(out, p, clause, part.label, said);
            }
        }
        agencyText(c, out, view, saidFigures, firstSaid);
        if (view.isPresent() && firstSaid[0] != null) {
            TableView v = view.get();
            String notes = String.join("", v.table().notes());
            String inTable = printsNonZero(v) ? "，表中也列有金额" : "";
            out.report(v.name() + "的表注称“" + notes + "”，说明中却有" + String.join("、", saidFigures) + inTable,
                    at(firstSaid[0]), evidence(firstSaid[0], Evidence.NOTE, notes, Evidence.FOUND, String.join("、", saidFigures)));
        }
    }

    private static boolean printsNonZero(TableView v) {
        for (TableRow r : v.rows()) {
            for (String k : v.amountKeys()) {
                BigDecimal a = v.amount(r, k);
                if (a != null && a.signum() != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void agencyText(CheckContext c, Findings out, Optional<TableView> threePublic, List<String> saidFigures,
                                   Para[] firstSaid) {
        Optional<TableView> agency = TableView.find(c, TableRole.AGENCY_OPERATING);
        for (Para p : ReviewText.paragraphs(c)) {
            Matcher m = AGENCY_TEXT.matcher(p.text());
            if (!m.find()) {
                continue;
            }
            BigDecimal said = ReviewText.figure(m.group(1));
            String clause = ReviewText.sentenceAt(p.text(), m.start());
            BigDecimal table = null;
            TableView where = null;
            if (agency.isPresent()) {
                table = totalOf(agency.get(), "total");
                where = agency.get();
            } else if (threePublic.isPresent() && threePublic.get().has("agencyOperating")) {
                table = sumColumn(threePublic.get(), "agencyOperating");
                where = threePublic.get();
            }
            if (where == null) {
                continue;
            }
            if (table != null && ReviewItems.toWan(table, where.printedUnit()).setScale(2, RoundingMode.HALF_UP)
                    .compareTo(said.setScale(2, RoundingMode.HALF_UP)) != 0) {
                String tw = ReviewText.plain(ReviewItems.toWan(table, where.printedUnit()), 2);
                out.report("说明中机关运行经费为" + m.group(1) + "万元，" + where.name() + "中为" + tw + "万元：" + clause, at(p),
                        evidence(p, Evidence.EXPECTED, tw, Evidence.FOUND, m.group(1)));
            }
            if (said.signum() != 0 && where.hasNoDataNote()) {
                if (threePublic.isPresent() && where == threePublic.get()) {
                    if (firstSaid[0] == null) {
                        firstSaid[0] = p;
                    }
                    saidFigures.add("机关运行经费" + m.group(1) + "万元");
                } else {
                    String notes = String.join("", where.table().notes());
                    out.report(where.name() + "的表注称“" + notes + "”，说明中机关运行经费却为" + m.group(1) + "万元：" + clause, at(p),
                            evidence(p, Evidence.NOTE, notes, Evidence.FOUND, m.group(1)));
                }
            }
            wording(out, p, clause, "机关运行经费", said);
        }
    }

    /** "增加0万元", and 增加/减少/持平 against a prior-year figure the text gives. */
    private static void wording(Findings out, Para p, String clause, String label, BigDecimal said) {
        Matcher ch = CHANGE_STATED.matcher(clause);
        if (!ch.find()) {
            return;
        }
        String word = ch.group(1);
        if (ch.group(2) != null && !"持平".equals(word) && ReviewText.figure(ch.group(2)).signum() == 0) {
            out.report(Severity.WARNING, label + "说明写“" + word + ch.group(2) + "万元”，增减额为零应写“持平”：" + clause.strip(), at(p),
                    evidence(p, Evidence.FOUND, ch.group()));
        }
        Matcher pr = PRIOR_STATED.matcher(clause);
        if (pr.find()) {
            BigDecimal prior = ReviewText.figure(pr.group(1));
            String problem = changeProblem(prior, said, word, ch.group(2), null);
            if (problem != null) {
                out.report(label + "上年数" + pr.group(1) + "万元、本年数" + ReviewText.plain(said, 2) + "万元，" + problem + "：" + clause.strip(),
                        at(p), evidence(p, Evidence.PRIOR, pr.group(1), Evidence.CURRENT, ReviewText.plain(said, 2), Evidence.FOUND, ch.group()));
            }
        }
    }

    /**
     * The table's figure of a part in 万元: from its column when the table prints the parts as
     * columns, from its row when it prints them as rows; a blank cell of a table that prints other
     * figures is 0; null when the table prints none.
     */
    private static BigDecimal threePublicValue(TableView v, Part part) {
        BigDecimal value;
        if (v.has(part.column)) {
            value = sumColumn(v, part.column);
        } else if (v.has("item") && v.has("total")) {
            org.gongkai.core.check.view.TableThreePublic t = org.gongkai.core.check.view.TableThreePublic.of(v);
            TableRow row = switch (part) {
                case TOTAL -> t.total;
                case OUTBOUND -> t.outbound;
                case VEHICLES -> t.vehicles;
                case PURCHASE -> t.purchase;
                case OPERATION -> t.operation;
                case RECEPTION -> t.reception;
            };
            value = row == null ? null : v.amount(row, "total");
        } else {
            return null;
        }
        if (value == null && printsFigures(v)) {
            value = BigDecimal.ZERO;
        }
        return value == null ? null : ReviewItems.toWan(value, v.printedUnit());
    }

    private static boolean printsFigures(TableView v) {
        for (TableRow r : v.rows()) {
            for (String k : v.amountKeys()) {
                if (v.amount(r, k) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static BigDecimal sumColumn(TableView v, String key) {
        BigDecimal sum = null;
        for (TableRow r : v.rows()) {
            BigDecimal a = v.amount(r, key);
            if (a != null) {
                sum = sum == null ? a : sum.add(a);
            }
        }
        return sum;
    }

    /** The figure of the table's 合计 row in a column, else the column's sum; null when none. */
    private static BigDecimal totalOf(TableView v, String key) {
        for (TableRow r : v.rows()) {
            if (isTotalRow(v, r)) {
                return v.amount(r, key);
            }
        }
        return sumColumn(v, key);
    }

    private static boolean isTotalRow(TableView v, TableRow r) {
        for (String k : v.keys(ColumnType.TEXT)) {
            if (TableText.isTotal(v.text(r, k))) {
                return true;
            }
        }
        return false;
    }

    // ---- 8. 机关运行经费 against 公用经费 ----

    private static void agencyOperating(CheckContext c, Findings out) {
        Optional<TableView> basic = TableView.find(c, TableRole.BASIC_BY_ECONOMIC);
        if (basic.isEmpty() || !basic.get().has("operating")) {
            return;
        }
        BigDecimal operating = totalOf(basic.get(), "operating");
        if (operating == null) {
            return;
        }
        BigDecimal opWan = ReviewItems.toWan(operating, basic.get().printedUnit()).setScale(2, RoundingMode.HALF_UP);
        String where = basic.get().name() + "“合计”行“公用经费”";
        for (Para p : ReviewText.paragraphs(c)) {
            Matcher none = AGENCY_NONE.matcher(p.text());
            Matcher said = AGENCY_TEXT.matcher(p.text());
            if (none.find() && opWan.signum() > 0) {
                out.report("说明称“" + ReviewText.sentenceAt(p.text(), none.start()) + "”，而" + where + "为" + opWan.toPlainString()
                                + "万元（行政单位的机关运行经费即其基本支出中的公用经费）", at(p),
                        evidence(p, Evidence.OPERATING, opWan.toPlainString(), Evidence.FOUND, none.group()));
            } else if (said.find() && administrativeOnly(c)) {
                BigDecimal figure = ReviewText.figure(said.group(1));
                if (figure.setScale(2, RoundingMode.HALF_UP).compareTo(opWan) != 0) {
                    out.report("只有行政单位时机关运行经费应等于" + where + opWan.toPlainString() + "万元，说明为" + said.group(1) + "万元："
                                    + ReviewText.sentenceAt(p.text(), said.start()), at(p),
                            evidence(p, Evidence.OPERATING, opWan.toPlainString(), Evidence.FOUND, said.group(1),
                                    Evidence.DIFFERENCE, figure.subtract(opWan).toPlainString()));
                }
            }
        }
    }

    /**
     * Whether the document spends on administrative units only: its function tables print no
     * 事业运行 and no 事业单位 科目 (其 机关事业单位/行政事业单位 科目 are both kinds').
     */
    private static boolean administrativeOnly(CheckContext c) {
        for (TableRole role : List.of(TableRole.GENERAL_BUDGET_BY_FUNCTION, TableRole.EXPENDITURE_BY_FUNCTION)) {
            Optional<TableView> v = TableView.find(c, role);
            if (v.isEmpty()) {
                continue;
            }
            for (TableRow r : v.get().rows()) {
                for (String k : v.get().keys(ColumnType.TEXT)) {
                    String n = TableText.squeeze(v.get().text(r, k)).replace("机关事业单位", "").replace("行政事业单位", "");
                    if (n.contains("事业运行") || n.contains("事业单位")) {
                        return false;
                    }
                }
            }
            return true;
        }
        return false;
    }

    // ---- helpers ----

    private static Location at(Para p) {
        return Location.ofNarrative(p.section(), p.text(), p.source());
    }

    private static Map<String, String> evidence(Para p, Evidence k1, String v1) {
        return withPage(p.source(), Findings.evidence(k1, v1));
    }

    private static Map<String, String> evidence(Para p, Evidence k1, String v1, Evidence k2, String v2) {
        return withPage(p.source(), Findings.evidence(k1, v1, k2, v2));
    }

    private static Map<String, String> evidence(Para p, Evidence k1, String v1, Evidence k2, String v2, Evidence k3, String v3) {
        return withPage(p.source(), Findings.evidence(k1, v1, k2, v2, k3, v3));
    }

    private static Map<String, String> evidence(Para p, Evidence k1, String v1, Evidence k2, String v2, Evidence k3, String v3,
                                                Evidence k4, String v4) {
        return withPage(p.source(), Findings.evidence(k1, v1, k2, v2, k3, v3, k4, v4));
    }

    private static Map<String, String> evidence(org.gongkai.core.model.SourceRef s, Evidence k1, String v1, Evidence k2, String v2) {
        return withPage(s, Findings.evidence(k1, v1, k2, v2));
    }

    private static Map<String, String> withPage(org.gongkai.core.model.SourceRef s, Map<String, String> m) {
        if (s.page() != null) {
            m.put(Evidence.PAGE.key(), Integer.toString(s.page()));
        }
        return m;
    }
}
