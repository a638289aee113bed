package org.gongkai.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A code of the 政府收支分类科目 as a value: its digits and its level (类/款/项). A code is printed
 * either whole in one column ("2120501") or split over 类|款|项 columns ("212", "05", "01"); the
 * profile decides, the value is the same.
 */
public sealed interface ClassificationCode permits FunctionCode, EconomicCode {

    /** The digits, e.g. "2120501". */
    String digits();

    /** 类, 款 or 项. */
    default CodeLevel level() {
        return CodeLevel.ofLength(digits().length()).orElseThrow();
    }

    /** The parts as printed in 类|款|项 columns: "212", "05", "01" (as many parts as the level). */
    default List<String> parts() {
        List<String> parts = new ArrayList<>(3);
        int from = 0;
        for (CodeLevel l : CodeLevel.values()) {
            if (l.digits() > digits().length()) {
                break;
            }
            parts.add(digits().substring(from, l.digits()));
            from = l.digits();
        }
        return parts;
    }

    /** Whether {@code other} is this code or lies under it (212 holds 21205 and 2120501). */
    default boolean contains(ClassificationCode other) {
        return other.getClass() == getClass() && other.digits().startsWith(digits());
    }

    /**
     * The digits of a code printed in parts (类, 款, 项 cells; later parts may be blank), with blank
     * leading parts taken from {@code context} — the code of an earlier row, as tables that print
     * 类|款|项 leave the 类 (and the 款) blank under a row that printed them. Empty when the cells
     * hold no code.
     */
    static Optional<String> joinParts(List<String> cells, String context) {
        int[] widths = {3, 2, 2};
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        for (int i = 0; i < cells.size() && i < widths.length; i++) {
            String c = cells.get(i) == null ? "" : cells.get(i).strip();
            if (c.isEmpty()) {
                if (any) {
                    break; // 款 printed, 项 blank: a 款 row
                }
                int upto = CodeLevel.values()[i].digits();
                if (context == null || context.length() < upto) {
                    return Optional.empty();
                }
                sb.setLength(0);
                sb.append(context, 0, upto);
                continue;
            }
            if (!c.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            if (c.length() == widths[i] - 1 && i > 0) {
                c = "0" + c; // "5" printed for "05"
            }
            if (c.length() != widths[i]) {
                return Optional.empty();
            }
            sb.append(c);
            any = true;
        }
        return any ? Optional.of(sb.toString()) : Optional.empty();
    }
}
