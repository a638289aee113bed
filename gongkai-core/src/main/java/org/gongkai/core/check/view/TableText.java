package org.gongkai.core.check.view;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.model.ChineseNumerals;

/** Text helpers for the table rules: comparing names as printed, reading "十二、城乡社区支出". */
public final class TableText {

    private static final Pattern ORDINAL = Pattern.compile("^([一二三四五六七八九十]+)[、．.]\\s*(.*)$");

    private TableText() {
    }

    /** The text without any whitespace (a PDF wraps cells with spaces); "" for null. */
    public static String squeeze(String s) {
        if (s == null) {
            return "";
        }
        return org.gongkai.core.model.Names.squeeze(s);
    }

    /**
     * A name as compared with another: no whitespace, half-width brackets and quotes made
     * full-width ("维修(护)费" = "维修（护）费").
     */
    static String name(String s) {
        return squeeze(s).replace('(', '（').replace(')', '）').replace('"', '“');
    }

    /** Whether two printed names are the same name. */
    public static boolean sameName(String a, String b) {
        return name(a).equals(name(b));
    }

    /** The ordinal of "十二、城乡社区支出" (12), or -1 when the text does not start with one. */
    static int ordinal(String label) {
        Matcher m = ORDINAL.matcher(squeeze(label));
        return m.matches() ? ChineseNumerals.parse(m.group(1)) : -1;
    }

    /** "城乡社区支出" for "十二、城乡社区支出"; the text itself (squeezed) when it has no ordinal. */
    static String withoutOrdinal(String label) {
        Matcher m = ORDINAL.matcher(squeeze(label));
        return m.matches() && ChineseNumerals.parse(m.group(1)) > 0 ? m.group(2) : squeeze(label);
    }

    /** Whether a label is a total: "合计", "总计", "部门合计", "本年收入合计"… */
    public static boolean isTotal(String label) {
        String s = squeeze(label);
        return s.endsWith("合计") || s.endsWith("总计");
    }
}
