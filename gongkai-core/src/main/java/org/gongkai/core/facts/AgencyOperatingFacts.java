package org.gongkai.core.facts;

import java.math.BigDecimal;
import java.util.Map;

/** 机关运行经费 of one unit (table 11) by source, 万元. */
public record AgencyOperatingFacts(String unit, Map<FundSource, BigDecimal> amounts) {

    public AgencyOperatingFacts {
        amounts = Map.copyOf(amounts);
    }
}
