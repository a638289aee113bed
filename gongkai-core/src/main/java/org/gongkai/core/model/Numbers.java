package org.gongkai.core.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Parsing and printing of amounts as they appear in disclosures. */
public final class Numbers {

    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?|-?\\d+(\\.\\d+)?");

    private Numbers() {
    }

    /** True for "48798.56", "48,966.85", "0", "-3.5". */
    public static boolean isAmount(String text) {
        return text != null && AMOUNT.matcher(text.strip()).matches();
    }

    /** Parses a printed amount, with or without thousands separators, keeping its scale. */
    public static BigDecimal parseAmount(String text) {
        String t = text.strip();
        if (!AMOUNT.matcher(t).matches()) {
            throw new NumberFormatException("not an amount: \"" + text + "\"");
        }
        return new BigDecimal(t.replace(",", ""));
    }

    /** Prints an amount as a table cell: plain, no separators, two decimals ("15.00"). */
    public static String tableCell(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
