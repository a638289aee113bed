package org.gongkai.core.ingest;

import java.util.ArrayList;
import java.util.List;

/** Small helpers for text pulled out of a PDF. */
final class Text {

    private Text() {
    }

    /**
     * Removes the spaces a PDF puts where it wrapped a cell ("道路建设 导则" → "道路建设导则"): a run
     * of spaces between two characters of which at least one is CJK (or full-width punctuation).
     * Spaces between two Latin words are kept.
     */
    static String unwrap(String s) {
        String t = s.strip();
        if (t.indexOf(' ') < 0 && t.indexOf('\u3000') < 0) {
            return t;
        }
        StringBuilder sb = new StringBuilder(t.length());
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\u3000') {
                int j = i;
                while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '\u3000')) {
                    j++;
                }
                char before = sb.isEmpty() ? ' ' : sb.charAt(sb.length() - 1);
                char after = j < t.length() ? t.charAt(j) : ' ';
                if (!(isWide(before) || isWide(after))) {
                    sb.append(' ');
                }
                i = j;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    static boolean isWide(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION;
    }

    /** Splits a line on tabs, trimming and unwrapping each cell. */
    static List<String> cells(String line) {
        String[] parts = line.split("\t", -1);
        List<String> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            out.add(unwrap(p));
        }
        return out;
    }

    /** The line with all whitespace removed, for comparing headings and titles. */
    static String squeeze(String s) {
        return org.gongkai.core.model.Names.squeeze(s);
    }
}
