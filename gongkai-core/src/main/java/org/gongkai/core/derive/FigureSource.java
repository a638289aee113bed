package org.gongkai.core.derive;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;

/**
 * Where a figure of a generated sentence comes from.
 *
 * <ul>
 * <li>A table cell: {@code table} is the profile's table id ("T1"), {@code row} the text that
 * identifies the row in it (a 科目编码 such as "201", else the row's label as printed, e.g.
 * "收入总计" or "一、一般公共预算"), {@code column} the column key ("incomeAmount"). A blank cell
 * stands for 0.</li>
 * <li>A fact no table prints: {@code table} is {@value #FACTS}, {@code row} the part of the facts
 * ("priorYear", "procurement", "assets", "lines", …), {@code column} the field or selection.</li>
 * <li>A computed figure (a share, a change, a rate, a sum, a count): {@code table} is
 * {@value #FACTS}, {@code row} the kind of computation ({@value #SHARE}, {@value #CHANGE},
 * {@value #RATE}, {@value #SUM}, {@value #COUNT}), {@code column} what it is in words, and
 * {@code operands} the figures it was computed from: (part, whole) for a share, (this year, last
 * year) for a change, (change, last year) for a rate.</li>
 * </ul>
 *
 * @param printed  the figure as it appears in the sentence, with its unit ("48,966.85万元", "99.66%")
 * @param value    its value (万元 for money, percent for shares and rates)
 * @param table    table id, or {@value #FACTS}
 * @param row      see above
 * @param column   see above
 * @param operands the inputs of a computed figure; empty otherwise
 */
public record FigureSource(String printed, BigDecimal value, String table, String row, String column,
        List<FigureSource> operands) {

    /** The table name of figures that do not come from one printed cell. */
    public static final String FACTS = "facts";
    /** part ÷ whole × 100 */
    public static final String SHARE = "share";
    /** this year − last year */
    public static final String CHANGE = "change";
    /** change ÷ last year × 100 */
    public static final String RATE = "rate";
    /** Σ of the operands */
    public static final String SUM = "sum";
    /** a number of things (projects, forms) */
    public static final String COUNT = "count";

    public FigureSource {
        operands = operands == null ? List.of() : List.copyOf(operands);
    }

    /** A figure taken from one place, not computed. */
    public FigureSource(String printed, BigDecimal value, String table, String row, String column) {
        this(printed, value, table, row, column, List.of());
    }

    /** Whether the figure is a printed table cell (rather than a fact or a computation). */
    @JsonIgnore
    public boolean isCell() {
        return !FACTS.equals(table);
    }
}
