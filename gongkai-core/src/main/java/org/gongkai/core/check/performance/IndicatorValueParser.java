package org.gongkai.core.check.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 指标值. Accepted: an optional operator (≥ ≤ = > <, also ≧ ≦ ＞ ＜ ＝ >= <= and the words
 * 不低于 / 不少于 / 不高于 / 不超过 / 大于 / 小于 / 高于 / 低于 before a number), a number (thousands
 * separators allowed), an optional second number for a range ("5-10个", "5~10个", "5至10个", "90%~95%"), and a
 * short unit (at most eight characters, no digits except in a date: "12月31日", "2026年12月底");
 * or, without any digit or operator, a word or short phrase (at most twenty characters, with at least one
 * Chinese character or letter).
 */
public final class IndicatorValueParser {

    /** Operators as printed → canonical; longer spellings first. */
    private static final List<String[]> OPERATORS = List.of(
            new String[] {">=", "≥"}, new String[] {"<=", "≤"}, new String[] {"≥", "≥"}, new String[] {"≤", "≤"},
            new String[] {"≧", "≥"}, new String[] {"≦", "≤"}, new String[] {">", ">"}, new String[] {"<", "<"},
            new String[] {"=", "="}, new String[] {"不低于", "≥"}, new String[] {"不少于", "≥"},
            new String[] {"不高于", "≤"}, new String[] {"不超过", "≤"}, new String[] {"不大于", "≤"},
            new String[] {"大于", ">"}, new String[] {"高于", ">"}, new String[] {"小于", "<"}, new String[] {"低于", "<"});

    private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?)");
    private static final Pattern UNSIGNED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("[-~至到]");
    /** The rest of a date after its first number: "月31日", "年12月底", "年11月底前", "年底". */
    private static final Pattern DATE_TAIL = Pattern.compile(
            "(年(\\d{1,2}月(\\d{1,2}日)?)?|月\\d{1,2}日)(底|末|初|上旬|中旬|下旬)?(前|之前|以前|内)?");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** A range printing its unit on both ends: "90%~95%". */
    private static final Pattern RANGE_WITH_UNITS = Pattern.compile(
            "(-?[\\d,]+(?:\\.\\d+)?)([^\\d\\-~至到,.]+)[-~至到]([\\d,]+(?:\\.\\d+)?)\\2");
    /** A word has at least one Chinese character or letter. */
    private static final Pattern WORDLIKE = Pattern.compile("[\\p{IsHan}\\p{IsAlphabetic}]");
    private static final int MAX_UNIT = 8;
    private static final int MAX_WORD = 20;

    private IndicatorValueParser() {
    }

    /** The value read; empty when the text is none of the accepted forms (or blank). */
    static Optional<IndicatorValue> parse(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        Optional<IndicatorValue> known = CACHE.get(printed);
        if (known != null) {
            return known;
        }
        if (CACHE.size() > 10_000) {
            CACHE.clear();
        }
        Optional<IndicatorValue> read = read(printed);
        CACHE.put(printed, read);
        return read;
    }

    /** Parsing is a pure function of the text; values repeat across indicators and rules. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<IndicatorValue>> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Optional<IndicatorValue> read(String printed) {
        String t = normalize(printed);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String operator = "";
        String rest = t;
        for (String[] op : OPERATORS) {
            if (t.startsWith(op[0]) && t.length() > op[0].length() && Character.isDigit(t.charAt(op[0].length()))) {
                operator = op[1];
                rest = t.substring(op[0].length());
                break;
            }
            if (t.startsWith(op[0]) && op[0].length() == 1) {
                operator = op[1];
                rest = t.substring(1);
                break;
            }
        }
        Matcher n = NUMBER.matcher(rest);
        if (!n.lookingAt()) {
            if (!operator.isEmpty() || DIGIT.matcher(rest).find() || rest.length() > MAX_WORD
                    || !WORDLIKE.matcher(rest).find()) {
                return Optional.empty();
            }
            return Optional.of(new IndicatorValue(printed, IndicatorValue.Kind.WORD, "", null, null, ""));
        }
        Matcher unitBoth = RANGE_WITH_UNITS.matcher(rest);
        if (unitBoth.matches() && validUnit(unitBoth.group(2))) {
            return Optional.of(new IndicatorValue(printed, IndicatorValue.Kind.RANGE, operator,
                    new BigDecimal(unitBoth.group(1).replace(",", "")), new BigDecimal(unitBoth.group(3).replace(",", "")),
                    unitBoth.group(2)));
        }
        BigDecimal number = new BigDecimal(n.group().replace(",", ""));
        String tail = rest.substring(n.end());
        BigDecimal upper = null;
        Matcher sep = RANGE_SEPARATOR.matcher(tail);
        if (sep.lookingAt()) {
            Matcher second = UNSIGNED.matcher(tail.substring(sep.end()));
            if (second.lookingAt()) {
                upper = new BigDecimal(second.group().replace(",", ""));
                tail = tail.substring(sep.end() + second.end());
            }
        }
        if (!validUnit(tail)) {
            return Optional.empty();
        }
        IndicatorValue.Kind kind = upper == null ? IndicatorValue.Kind.QUANTITY : IndicatorValue.Kind.RANGE;
        return Optional.of(new IndicatorValue(printed, kind, operator, number, upper, tail));
    }

    private static boolean validUnit(String unit) {
        if (unit.length() > MAX_UNIT) {
            return false;
        }
        return !DIGIT.matcher(unit).find() || DATE_TAIL.matcher(unit).matches();
    }

    /** Without spaces; full-width digits, letters and signs folded; "％" → "%". */
    static String normalize(String printed) {
        StringBuilder b = new StringBuilder();
        printed.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0').forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                b.appendCodePoint(c - 0xFEE0);
            } else if (c == '～') {
                b.append('~');
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
