package org.gongkai.app.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.app.store.AggregateQuery;
import org.gongkai.app.store.AggregateResult;
import org.gongkai.app.store.BudgetLines;
import org.gongkai.app.store.Dimension;
import org.gongkai.app.store.StoreException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/aggregate}: cube queries over the budget lines of the current published versions
 * (open to everyone: it holds only what the public sees).
 * <ul>
 * <li>{@code drilldown=functionClass,region} — dimensions, comma-separated (or the parameter repeated);</li>
 * <li>{@code cut=year:2026|region:140100,140200} — filters, {@code |} between dimensions, {@code ,} between members;</li>
 * <li>{@code unit=yuan|wan}; {@code order=amount:desc,functionClass} ({@code :asc} by default);</li>
 * <li>{@code page} (from 1), {@code pagesize} (1–10,000, default 1,000); {@code format=csv}.</li>
 * </ul>
 */
@RestController
@Tag(name = "aggregate", description = "已公开预算数据的汇总查询")
class AggregateController {

    private final BudgetLines budgetLines;

    AggregateController(BudgetLines budgetLines) {
        this.budgetLines = budgetLines;
    }

    @GetMapping("/api/aggregate")
    @Operation(summary = "汇总：drilldown 维度、cut 筛选、unit=yuan|wan、order、page、pagesize；format=csv 为 CSV")
    ResponseEntity<?> aggregate(@RequestParam(required = false) List<String> drilldown, @RequestParam(required = false) String cut,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String order,
            @RequestParam(required = false, defaultValue = "1") int page,
            @RequestParam(required = false, defaultValue = "1000") int pagesize,
            @RequestParam(required = false) String format) {
        boolean csv = Csv.wanted(format);
        List<Dimension> dims = new ArrayList<>();
        for (String d : split(drilldown)) {
            Dimension dim = Dimension.of(d);
            if (dims.contains(dim)) {
                throw new StoreException.Invalid("drilldown 中的维度重复：" + d);
            }
            dims.add(dim);
        }
        AggregateQuery q = new AggregateQuery(dims, cuts(cut),
                unit == null || unit.isBlank() ? AggregateQuery.AmountUnit.YUAN : AggregateQuery.AmountUnit.of(unit),
                orders(order), page, pagesize);
        AggregateResult r = budgetLines.query(q);
        if (csv) {
            List<String> header = new ArrayList<>();
            for (Dimension d : dims) {
                header.add(d.key() + "Code");
                header.add(d.key() + "Name");
            }
            header.add("amount");
            header.add("unit");
            List<List<?>> rows = new ArrayList<>();
            for (AggregateResult.Cell c : r.cells()) {
                List<Object> row = new ArrayList<>();
                for (Dimension d : dims) {
                    AggregateResult.Member m = c.members().get(d.key());
                    row.add(m == null ? null : m.code());
                    row.add(m == null ? null : m.name());
                }
                row.add(c.amount());
                row.add(r.unit().key());
                rows.add(row);
            }
            return Csv.answer("aggregate", header, rows);
        }
        List<Map<String, Object>> cells = new ArrayList<>();
        for (AggregateResult.Cell c : r.cells()) {
            Map<String, Object> cell = new LinkedHashMap<>(c.members());
            cell.put("amount", c.amount());
            cells.add(cell);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("drilldown", dims.stream().map(Dimension::key).toList());
        out.put("unit", r.unit().key());
        out.put("page", r.page());
        out.put("pagesize", r.pageSize());
        out.put("totalCells", r.totalCells());
        out.put("total", r.total() == null ? BigDecimal.ZERO : r.total());
        out.put("cells", cells);
        return ResponseEntity.ok(out);
    }

    private static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            }
        }
        return out;
    }

    static Map<Dimension, Set<String>> cuts(String cut) {
        Map<Dimension, Set<String>> out = new LinkedHashMap<>();
        if (cut == null || cut.isBlank()) {
            return out;
        }
        for (String part : cut.split("\\|")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.indexOf(':');
            if (colon <= 0 || colon == part.length() - 1) {
                throw new StoreException.Invalid("cut 应为 维度:代码，多个以 | 分隔（如 year:2026|region:140100）：" + part);
            }
            Dimension d = Dimension.of(part.substring(0, colon));
            Set<String> members = out.computeIfAbsent(d, k -> new LinkedHashSet<>());
            for (String m : part.substring(colon + 1).split(",")) {
                if (!m.isBlank()) {
                    members.add(m.trim());
                }
            }
        }
        return out;
    }

    static List<AggregateQuery.Order> orders(String order) {
        List<AggregateQuery.Order> out = new ArrayList<>();
        if (order == null || order.isBlank()) {
            return out;
        }
        for (String part : order.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.trim().split(":", 2);
            boolean desc = false;
            if (kv.length == 2) {
                if (kv[1].equalsIgnoreCase("desc")) {
                    desc = true;
                } else if (!kv[1].equalsIgnoreCase("asc")) {
                    throw new StoreException.Invalid("排序方向应为 asc 或 desc：" + part);
                }
            }
            Dimension d = kv[0].equalsIgnoreCase("amount") ? null : Dimension.of(kv[0]);
            out.add(new AggregateQuery.Order(d, desc));
        }
        return out;
    }
}
