package org.gongkai.core.check.narrative;

import org.gongkai.core.check.engine.Rule;

import java.util.List;

/**
 * Rules of the family 情况说明与报表: what 第三部分 情况说明 states must agree with the tables —
 * amounts, shares, year-on-year changes, counts of projects, 政府采购 — and must carry no template
 * leftovers, no reasonless changes, no money for empty tables and no outdated 科目 names. Each
 * group of rules lives in its own class beside this one, with its declarations and bodies.
 */
public final class NarrativeRules {

    private NarrativeRules() {
    }

    public static List<Rule> all() {
        return List.of(
                NarrativeAmountRules.AMOUNT,
                NarrativeAmountRules.SHARE,
                NarrativeChangeRules.YOY_RATE,
                NarrativeChangeRules.YOY_DIRECTION,
                NarrativeChangeRules.NEW_ITEM,
                NarrativeCountRules.COUNT,
                NarrativeCountRules.PROCUREMENT_SUM,
                NarrativeChangeRules.REASON_MISSING,
                NarrativeWordingRules.TEMPLATE_LEFTOVER,
                NarrativeWordingRules.EMPTY_TABLE_CLAIM,
                NarrativeWordingRules.NAME);
    }
}
