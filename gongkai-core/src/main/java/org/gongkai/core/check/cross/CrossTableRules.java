package org.gongkai.core.check.cross;

import java.util.List;
import org.gongkai.core.check.engine.Rule;

/**
 * Rules of the family 表间勾稽 (domain.md §3, "Across tables"). Tables are found by their layout in
 * the profile, so another template with the same kinds of tables is checked the same way. A table
 * the document lacks is left to the completeness rules; a blank cell counts as 0. The rules live by
 * subject in the classes beside this one, each with its declaration and body.
 */
public final class CrossTableRules {

    private CrossTableRules() {
    }

    public static List<Rule> all() {
        return List.of(
                CrossSummaryRules.REVENUE_TOTAL_SUMMARY,
                CrossSummaryRules.EXPENDITURE_REVENUE_CODES,
                CrossSummaryRules.SUMMARY_CLASSES,
                CrossSummaryRules.FISCAL_SUMMARY_INCOME,
                CrossSummaryRules.FISCAL_SUMMARY_CLASSES,
                CrossSummaryRules.FISCAL_CLASSES_BUDGETS,
                CrossFundRules.GENERAL_BUDGET_REVENUE,
                CrossFundRules.GOVERNMENT_FUND_REVENUE,
                CrossFundRules.STATE_CAPITAL_REVENUE,
                CrossFundRules.BASIC_ECONOMIC_TOTAL,
                CrossProjectRules.CURRENT_PROJECTS_TOTAL,
                CrossProjectRules.CARRYOVER_PROJECTS_TOTAL,
                CrossProjectRules.CARRYOVER_PROJECTS_CODES,
                CrossBasicRules.THREE_PUBLIC_BASIC,
                CrossBasicRules.AGENCY_OPERATING_BASIC,
                CrossBasicRules.EMPTY_NOTE);
    }
}
