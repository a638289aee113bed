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
        if (text == null) {
            return false;
        }
        String t = text.strip();
        return isPlainDecimal(t) || (t.indexOf(',') > 0 && AMOUNT.matcher(t).matches());
    }

    /** "-?digits(.digits)?" without a regex: the common case of table cells. */
    private static boolean isPlainDecimal(String t) {
        int i = t.startsWith("-") ? 1 : 0;
        int digits = 0;
        boolean dot = false;
        int afterDot = 0;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                if (dot) {
                    afterDot++;
                } else {
                    digits++;
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digits > 0 && (!dot || afterDot > 0);
    }

    /**
     * Digits with commas in the wrong places ("99999999999,99999999999.5"), as a narrative's figure
     * pattern finds them: read as the digits they print, though {@link #isAmount} says no.
     */
    private static final java.util.regex.Pattern LOOSE_GROUPING = java.util.regex.Pattern.compile("\\d+(?:,\\d+)*(?:\\.\\d+)?");

    /** Parses a printed amount, with or without thousands separators, keeping its scale. */
    public static BigDecimal parseAmount(String text) {
        String t = text.strip();
        if (!isAmount(t) && !LOOSE_GROUPING.matcher(t).matches()) {
            throw new NumberFormatException("not an amount: \"" + text + "\"");
        }
        return new BigDecimal(t.replace(",", ""));
    }

    /** Prints an amount as a table cell: plain, no separators, two decimals ("15.00"). */
    public static String tableCell(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
