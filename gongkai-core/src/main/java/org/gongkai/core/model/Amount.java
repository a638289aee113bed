package org.gongkai.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money with its explicit unit. Never a double: the value is a {@link BigDecimal}
 * with the scale it was printed or computed with.
 */
public record Amount(BigDecimal value, MoneyUnit unit) implements Comparable<Amount> {

    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Amount wan(String value) {
        return new Amount(new BigDecimal(value), MoneyUnit.WAN);
    }

    public static Amount wan(BigDecimal value) {
        return new Amount(value, MoneyUnit.WAN);
    }

    public static Amount yuan(String value) {
        return new Amount(new BigDecimal(value), MoneyUnit.YUAN);
    }

    public static Amount yuan(BigDecimal value) {
        return new Amount(value, MoneyUnit.YUAN);
    }

    /** The same amount expressed in {@code target}; exact (no rounding) when converting down to 元. */
    public Amount to(MoneyUnit target) {
        if (target == unit) {
            return this;
        }
        BigDecimal yuan = value.multiply(unit.yuanPerUnit());
        BigDecimal converted = yuan.divide(target.yuanPerUnit());
        return new Amount(converted, target);
    }

    public Amount plus(Amount other) {
        Amount o = other.to(unit);
        return new Amount(value.add(o.value), unit);
    }

    public Amount minus(Amount other) {
        Amount o = other.to(unit);
        return new Amount(value.subtract(o.value), unit);
    }

    @JsonIgnore
    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public int compareTo(Amount other) {
        return value.compareTo(other.to(unit).value);
    }

    /** Numerically equal after conversion, whatever the scale. */
    public boolean sameAs(Amount other) {
        return other != null && compareTo(other) == 0;
    }

    @Override
    public String toString() {
        return value.toPlainString() + unit.label();
    }
}
