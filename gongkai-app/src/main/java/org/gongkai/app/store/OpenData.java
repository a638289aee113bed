package org.gongkai.app.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The open data of a region: its published budget lines for a year, one row per department,
 * disclosure phase and kind, 功能科目 项, fund source, 本年/上年结转 and 基本/项目, in 元 — what the
 * region page offers as CSV and as a Fiscal Data Package. Only current published versions (the
 * budget-line cube holds nothing else), whoever asks.
 */
@Service
public class OpenData {

    /** One budget line; amount in 元. */
    public record Line(int year, String regionCode, String regionName, String departmentCode, String departmentName,
            String phase, String kind, String functionClassCode, String functionClassName, String functionSectionCode,
            String functionSectionName, String functionItemCode, String functionItemName, String fundSource,
            String fundSourceName, String fundYear, String expenditureKind, String expenditureKindName, BigDecimal amount) {
    }

    private final JdbcClient jdbc;

    public OpenData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The budget lines of these regions in a year, by department, phase, kind and 科目 code. */
    public List<Line> lines(Collection<String> regions, int year) {
        if (regions.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(year);
        params.addAll(regions);
        String in = String.join(", ", java.util.Collections.nCopies(regions.size(), "?"));
        String group = "b.fiscal_year, b.region_code, b.region_name, b.department_code, b.department_name, x.phase, x.kind,"
                + " b.function_class_code, b.function_class_name, b.function_section_code, b.function_section_name,"
                + " b.function_item_code, b.function_item_name, b.fund_source, b.fund_source_name, b.fund_year,"
                + " b.expenditure_kind, b.expenditure_kind_name";
        return jdbc.sql("SELECT " + group + ", SUM(b.amount) AS amount FROM budget_lines b JOIN disclosures x ON x.id = b.disclosure_id"
                + " WHERE b.line_type = 'function' AND b.fiscal_year = ? AND b.region_code IN (" + in + ")"
                + " GROUP BY " + group
                + " ORDER BY b.region_code, b.department_code, x.phase, x.kind, b.function_item_code, b.function_section_code,"
                + " b.function_class_code, b.fund_source, b.fund_year, b.expenditure_kind")
                .params(params)
                .query((rs, i) -> new Line(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
                        rs.getString(17), rs.getString(18), rs.getBigDecimal(19)))
                .list();
    }
}
