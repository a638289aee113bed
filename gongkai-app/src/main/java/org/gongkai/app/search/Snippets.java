package org.gongkai.app.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * A result's snippet: of each passage (a line of the section: a paragraph or a table row) the
 * window around its first match, HTML-escaped, every match in {@code <mark>}, cut ends marked "…".
 */
final class Snippets extends PassageFormatter {

    static final int BEFORE = 36;
    static final int WIDTH = 150;

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder sb = new StringBuilder();
        for (Passage p : passages) {
            int start = p.getStartOffset();
            int end = Math.min(p.getEndOffset(), content.length());
            int from = start;
            if (p.getNumMatches() > 0) {
                from = Math.max(start, p.getMatchStarts()[0] - BEFORE);
            }
            int to = Math.min(end, from + WIDTH);
            from = boundary(content, from);
            to = boundary(content, to);
            if (sb.length() > 0) {
                sb.append(" … ");
            }
            if (from > start) {
                sb.append('…');
            }
            int at = from;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int ms = Math.max(p.getMatchStarts()[i], at);
                int me = Math.min(p.getMatchEnds()[i], to);
                if (ms >= me || ms >= to) {
                    continue;
                }
                escape(sb, content, at, ms);
                sb.append("<mark>");
                escape(sb, content, ms, me);
                sb.append("</mark>");
                at = me;
            }
            escape(sb, content, at, to);
            if (to < end) {
                sb.append('…');
            }
        }
        return sb.toString();
    }

    /** Not inside a surrogate pair. */
    private static int boundary(String s, int i) {
        return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) ? i - 1 : i;
    }

    static void escape(StringBuilder sb, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\n' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
    }
}
