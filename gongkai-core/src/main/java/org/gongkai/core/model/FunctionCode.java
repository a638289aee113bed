package org.gongkai.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A 支出功能分类科目 code (functionCode): 类 (3 digits), 款 (5) or 项 (7). Names come from the
 * year's catalogue; the code is the same value whether a table prints it in one column or in
 * 类|款|项 columns.
 */
public record FunctionCode(String digits) implements ClassificationCode, Comparable<FunctionCode> {

    public FunctionCode {
        if (digits == null || !digits.chars().allMatch(Character::isDigit)
                || CodeLevel.ofLength(digits.length()).isEmpty()) {
            throw new IllegalArgumentException("not a function code (3, 5 or 7 digits): " + digits);
        }
    }

    @JsonCreator
    public static FunctionCode of(String digits) {
        return new FunctionCode(digits);
    }

    /** The code if {@code digits} is one (3, 5 or 7 digits), else empty. */
    public static Optional<FunctionCode> parse(String digits) {
        if (digits == null || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)
                || CodeLevel.ofLength(digits.length()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FunctionCode(digits));
    }

    /** The 类, 款 or 项 above, empty for a 类. */
    public Optional<FunctionCode> parent() {
        String p = level().parentOf(digits);
        return p == null ? Optional.empty() : Optional.of(new FunctionCode(p));
    }

    /** This code's 类 (itself for a 类). */
    public FunctionCode classCode() {
        return digits.length() == 3 ? this : new FunctionCode(digits.substring(0, 3));
    }

    @JsonValue
    @Override
    public String digits() {
        return digits;
    }

    @Override
    public int compareTo(FunctionCode o) {
        return digits.compareTo(o.digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
