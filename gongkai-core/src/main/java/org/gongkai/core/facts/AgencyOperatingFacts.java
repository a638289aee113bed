package org.gongkai.core.facts;

import java.util.Map;
import org.gongkai.core.model.Amount;

/** 机关运行经费 of one unit by source, in 元 ({@link Money}). */
public record AgencyOperatingFacts(String unit, Map<FundSource, Amount> amounts) {

    public AgencyOperatingFacts {
        amounts = Money.of(amounts);
    }
}
