package org.gongkai.core.render;

/**
 * How wide a text prints, in character cells: a CJK character (or a full-width form, or a circled
 * number like ①) takes two cells, anything else one. Spreadsheet column widths are measured in
 * the same cells.
 */
final class TextWidth {

    private TextWidth() {
    }

    /** The width of {@code text} in character cells; the widest line when it has several. */
    static int of(String text) {
        if (text == null) {
            return 0;
        }
        int widest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                widest = Math.max(widest, current);
                current = 0;
            } else {
                current += isWide(cp) ? 2 : 1;
            }
        }
        return Math.max(widest, current);
    }

    /**
     * How many lines {@code text} takes when wrapped into a column {@code cells} wide (at least
     * one). Wrapping is estimated character by character, which is how CJK text wraps.
     */
    static int lines(String text, double cells) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double room = Math.max(2, cells);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            int w = of(line);
            lines += Math.max(1, (int) Math.ceil(w / room));
        }
        return lines;
    }

    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2460 && cp <= 0x24FF)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
