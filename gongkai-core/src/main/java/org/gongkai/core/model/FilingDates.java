package org.gongkai.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 填报日期 as forms print it — a system timestamp ("20251224150159"), digits ("20251224"), or written
 * ("2025-12-24", "2025/12/24", "2025年12月24日", with a time after it) — read as a calendar date, so
 * that every output prints and exports one form ({@code 2025-12-24}) whatever the input printed.
 */
public final class FilingDates {

    private static final Pattern DIGITS = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(\\d{0,6})");
    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(\\s.*)?");

    private FilingDates() {
    }

    /** The date the text prints, if it prints a valid one. */
    public static Optional<LocalDate> parse(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        String text = printed.strip();
        Matcher m = DIGITS.matcher(text);
        if (!m.matches()) {
            m = WRITTEN.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The form every output uses: the date as {@code yyyy-MM-dd} when the text prints a valid one;
     * otherwise the text as printed (a malformed date is reported by the checks, not hidden); "" for
     * none.
     */
    public static String normalised(String printed) {
        if (printed == null) {
            return "";
        }
        return parse(printed).map(LocalDate::toString).orElse(printed.strip());
    }
}
