package org.gongkai.core.ingest;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The printed labels of the header part of a 项目支出绩效目标表 (everything above the indicator
 * table and the 负责人 row), compared in a normalized form: no whitespace, half-width punctuation.
 */
final class PerfLabels {

    static final String TITLE_MARK = "项目支出绩效目标表";
    static final String PROJECT_NAME = "项目名称";
    static final String DEPARTMENT = "主管部门及代码";
    static final String UNIT = "实施单位";
    static final String ATTRIBUTE = "项目属性";
    static final String TERM = "项目期";
    static final String FUNDS = "项目资金(元)";
    static final String OVERVIEW = "项目概况";
    static final String BASIS = "立项依据";
    static final String NECESSITY = "项目设立必要性";
    static final String MEASURES = "保证项目实施的制度、措施";
    static final String PLAN = "项目实施计划";
    static final String PERIOD_GOAL = "实施期目标";
    /** A misprint of 实施期目标 found in the seed (l.1061). */
    static final String PERIOD_GOAL_MISPRINT = "实验期目标";
    static final String ANNUAL_GOAL = "年度目标";
    static final String GOALS = "总体目标";
    static final String INDICATORS = "绩效指标";
    static final String RESPONSIBLE = "负责人";
    static final String HANDLER = "经办人";
    static final String PHONE = "联系电话";
    static final String FILING_DATE = "填报日期";

    static final String PERIOD_TOTAL = "实施期资金总额";
    /** A misprint of 实施期资金总额 found in the seed (l.1050). */
    static final String PERIOD_TOTAL_MISPRINT = "实验期资金总额";
    static final String ANNUAL_TOTAL = "年度资金总额";
    static final String CENTRAL = "其中:中央财政资金";
    static final String PROVINCIAL = "省级财政资金";
    static final String LOCAL = "市县(区)财政资金";
    static final String SELF_RAISED = "单位自筹";
    static final String OTHER = "其他资金";

    private static final Set<String> ALL = Set.of(
            PROJECT_NAME, DEPARTMENT, UNIT, ATTRIBUTE, TERM, FUNDS, OVERVIEW, BASIS, NECESSITY, MEASURES,
            PLAN, PERIOD_GOAL, PERIOD_GOAL_MISPRINT, ANNUAL_GOAL, GOALS, INDICATORS, RESPONSIBLE, HANDLER,
            PHONE, FILING_DATE, PERIOD_TOTAL, PERIOD_TOTAL_MISPRINT, ANNUAL_TOTAL, CENTRAL, PROVINCIAL,
            LOCAL, SELF_RAISED, OTHER);

    /** The labels that open a row of text (the value is one long cell). */
    static final List<String> TEXT_ROWS = List.of(OVERVIEW, BASIS, NECESSITY, MEASURES, PLAN);

    private static final Pattern YEAR_LINE = Pattern.compile("\\(\\d{4}年度\\)");
    private static final Pattern PAGE_NOISE = Pattern.compile("[-—\\s]*(第\\s*)?\\d+(\\s*页)?[-—\\s]*");

    private PerfLabels() {
    }

    /**
     * The form in which labels are compared: whitespace removed, full-width ():, made half-width,
     * no colon at the end (a form may print "年度资金总额:" or "年度资金总额").
     */
    static String normalize(String cell) {
        String t = cell.replaceAll("\\s+", "")
                .replace('（', '(')
                .replace('）', ')')
                .replace('：', ':');
        return t.endsWith(":") ? t.substring(0, t.length() - 1) : t;
    }

    static boolean isLabel(String cell) {
        return ALL.contains(normalize(cell));
    }

    static boolean isTitle(String line) {
        return !line.contains("\t") && line.strip().endsWith(TITLE_MARK);
    }

    /** "(2026年度)" below the title. */
    static boolean isYearLine(String line) {
        return YEAR_LINE.matcher(normalize(line)).matches();
    }

    /** A page number or similar between two pages of one form. */
    static boolean isPageNoise(String line) {
        return !line.contains("\t") && PAGE_NOISE.matcher(line).matches();
    }
}
