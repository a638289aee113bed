package org.gongkai.core.check.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.SourceRef;
import org.gongkai.core.model.TextBlock;

/**
 * The narrative as a reviewer reads it: paragraphs with their section, a paragraph the reader split
 * inside a figure ("…增加" / "28.89%。…") joined again, and small helpers on printed figures.
 */
final class ReviewText {

    /** A paragraph as printed, with the section it belongs to and where it starts. */
    record Para(String section, String text, SourceRef source) {
    }

    /** The start of a paragraph that can only continue the one before: a figure with its unit, or punctuation. */
    private static final Pattern CONTINUATION = Pattern.compile("^(?:[\\d,]+(?:\\.\\d+)?(?:万元|元|%)|[，。；、：）)%]).*", Pattern.DOTALL);

    private ReviewText() {
    }

    static List<Para> paragraphs(CheckContext c) {
        return c.memo("review.paragraphs", ReviewText::read);
    }

    private static List<Para> read(CheckContext c) {
        List<Para> out = new ArrayList<>();
        Narrative n = c.disclosure().narrative();
        if (n == null) {
            return out;
        }
        for (NarrativeSection s : n.sections()) {
            String section = sectionLabel(s);
            Para open = null;
            for (TextBlock b : s.paragraphs()) {
                String t = b.text().strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (open != null && !endsClosed(open.text()) && CONTINUATION.matcher(t).matches()) {
                    open = new Para(section, open.text() + t, open.source());
                    out.set(out.size() - 1, open);
                    continue;
                }
                open = new Para(section, t, b.source());
                out.add(open);
            }
        }
        return List.copyOf(out);
    }

    static String sectionLabel(NarrativeSection s) {
        if (s.number() == null || s.number().isEmpty()) {
            return s.heading();
        }
        return s.number() + "、" + s.heading();
    }

    /** Whether a paragraph ends as a sentence or an item ends: 。；！？：… or a closing bracket or quote after one. */
    static boolean endsClosed(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        return "。；;！？!?：:…".indexOf(last) >= 0 || "）)”』」】".indexOf(last) >= 0;
    }

    /** A printed figure ("1,202.95") as a number. */
    static BigDecimal figure(String printed) {
        return new BigDecimal(printed.replace(",", ""));
    }

    /** A figure as a reviewer writes it back: plain, with the scale given. */
    static String plain(BigDecimal v, int scale) {
        return v.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /** The sentence of {@code text} around {@code index}: from after the last 。 before it to the next 。 (inclusive). */
    static String sentenceAt(String text, int index) {
        int start = index;
        while (start > 0 && "。！？".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = index;
        while (end < text.length() && "。！？".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(start, Math.min(text.length(), end + 1)).strip();
    }

    /** A name as compared: no whitespace, half-width brackets made full-width, 其它 read as 其他 only when asked. */
    static String name(String s) {
        return org.gongkai.core.model.Names.squeeze(s == null ? "" : s).replace('(', '（').replace(')', '）');
    }

    /** The similarity of two names: shared character pairs (Dice), 0 to 1. */
    static double similarity(String a, String b) {
        List<String> x = bigrams(a);
        List<String> y = new ArrayList<>(bigrams(b));
        if (x.isEmpty() || y.isEmpty()) {
            return a.equals(b) ? 1 : 0;
        }
        int total = x.size() + y.size();
        int shared = 0;
        for (String g : x) {
            if (y.remove(g)) {
                shared++;
            }
        }
        return 2.0 * shared / total;
    }

    private static List<String> bigrams(String s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
