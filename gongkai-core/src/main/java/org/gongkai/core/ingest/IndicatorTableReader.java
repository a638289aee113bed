package org.gongkai.core.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.ReadingNote;
import org.gongkai.core.performance.IndicatorFamilies;

/**
 * Reads the indicator table of one form, row by row, into the 实施期 and 年度 indicator lists.
 *
 * <p>二级 labels are printed on the first row of their group and inherited downward within their
 * own column. A half that prints no 二级 label, while the other half of the same row prints one for
 * the same-named indicator, adopts that label. The 一级 of an indicator is the 一级 its 二级
 * belongs to, else the last 一级 label seen. A name that wraps onto the next row (first part
 * without value) is merged with it.
 */
final class IndicatorTableReader {

    /** What the table holds once read. */
    record Result(List<Indicator> period, List<Indicator> annual, List<IndicatorGroup> groups,
                  List<ReadingNote> notes) {
    }

    /** One column (实施期 or 年度) while it is read. */
    private static final class Column {
        final String field;
        final String label;
        String currentLevel2;
        final List<Indicator> indicators = new ArrayList<>();

        Column(String field, String label) {
            this.field = field;
            this.label = label;
        }
    }

    private final Column period = new Column("periodIndicators", "实施期");
    private final Column annual = new Column("annualIndicators", "年度");
    private final List<IndicatorGroup> groups = new ArrayList<>();
    private final List<ReadingNote> notes = new ArrayList<>();
    private String level1;
    /** The cell where the 年度 half begins: the second 二级指标 of the header row (-1 until seen). */
    private int annualStart = -1;

    private void learnAnnualStart(PerfRow row) {
        int seen = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            if (row.cells().get(i).equals("二级指标") && ++seen == 2) {
                annualStart = i;
                return;
            }
        }
    }

    void read(PerfRow row) {
        learnAnnualStart(row);
        IndicatorRowSplitter.Halves halves = IndicatorRowSplitter.split(row, notes, annualStart);
        if (halves.level1() != null) {
            enterLevel1(halves.level1());
        }
        readHalf(period, halves.period(), halves.annual(), row.line());
        readHalf(annual, halves.annual(), halves.period(), row.line());
    }

    Result finish() {
        List<Indicator> periodIndicators = joinWrappedNames(period);
        List<Indicator> annualIndicators = joinWrappedNames(annual);
        noteMissingValues(period, periodIndicators);
        noteMissingValues(annual, annualIndicators);
        List<ReadingNote> sorted = new ArrayList<>(notes);
        sorted.sort(Comparator.comparingInt(ReadingNote::line));
        return new Result(periodIndicators, annualIndicators, groups, sorted);
    }

    /** A new 一级 ends the 二级 groups of another 一级 in both columns. */
    private void enterLevel1(String label) {
        level1 = label;
        for (Column column : List.of(period, annual)) {
            if (column.currentLevel2 != null && !label.equals(IndicatorFamilies.level1Of(column.currentLevel2))) {
                column.currentLevel2 = null;
            }
        }
    }

    private void readHalf(Column column, IndicatorHalf half, IndicatorHalf other, int line) {
        if (half.isEmpty()) {
            return;
        }
        String level2 = resolveLevel2(column, half, other, line);
        if (column == period && level2 != null) {
            addGroup(new IndicatorGroup(level1For(level2), level2));
        }
        for (IndicatorEntry entry : half.entries()) {
            addIndicator(column, level2, entry, line);
        }
    }

    /** The half's own label, else the other half's label for the same indicator, else the inherited one. */
    private String resolveLevel2(Column column, IndicatorHalf half, IndicatorHalf other, int line) {
        if (half.label() != null) {
            column.currentLevel2 = half.label();
        } else if (other.label() != null && half.sharesNameWith(other)) {
            column.currentLevel2 = other.label();
            for (IndicatorEntry entry : half.entries()) {
                note(column.field + "[" + entry.name() + "].level2", line, column.label + "列本行未印二级指标，“"
                        + entry.name() + "”取同行另一列同名指标的“" + other.label() + "”");
            }
        }
        return column.currentLevel2;
    }

    private void addGroup(IndicatorGroup group) {
        if (groups.isEmpty() || !groups.get(groups.size() - 1).equals(group)) {
            groups.add(group);
        }
    }

    private void addIndicator(Column column, String level2, IndicatorEntry entry, int line) {
        String field = column.field + "[" + entry.name() + "]";
        if (level2 == null) {
            note(field + ".level2", line, column.label + "指标“" + entry.name() + "”未能确定二级指标");
        } else if (level1 != null && !level1.equals(level1For(level2))) {
            note(field + ".level1", line, "二级指标“" + level2 + "”属于" + level1For(level2)
                    + "，但上方最近的一级指标是“" + level1 + "”，标签位置可能错位");
        }
        if (entry.valueByPosition()) {
            note(field + ".value", line, "指标值“" + entry.value() + "”不是常见的指标值形式，按其所在位置读取");
        }
        column.indicators.add(new Indicator(level1For(level2), level2, entry.name(), entry.value(), line));
    }

    private String level1For(String level2) {
        String family = IndicatorFamilies.level1Of(level2);
        return family != null ? family : level1;
    }

    /** "应急物资质量合格率" (no value) followed by "应急物资质量合格" "100%": one indicator. */
    private List<Indicator> joinWrappedNames(Column column) {
        List<Indicator> joined = new ArrayList<>();
        for (Indicator next : column.indicators) {
            Indicator previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (isFirstPartOf(previous, next)) {
                String name = previous.name().length() >= next.name().length() ? previous.name() : next.name();
                joined.set(joined.size() - 1,
                        new Indicator(previous.level1(), previous.level2(), name, next.value(), previous.line()));
                note(column.field + "[" + name + "].name", previous.line(), column.label + "指标“"
                        + previous.name() + "”没有指标值，与第" + next.line() + "行的“" + next.name()
                        + "”为同一指标，合并");
            } else {
                joined.add(next);
            }
        }
        return joined;
    }

    private static boolean isFirstPartOf(Indicator previous, Indicator next) {
        return previous != null
                && previous.value() == null
                && Objects.equals(previous.level2(), next.level2())
                && IndicatorFamilies.sameName(previous.name(), next.name());
    }

    private void noteMissingValues(Column column, List<Indicator> indicators) {
        for (Indicator indicator : indicators) {
            if (indicator.value() == null) {
                note(column.field + "[" + indicator.name() + "].value", indicator.line(),
                        column.label + "指标“" + indicator.name() + "”没有指标值");
            }
        }
    }

    private void note(String field, int line, String message) {
        notes.add(new ReadingNote(field, line, message));
    }
}
