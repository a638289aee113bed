package org.gongkai.core.check.engine;

import java.math.BigDecimal;

/**
 * The rounding envelope (domain.md §3): a parent and the sum of n independently rounded children
 * may differ by up to (n + 1) × 0.005 of the last printed unit. Within it is information, beyond it
 * an error.
 */
public final class Tolerance {

    /** The outcome of comparing two amounts. */
    public enum Outcome { EQUAL, ROUNDING, MISMATCH }

    private Tolerance() {
    }

    /** (terms + 1) × half a unit of the last printed digit; scale 2 → 0.005 per term. */
    public static BigDecimal envelope(int terms, int scale) {
        return BigDecimal.valueOf(5, scale + 1).multiply(BigDecimal.valueOf(terms + 1L));
    }

    /** Compares a printed parent with the sum of {@code terms} printed children. */
    public static Outcome compare(BigDecimal expected, BigDecimal actual, int terms, int scale) {
        int c = expected.compareTo(actual);
        if (c == 0) {
            return Outcome.EQUAL;
        }
        BigDecimal diff = expected.subtract(actual).abs();
        return diff.compareTo(envelope(terms, scale)) <= 0 ? Outcome.ROUNDING : Outcome.MISMATCH;
    }

    /** Compares amounts printed with two decimals (万元 tables). */
    public static Outcome compare(BigDecimal expected, BigDecimal actual, int terms) {
        return compare(expected, actual, terms, 2);
    }
}
