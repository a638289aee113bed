package org.gongkai.core.check.performance;

import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.model.FilingDates;
import org.gongkai.core.model.TableRole;

import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.ReadingNote;
import org.gongkai.core.performance.MergedIndicator;

/**
 * The words of a form: amounts quoted in its texts against its funds (perf.text-amounts), dates
 * in its plan and 时效指标 not before the budget year (perf.dates), the header fields present
 * (perf.header).
 */
public final class PerformanceTextRules {

    /** An amount of money in a sentence: number, optional 余/多, unit, optional "/年" or another per-unit. */
    private static final Pattern MONEY = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(余|多)?(亿元|万元|元)(/\\p{IsHan})?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,；;。！？!?\\n]");
    private static final List<String> APPROXIMATE_BEFORE = List.of("约", "近", "超过", "逾", "不足", "不到", "大概");
    private static final List<String> APPROXIMATE_AFTER = List.of("左右", "以上", "以下", "以内");
    private static final Map<String, BigDecimal> UNIT = Map.of(
            "元", BigDecimal.ONE, "万元", BigDecimal.valueOf(10_000), "亿元", BigDecimal.valueOf(100_000_000));
    /** Brackets whose content is a title or a document number, not a date of the project. */
    private static final String OPENERS = "《〔【[";
    private static final String CLOSERS = "》〕】]";

    private PerformanceTextRules() {
    }

    /** A text field of a form: its label and how to read it. */
    private record TextField(String label, Function<PerformanceTarget, String> text) {
    }

    private static final List<TextField> TEXTS = List.of(
            new TextField("项目概况", PerformanceTarget::overview),
            new TextField("立项依据", PerformanceTarget::basis),
            new TextField("项目设立必要性", PerformanceTarget::necessity),
            new TextField("保证项目实施的制度、措施", PerformanceTarget::measures),
            new TextField("项目实施计划", PerformanceTarget::plan),
            new TextField("实施期目标", PerformanceTarget::periodGoal),
            new TextField("年度目标", PerformanceTarget::annualGoal));

    // ---- perf.text-amounts ----------------------------------------------------------------------

    /** One amount quoted in a text that matches neither fund total; kept per amount and target to report once. */
    private static final class Quoted {
        final Set<String> fields = new LinkedHashSet<>();
        final String clause;
        final String printed;
        final BigDecimal yuan;
        final List<PerformanceColumn> targets;

        Quoted(String clause, String printed, BigDecimal yuan, List<PerformanceColumn> targets) {
            this.clause = clause;
            this.printed = printed;
            this.yuan = yuan;
            this.targets = new ArrayList<>(targets);
        }
    }

    static void textAmounts(CheckContext context, Findings out) {
        int year = context.fiscalYear();
        for (PerformanceTarget form : context.disclosure().performanceTargets()) {
            Map<String, Quoted> mismatches = new LinkedHashMap<>();
            for (TextField field : TEXTS) {
                String text = field.text().apply(form);
                if (text == null) {
                    continue;
                }
                Matcher m = MONEY.matcher(text);
                while (m.find()) {
                    quoted(form, text, m, year).ifPresent(q -> {
                        Quoted kept = mismatches.computeIfAbsent(q.yuan.toPlainString(), k -> q);
                        kept.fields.add(field.label());
                        q.targets.stream().filter(c -> !kept.targets.contains(c)).forEach(kept.targets::add);
                    });
                }
            }
            for (Quoted q : mismatches.values()) {
                reportQuoted(form, q, out);
            }
        }
    }

    /** The quoted amount when it agrees with none of the totals it should be compared with. */
    private static Optional<Quoted> quoted(PerformanceTarget form, String text, Matcher m, int year) {
        String perUnit = m.group(4);
        if (m.group(2) != null || (perUnit != null && !perUnit.equals("/年")) || approximate(text, m.start(), m.end())) {
            return Optional.empty();
        }
        String clause = clause(text, m.start());
        Set<Integer> years = new LinkedHashSet<>();
        Matcher y = YEAR.matcher(clause);
        while (y.find()) {
            years.add(Integer.parseInt(y.group(1)));
        }
        if (!years.isEmpty() && !years.contains(year)) {
            return Optional.empty();
        }
        boolean thisYear = perUnit != null || years.contains(year) || clause.contains("本年") || clause.contains("当年");
        List<PerformanceColumn> targets = thisYear ? List.of(PerformanceColumn.ANNUAL)
                : List.of(PerformanceColumn.PERIOD, PerformanceColumn.ANNUAL);
        BigDecimal number = new BigDecimal(m.group(1).replace(",", ""));
        BigDecimal factor = UNIT.get(m.group(3));
        BigDecimal yuan = number.multiply(factor);
        BigDecimal tolerance = BigDecimal.valueOf(5, Math.max(number.scale(), 0) + 1).multiply(factor);
        boolean compared = false;
        for (PerformanceColumn c : targets) {
            Amount total = c.funds(form) == null ? null : c.funds(form).total();
            if (total == null) {
                continue;
            }
            compared = true;
            if (total.to(MoneyUnit.YUAN).value().subtract(yuan).abs().compareTo(tolerance) <= 0) {
                return Optional.empty();
            }
        }
        if (!compared) {
            return Optional.empty();
        }
        return Optional.of(new Quoted(clause, m.group(), yuan, targets));
    }

    private static boolean approximate(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 2), start);
        String after = text.substring(end, Math.min(text.length(), end + 2));
        return APPROXIMATE_BEFORE.stream().anyMatch(before::endsWith) || APPROXIMATE_AFTER.stream().anyMatch(after::startsWith);
    }

    /** The clause (between commas, semicolons or full stops) around a position. */
    private static String clause(String text, int at) {
        int start = 0;
        Matcher e = CLAUSE_END.matcher(text);
        while (e.find()) {
            if (e.start() < at) {
                start = e.end();
            } else {
                return text.substring(start, e.start()).strip();
            }
        }
        return text.substring(start).strip();
    }

    private static void reportQuoted(PerformanceTarget form, Quoted q, Findings out) {
        StringBuilder against = new StringBuilder();
        Map<String, String> evidence = Findings.evidence(Evidence.FOUND, PerformanceFormat.plain(q.yuan));
        for (PerformanceColumn c : q.targets.stream().sorted().toList()) {
            Amount total = c.funds(form) == null ? null : c.funds(form).total();
            if (total == null) {
                continue;
            }
            if (!against.isEmpty()) {
                against.append("、");
            }
            against.append(c.label()).append("资金总额").append(PerformanceFormat.yuan(total));
            evidence.put((c == PerformanceColumn.PERIOD ? Evidence.PERIOD : Evidence.ANNUAL).key(),
                    PerformanceFormat.plain(total.to(MoneyUnit.YUAN).value()));
        }
        String fields = q.fields.stream().map(f -> "“" + f + "”").collect(java.util.stream.Collectors.joining());
        String yuanText = q.printed.contains("万") || q.printed.contains("亿") ? "（" + PerformanceFormat.yuan(q.yuan) + "）" : "";
        out.report(Severity.WARNING, fields + "中写有“" + abbreviate(q.clause, q.printed) + "”，其中" + q.printed + yuanText + "与"
                        + against + "不一致；该金额也可能是指别的内容，请核对",
                PerformanceProjectRules.at(form, q.fields.iterator().next()), evidence);
    }

    /** The clause, cut to about forty characters around the amount. */
    private static String abbreviate(String clause, String amount) {
        if (clause.length() <= 40) {
            return clause;
        }
        int at = Math.max(0, clause.indexOf(amount));
        int from = Math.max(0, at - 20);
        int to = Math.min(clause.length(), at + amount.length() + 12);
        return (from > 0 ? "…" : "") + clause.substring(from, to) + (to < clause.length() ? "…" : "");
    }

    // ---- perf.dates -----------------------------------------------------------------------------

    static void dates(CheckContext context, Findings out) {
        int year = context.fiscalYear();
        for (PerformanceTarget form : context.disclosure().performanceTargets()) {
            if (form.plan() != null) {
                Set<Integer> seen = new LinkedHashSet<>();
                for (int[] found : earlierYears(form.plan(), year)) {
                    if (seen.add(found[0])) {
                        String clause = clause(form.plan(), found[1]);
                        out.report("项目实施计划写有“" + abbreviate(clause, found[0] + "年") + "”，其中的" + found[0]
                                        + "年早于预算年度" + year + "年，可能沿用了往年的内容",
                                PerformanceProjectRules.at(form, "项目实施计划"),
                                Findings.evidence(Evidence.YEAR, String.valueOf(found[0]), Evidence.FISCAL_YEAR, String.valueOf(year)));
                    }
                }
            }
            for (MergedIndicator m : PerformanceIndicatorRules.merged(context, form)) {
                if (!PerformanceLevels.isTimeliness(m.level2())) {
                    continue;
                }
                List<String> texts = new ArrayList<>();
                texts.add(m.name());
                if (m.periodValue() != null) {
                    texts.add(m.periodValue());
                }
                if (m.annualValue() != null && !m.annualValue().equals(m.periodValue())) {
                    texts.add(m.annualValue());
                }
                Set<Integer> years = new LinkedHashSet<>();
                for (String t : texts) {
                    earlierYears(t, year).forEach(f -> years.add(f[0]));
                }
                for (int y : years) {
                    String value = m.periodValue() != null ? m.periodValue() : m.annualValue();
                    out.report("时效指标“" + m.name() + "”（指标值“" + value + "”）中的" + y + "年早于预算年度" + year
                                    + "年，可能沿用了往年的内容", Location.ofProject(form.projectName(), m.name(), m.source()),
                            Findings.evidence(Evidence.YEAR, String.valueOf(y), Evidence.FISCAL_YEAR, String.valueOf(year)));
                }
            }
        }
    }

    /**
     * Years before {@code fiscalYear} written in a text, as {year, position}; not a year in a title
     * or document number (《…》〔…〕【…】[…]), not a past event ("已于2022年…"), not "…年以前".
     */
    private static List<int[]> earlierYears(String text, int fiscalYear) {
        List<int[]> out = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y >= fiscalYear || y < 1949 || insideBrackets(text, m.start())) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 3), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 2));
            if (before.contains("已") || after.equals("以前")) {
                continue;
            }
            out.add(new int[] {y, m.start()});
        }
        return out;
    }

    private static boolean insideBrackets(String text, int at) {
        for (int k = 0; k < OPENERS.length(); k++) {
            int open = text.lastIndexOf(OPENERS.charAt(k), at);
            int close = text.lastIndexOf(CLOSERS.charAt(k), at);
            if (open >= 0 && open > close) {
                return true;
            }
        }
        return false;
    }

    // ---- perf.header ----------------------------------------------------------------------------

    /** A required header field: its label, the reader's note field, and whether it is filled. */
    private record HeaderField(String label, String noteField, Function<PerformanceTarget, Object> value) {
    }

    private static final List<HeaderField> HEADER = List.of(
            new HeaderField("项目名称", "projectName", PerformanceTarget::projectName),
            new HeaderField("主管部门及代码", "competentDepartment", PerformanceTarget::competentDepartment),
            new HeaderField("实施单位", "implementingUnit", PerformanceTarget::implementingUnit),
            new HeaderField("项目属性", "attribute", PerformanceTarget::attribute),
            new HeaderField("项目期", "projectTerm", PerformanceTarget::projectTerm),
            new HeaderField("实施期资金总额", "periodFunds.total", t -> t.periodFunds() == null ? null : t.periodFunds().total()),
            new HeaderField("年度资金总额", "annualFunds.total", t -> t.annualFunds() == null ? null : t.annualFunds().total()),
            new HeaderField("实施期目标", "periodGoal", PerformanceTarget::periodGoal),
            new HeaderField("年度目标", "annualGoal", PerformanceTarget::annualGoal),
            new HeaderField("填报日期", "filingDate", PerformanceTarget::filingDate));


    static void header(CheckContext context, Findings out) {
        PerformanceMatching matching = context.table(TableRole.PROJECTS_CURRENT_YEAR).isPresent() || context.table(TableRole.PROJECTS_CARRYOVER).isPresent()
                ? PerformanceMatching.of(context) : null;
        for (PerformanceTarget form : context.disclosure().performanceTargets()) {
            PerformanceNotes notes = PerformanceNotes.of(context, form);
            for (HeaderField field : HEADER) {
                Object value = field.value().apply(form);
                if (value != null && !(value instanceof String s && s.isBlank())) {
                    continue;
                }
                if (field.noteField().equals("annualFunds.total") && matching != null && matching.match(form).isPresent()) {
                    continue;
                }
                Optional<ReadingNote> note = notes.about(field.noteField());
                if (note.isPresent()) {
                    out.report(Severity.WARNING, "文本中未见" + field.label() + "（可能是原表未填写，也可能是提取时丢失，请对照原表）",
                            Location.ofProject(form.projectName(), field.label(), note.get().source()),
                            Findings.evidence(Evidence.FIELD, field.label()));
                } else {
                    out.report(Severity.ERROR, field.label() + "未填写", PerformanceProjectRules.at(form, field.label()),
                            Findings.evidence(Evidence.FIELD, field.label()));
                }
            }
            if (form.competentDepartment() != null && !form.competentDepartment().isBlank() && form.departmentCode() == null) {
                out.report(Severity.WARNING, "主管部门及代码“" + form.competentDepartment() + "”中没有单位代码",
                        PerformanceProjectRules.at(form, "主管部门及代码"), Findings.evidence(Evidence.FIELD, "主管部门及代码"));
            }
            if (form.filingDate() != null && !form.filingDate().isBlank() && !isDate(form.filingDate().strip())) {
                out.report(Severity.WARNING, "填报日期“" + form.filingDate() + "”不是有效的日期",
                        PerformanceProjectRules.at(form, "填报日期"), Findings.evidence(Evidence.FIELD, "填报日期"));
            }
        }
    }

    /** "20251224150159", "20251224", "2025-12-24", "2025年12月24日". */
    static boolean isDate(String text) {
        return FilingDates.parse(text).isPresent();
    }
}
