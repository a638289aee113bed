package org.gongkai.core.ingest;

import org.gongkai.core.model.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.ReadingNote;

/**
 * Reads one 项目支出绩效目标表, row by row: header fields by their labels (never by position), the
 * 项目资金 block, the goals, the indicator table, and the 负责人 row that ends the form.
 */
final class PerfFormReader {

    private static final Pattern DEPARTMENT_CODE = Pattern.compile("^(\\d+)\\s*[-－—]");
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");

    private final int line;
    private final String title;
    private final List<ReadingNote> notes = new ArrayList<>();
    private final PerfFundsReader funds = new PerfFundsReader(notes);
    private IndicatorTableReader indicators;
    private boolean finished;
    /** 总体目标 was read on a row of headings only: its goals are on the next row. */
    private boolean goalsOnNextRow;
    private int endLine;

    private String projectName;
    private String competentDepartment;
    private String implementingUnit;
    private String attribute;
    private String projectTerm;
    private String overview;
    private String basis;
    private String necessity;
    private String measures;
    private String plan;
    private String periodGoal;
    private String annualGoal;
    private String responsible;
    private String handler;
    private String phone;
    private String filingDate;

    /** Starts a form at its title line ({@code line} is 1-based). */
    PerfFormReader(int line, String title) {
        this.line = line;
        this.title = title;
        this.endLine = line;
    }

    /** Whether the 负责人 row, the last row of a form, has been read. */
    boolean isFinished() {
        return finished;
    }

    void read(PerfRow row) {
        if (row.isBlank() || isNoise(row)) {
            return;
        }
        endLine = row.line();
        String label = PerfLabels.normalize(row.first());
        if (goalsOnNextRow) {
            goalsOnNextRow = false;
            if (!PerfLabels.isLabel(row.first())) {
                readGoalTexts(row, row.texts());
                return;
            }
            readGoalTexts(row, List.of());
        }
        if (label.equals(PerfLabels.RESPONSIBLE)) {
            readContacts(row);
        } else if (label.equals(PerfLabels.INDICATORS) || indicators != null) {
            readIndicatorRow(row);
        } else {
            readHeaderRow(row, label);
        }
    }

    /** "(2026年度)" under the title, or a page number between two pages of the form. */
    private static boolean isNoise(PerfRow row) {
        return !row.hasTabs() && (PerfLabels.isYearLine(row.first()) || PerfLabels.isPageNoise(row.first()));
    }

    private void readHeaderRow(PerfRow row, String label) {
        Optional<PerfFundsReader.Field> fundsField = PerfFundsReader.Field.ofRowLabel(label);
        if (fundsField.isPresent()) {
            funds.read(row, fundsField.get());
            return;
        }
        switch (label) {
            case PerfLabels.PROJECT_NAME -> projectName = removeWrapSpaces(text(row, label, "projectName"));
            case PerfLabels.DEPARTMENT -> {
                competentDepartment = text(row, label, "competentDepartment");
                implementingUnit = text(row, PerfLabels.UNIT, "implementingUnit");
            }
            case PerfLabels.ATTRIBUTE -> {
                attribute = text(row, label, "attribute");
                projectTerm = text(row, PerfLabels.TERM, "projectTerm");
            }
            case PerfLabels.OVERVIEW -> overview = text(row, label, "overview");
            case PerfLabels.BASIS -> basis = text(row, label, "basis");
            case PerfLabels.NECESSITY -> necessity = text(row, label, "necessity");
            case PerfLabels.MEASURES -> measures = text(row, label, "measures");
            case PerfLabels.PLAN -> plan = text(row, label, "plan");
            case PerfLabels.PERIOD_GOAL -> { }
            case PerfLabels.PERIOD_GOAL_MISPRINT -> note("periodGoal", row.line(), "“实施期目标”在文本中印作“实验期目标”");
            case PerfLabels.GOALS -> readGoals(row);
            default -> note("form", row.line(), "无法识别的行“" + abbreviate(row.first()) + "”，未读取");
        }
    }

    /** The value printed after {@code label} in this row; null (and a note) when none. */
    private String text(PerfRow row, String label, String field) {
        List<Integer> at = row.indexesOf(List.of(label));
        Optional<String> value = at.isEmpty() ? Optional.empty() : row.valueAfter(at.get(0), PerfLabels::isLabel);
        if (value.isEmpty()) {
            note(field, row.line(), label + "在文本中缺失");
        }
        return value.orElse(null);
    }

    /**
     * 总体目标: the first text is the 实施期 goal, the next one the 年度 goal. Where the label spans
     * the row of the 实施期目标 and 年度目标 headings as well (a merged cell, read in its first
     * row), the goals are on the next row.
     */
    private void readGoals(PerfRow row) {
        List<String> goals = row.textsAfter(row.indexesOf(List.of(PerfLabels.GOALS)).get(0)).stream()
                .filter(t -> !isGoalHeading(t)).toList();
        if (goals.isEmpty()) {
            goalsOnNextRow = true;
            return;
        }
        readGoalTexts(row, goals);
    }

    private static boolean isGoalHeading(String cell) {
        String n = PerfLabels.normalize(cell);
        return n.equals(PerfLabels.PERIOD_GOAL) || n.equals(PerfLabels.ANNUAL_GOAL) || n.equals(PerfLabels.PERIOD_GOAL_MISPRINT);
    }

    private void readGoalTexts(PerfRow row, List<String> goals) {
        periodGoal = goals.size() > 0 ? goals.get(0) : null;
        annualGoal = goals.size() > 1 ? goals.get(1) : null;
        if (periodGoal == null) {
            note("periodGoal", row.line(), "实施期目标在文本中缺失");
        }
        if (annualGoal == null) {
            note("annualGoal", row.line(), "年度目标在文本中缺失");
        }
        if (goals.size() > 2) {
            note("annualGoal", row.line(), "总体目标行有多于两段文字，只读取前两段");
        }
    }

    private void readIndicatorRow(PerfRow row) {
        if (indicators == null) {
            indicators = new IndicatorTableReader();
        }
        indicators.read(row);
    }

    /** 负责人: 经办人: 联系电话: 填报日期: — blank contacts are null; a missing 填报日期 is noted. */
    private void readContacts(PerfRow row) {
        responsible = contact(row, PerfLabels.RESPONSIBLE);
        handler = contact(row, PerfLabels.HANDLER);
        phone = contact(row, PerfLabels.PHONE);
        filingDate = contact(row, PerfLabels.FILING_DATE);
        if (filingDate == null) {
            note("filingDate", row.line(), "填报日期在文本中缺失");
        }
        finished = true;
    }

    /** The value after the label's cell, or in the label's own cell after its colon ("填报日期：2025…"). */
    private static String contact(PerfRow row, String label) {
        List<Integer> at = row.indexesOf(List.of(label));
        if (at.isEmpty()) {
            for (String cell : row.cells()) {
                String n = PerfLabels.normalize(cell);
                if (n.startsWith(label + ":") && n.length() > label.length() + 1) {
                    return cell.strip().substring(cell.strip().indexOf(cell.contains("：") ? '：' : ':') + 1).strip();
                }
            }
            return null;
        }
        return row.valueAfter(at.get(0), PerfLabels::isLabel).orElse(null);
    }

    PerformanceTarget build() {
        if (!finished) {
            note("form", endLine, "表格没有以“负责人”行结束");
        }
        if (indicators == null) {
            note("periodIndicators", endLine, "未找到绩效指标表");
            indicators = new IndicatorTableReader();
        }
        IndicatorTableReader.Result table = indicators.finish();
        var periodFunds = funds.period(line);
        var annualFunds = funds.annual(line);
        List<ReadingNote> all = new ArrayList<>(notes);
        all.addAll(table.notes());
        all.sort(Comparator.comparingInt(ReadingNote::line));
        return new PerformanceTarget(title, projectName, competentDepartment, departmentCode(),
                implementingUnit, attribute, projectTerm, periodFunds, annualFunds, overview, basis, necessity,
                measures, plan, periodGoal, annualGoal, table.period(), table.annual(), table.groups(),
                responsible, handler, phone, filingDate, all, SourceRef.line(line), SourceRef.line(endLine));
    }

    private String departmentCode() {
        if (competentDepartment == null) {
            return null;
        }
        Matcher m = DEPARTMENT_CODE.matcher(competentDepartment);
        return m.find() ? m.group(1) : null;
    }

    static String removeWrapSpaces(String name) {
        return name == null ? null : SPACE_BETWEEN_HAN.matcher(name).replaceAll("");
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    private void note(String field, int at, String message) {
        notes.add(new ReadingNote(field, at, message));
    }
}
