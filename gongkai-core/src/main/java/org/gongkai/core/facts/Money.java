package org.gongkai.core.facts;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.MoneyUnit;

/**
 * How the facts hold money: every amount in 元 ({@link #UNIT}), the finest unit any document
 * states, so that a figure printed in 万元 converts exactly. The value is kept exact, with at
 * least two decimals (分): 21694.90万元 and 216949000元 are both 216949000.00元, so that equal
 * amounts are equal records whatever unit and scale they were entered in.
 */
public final class Money {

    /** The unit of every amount of the facts. */
    public static final MoneyUnit UNIT = MoneyUnit.YUAN;

    private static final int MIN_SCALE = 2;

    private Money() {
    }

    /** The amount in 元, exact, with at least two decimals; null stays null. */
    public static Amount of(Amount amount) {
        if (amount == null) {
            return null;
        }
        Amount inUnit = amount.to(UNIT);
        BigDecimal v = inUnit.value().stripTrailingZeros();
        if (v.scale() < MIN_SCALE) {
            v = v.setScale(MIN_SCALE);
        }
        return v.equals(inUnit.value()) ? inUnit : new Amount(v, UNIT);
    }

    /** A printed figure in its unit, as the facts hold it (in 元). */
    public static Amount of(BigDecimal value, MoneyUnit unit) {
        return value == null ? null : of(new Amount(value, unit));
    }

    /** 0元. */
    public static Amount zero() {
        return of(BigDecimal.ZERO, UNIT);
    }

    /** An immutable copy with every amount in 元; null gives an empty map. */
    public static Map<FundSource, Amount> of(Map<FundSource, Amount> bySource) {
        if (bySource == null || bySource.isEmpty()) {
            return Map.of();
        }
        Map<FundSource, Amount> out = new EnumMap<>(FundSource.class);
        bySource.forEach((source, amount) -> {
            if (amount != null) {
                out.put(source, of(amount));
            }
        });
        return Map.copyOf(out);
    }

    /** a + b in 元, where null is "nothing" (null + null = null). */
    public static Amount add(Amount a, Amount b) {
        if (a == null) {
            return of(b);
        }
        return b == null ? of(a) : of(a.plus(b));
    }

    /** Σ in 元; 0元 for no amounts. */
    public static Amount sum(Collection<Amount> amounts) {
        Amount total = zero();
        for (Amount a : amounts) {
            if (a != null) {
                total = total.plus(a);
            }
        }
        return of(total);
    }
}
