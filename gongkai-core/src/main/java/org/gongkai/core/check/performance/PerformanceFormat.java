package org.gongkai.core.check.performance;

import java.math.BigDecimal;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.MoneyUnit;

/** How the performance rules print money in messages: 元 with thousands separators, 万元 as printed. */
public final class PerformanceFormat {

    private PerformanceFormat() {
    }

    /** "26,000元", "1.56元"; trailing zeros of a fraction dropped. */
    static String yuan(BigDecimal value) {
        return grouped(value) + "元";
    }

    /** An amount in 元, whatever its unit. */
    static String yuan(Amount amount) {
        return yuan(amount.to(MoneyUnit.YUAN).value());
    }

    /** "2.60万元（26,000元）": a project-table amount with its value in 元. */
    static String wanWithYuan(BigDecimal wan) {
        return wan.toPlainString() + "万元（" + yuan(Amount.wan(wan)) + "）";
    }

    /** A value in 元 as plain digits for evidence maps ("26000"). */
    static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    private static String grouped(BigDecimal value) {
        String plain = plain(value);
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(integer.charAt(i));
        }
        return (negative ? "-" : "") + b + fraction;
    }
}
