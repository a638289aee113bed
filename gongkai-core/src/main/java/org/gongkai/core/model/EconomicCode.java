package org.gongkai.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * An 经济分类科目 code (部门 or 政府预算支出经济分类): 类 (3 digits) or 款 (5). Names come from the
 * year's catalogue; the code is the same value whether a table prints it in one column or in
 * 类|款 columns.
 */
public record EconomicCode(String digits) implements ClassificationCode, Comparable<EconomicCode> {

    public EconomicCode {
        if (digits == null || !digits.chars().allMatch(Character::isDigit)
                || (digits.length() != 3 && digits.length() != 5)) {
            throw new IllegalArgumentException("not an economic code (3 or 5 digits): " + digits);
        }
    }

    @JsonCreator
    public static EconomicCode of(String digits) {
        return new EconomicCode(digits);
    }

    /** The code if {@code digits} is one (3 or 5 digits), else empty. */
    public static Optional<EconomicCode> parse(String digits) {
        if (digits == null || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)
                || (digits.length() != 3 && digits.length() != 5)) {
            return Optional.empty();
        }
        return Optional.of(new EconomicCode(digits));
    }

    /** The 类 of a 款, empty for a 类. */
    public Optional<EconomicCode> parent() {
        String p = level().parentOf(digits);
        return p == null ? Optional.empty() : Optional.of(new EconomicCode(p));
    }

    /** This code's 类 (itself for a 类). */
    public EconomicCode classCode() {
        return digits.length() == 3 ? this : new EconomicCode(digits.substring(0, 3));
    }

    @JsonValue
    @Override
    public String digits() {
        return digits;
    }

    @Override
    public int compareTo(EconomicCode o) {
        return digits.compareTo(o.digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
