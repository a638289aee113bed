package org.gongkai.core.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;
import org.gongkai.core.model.Amount;

/**
 * "三公"经费 by source, in 元 ({@link Money}). Each map holds the sources that carry money; all
 * maps empty means the department has no 三公 budget.
 */
public record ThreePublicFacts(
        Map<FundSource, Amount> outboundTravel,
        Map<FundSource, Amount> reception,
        Map<FundSource, Amount> vehiclePurchase,
        Map<FundSource, Amount> vehicleOperation) {

    public ThreePublicFacts {
        outboundTravel = Money.of(outboundTravel);
        reception = Money.of(reception);
        vehiclePurchase = Money.of(vehiclePurchase);
        vehicleOperation = Money.of(vehicleOperation);
    }

    public static ThreePublicFacts none() {
        return new ThreePublicFacts(Map.of(), Map.of(), Map.of(), Map.of());
    }

    @JsonIgnore
    public boolean isEmpty() {
        return outboundTravel.isEmpty() && reception.isEmpty() && vehiclePurchase.isEmpty() && vehicleOperation.isEmpty();
    }
}
