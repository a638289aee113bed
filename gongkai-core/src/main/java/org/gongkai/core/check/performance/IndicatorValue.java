package org.gongkai.core.check.performance;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A 指标值 read by {@link IndicatorValueParser}: a quantity (operator, number, unit: "≥5个",
 * "≤650元/月/人", "12月31日"), a range ("5-10个"), or a qualitative word ("及时", "符合").
 *
 * @param text     the value as printed
 * @param kind     quantity, range or word
 * @param operator "≥", "≤", "=", ">", "<", or "" when none is printed
 * @param number   the number (the lower end of a range); null for a word
 * @param upper    the upper end of a range; null otherwise
 * @param unit     the unit as printed without spaces ("%", "万元", "m²", "天/年", "年底"); "" when none
 */
public record IndicatorValue(String text, Kind kind, String operator, BigDecimal number, BigDecimal upper, String unit) {

    /** What sort of value. */
    enum Kind { QUANTITY, RANGE, WORD }

    private static final Map<String, BigDecimal> MONEY = Map.of(
            "元", BigDecimal.ONE,
            "万元", BigDecimal.valueOf(10_000),
            "万", BigDecimal.valueOf(10_000),
            "亿元", BigDecimal.valueOf(100_000_000));

    boolean isQuantity() {
        return kind != Kind.WORD;
    }

    boolean isPercent() {
        return isQuantity() && unit.equals("%");
    }

    /** An amount of money for the whole project ("≤5万元", "≤300000元"; a bare "万" is read as 万元). */
    boolean isMoney() {
        return isQuantity() && MONEY.containsKey(unit);
    }

    /** Money per something ("≤650元/月/人", "1.56元/吨"). */
    boolean isMoneyPerUnit() {
        if (!isQuantity()) {
            return false;
        }
        int slash = unit.indexOf('/');
        return slash > 0 && MONEY.containsKey(unit.substring(0, slash));
    }

    /** The money in 元 (the upper end of a range); only for {@link #isMoney()}. */
    BigDecimal yuan() {
        BigDecimal n = kind == Kind.RANGE ? upper : number;
        return n.multiply(MONEY.get(unit));
    }

    /** "≤" or "<": a ceiling. */
    boolean isCeiling() {
        return operator.equals("≤") || operator.equals("<");
    }

    /** "≥" or ">": a floor. */
    boolean isFloor() {
        return operator.equals("≥") || operator.equals(">");
    }
}
