package org.gongkai.core.ingest;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.model.Amount;
import org.gongkai.core.model.FundsBreakdown;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.ReadingNote;

/**
 * Reads the 项目资金(元) rows of one form: each row prints a label and its amount for the 实施期,
 * then a label and its amount for the 年度. The value of a label is the next non-empty cell, unless
 * that cell is a label too (then nothing was printed: the field stays null and a note says so).
 */
final class PerfFundsReader {

    /** A line of the 项目资金 block. */
    enum Field {
        TOTAL("total", "资金总额", null),
        CENTRAL("central", "中央财政资金", PerfLabels.CENTRAL),
        PROVINCIAL("provincial", "省级财政资金", PerfLabels.PROVINCIAL),
        LOCAL("local", "市县(区)财政资金", PerfLabels.LOCAL),
        SELF_RAISED("selfRaised", "单位自筹", PerfLabels.SELF_RAISED),
        OTHER("other", "其他资金", PerfLabels.OTHER);

        private static final List<String> PERIOD_TOTALS =
                List.of(PerfLabels.PERIOD_TOTAL, PerfLabels.PERIOD_TOTAL_MISPRINT);

        private final String key;
        private final String label;
        /** The label printed twice in the row (实施期, then 年度); the total row has two different labels. */
        private final String rowLabel;

        Field(String key, String label, String rowLabel) {
            this.key = key;
            this.label = label;
            this.rowLabel = rowLabel;
        }

        /** The field a row is about, from the first label of the row. */
        static Optional<Field> ofRowLabel(String label) {
            if (label.equals(PerfLabels.FUNDS) || PERIOD_TOTALS.contains(label)) {
                return Optional.of(TOTAL);
            }
            return Arrays.stream(values()).filter(f -> label.equals(f.rowLabel)).findFirst();
        }

        /** The label cells of a row of this field: the 实施期 one, then the 年度 one (-1 when absent). */
        private int[] labelIndexes(PerfRow row) {
            if (this == TOTAL) {
                return new int[] {
                    nth(row.indexesOf(PERIOD_TOTALS), 0), nth(row.indexesOf(List.of(PerfLabels.ANNUAL_TOTAL)), 0)};
            }
            List<Integer> both = row.indexesOf(List.of(rowLabel));
            return new int[] {nth(both, 0), nth(both, 1)};
        }

        private static int nth(List<Integer> indexes, int n) {
            return n < indexes.size() ? indexes.get(n) : -1;
        }
    }

    private final Map<Field, Amount> period = new EnumMap<>(Field.class);
    private final Map<Field, Amount> annual = new EnumMap<>(Field.class);
    private final Map<Field, Integer> lines = new EnumMap<>(Field.class);
    private final List<ReadingNote> notes;

    PerfFundsReader(List<ReadingNote> notes) {
        this.notes = notes;
    }

    /** Reads a row of the block: the 实施期 label and its amount, then the 年度 label and its amount. */
    void read(PerfRow row, Field field) {
        lines.put(field, row.line());
        int[] labels = field.labelIndexes(row);
        if (labels[0] < 0 || labels[1] < 0) {
            notes.add(new ReadingNote("funds." + field.key, row.line(),
                    field.label + "行缺少" + (labels[0] < 0 ? "实施期" : "年度") + "的标签"));
        }
        if (labels[0] >= 0) {
            if (PerfLabels.PERIOD_TOTAL_MISPRINT.equals(PerfLabels.normalize(row.cells().get(labels[0])))) {
                notes.add(new ReadingNote("periodFunds.total", row.line(), "“实施期资金总额”在文本中印作“实验期资金总额”"));
            }
            readAmount(row, labels[0], "periodFunds." + field.key).ifPresent(a -> period.put(field, a));
        }
        if (labels[1] >= 0) {
            readAmount(row, labels[1], "annualFunds." + field.key).ifPresent(a -> annual.put(field, a));
        }
    }

    private Optional<Amount> readAmount(PerfRow row, int labelIndex, String fieldName) {
        Optional<String> printed = row.valueAfter(labelIndex, PerfLabels::isLabel);
        if (printed.isEmpty()) {
            return Optional.empty();
        }
        String text = printed.get();
        if (!Numbers.isAmount(text)) {
            notes.add(new ReadingNote(fieldName, row.line(), "“" + text + "”不是金额，未读取"));
            return Optional.empty();
        }
        return Optional.of(Amount.yuan(Numbers.parseAmount(text)));
    }

    FundsBreakdown period(int formLine) {
        return breakdown(period, "periodFunds.", "实施期", formLine);
    }

    FundsBreakdown annual(int formLine) {
        return breakdown(annual, "annualFunds.", "年度", formLine);
    }

    /**
     * The breakdown of one column; every field not printed is null and gets a note — except 其他资金,
     * which forms commonly leave blank (blank is "not stated", kept as null without a note).
     */
    private FundsBreakdown breakdown(Map<Field, Amount> amounts, String prefix, String column, int formLine) {
        for (Field field : Field.values()) {
            if (!amounts.containsKey(field) && field != Field.OTHER) {
                String what = field == Field.TOTAL ? column + "资金总额" : column + field.label;
                notes.add(new ReadingNote(prefix + field.key, lines.getOrDefault(field, formLine),
                        what + "在文本中缺失"));
            }
        }
        return new FundsBreakdown(amounts.get(Field.TOTAL), amounts.get(Field.CENTRAL),
                amounts.get(Field.PROVINCIAL), amounts.get(Field.LOCAL), amounts.get(Field.SELF_RAISED),
                amounts.get(Field.OTHER));
    }
}
