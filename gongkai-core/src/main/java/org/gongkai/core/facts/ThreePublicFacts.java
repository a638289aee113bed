package org.gongkai.core.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Map;

/**
 * "三公"经费 of table 10 by source, 万元. Each map holds the sources that carry money; all maps
 * empty means the department has no 三公 budget.
 */
public record ThreePublicFacts(
        Map<FundSource, BigDecimal> outboundTravel,
        Map<FundSource, BigDecimal> reception,
        Map<FundSource, BigDecimal> vehiclePurchase,
        Map<FundSource, BigDecimal> vehicleOperation) {

    public ThreePublicFacts {
        outboundTravel = Map.copyOf(outboundTravel);
        reception = Map.copyOf(reception);
        vehiclePurchase = Map.copyOf(vehiclePurchase);
        vehicleOperation = Map.copyOf(vehicleOperation);
    }

    public static ThreePublicFacts none() {
        return new ThreePublicFacts(Map.of(), Map.of(), Map.of(), Map.of());
    }

    @JsonIgnore
    public boolean isEmpty() {
        return outboundTravel.isEmpty() && reception.isEmpty() && vehiclePurchase.isEmpty() && vehicleOperation.isEmpty();
    }
}
