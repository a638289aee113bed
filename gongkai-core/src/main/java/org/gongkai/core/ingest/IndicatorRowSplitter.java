package org.gongkai.core.ingest;

import java.util.List;

import org.gongkai.core.ingest.IndicatorVocabulary.Kind;
import org.gongkai.core.model.ReadingNote;

/**
 * Splits the cells of one indicator row into its 实施期 half and its 年度 half. A row reads
 * [一级] [二级] name value [二级] name value; either half may be absent, may hold a 二级 label
 * alone (an empty group), or a name without value. The 年度 half starts at a second 二级 label, or
 * at a name or value that cannot belong to the 实施期 half any more.
 */
final class IndicatorRowSplitter {

    /** The result for one row. */
    record Halves(String level1, IndicatorHalf period, IndicatorHalf annual) {
    }

    private final List<IndicatorToken> tokens;
    private final int line;
    private final List<ReadingNote> notes;
    private final IndicatorHalf period = new IndicatorHalf();
    private final IndicatorHalf annual = new IndicatorHalf();
    private IndicatorHalf current = period;
    private String level1;

    private IndicatorRowSplitter(List<IndicatorToken> tokens, int line, List<ReadingNote> notes) {
        this.tokens = tokens;
        this.line = line;
        this.notes = notes;
    }

    static Halves split(PerfRow row, List<ReadingNote> notes) {
        return split(row, notes, -1);
    }

    /**
     * As {@link #split(PerfRow, List)}, knowing the cell where the 年度 half begins (the second
     * 二级指标 of the header row; -1 when unknown): a row that prints nothing before that cell
     * holds the 年度 half only.
     */
    static Halves split(PerfRow row, List<ReadingNote> notes, int annualStart) {
        IndicatorRowSplitter splitter = new IndicatorRowSplitter(IndicatorToken.of(row), row.line(), notes);
        if (annualStart > 0 && firstFilled(row) >= annualStart) {
            splitter.current = splitter.annual;
        }
        return splitter.run();
    }

    private static int firstFilled(PerfRow row) {
        for (int i = 0; i < row.cells().size(); i++) {
            if (!row.cells().get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private Halves run() {
        for (int i = 0; i < tokens.size(); i++) {
            IndicatorToken token = tokens.get(i);
            switch (token.kind()) {
                case HEADER -> { }
                case LEVEL1 -> level1 = token.text();
                case LEVEL2 -> onLevel2(token.text(), i);
                case STRAY_LABEL -> note("indicators.level1",
                        "一级指标位置印有非标准标签“" + token.text() + "”，未作为指标读取");
                case NAME -> onName(token.text(), i);
                case VALUE -> onValue(token.text());
                default -> throw new IllegalStateException(token.kind().name());
            }
        }
        period.flush();
        annual.flush();
        return new Halves(level1, period, annual);
    }

    private void onLevel2(String text, int index) {
        if (current.isEmpty()) {
            current.label(text);
        } else if (isNameLikeItsLabel(text, index)) {
            current.name(text);
        } else if (current == period) {
            current = annual;
            current.label(text);
        } else {
            note("annualIndicators.level2", "多余的二级指标标签“" + text + "”，未读取");
        }
    }

    /** "服务对象满意度 服务对象满意度 ≥95%": the 三级 name printed the same as its 二级 label. */
    private boolean isNameLikeItsLabel(String text, int index) {
        return text.equals(current.label()) && !current.hasIndicators() && nextIs(index, Kind.VALUE);
    }

    private void onName(String text, int index) {
        if (standsInValueSlot(index)) {
            current.value(text, true);
        } else if (current == period && current.hasIndicators()) {
            current = annual;
            current.name(text);
        } else {
            current.name(text);
        }
    }

    /**
     * "[二级] name X" where X closes the half (the row ends, or the 年度 二级 label follows): X
     * stands where the 指标值 is printed, although it is not in a usual value form.
     */
    private boolean standsInValueSlot(int index) {
        if (current.label() == null || !current.holdsOnlyAName()) {
            return false;
        }
        boolean last = index == tokens.size() - 1;
        return last || (current == period && nextIs(index, Kind.LEVEL2));
    }

    private void onValue(String text) {
        if (current.awaitsValue()) {
            current.value(text, false);
            return;
        }
        if (current == period && current.hasIndicators()) {
            current = annual;
        }
        note(current == period ? "periodIndicators.value" : "annualIndicators.value",
                "指标值“" + text + "”前没有指标名称，未读取");
    }

    private boolean nextIs(int index, Kind kind) {
        return index + 1 < tokens.size() && tokens.get(index + 1).is(kind);
    }

    private void note(String field, String message) {
        notes.add(new ReadingNote(field, line, message));
    }
}
