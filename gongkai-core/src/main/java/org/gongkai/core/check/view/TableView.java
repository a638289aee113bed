package org.gongkai.core.check.view;

import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Location;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.model.Column;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.profile.TableSpec;

/**
 * A printed table as the rules read it: its layout in the profile, cells that never throw (a blank
 * or unreadable amount is {@code null}, i.e. unknown), column labels and locations of cells.
 */
public final class TableView {

    private final PrintedTable table;
    private final TableRole layout;
    private final int scale;
    private final MoneyUnit printedUnit;
    private final MoneyUnit unit;
    /** yuan per printed unit ÷ yuan per view unit: 1, or 0.0001 for a 元 table seen in 万元 */
    private final BigDecimal factor;
    /** The table's code sections ({@link TableCodes#of(TableView)}), read once per view. */
    List<TableCodes> codeSections;

    private TableView(PrintedTable table, TableRole layout, MoneyUnit unit) {
        this.table = table;
        this.layout = layout;
        this.printedUnit = table.unit();
        this.unit = unit == null || printedUnit == null ? printedUnit : unit;
        this.factor = this.unit == printedUnit ? BigDecimal.ONE
                : printedUnit.yuanPerUnit().divide(this.unit.yuanPerUnit(), java.math.MathContext.DECIMAL128).stripTrailingZeros();
        this.scale = printedScale(table) + Math.max(0, factor.scale());
    }

    /** The printed table the profile lays out as {@code layout}, if the document has it. */
    public static Optional<TableView> find(CheckContext context, TableRole layout) {
        for (TableView v : all(context)) {
            if (v.layout == layout) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Every printed table, with its layout when the profile knows its id (else null). */
    public static List<TableView> all(CheckContext context) {
        return context.memo("table.views", c -> read(c, null));
    }

    /**
     * The printed table of {@code layout} with its amounts in the document's comparison unit
     * ({@link #comparisonUnit}), for rules that compare tables printed in different units (a 元
     * table against a 万元 one); its {@link #scale()} is that of its printed figures in that unit.
     */
    public static Optional<TableView> findInComparisonUnit(CheckContext context, TableRole layout) {
        for (TableView v : context.memo("table.views.compared", c -> read(c, comparisonUnit(c)))) {
            if (v.layout == layout) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * The unit tables are compared in: the coarsest unit any table prints (万元 when one table does),
     * so that a figure rounded to that unit is never compared at a finer precision than it has.
     */
    public static MoneyUnit comparisonUnit(CheckContext context) {
        MoneyUnit coarsest = null;
        for (PrintedTable t : context.disclosure().tables()) {
            if (t.unit() != null && (coarsest == null || t.unit().yuanPerUnit().compareTo(coarsest.yuanPerUnit()) > 0)) {
                coarsest = t.unit();
            }
        }
        return coarsest;
    }

    private static List<TableView> read(CheckContext context, MoneyUnit unit) {
        List<TableView> out = new ArrayList<>();
        for (PrintedTable t : context.disclosure().tables()) {
            TableRole layout = context.profile().table(t.id()).map(TableSpec::role).orElse(null);
            out.add(new TableView(t, layout, unit));
        }
        return List.copyOf(out);
    }

    /** A view of a table (tests and helpers). */
    static TableView of(PrintedTable table, TableRole layout) {
        return new TableView(table, layout, null);
    }

    private static int printedScale(PrintedTable t) {
        int scale = -1;
        for (TableRow r : t.rows()) {
            for (int i = 0; i < t.columns().size(); i++) {
                if (t.columns().get(i).type() == ColumnType.AMOUNT && Numbers.isAmount(r.cell(i))) {
                    scale = Math.max(scale, Numbers.parseAmount(r.cell(i)).scale());
                }
            }
        }
        return scale < 0 ? 2 : scale;
    }

    public String id() {
        return table.id();
    }

    /** The table's name as its profile prints it ("表二"), for messages and locations; its id when it has none. */
    public String name() {
        return table.name() != null ? table.name() : table.id();
    }

    public PrintedTable table() {
        return table;
    }

    public TableRole layout() {
        return layout;
    }

    public List<TableRow> rows() {
        return table.rows();
    }

    /**
     * Decimals the table prints its amounts with (2 for 万元 tables), counted in {@link #unit()}:
     * a 元 table printed with 2 decimals, seen in 万元, has 6. The rounding unit of its figures.
     */
    public int scale() {
        return scale;
    }

    /** The unit of {@link #amount}: the printed unit, or the comparison unit the view converts to. */
    public MoneyUnit unit() {
        return unit;
    }

    /** The unit the table prints ("单位：元"). */
    public MoneyUnit printedUnit() {
        return printedUnit;
    }

    /** Whether amounts are converted from the printed unit. */
    public boolean converted() {
        return unit != printedUnit;
    }

    public boolean has(String key) {
        return table.hasColumn(key);
    }

    /** The cell as printed, stripped; "" when blank or when the table has no such column. */
    public String text(TableRow row, String key) {
        return has(key) ? row.cell(table.columnIndex(key)).strip() : "";
    }

    /** The amount of a cell; null when blank, not an amount, or the column is absent (unknown). */
    public BigDecimal amount(TableRow row, String key) {
        String t = text(row, key);
        if (!Numbers.isAmount(t)) {
            return null;
        }
        BigDecimal printed = Numbers.parseAmount(t);
        return converted() ? printed.multiply(factor) : printed;
    }

    /** The column's header as printed, e.g. "一般公共预算". */
    public String label(String key) {
        for (Column c : table.columns()) {
            if (c.key().equals(key)) {
                return c.label();
            }
        }
        return key;
    }

    /** Keys of the amount columns, in order. */
    public List<String> amountKeys() {
        return table.columns().stream().filter(c -> c.type() == ColumnType.AMOUNT).map(Column::key).toList();
    }

    /** Keys of the columns of a type, in order. */
    public List<String> keys(ColumnType type) {
        return table.columns().stream().filter(c -> c.type() == type).map(Column::key).toList();
    }

    /** Keys of the amount columns right after {@code key} (up to the next non-amount column). */
    List<String> amountsAfter(String key) {
        List<String> out = new ArrayList<>();
        boolean after = false;
        for (Column c : table.columns()) {
            if (c.key().equals(key)) {
                after = true;
            } else if (after && c.type() == ColumnType.AMOUNT) {
                out.add(c.key());
            } else if (after) {
                break;
            }
        }
        return out;
    }

    /**
     * What a row is called next to the amount column {@code key}: the code and name columns to its
     * left ("212 城乡社区支出", "合计"), else the leftmost text column of that block ("十二、城乡社区支出",
     * "办公费"); a total label printed elsewhere in the row (T9's one 合计 row); "第N行" when all are blank.
     */
    public String rowLabel(TableRow row, String key) {
        List<Column> cols = table.columns();
        int i = table.hasColumn(key) ? table.columnIndex(key) : cols.size();
        while (i > 0 && cols.get(i - 1).type() == ColumnType.AMOUNT) {
            i--;
        }
        int start = i;
        while (start > 0 && cols.get(start - 1).type() != ColumnType.AMOUNT) {
            start--;
        }
        String label = "";
        for (int c = start; c < i; c++) {
            String cell = TableText.squeeze(row.cell(c));
            if (cols.get(c).type() == ColumnType.CODE) {
                label = cell;
                if (c + 1 < i && cols.get(c + 1).type() == ColumnType.TEXT) {
                    String name = TableText.squeeze(row.cell(c + 1));
                    label = label.isEmpty() ? name : name.isEmpty() ? label : label + " " + name;
                }
                break;
            }
            if (!cell.isEmpty()) {
                label = cell;
                break;
            }
        }
        if (label.isEmpty()) {
            for (int c = 0; c < cols.size(); c++) {
                String cell = TableText.squeeze(row.cell(c));
                if (cols.get(c).type() != ColumnType.AMOUNT && TableText.isTotal(cell)) {
                    return cell;
                }
            }
        }
        return label.isEmpty() ? "第" + row.line() + "行" : label;
    }

    /** Where a cell is; {@code key} null for the row as a whole. */
    public Location at(TableRow row, String rowLabel, String key) {
        return Location.ofTable(name(), rowLabel, key == null ? null : label(key), row.source());
    }

    /** The table as a whole (its title line). */
    public Location atTable() {
        return Location.ofTable(name(), null, null, table.source());
    }

    /** "表T3“合计”行“合计”列", for messages. */
    public String cell(String rowLabel, String key) {
        String where = name() + "“" + rowLabel + "”行“" + label(key) + "”列";
        return converted() ? where + "（" + printedUnit.label() + "折合" + unit.label() + "）" : where;
    }

    /** Whether the table carries a note saying it has no data ("注：本表无数据", "本部门无…"). */
    public boolean hasNoDataNote() {
        return table.hasNoDataNote() || table.notes().stream()
                .map(TableText::squeeze).anyMatch(n -> n.contains("本部门无") || n.contains("本单位无"));
    }

    /** Whether any amount cell holds a figure other than zero. */
    boolean hasFigures() {
        for (TableRow r : rows()) {
            for (String k : amountKeys()) {
                BigDecimal v = amount(r, k);
                if (v != null && v.signum() != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first cell holding a figure other than zero, as "“合计”行“合计”列 3.00（第303行）". */
    public Optional<String> firstFigure() {
        for (TableRow r : rows()) {
            for (String k : amountKeys()) {
                BigDecimal v = amount(r, k);
                if (v != null && v.signum() != 0) {
                    return Optional.of("“" + rowLabel(r, k) + "”行“" + label(k) + "”列 " + v.toPlainString()
                            + "（第" + r.line() + "行）");
                }
            }
        }
        return Optional.empty();
    }
}
