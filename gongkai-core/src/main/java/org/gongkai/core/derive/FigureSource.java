package org.gongkai.core.derive;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.TableRole;

/**
 * Where a figure of a generated sentence comes from.
 *
 * <ul>
 * <li>A table cell: {@code role} is what the table is for, {@code table} its name as the profile
 * prints it ("表一"), {@code row} the text that identifies the row in it (a 科目编码 such as "201",
 * else the row's label as printed, e.g. "收入总计" or "一、一般公共预算"), {@code column} the column
 * key ("incomeAmount"). A blank cell stands for 0.</li>
 * <li>A fact no table prints: {@code role} is null, {@code table} is {@value #FACTS}, {@code row}
 * the part of the facts ("priorYear", "procurement", "assets", "lines", …), {@code column} the
 * field or selection.</li>
 * <li>A computed figure (a share, a change, a rate, a sum, a count): {@code table} is
 * {@value #FACTS}, {@code row} the kind of computation ({@value #SHARE}, {@value #CHANGE},
 * {@value #RATE}, {@value #SUM}, {@value #COUNT}), {@code column} what it is in words, and
 * {@code operands} the figures it was computed from: (part, whole) for a share, (this year, last
 * year) for a change, (change, last year) for a rate.</li>
 * </ul>
 *
 * @param printed  the figure as it appears in the sentence, with its unit ("48,966.85万元", "99.66%")
 * @param value    its value: for money in {@code unit} (exact, before the sentence rounds it);
 *                 percent for shares and rates; the number for counts
 * @param unit     the unit of a money figure (the unit the profile's narrative states), null otherwise
 * @param role     the role of the table whose cell the figure equals, null when it is not a cell
 * @param table    the table's name as the profile prints it, or {@value #FACTS}
 * @param row      see above
 * @param column   see above
 * @param key      the cell's {@link org.gongkai.core.facts.FigureKey} id ("revenue.total"), the name under
 *                 which the narrative checks read the same figure from the printed table; null when the
 *                 figure is not a cell
 * @param operands the inputs of a computed figure; empty otherwise
 */
public record FigureSource(String printed, BigDecimal value, MoneyUnit unit, TableRole role, String table, String row,
        String column, String key, List<FigureSource> operands) {

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

    /** A figure that is not a table cell: a fact or a computation. */
    static FigureSource computed(String printed, BigDecimal value, MoneyUnit unit, String row, String column,
            List<FigureSource> operands) {
        return new FigureSource(printed, value, unit, null, FACTS, row, column, null, operands);
    }

    /** Whether the figure is a printed table cell (rather than a fact or a computation). */
    @JsonIgnore
    public boolean isCell() {
        return role != null;
    }

    /** The money figure as an amount in its unit; null for a share, rate or count. */
    @JsonIgnore
    public Amount amount() {
        return unit == null ? null : new Amount(value, unit);
    }

    /** Where the figure comes from, for a reader: "表一 收入总计 incomeAmount", or the fact it is. */
    public String describe() {
        return table + " " + row + " " + column;
    }
}
