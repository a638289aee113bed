package org.gongkai.app.store;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A dimension of the budget-line cube (/api/aggregate): each names its members by code and name.
 * {@link #ECONOMIC_CLASS} reads the 基本支出 split by 部门经济科目 类; the other dimensions read the
 * lines by 功能科目 — a query that names economicClass in drilldown or cut sums the economic split
 * (basic expenditure only) instead, so no amount is counted twice.
 */
public enum Dimension {
    YEAR("year", "fiscal_year", "fiscal_year"),
    REGION("region", "region_code", "region_name"),
    DEPARTMENT("department", "department_code", "department_name"),
    /** 功能科目 类 */
    FUNCTION_CLASS("functionClass", "function_class_code", "function_class_name"),
    /** 功能科目 款 */
    FUNCTION_SECTION("functionSection", "function_section_code", "function_section_name"),
    /** 功能科目 项 */
    FUNCTION_ITEM("functionItem", "function_item_code", "function_item_name"),
    /** 资金来源 */
    FUND_SOURCE("fundSource", "fund_source", "fund_source_name"),
    /** 基本支出 / 项目支出 */
    EXPENDITURE_KIND("expenditureKind", "expenditure_kind", "expenditure_kind_name"),
    /** 部门经济科目 类 */
    ECONOMIC_CLASS("economicClass", "economic_class_code", "economic_class_name");

    private final String key;
    final String codeColumn;
    final String nameColumn;

    Dimension(String key, String codeColumn, String nameColumn) {
        this.key = key;
        this.codeColumn = codeColumn;
        this.nameColumn = nameColumn;
    }

    /** The API name: year, region, functionClass, … */
    public String key() {
        return key;
    }

    public static Dimension of(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equalsIgnoreCase(key == null ? "" : key.trim())).findFirst()
                .orElseThrow(() -> new StoreException.Invalid("未知维度：" + key + "（可用："
                        + Arrays.stream(values()).map(Dimension::key).collect(Collectors.joining("、")) + "）"));
    }
}
