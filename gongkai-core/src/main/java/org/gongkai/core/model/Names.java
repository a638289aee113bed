package org.gongkai.core.model;

/** Comparing names as printed: PDFs break long names over lines and pad them with spaces. */
public final class Names {

    private Names() {
    }

    /** The text without any whitespace (ASCII, full-width U+3000, no-break U+00A0…); null → "". */
    public static String squeeze(String s) {
        if (s == null) {
            return "";
        }
        int n = s.length();
        int i = 0;
        while (i < n && !isSpace(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Unicode white space (Character.isWhitespace or isSpaceChar), tested without a table lookup. */
    private static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
        }
        if (c < '\u0085') {
            return false;
        }
        return c == '\u0085' || c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028'
                || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

    /** Whether the text is one or more ASCII digits. */
    public static boolean isDigits(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is a 支出功能分类 code as printed: 3 (类), 5 (款) or 7 (项) digits. */
    public static boolean isFunctionCode(String s) {
        return isDigits(s) && (s.length() == 3 || s.length() == 5 || s.length() == 7);
    }
}
