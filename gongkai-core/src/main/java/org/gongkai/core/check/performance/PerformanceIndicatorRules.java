package org.gongkai.core.check.performance;

import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.ReadingNote;
import org.gongkai.core.performance.IndicatorMerger;
import org.gongkai.core.performance.MergedIndicator;

/**
 * The indicator table of a form: the tree (perf.tree), a value for every indicator
 * (perf.value-missing), values that read (perf.value-format), percentages in range
 * (perf.percent-range), cost indicators in money within the funds (perf.cost), satisfaction as a
 * floor (perf.satisfaction).
 *
 * <p>Value rules look at each indicator once, with its 实施期 and 年度 values side by side
 * ({@link IndicatorMerger#merge}); when both columns have the same problem with the same
 * value, one finding names both columns.
 */
public final class PerformanceIndicatorRules {

    private PerformanceIndicatorRules() {
    }

    /** The form's 实施期/年度 indicators paired, computed once per checked document. */
    static List<MergedIndicator> merged(CheckContext context, PerformanceTarget form) {
        java.util.Map<PerformanceTarget, List<MergedIndicator>> all =
                context.memo("performance.merged", c -> new java.util.IdentityHashMap<>());
        return all.computeIfAbsent(form, IndicatorMerger::merge);
    }

    /** What is wrong with one column's value; {@code key} tells whether the other column's problem is the same. */
    record Issue(Severity severity, String key, String text, Map<String, String> evidence) {
    }

    private static void eachValue(CheckContext context, PerformanceTarget form, Findings out,
                                  BiFunction<MergedIndicator, PerformanceColumn, Boolean> applies, MergedCheck check) {
        for (MergedIndicator m : merged(context, form)) {
            Map<PerformanceColumn, Issue> issues = new LinkedHashMap<>();
            for (PerformanceColumn column : PerformanceColumn.values()) {
                String value = column.value(m);
                if (value == null || value.isBlank() || !applies.apply(m, column)) {
                    continue;
                }
                check.check(m, column, value).ifPresent(i -> issues.put(column, i));
            }
            report(form, m, issues, out);
        }
    }

    /** Checks one column's value of an indicator: a problem or nothing. */
    private interface MergedCheck {
        Optional<Issue> check(MergedIndicator m, PerformanceColumn column, String value);
    }

    private static void report(PerformanceTarget form, MergedIndicator m, Map<PerformanceColumn, Issue> issues, Findings out) {
        Issue period = issues.get(PerformanceColumn.PERIOD);
        Issue annual = issues.get(PerformanceColumn.ANNUAL);
        Location where = Location.ofProject(form.projectName(), m.name(), m.source());
        if (period != null && annual != null && period.key().equals(annual.key())) {
            Map<String, String> evidence = new LinkedHashMap<>(period.evidence());
            evidence.put(Evidence.COLUMN.key(), "实施期、年度");
            out.report(period.severity(), "实施期、年度指标“" + m.name() + "”" + period.text(), where, evidence);
            return;
        }
        for (Map.Entry<PerformanceColumn, Issue> e : issues.entrySet()) {
            Map<String, String> evidence = new LinkedHashMap<>(e.getValue().evidence());
            evidence.put(Evidence.COLUMN.key(), e.getKey().label());
            out.report(e.getValue().severity(), e.getKey().label() + "指标“" + m.name() + "”" + e.getValue().text(), where,
                    evidence);
        }
    }

    private static Optional<Issue> issue(Severity severity, String key, String text, Map<String, String> evidence) {
        return Optional.of(new Issue(severity, key, text, evidence));
    }

    // ---- perf.tree ------------------------------------------------------------------------------

    static void tree(CheckContext context, Findings out) {
        for (PerformanceTarget form : context.disclosure().performanceTargets()) {
            PerformanceNotes notes = PerformanceNotes.of(context, form);
            Severity presence = notes.layoutDoubtful() ? Severity.WARNING : Severity.ERROR;
            String doubt = notes.layoutDoubtful() ? "（该表指标栏的文本错位，请对照原表）" : "";
            Map<String, List<String>> misplaced = new LinkedHashMap<>();
            Map<String, Indicator> firstOf = new LinkedHashMap<>();
            Map<String, List<String>> missingLevel1 = new LinkedHashMap<>();
            for (PerformanceColumn column : PerformanceColumn.values()) {
                List<Indicator> indicators = column.indicators(form);
                if (indicators.isEmpty()) {
                    Severity s = notes.has(column.indicatorField()) ? Severity.WARNING : presence;
                    String what = notes.has(column.indicatorField()) ? "文本中未见" + column.label() + "一栏的绩效指标"
                            : column.label() + "一栏没有任何绩效指标";
                    out.report(s, what + doubt, PerformanceProjectRules.at(form, "绩效指标"), Findings.evidence(Evidence.COLUMN, column.label()));
                    continue;
                }
                for (Indicator i : indicators) {
                    if (notes.groupUncertain(column, i.name())) {
                        continue;
                    }
                    PerformanceLevels.Family family = PerformanceLevels.family(i.level2());
                    String level1 = PerformanceLevels.level1(i.level1());
                    String key = i.name() + "|" + i.level1() + "|" + i.level2();
                    if (family == null || level1 == null || !family.level1().contains(level1)) {
                        misplaced.computeIfAbsent(key, k -> new ArrayList<>()).add(column.label());
                        firstOf.putIfAbsent(key, i);
                    }
                }
                for (String required : PerformanceLevels.REQUIRED) {
                    boolean present = indicators.stream().anyMatch(i -> required.equals(PerformanceLevels.level1(i.level1())));
                    if (!present) {
                        missingLevel1.computeIfAbsent(required, k -> new ArrayList<>()).add(column.label());
                    }
                }
            }
            for (Map.Entry<String, List<String>> e : misplaced.entrySet()) {
                reportMisplaced(form, firstOf.get(e.getKey()), String.join("、", e.getValue()), out);
            }
            for (Map.Entry<String, List<String>> e : missingLevel1.entrySet()) {
                String columns = String.join("、", e.getValue());
                out.report(presence, columns + "一栏没有" + e.getKey() + "（每张表的产出、效益、满意度指标下都至少要有一个三级指标）"
                        + doubt, PerformanceProjectRules.at(form, e.getKey()),
                        Findings.evidence(Evidence.COLUMN, columns, Evidence.LEVEL1, e.getKey()));
            }
        }
    }

    private static void reportMisplaced(PerformanceTarget form, Indicator i, String columns, Findings out) {
        Location where = Location.ofProject(form.projectName(), i.name(), i.source());
        var evidence = Findings.evidence(Evidence.COLUMN, columns, Evidence.LEVEL1, String.valueOf(i.level1()),
                Evidence.LEVEL2, String.valueOf(i.level2()));
        PerformanceLevels.Family family = PerformanceLevels.family(i.level2());
        if (family == null) {
            out.report(Severity.WARNING, columns + "指标“" + i.name() + "”的二级指标“" + i.level2()
                    + "”不是绩效指标体系中的二级指标", where, evidence);
        } else if (PerformanceLevels.level1(i.level1()) == null) {
            out.report(Severity.WARNING, columns + "指标“" + i.name() + "”的一级指标“" + i.level1()
                    + "”不是产出、效益、满意度（或成本）指标", where, evidence);
        } else {
            out.report(Severity.ERROR, columns + "指标“" + i.name() + "”：二级指标“" + i.level2() + "”应在一级指标“"
                    + family.expectedLevel1() + "”之下，表中列在“" + i.level1() + "”之下", where, evidence);
        }
    }

    // ---- perf.value-missing ---------------------------------------------------------------------

    static void valueMissing(CheckContext context, Findings out) {
        for (PerformanceTarget form : context.disclosure().performanceTargets()) {
            PerformanceNotes notes = PerformanceNotes.of(context, form);
            for (PerformanceColumn column : PerformanceColumn.values()) {
                for (Indicator i : column.indicators(form)) {
                    if (i.value() != null && !i.value().isBlank()) {
                        continue;
                    }
                    Location where = Location.ofProject(form.projectName(), i.name(), i.source());
                    var evidence = Findings.evidence(Evidence.COLUMN, column.label());
                    Optional<ReadingNote> note = notes.valueNote(column, i.name());
                    if (note.isPresent()) {
                        String why = notes.layoutDoubtful() ? "（该表指标栏的文本错位，可能是提取时丢失，请对照原表）"
                                : "（可能是原表未填写，也可能是提取时丢失，请对照原表）";
                        out.report(Severity.WARNING, "文本中未见" + column.label() + "指标“" + i.name() + "”的指标值" + why,
                                where, evidence);
                    } else {
                        out.report(Severity.ERROR, column.label() + "指标“" + i.name() + "”没有指标值", where, evidence);
                    }
                }
            }
        }
    }

    // ---- perf.value-format ----------------------------------------------------------------------

    static void valueFormat(CheckContext context, Findings out) {
        for (PerformanceTarget form : context.disclosure().performanceTargets()) {
            PerformanceNotes notes = PerformanceNotes.of(context, form);
            eachValue(context, form, out, (m, column) -> notes.valueNote(column, m.name()).isEmpty(), (m, column, value) ->
                    IndicatorValueParser.parse(value).isPresent() ? Optional.empty()
                            : issue(Severity.WARNING, "format|" + value, "的指标值“" + value
                                    + "”无法识别：应为运算符、数值和单位（如“≥5个”“≤5万元”“100%”），或定性表述（如“及时”“符合”）", Findings.evidence(Evidence.VALUE, value)));
        }
    }

    // ---- perf.percent-range ---------------------------------------------------------------------

    static void percentRange(CheckContext context, Findings out) {
        for (PerformanceTarget form : context.disclosure().performanceTargets()) {
            eachValue(context, form, out, (m, column) -> true, (m, column, value) -> {
                Optional<IndicatorValue> parsed = IndicatorValueParser.parse(value);
                if (parsed.isEmpty() || !parsed.get().isPercent()) {
                    return Optional.empty();
                }
                IndicatorValue v = parsed.get();
                BigDecimal high = v.upper() != null ? v.upper() : v.number();
                boolean rate = isRate(m.name());
                if (v.number().signum() < 0) {
                    return issue(Severity.ERROR, "negative|" + value, "的指标值“" + value + "”是负的百分比", Findings.evidence(Evidence.VALUE, value));
                }
                if (high.compareTo(HUNDRED) > 0 && !rate) {
                    return issue(Severity.ERROR, "above|" + value, "的指标值“" + value
                            + "”超过100%；只有完成率等比率可以超过100%", Findings.evidence(Evidence.VALUE, value));
                }
                if (high.compareTo(HUNDRED) == 0 && v.isFloor() && !rate
                        && !PerformanceLevels.isSatisfaction(m.level1(), m.level2())) {
                    return issue(Severity.INFO, "floor100|" + value, "的指标值为“" + value
                            + "”：该指标不是比率，百分比最多为100%，“≥100%”即100%，宜写作“100%”", Findings.evidence(Evidence.VALUE, value));
                }
                return Optional.empty();
            });
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A rate that may exceed 100% (完成率, 达标率, 合格率, 增长率 …): its name has 率; satisfaction never exceeds 100%. */
    static boolean isRate(String name) {
        return name != null && name.contains("率") && !name.contains("满意");
    }

    // ---- perf.cost ------------------------------------------------------------------------------

    static void cost(CheckContext context, Findings out) {
        PerformanceMatching matching = context.table(TableRole.PROJECTS_CURRENT_YEAR).isPresent() || context.table(TableRole.PROJECTS_CARRYOVER).isPresent()
                ? PerformanceMatching.of(context) : null;
        for (PerformanceTarget form : context.disclosure().performanceTargets()) {
            PerformanceNotes notes = PerformanceNotes.of(context, form);
            Optional<PerformanceProject> project = matching == null ? Optional.empty()
                    : matching.match(form).map(PerformanceMatching.Match::project);
            eachValue(context, form, out,
                    (m, column) -> PerformanceLevels.isCost(m.level1(), m.level2()) && !notes.groupUncertain(column, m.name()),
                    (m, column, value) -> costIssue(form, project, m, column, value));
        }
    }

    private static Optional<Issue> costIssue(PerformanceTarget form, Optional<PerformanceProject> project,
                                             MergedIndicator m, PerformanceColumn column, String value) {
        Optional<IndicatorValue> parsed = IndicatorValueParser.parse(value);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        IndicatorValue v = parsed.get();
        if (!v.isMoney()) {
            if (v.isMoneyPerUnit() || !PerformanceLevels.isMoneyCost(m.level1(), m.level2())) {
                return Optional.empty();
            }
            return issue(Severity.WARNING, "not-money|" + value, "是成本指标，指标值应为金额（元或万元，如“≤5万元”），表中为“"
                    + value + "”", Findings.evidence(Evidence.VALUE, value));
        }
        if (v.isFloor()) {
            return issue(Severity.WARNING, "floor|" + value, "是成本指标，指标值应为上限（“≤”），表中为“" + value + "”", Findings.evidence(Evidence.VALUE, value));
        }
        BigDecimal cost = v.yuan();
        Amount total = column.funds(form) == null ? null : column.funds(form).total();
        if (total != null) {
            BigDecimal funds = total.to(MoneyUnit.YUAN).value();
            if (cost.compareTo(funds) > 0) {
                return issue(Severity.ERROR, "above|" + value + "|" + funds.toPlainString(), "的成本指标值“" + value + "”（"
                                + PerformanceFormat.yuan(cost) + "）高于同栏资金总额" + PerformanceFormat.yuan(funds), Findings.evidence(Evidence.VALUE, value, Evidence.FOUND, PerformanceFormat.plain(cost), Evidence.FUNDS, PerformanceFormat.plain(funds)));
            }
            return Optional.empty();
        }
        if (column == PerformanceColumn.ANNUAL && project.isPresent() && project.get().expectedAnnualAmount() != null) {
            BigDecimal wan = project.get().expectedAnnualAmount();
            BigDecimal funds = Amount.wan(wan).to(MoneyUnit.YUAN).value();
            if (cost.compareTo(funds) > 0) {
                return issue(Severity.WARNING, "above-table|" + value, "的成本指标值“" + value + "”（" + PerformanceFormat.yuan(cost)
                                + "）高于" + project.get().tables() + "中该项目的" + PerformanceFormat.wanWithYuan(wan)
                                + "（文本中未见年度资金总额，按项目支出预算表核对）", Findings.evidence(Evidence.VALUE, value, Evidence.FOUND, PerformanceFormat.plain(cost), Evidence.FUNDS, PerformanceFormat.plain(funds)));
            }
        }
        return Optional.empty();
    }

    // ---- perf.satisfaction ----------------------------------------------------------------------

    static void satisfaction(CheckContext context, Findings out) {
        for (PerformanceTarget form : context.disclosure().performanceTargets()) {
            PerformanceNotes notes = PerformanceNotes.of(context, form);
            eachValue(context, form, out,
                    (m, column) -> PerformanceLevels.isSatisfaction(m.level1(), m.level2())
                            && !notes.groupUncertain(column, m.name()),
                    (m, column, value) -> satisfactionIssue(value));
        }
    }

    private static Optional<Issue> satisfactionIssue(String value) {
        Optional<IndicatorValue> parsed = IndicatorValueParser.parse(value);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        IndicatorValue v = parsed.get();
        if (!v.isPercent()) {
            return issue(Severity.WARNING, "not-percent|" + value, "是满意度指标，指标值应为百分比的下限（如“≥90%”），表中为“"
                    + value + "”", Findings.evidence(Evidence.VALUE, value));
        }
        if (v.isCeiling()) {
            return issue(Severity.ERROR, "ceiling|" + value, "是满意度指标，指标值“" + value
                    + "”方向相反：满意度目标是下限，应为“≥”", Findings.evidence(Evidence.VALUE, value));
        }
        BigDecimal n = v.upper() != null ? v.upper() : v.number();
        int c = n.compareTo(HUNDRED);
        if (c > 0) {
            return Optional.empty();
        }
        if (c == 0 && !v.operator().equals(">")) {
            return issue(Severity.WARNING, "hundred|" + value, "的满意度目标为“" + value
                    + "”：要求人人满意，难以实现也难以考核，请核实（通常为“≥90%”之类）", Findings.evidence(Evidence.VALUE, value));
        }
        if (v.operator().isEmpty()) {
            return issue(Severity.INFO, "no-operator|" + value, "的满意度目标为“" + value + "”，宜写作“≥" + value + "”", Findings.evidence(Evidence.VALUE, value));
        }
        return Optional.empty();
    }
}
