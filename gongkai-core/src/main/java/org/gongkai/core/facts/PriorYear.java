package org.gongkai.core.facts;

import org.gongkai.core.model.Amount;

/**
 * Last year's figures, where the document states them (the narrative's "比上年增加…万元" gives
 * them as this year minus the change), in 元 ({@link Money}). Null = not stated.
 *
 * @param revenueTotal             上年收入总计
 * @param expenditureTotal         上年支出总计
 * @param generalBudgetCurrentYear 上年一般公共预算当年支出
 * @param threePublicTotal         上年"三公"经费
 * @param agencyOperatingTotal     上年机关运行经费
 */
public record PriorYear(
        Amount revenueTotal,
        Amount expenditureTotal,
        Amount generalBudgetCurrentYear,
        Amount threePublicTotal,
        Amount agencyOperatingTotal) {

    public PriorYear {
        revenueTotal = Money.of(revenueTotal);
        expenditureTotal = Money.of(expenditureTotal);
        generalBudgetCurrentYear = Money.of(generalBudgetCurrentYear);
        threePublicTotal = Money.of(threePublicTotal);
        agencyOperatingTotal = Money.of(agencyOperatingTotal);
    }

    public static PriorYear unknown() {
        return new PriorYear(null, null, null, null, null);
    }
}
