package org.gongkai.core.check.view;

import java.util.Optional;
import org.gongkai.core.model.TableRow;

/**
 * T10 ("三公"经费支出预算表) read by its row labels: 因公出国（境）费, 公务接待费, 公务用车购置及运行费
 * with ①购置费 and ②运行维护费, and 合计. A table printing one row with an item per column (columns
 * {@link #TOTAL}, {@link #OUTBOUND}, {@link #RECEPTION}, {@link #VEHICLES}, {@link #PURCHASE}, {@link #OPERATION})
 * is read in its {@link #columnForm()}.
 */
public final class TableThreePublic {

    private static final String ITEM = "item";
    public static final String TOTAL = "threePublicTotal";
    public static final String OUTBOUND = "outbound";
    public static final String RECEPTION = "reception";
    public static final String VEHICLES = "vehicleSubtotal";
    public static final String PURCHASE = "vehiclePurchase";
    public static final String OPERATION = "vehicleOperation";

    private final TableView view;
    public TableRow outbound;
    public TableRow reception;
    public TableRow vehicles;
    public TableRow purchase;
    public TableRow operation;
    public TableRow total;

    private TableThreePublic(TableView view) {
        this.view = view;
    }

    public static TableThreePublic of(TableView view) {
        TableThreePublic t = new TableThreePublic(view);
        if (!view.has(ITEM)) {
            return t;
        }
        for (TableRow r : view.rows()) {
            String label = TableText.squeeze(view.text(r, ITEM));
            if (label.isEmpty()) {
                continue;
            }
            if (TableText.isTotal(label)) {
                t.total = first(t.total, r);
            } else if (label.contains("出国")) {
                t.outbound = first(t.outbound, r);
            } else if (label.contains("接待")) {
                t.reception = first(t.reception, r);
            } else if (label.contains("用车") && (label.contains("及运行") || label.contains("和运行") || label.contains("小计"))) {
                t.vehicles = first(t.vehicles, r);
            } else if (label.contains("用车") && label.contains("运行")) {
                t.operation = first(t.operation, r);
            } else if (label.contains("用车") && label.contains("购置")) {
                t.purchase = first(t.purchase, r);
            }
        }
        return t;
    }

    private static TableRow first(TableRow current, TableRow candidate) {
        return current == null ? candidate : current;
    }

    /**
     * Whether the table is printed in the one-row form: an item per column (合计, 因公出国（境）费, 公务接待费,
     * 公务用车购置及运行费, 购置费, 运行费), rather than an item per row.
     */
    public boolean columnForm() {
        return !view.has(ITEM);
    }

    /** In the column form, the one row that carries the amounts (the first printed row), if any. */
    public Optional<TableRow> columnRow() {
        return columnForm() && !view.rows().isEmpty() ? Optional.of(view.rows().get(0)) : Optional.empty();
    }

    public TableView view() {
        return view;
    }

    public String label(TableRow row) {
        return TableText.squeeze(view.text(row, ITEM));
    }

    Optional<TableRow> total() {
        return Optional.ofNullable(total);
    }
}
