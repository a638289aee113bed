package org.gongkai.app.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.EconomicLine;
import org.gongkai.core.ingest.JsonInput;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.pipeline.Pipeline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The budget lines of the current published versions, in 元 (the table {@code budget_lines}), and
 * the cube queries over them. A version's lines are added when it is published (from its stored
 * BudgetFacts) and removed when it is superseded or withdrawn, so the table holds exactly what the
 * public sees.
 */
@Service
public class BudgetLines {

    private static final BigDecimal WAN = new BigDecimal(10_000);

    private final JdbcClient jdbc;
    private final Pipeline pipeline;

    public BudgetLines(JdbcClient jdbc, Pipeline pipeline) {
        this.jdbc = jdbc;
        this.pipeline = pipeline;
    }

    /** Adds a version's lines: by 功能科目, and the 基本支出 split by 部门经济科目 类. */
    void add(long versionId) {
        record V(long disclosureId, String facts, int year, String region, String regionName, String dept, String deptName) {
        }
        V v = jdbc.sql("SELECT v.disclosure_id, v.facts_json, x.fiscal_year, r.code, r.name, d.code, d.name FROM versions v"
                + " JOIN disclosures x ON x.id = v.disclosure_id JOIN regions r ON r.id = x.region_id"
                + " JOIN departments d ON d.id = x.department_id WHERE v.id = ?").param(versionId)
                .query((rs, i) -> new V(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7))).single();
        BudgetFacts facts = JsonInput.read("facts.json", v.facts.getBytes(StandardCharsets.UTF_8)).facts();
        Optional<Catalogue> catalogue;
        try {
            catalogue = Optional.of(pipeline.catalogues().forYear(v.year));
        } catch (IllegalArgumentException e) {
            catalogue = Optional.empty();
        }
        Catalogue cat = catalogue.orElse(null);
        String insert = "INSERT INTO budget_lines (version_id, disclosure_id, line_type, fiscal_year, region_code, region_name,"
                + " department_code, department_name, function_class_code, function_class_name, function_section_code,"
                + " function_section_name, function_item_code, function_item_name, fund_source, fund_source_name, fund_year,"
                + " expenditure_kind, expenditure_kind_name, economic_class_code, economic_class_name, amount)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        for (BudgetLine l : facts.lines()) {
            String digits = l.functionCode().digits();
            String c = digits.length() >= 3 ? digits.substring(0, 3) : digits;
            String s = digits.length() >= 5 ? digits.substring(0, 5) : null;
            String it = digits.length() >= 7 ? digits.substring(0, 7) : null;
            boolean basic = l.kind().isBasic();
            jdbc.sql(insert).params(versionId, v.disclosureId, "function", v.year, v.region, v.regionName, v.dept, v.deptName,
                    c, functionName(cat, c), s, functionName(cat, s), it, functionName(cat, it),
                    l.source().key(), l.source().label(), l.fundYear().name().toLowerCase(java.util.Locale.ROOT),
                    basic ? "basic" : "project", basic ? "基本支出" : "项目支出", null, null,
                    yuan(l.amount().to(MoneyUnit.YUAN).value())).update();
        }
        for (EconomicLine e : facts.basicByEconomic()) {
            if (e.deptEconomicCode() == null) {
                continue;
            }
            String digits = e.deptEconomicCode().digits();
            String c = digits.length() >= 3 ? digits.substring(0, 3) : digits;
            String name = cat == null ? null : cat.deptEconomic(c).map(CatalogueEntry::name).orElse(null);
            jdbc.sql(insert).params(versionId, v.disclosureId, "economic", v.year, v.region, v.regionName, v.dept, v.deptName,
                    null, null, null, null, null, null, null, null, null, "basic", "基本支出", c,
                    name != null ? name : c, yuan(e.total().to(MoneyUnit.YUAN).value())).update();
        }
    }

    /** Removes a version's lines. */
    void remove(long versionId) {
        jdbc.sql("DELETE FROM budget_lines WHERE version_id = ?").param(versionId).update();
    }

    private static String functionName(Catalogue cat, String code) {
        if (code == null) {
            return null;
        }
        return cat == null ? code : cat.function(code).map(CatalogueEntry::name).orElse(code);
    }

    private static BigDecimal yuan(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Sums the lines by the drilldown's dimensions, filtered by the cut, ordered and paged. Lines by
     * 功能科目 are read unless economicClass is drilled down or cut (then the 基本支出 economic split).
     * Amounts are summed in 元 and converted at the end (万元: two decimals, half-up).
     */
    public AggregateResult query(AggregateQuery q) {
        boolean economic = q.drilldown().contains(Dimension.ECONOMIC_CLASS) || q.cut().containsKey(Dimension.ECONOMIC_CLASS);
        StringBuilder where = new StringBuilder(" FROM budget_lines WHERE line_type = ?");
        List<Object> params = new ArrayList<>();
        params.add(economic ? "economic" : "function");
        for (Map.Entry<Dimension, Set<String>> c : q.cut().entrySet()) {
            if (c.getValue().isEmpty()) {
                continue;
            }
            where.append(" AND ").append(c.getKey().codeColumn).append(" IN (")
                    .append(String.join(", ", java.util.Collections.nCopies(c.getValue().size(), "?"))).append(')');
            for (String member : c.getValue()) {
                if (c.getKey() == Dimension.YEAR) {
                    try {
                        params.add(Integer.parseInt(member.trim()));
                    } catch (NumberFormatException e) {
                        throw new StoreException.Invalid("年度应为数字：" + member);
                    }
                } else {
                    params.add(member.trim());
                }
            }
        }
        List<String> groupCols = new ArrayList<>();
        for (Dimension d : q.drilldown()) {
            groupCols.add(d.codeColumn);
            if (!d.nameColumn.equals(d.codeColumn)) {
                groupCols.add(d.nameColumn);
            }
        }
        String group = groupCols.isEmpty() ? "" : " GROUP BY " + String.join(", ", groupCols);
        String select = groupCols.isEmpty() ? "SUM(amount) AS amount" : String.join(", ", groupCols) + ", SUM(amount) AS amount";
        List<String> orderBy = new ArrayList<>();
        for (AggregateQuery.Order o : q.order()) {
            String col = o.dimension() == null ? "amount" : o.dimension().codeColumn;
            if (o.dimension() != null && !q.drilldown().contains(o.dimension())) {
                throw new StoreException.Invalid("排序的维度须在 drilldown 中：" + o.dimension().key());
            }
            orderBy.add(col + (o.descending() ? " DESC" : " ASC"));
        }
        for (Dimension d : q.drilldown()) {
            orderBy.add(d.codeColumn + " ASC");
        }
        String order = orderBy.isEmpty() ? "" : " ORDER BY " + String.join(", ", orderBy);

        BigDecimal total = jdbc.sql("SELECT SUM(amount)" + where).params(params).query(BigDecimal.class).optional().orElse(null);
        long count = groupCols.isEmpty() ? (total == null ? 0 : 1)
                : jdbc.sql("SELECT COUNT(*) FROM (SELECT " + String.join(", ", groupCols) + where + group + ") g").params(params)
                        .query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(q.pageSize());
        pageParams.add((long) (q.page() - 1) * q.pageSize());
        List<AggregateResult.Cell> cells = total == null ? List.of()
                : jdbc.sql("SELECT " + select + where + group + order + " LIMIT ? OFFSET ?").params(pageParams).query((rs, i) -> {
                    Map<String, AggregateResult.Member> members = new LinkedHashMap<>();
                    for (Dimension d : q.drilldown()) {
                        String code = rs.getString(d.codeColumn);
                        String name = rs.getString(d.nameColumn);
                        members.put(d.key(), new AggregateResult.Member(code, name));
                    }
                    return new AggregateResult.Cell(members, inUnit(rs.getBigDecimal("amount"), q.unit()));
                }).list();
        return new AggregateResult(cells, count, total == null ? BigDecimal.ZERO.setScale(2) : inUnit(total, q.unit()), q.unit(),
                q.page(), q.pageSize());
    }

    private static BigDecimal inUnit(BigDecimal yuan, AggregateQuery.AmountUnit unit) {
        if (yuan == null) {
            return null;
        }
        return unit == AggregateQuery.AmountUnit.WAN ? yuan.divide(WAN, 2, RoundingMode.HALF_UP) : yuan.setScale(2, RoundingMode.HALF_UP);
    }
}
