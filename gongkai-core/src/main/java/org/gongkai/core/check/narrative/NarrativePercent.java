package org.gongkai.core.check.narrative;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.BinaryOperator;

/**
 * Percentages of the narrative: a share (part ÷ whole × 100) or a rate of change (Δ ÷ 上年 × 100),
 * recomputed from the amounts the text states and compared with the printed percentage. The
 * expected value is rounded half-up to 2 decimals. Inputs printed in 万元 carry their own rounding
 * (±0.005); a printed percentage that such rounding explains, or within a further 0.01 percentage
 * point, is a rounding difference; anything beyond is a mismatch.
 */
public final class NarrativePercent {

    /** How a printed percentage compares with the recomputed one. */
    enum Outcome {
        /** equal to the recomputed value rounded half-up to 2 decimals */
        EQUAL,
        /** printed with fewer than 2 decimals, but right at its own precision */
        PRECISION,
        /** within what rounding of the inputs explains, ±0.01 percentage point */
        ROUNDING,
        /** wrong */
        MISMATCH
    }

    /**
     * The result of a comparison.
     *
     * @param outcome  how it compares
     * @param expected the recomputed percentage, 2 decimals
     * @param exact    the recomputed percentage unrounded
     */
    record Result(Outcome outcome, BigDecimal expected, BigDecimal exact) {
    }

    private static final MathContext MC = new MathContext(20, RoundingMode.HALF_UP);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The extra tolerance beyond input rounding, in percentage points. */
    static final BigDecimal EXTRA = new BigDecimal("0.01");

    private NarrativePercent() {
    }

    /** part ÷ whole × 100; null when whole ≤ 0. */
    static Result share(BigDecimal printed, BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0 || part.signum() < 0) {
            return null;
        }
        BinaryOperator<BigDecimal> f = (a, b) -> b.signum() <= 0 ? null : a.multiply(HUNDRED).divide(b, MC);
        boolean exactClaim = printed.scale() < 2 && (printed.signum() == 0 && part.signum() != 0
                || printed.compareTo(HUNDRED) == 0 && part.compareTo(whole) != 0);
        return compare(printed, part, whole, f, exactClaim);
    }

    /**
     * |Δ| ÷ 上年 × 100 where 上年 = current − Δ (increase) or current + Δ (decrease); null when 上年 ≤ 0.
     *
     * @param change  |Δ| as printed
     * @param current this year's figure as printed
     * @param up      whether the change is an increase
     */
    static Result rate(BigDecimal printed, BigDecimal change, BigDecimal current, boolean up) {
        BinaryOperator<BigDecimal> f = (d, c) -> {
            BigDecimal prior = up ? c.subtract(d) : c.add(d);
            return prior.signum() <= 0 ? null : d.multiply(HUNDRED).divide(prior, MC);
        };
        if (f.apply(change, current) == null) {
            return null;
        }
        return compare(printed, change, current, f, printed.scale() < 2 && printed.signum() == 0 && change.signum() != 0);
    }

    /** The rate from a stated 上年 figure: (current − prior) ÷ prior × 100, signless. */
    static Result rateFromPrior(BigDecimal printed, BigDecimal current, BigDecimal prior) {
        BinaryOperator<BigDecimal> f = (c, p) -> p.signum() <= 0 ? null : c.subtract(p).abs().multiply(HUNDRED).divide(p, MC);
        if (f.apply(current, prior) == null) {
            return null;
        }
        return compare(printed, current, prior, f, false);
    }

    private static Result compare(BigDecimal printed, BigDecimal a, BigDecimal b, BinaryOperator<BigDecimal> f,
            boolean exactClaim) {
        BigDecimal exact = f.apply(a, b);
        BigDecimal expected = exact.setScale(2, RoundingMode.HALF_UP);
        int decimals = Math.max(printed.scale(), 0);
        if (printed.compareTo(expected) == 0 || decimals > 2 && printed.compareTo(exact.setScale(decimals, RoundingMode.HALF_UP)) == 0) {
            return new Result(Outcome.EQUAL, expected, exact);
        }
        if (decimals < 2 && !exactClaim && printed.compareTo(exact.setScale(decimals, RoundingMode.HALF_UP)) == 0) {
            return new Result(Outcome.PRECISION, expected, exact);
        }
        BigDecimal ea = halfUnit(a);
        BigDecimal eb = halfUnit(b);
        BigDecimal lo = null;
        BigDecimal hi = null;
        for (int i = -1; i <= 1; i += 2) {
            for (int j = -1; j <= 1; j += 2) {
                BigDecimal x = a.add(ea.multiply(BigDecimal.valueOf(i))).max(BigDecimal.ZERO);
                BigDecimal y = b.add(eb.multiply(BigDecimal.valueOf(j)));
                BigDecimal v = f.apply(x, y);
                if (v == null) {
                    continue;
                }
                lo = lo == null ? v : lo.min(v);
                hi = hi == null ? v : hi.max(v);
            }
        }
        if (lo == null) {
            lo = exact;
            hi = exact;
        }
        BigDecimal h = BigDecimal.valueOf(5, Math.max(decimals, 2) + 1);
        BigDecimal low = lo.subtract(h).subtract(EXTRA);
        BigDecimal high = hi.add(h).add(EXTRA);
        boolean within = !exactClaim && printed.compareTo(low) >= 0 && printed.compareTo(high) <= 0;
        return new Result(within ? Outcome.ROUNDING : Outcome.MISMATCH, expected, exact);
    }

    /** Half a unit of the last decimal an amount is printed with, at least 2 decimals (0.005). */
    private static BigDecimal halfUnit(BigDecimal v) {
        return BigDecimal.valueOf(5, Math.max(v.scale(), 2) + 1);
    }
}
