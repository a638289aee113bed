package org.gongkai.core.facts;

import org.gongkai.core.model.Amount;
import org.gongkai.core.model.EconomicCode;

/**
 * 基本支出 of the current year's 一般公共预算 by 部门预算支出经济分类 款 (一般公共预算基本支出分经济科目表),
 * in 元 ({@link Money}).
 *
 * @param deptEconomicCode the 款, e.g. 30201; null when the name is not in the catalogue
 * @param deptEconomicName its name as printed
 * @param govEconomicCode  the 政府预算支出经济分类 code when the catalogue resolves the name, else null
 * @param govEconomicName  政府预算支出经济分类 name printed beside it (may be null)
 * @param personnel        人员经费 part (null when blank)
 * @param operating        公用经费 part (null when blank)
 */
public record EconomicLine(
        EconomicCode deptEconomicCode,
        String deptEconomicName,
        EconomicCode govEconomicCode,
        String govEconomicName,
        Amount personnel,
        Amount operating) {

    public EconomicLine {
        personnel = Money.of(personnel);
        operating = Money.of(operating);
    }

    /** 人员经费 + 公用经费 (a blank part counts 0). */
    public Amount total() {
        return Money.add(Money.add(Money.zero(), personnel), operating);
    }
}
