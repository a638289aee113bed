package org.gongkai.core.facts;

import java.math.BigDecimal;

/**
 * 基本支出 of the current year's 一般公共预算 by 部门预算支出经济分类 款 (table 6), 万元.
 *
 * @param deptEconomicCode 5-digit 款 code, e.g. "30201"; null when the name is not in the catalogue
 * @param deptEconomicName its name as printed
 * @param govEconomicName  政府预算支出经济分类 name printed beside it (may be null)
 * @param govEconomicCode  its code when the catalogue resolves the name, else null
 * @param personnel        人员经费 part (null when blank)
 * @param operating        公用经费 part (null when blank)
 */
public record EconomicLine(
        String deptEconomicCode,
        String deptEconomicName,
        String govEconomicCode,
        String govEconomicName,
        BigDecimal personnel,
        BigDecimal operating) {

    public BigDecimal total() {
        BigDecimal t = BigDecimal.ZERO;
        if (personnel != null) {
            t = t.add(personnel);
        }
        if (operating != null) {
            t = t.add(operating);
        }
        return t;
    }
}
