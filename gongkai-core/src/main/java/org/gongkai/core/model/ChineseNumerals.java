package org.gongkai.core.model;

/** 一, 二, … 三十: the ordinals tables print before their rows ("十二、城乡社区支出"). */
public final class ChineseNumerals {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumerals() {
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 30 → 三十, for 1…99. */
    public static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        int tens = n / 10;
        int ones = n % 10;
        StringBuilder sb = new StringBuilder();
        if (tens > 0) {
            if (tens > 1) {
                sb.append(DIGITS[tens]);
            }
            sb.append('十');
        }
        sb.append(DIGITS[ones]);
        return sb.toString();
    }

    /** The inverse of {@link #of}; -1 when the text is not such a numeral. */
    public static int parse(String s) {
        Integer n = s == null ? null : VALUES.get(s);
        return n == null ? -1 : n;
    }

    private static final java.util.Map<String, Integer> VALUES = new java.util.HashMap<>();

    static {
        for (int n = 1; n < 100; n++) {
            VALUES.put(of(n), n);
        }
    }
}
