package org.gongkai.core.model;

import java.math.BigDecimal;

/** Unit of an amount as printed: 元 (yuan) or 万元 (wan = 10,000 yuan). */
public enum MoneyUnit {
    /** 元 */
    YUAN("元", BigDecimal.ONE),
    /** 万元 */
    WAN("万元", BigDecimal.valueOf(10_000));

    private final String label;
    private final BigDecimal yuanPerUnit;

    MoneyUnit(String label, BigDecimal yuanPerUnit) {
        this.label = label;
        this.yuanPerUnit = yuanPerUnit;
    }

    /** The Chinese label as printed, e.g. "万元". */
    public String label() {
        return label;
    }

    public BigDecimal yuanPerUnit() {
        return yuanPerUnit;
    }

    /** Parses "万元" or "元" (also the code names "wan", "yuan"). */
    public static MoneyUnit parse(String text) {
        String t = text.strip();
        if (t.equals("万元") || t.equalsIgnoreCase("wan")) {
            return WAN;
        }
        if (t.equals("元") || t.equalsIgnoreCase("yuan")) {
            return YUAN;
        }
        throw new IllegalArgumentException("unknown money unit: " + text);
    }
}
