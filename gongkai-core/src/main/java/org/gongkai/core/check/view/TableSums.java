package org.gongkai.core.check.view;

import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.check.engine.Tolerance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Compares printed figures with the sums they should equal and reports through {@link Findings}:
 * equal → nothing, within the rounding envelope ({@link Tolerance}) → INFO, beyond → the given
 * severity. A blank cell ({@code null}) counts as 0; a blank compared with a blank (or a sum of
 * blanks) is never reported.
 */
public final class TableSums {

    /** One figure that goes into a sum, with what it is ("212 城乡社区支出"); value null = blank. */
    public record Term(String label, BigDecimal value) {
    }

    private TableSums() {
    }

    /** Σ of the terms' values (blanks count as 0); null when every term is blank. */
    static BigDecimal total(List<Term> terms) {
        BigDecimal sum = null;
        for (Term t : terms) {
            if (t.value() != null) {
                sum = sum == null ? t.value() : sum.add(t.value());
            }
        }
        return sum;
    }

    public static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.add(b);
    }

    public static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /** A figure as printed in a message: "48966.85", or "空白" for a blank cell. */
    public static String show(BigDecimal v) {
        if (v == null) {
            return "空白";
        }
        if (v.scale() > 2) {
            // a figure converted to a coarser unit (元 → 万元) keeps its exact digits, no more
            BigDecimal s = v.stripTrailingZeros();
            v = s.scale() < 2 ? v.setScale(2, java.math.RoundingMode.UNNECESSARY) : s;
        }
        return v.toPlainString();
    }

    /** "201 一般公共服务支出=15.00；212 城乡社区支出=48875.05" (blanks left out). */
    public static String describe(List<Term> terms) {
        StringJoiner j = new StringJoiner("；");
        for (Term t : terms) {
            if (t.value() != null) {
                j.add(t.label() + "=" + t.value().toPlainString());
            }
        }
        String s = j.toString();
        return s.isEmpty() ? "（均为空白）" : s;
    }

    /**
     * Checks {@code printed} = Σ {@code terms}.
     *
     * @param subject what was printed, e.g. "表T3“合计”行“合计”列"
     * @param what    what it should equal, e.g. "各类之和"
     */
    public static void sum(Findings out, Severity severity, Location location, String subject, String what,
                    BigDecimal printed, List<Term> terms, int scale) {
        compare(out, severity, location, subject, what, printed, total(terms), Math.max(terms.size(), 1), scale,
                Findings.evidence(Evidence.TERMS, describe(terms)));
    }

    /**
     * Checks {@code printed} = {@code expected}, where {@code expected} is itself a sum of
     * {@code terms} printed figures (1 when it is one figure of another table).
     */
    public static void compare(Findings out, Severity severity, Location location, String subject, String what,
                        BigDecimal printed, BigDecimal expected, int terms, int scale, Map<String, String> extra) {
        if (printed == null && expected == null) {
            return;
        }
        BigDecimal p = orZero(printed);
        BigDecimal e = orZero(expected);
        Tolerance.Outcome outcome = Tolerance.compare(e, p, terms, scale);
        if (outcome == Tolerance.Outcome.EQUAL) {
            return;
        }
        BigDecimal diff = e.subtract(p).abs();
        BigDecimal envelope = Tolerance.envelope(terms, scale);
        Map<String, String> evidence = Findings.evidence(
                Evidence.FOUND, show(printed),
                Evidence.EXPECTED, show(expected),
                Evidence.DIFFERENCE, diff.toPlainString(),
                Evidence.TOLERANCE, envelope.toPlainString());
        evidence.putAll(extra);
        if (outcome == Tolerance.Outcome.ROUNDING) {
            out.report(Severity.INFO, subject + " " + p.toPlainString() + " 与" + what + " " + e.toPlainString()
                    + " 相差 " + diff.toPlainString() + "，在 " + terms + " 项四舍五入的尾差范围（±"
                    + envelope.toPlainString() + "）内", location, evidence);
            return;
        }
        String found = printed == null ? "空白" : p.toPlainString();
        String expectedText = expected == null ? "0（空白）" : e.toPlainString();
        out.report(severity, subject + "应等于" + what + " " + expectedText + "，实际为 " + found + "，相差 "
                + diff.toPlainString(), location, evidence);
    }

    /**
     * Checks {@code value} ≤ {@code bound}: a ≤ rule (e.g. 三公 of T6 within T10). Beyond the bound
     * by no more than the rounding envelope of {@code terms} figures → INFO.
     */
    public static void atMost(Findings out, Severity severity, Location location, String subject, BigDecimal value,
                       String what, BigDecimal bound, int terms, int scale, Map<String, String> extra) {
        if (value == null || value.signum() == 0) {
            return;
        }
        BigDecimal b = orZero(bound);
        if (value.compareTo(b) <= 0) {
            return;
        }
        BigDecimal excess = value.subtract(b);
        BigDecimal envelope = Tolerance.envelope(terms, scale);
        Map<String, String> evidence = Findings.evidence(
                Evidence.FOUND, value.toPlainString(),
                Evidence.BOUND, show(bound),
                Evidence.EXCESS, excess.toPlainString(),
                Evidence.TOLERANCE, envelope.toPlainString());
        evidence.putAll(extra);
        if (excess.compareTo(envelope) <= 0) {
            out.report(Severity.INFO, subject + " " + value.toPlainString() + " 比" + what + " " + b.toPlainString()
                    + " 多 " + excess.toPlainString() + "，在四舍五入的尾差范围（±" + envelope.toPlainString() + "）内",
                    location, evidence);
            return;
        }
        out.report(severity, subject + " " + value.toPlainString() + " 不应大于" + what + " "
                + (bound == null ? "0（空白）" : b.toPlainString()) + "，超出 " + excess.toPlainString(), location, evidence);
    }

    /** Terms from labels and values side by side. */
    static List<Term> terms(List<String> labels, List<BigDecimal> values) {
        List<Term> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            out.add(new Term(labels.get(i), values.get(i)));
        }
        return out;
    }
}
