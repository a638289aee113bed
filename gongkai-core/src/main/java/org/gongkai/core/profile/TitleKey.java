package org.gongkai.core.profile;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table title reduced to what identifies the table: no spaces, no leading number ("9．") or
 * table name before the year ("表一 2026年…", as Gongkai's own PDF prints a title), no
 * year ("2025年" or the template's "{year}年"), no kind word ("部门", "预算单位") where the template
 * has "{kind}", and every kind of quotation mark as '"'.
 */
final class TitleKey {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[.．、]");
    private static final Pattern LEADING_NAME = Pattern.compile("^表(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?=\\{year}|[0-9]{4}年)");
    private static final Pattern YEAR = Pattern.compile("^(?:\\{year}|[0-9]{4})年(?:度)?");

    private TitleKey() {
    }

    static String of(String title, List<String> kindWords) {
        if (title == null) {
            return "";
        }
        String t = hasSpace(title) ? SPACE.matcher(title).replaceAll("") : title;
        t = t.replace('“', '"').replace('”', '"').replace('＂', '"').replace('‘', '"').replace('’', '"');
        if (t.isEmpty()) {
            return t;
        }
        char first = t.charAt(0);
        if (first != '表' && first != '{' && !(first >= '0' && first <= '9') && "一二三四五六七八九十".indexOf(first) < 0) {
            return kindless(t, kindWords); // none of the patterns below can match: the common case of a line read
        }
        t = LEADING_NUMBER.matcher(t).replaceFirst("");
        t = LEADING_NAME.matcher(t).replaceFirst("");
        t = YEAR.matcher(t).replaceFirst("");
        return kindless(t, kindWords);
    }

    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                return true;
            }
        }
        return false;
    }

    private static String kindless(String t, List<String> kindWords) {
        if (t.startsWith("{kind}")) {
            return t.substring("{kind}".length());
        }
        for (String w : kindWords) {
            if (t.startsWith(w)) {
                return t.substring(w.length());
            }
        }
        return t;
    }
}
