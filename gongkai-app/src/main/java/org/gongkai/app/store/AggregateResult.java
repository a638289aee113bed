package org.gongkai.app.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The cells of one page of an aggregate query.
 *
 * @param cells      in the order asked
 * @param totalCells the number of cells over all pages
 * @param total      the sum over all cells (all pages), in the unit asked
 */
public record AggregateResult(List<Cell> cells, long totalCells, BigDecimal total, AggregateQuery.AmountUnit unit,
        int page, int pageSize) {

    /**
     * One cell: its member of each drilldown dimension and the amount.
     *
     * @param members by dimension key, in drilldown order
     */
    public record Cell(Map<String, Member> members, BigDecimal amount) {
    }

    /** A dimension member: its code and name (for year, both the year). */
    public record Member(String code, String name) {
    }
}
