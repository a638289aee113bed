package org.gongkai.app.store;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cube query over the budget lines of the current published versions.
 *
 * @param drilldown the dimensions to group by, in order (empty: one cell, the total)
 * @param cut       filters: each dimension's accepted member codes (year as digits)
 * @param unit      the unit of the amounts in the answer
 * @param order     sort keys: a dimension's key or {@code amount}, each ascending unless {@link Order#descending()};
 *                  empty: by the drilldown's codes
 * @param page      1-based page
 * @param pageSize  cells per page (1–10,000)
 */
public record AggregateQuery(List<Dimension> drilldown, Map<Dimension, Set<String>> cut, AmountUnit unit,
        List<Order> order, int page, int pageSize) {

    public AggregateQuery {
        drilldown = List.copyOf(drilldown);
        cut = Map.copyOf(cut);
        order = List.copyOf(order);
        if (page < 1) {
            throw new StoreException.Invalid("page 应从 1 开始：" + page);
        }
        if (pageSize < 1 || pageSize > 10_000) {
            throw new StoreException.Invalid("pagesize 应在 1 到 10000 之间：" + pageSize);
        }
    }

    /** Grouped by the given dimensions, no filter, in 元, first page of 1,000. */
    public static AggregateQuery by(Dimension... drilldown) {
        return new AggregateQuery(List.of(drilldown), Map.of(), AmountUnit.YUAN, List.of(), 1, 1000);
    }

    /** A sort key: {@code dimension} null means by amount. */
    public record Order(Dimension dimension, boolean descending) {
    }

    /** 元 or 万元. */
    public enum AmountUnit {
        YUAN("yuan"), WAN("wan");

        private final String key;

        AmountUnit(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static AmountUnit of(String key) {
            for (AmountUnit u : values()) {
                if (u.key.equalsIgnoreCase(key == null ? "" : key.trim())) {
                    return u;
                }
            }
            throw new StoreException.Invalid("未知单位：" + key + "（应为 yuan 或 wan）");
        }
    }
}
