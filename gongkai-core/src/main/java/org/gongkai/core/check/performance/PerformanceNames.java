package org.gongkai.core.check.performance;

import java.util.HashMap;
import java.util.Map;

/**
 * Compares project names as printed in the project tables (T12/T13) and on the performance forms.
 * Two names are the SAME (equal once whitespace is removed), differ only in WIDTH (full-width vs
 * half-width brackets and punctuation, "（）" vs "()"), are NEAR (a character or two apart, or one
 * contains the other), or are different projects (NONE).
 */
public final class PerformanceNames {

    /** How two names relate. */
    enum Kind { SAME, WIDTH, NEAR, NONE }

    /**
     * The outcome of a comparison.
     *
     * @param kind     how the names relate
     * @param distance edit distance of the width-folded names (0 for SAME and WIDTH)
     * @param longer   length of the longer folded name, to rank near pairs
     */
    record Similarity(Kind kind, int distance, int longer) {

        /** Smaller is closer: the share of characters that differ. */
        double ratio() {
            return longer == 0 ? 0 : (double) distance / longer;
        }
    }

    private PerformanceNames() {
    }

    /** Without any whitespace (the text breaks long names over lines). */
    static String squeeze(String name) {
        return org.gongkai.core.model.Names.squeeze(name);
    }

    /** Squeezed, with full-width ASCII forms folded to half-width ("（" → "(", "Ａ" → "A"). */
    static String fold(String name) {
        String s = squeeze(name);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append((char) foldChar(s.charAt(i)));
        }
        return b.toString();
    }

    private static int foldChar(int c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return c - 0xFEE0;
        }
        return switch (c) {
            case '【', '〔' -> '[';
            case '】', '〕' -> ']';
            case '、' -> ',';
            case '—', '－' -> '-';
            default -> c;
        };
    }

    /** Levenshtein distance over code points. */
    static int editDistance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }

    /** Character overlap (Dice coefficient over the multisets of characters), 0…1. */
    static double overlap(String a, String b) {
        Map<Integer, Integer> counts = new HashMap<>();
        a.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        int common = 0;
        for (int c : b.codePoints().toArray()) {
            Integer n = counts.get(c);
            if (n != null && n > 0) {
                common++;
                counts.put(c, n - 1);
            }
        }
        int total = a.codePointCount(0, a.length()) + b.codePointCount(0, b.length());
        return total == 0 ? 1 : 2.0 * common / total;
    }

    /**
     * How two names relate. NEAR needs: one name containing the other (the shorter at least four
     * characters and half the longer); or an edit distance of 1 (names of three characters or
     * more), 2 (six or more), 3 (fifteen or more); or the same characters in another order
     * (overlap ≥ 0.9, lengths within two, six characters or more).
     */
    static Similarity compare(String a, String b) {
        String sa = squeeze(a);
        String sb = squeeze(b);
        String fa = fold(a);
        String fb = fold(b);
        int la = fa.codePointCount(0, fa.length());
        int lb = fb.codePointCount(0, fb.length());
        int longer = Math.max(la, lb);
        if (sa.equals(sb)) {
            return new Similarity(Kind.SAME, 0, longer);
        }
        if (fa.equals(fb)) {
            return new Similarity(Kind.WIDTH, 0, longer);
        }
        int shorter = Math.min(la, lb);
        int distance = editDistance(fa, fb);
        boolean near;
        if (shorter >= 4 && 2 * shorter >= longer && (fa.contains(fb) || fb.contains(fa))) {
            near = true;
        } else if (distance <= 1) {
            near = shorter >= 3;
        } else if (distance == 2) {
            near = shorter >= 6;
        } else if (distance == 3) {
            near = shorter >= 15;
        } else {
            near = false;
        }
        if (!near && shorter >= 6 && longer - shorter <= 2 && overlap(fa, fb) >= 0.9) {
            near = true;
        }
        return new Similarity(near ? Kind.NEAR : Kind.NONE, distance, longer);
    }
}
