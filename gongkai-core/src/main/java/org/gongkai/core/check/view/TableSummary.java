package org.gongkai.core.check.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.TableRow;

/**
 * A 收支总表 (T1 预算收支总表, T4 财政拨款收支总表) read as its two sides. Income: the items
 * ("一、一般公共预算" …), 本年收入合计, the rows between it and 收入总计 (上年结转; T4's
 * 上年财政拨款结转 with its numbered sub-rows) and 收入总计. Expenditure: the 类 rows
 * ("十二、城乡社区支出"), 本年支出合计, 年终结转 and 支出总计, in every amount column.
 */
public final class TableSummary {

    /** A row between the 合计 and the 总计 ("上年结转"), with the numbered rows under it. */
    public record Block(TableRow head, List<TableRow> parts) {
    }

    /** One side of the table. */
    public static final class Side {
        public final String labelKey;
        public final List<String> amountKeys;
        public final List<TableRow> items = new ArrayList<>();
        public TableRow total;
        public final List<Block> blocks = new ArrayList<>();
        public TableRow grandTotal;

        Side(String labelKey, List<String> amountKeys) {
            this.labelKey = labelKey;
            this.amountKeys = amountKeys;
        }
    }

    private final TableView view;
    private final Side income;
    private final Side expenditure;

    private TableSummary(TableView view, Side income, Side expenditure) {
        this.view = view;
        this.income = income;
        this.expenditure = expenditure;
    }

    /** Reads a summary table: the first text column is the income side, the second the expenditure side. */
    public static Optional<TableSummary> of(TableView view) {
        List<String> labels = view.keys(ColumnType.TEXT);
        if (labels.size() < 2) {
            return Optional.empty();
        }
        Side income = read(view, new Side(labels.get(0), view.amountsAfter(labels.get(0))));
        Side expenditure = read(view, new Side(labels.get(1), view.amountsAfter(labels.get(1))));
        if (income.amountKeys.isEmpty() || expenditure.amountKeys.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TableSummary(view, income, expenditure));
    }

    private static Side read(TableView view, Side side) {
        for (TableRow r : view.rows()) {
            String label = TableText.squeeze(view.text(r, side.labelKey));
            if (label.isEmpty() || side.grandTotal != null) {
                continue;
            }
            if (label.endsWith("总计")) {
                side.grandTotal = r;
            } else if (side.total == null && (label.endsWith("合计") || label.endsWith("小计"))) {
                side.total = r;
            } else if (side.total == null) {
                side.items.add(r);
            } else if (TableText.ordinal(label) > 0 && !side.blocks.isEmpty()) {
                side.blocks.get(side.blocks.size() - 1).parts().add(r);
            } else {
                side.blocks.add(new Block(r, new ArrayList<>()));
            }
        }
        return side;
    }

    public TableView view() {
        return view;
    }

    public Side income() {
        return income;
    }

    public Side expenditure() {
        return expenditure;
    }

    /** The 类 rows: numbered expenditure items ("十二、城乡社区支出"). */
    List<TableRow> classRows() {
        return expenditure.items.stream()
                .filter(r -> TableText.ordinal(view.text(r, expenditure.labelKey)) > 0).toList();
    }

    /** The 上年结转 block of the income side (the block whose label mentions 结转), if any. */
    public Optional<Block> carryover() {
        return income.blocks.stream()
                .filter(b -> TableText.squeeze(view.text(b.head(), income.labelKey)).contains("结转")).findFirst();
    }

    /** The income item (or carryover sub-row) whose label names a source ("一、一般公共预算"). */
    public static Optional<TableRow> bySource(TableView view, List<TableRow> rows, String labelKey, String sourceLabel) {
        for (TableRow r : rows) {
            String name = TableText.withoutOrdinal(view.text(r, labelKey));
            if (name.equals(sourceLabel) || name.startsWith(sourceLabel)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The label of a row on a side, squeezed. */
    public String label(Side side, TableRow row) {
        return TableText.squeeze(view.text(row, side.labelKey));
    }
}
