package org.gongkai.core.derive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How generated text prints numbers, shares and placeholders. */
final class Wording {

    /** Opens a placeholder for words only the department can give. */
    static final String PLACEHOLDER_OPEN = "【待填写：";
    static final String PLACEHOLDER_CLOSE = "】";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern PLACEHOLDER = Pattern.compile("【待填写：[^】]*】");

    private Wording() {
    }

    /** 48966.85 → "48,966.85": thousands separators, two decimals, half-up. */
    static String amount(BigDecimal value) {
        return grouped(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** A count or area as given, with thousands separators and its own scale (261 → "261"). */
    static String number(BigDecimal value) {
        return grouped(value);
    }

    private static String grouped(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(whole.charAt(i));
        }
        return (value.signum() < 0 ? "-" : "") + sb + fraction;
    }

    /** part ÷ whole × 100, half-up to two decimals; null when the whole is zero. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** 99.66 → "99.66%". */
    static String percentText(BigDecimal percent) {
        return percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** "【待填写：what】" */
    static String placeholder(String what) {
        return PLACEHOLDER_OPEN + what + PLACEHOLDER_CLOSE;
    }

    static List<String> placeholdersIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * The department's own words, to be followed by the generated sentence's own closing mark: the
     * text is kept as entered except for surrounding blanks and a final "。"/"；" (which would
     * otherwise be doubled).
     */
    static String ownWords(String text) {
        String t = text.strip();
        while (!t.isEmpty() && (t.endsWith("。") || t.endsWith("；") || t.endsWith(";") || t.endsWith("."))) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t;
    }

    /** Whether entered words are present (null or blank counts as missing). */
    static boolean given(String text) {
        return text != null && !ownWords(text).isEmpty();
    }
}
