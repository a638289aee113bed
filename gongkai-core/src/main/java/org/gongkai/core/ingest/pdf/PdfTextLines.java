package org.gongkai.core.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.gongkai.core.model.SourceRef;
import org.gongkai.core.model.SourceRef.Box;

/**
 * A PDF's pages rebuilt as the lines of an extracted text, the form the text reader reads
 * ({@link org.gongkai.core.profile.PdfReading#TEXT}): each row of a ruled table is one line, its
 * cells separated by tabs, a merged cell's text in its first row and column ({@link PdfLattice});
 * outside tables, a paragraph wrapped over lines (and pages) is one line, and words a wide gap
 * apart (a 目录 entry and its page, 部门名称 and 单位) are separated by a tab. Every rebuilt line
 * keeps where it was read: the first line of the PDF's text it came from, its page and its box.
 */
final class PdfTextLines {

    /** A paragraph line indented further than this past the text's left edge starts a paragraph. */
    private static final float INDENT = 12f;
    /** A line ending this many points before the text's right edge ends its paragraph. */
    private static final float SHORT_LINE = 24f;
    private static final Pattern ITEM = Pattern.compile(
            "^(?:\\d{1,2}\\s*[.．、](?!\\d)|[（(][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]+部分|[①-⑳]|注[：:])");

    /** The rebuilt text: line i + 1 is {@code lines.get(i)}, read at {@code sources.get(i)}. */
    record Rebuilt(List<String> lines, List<SourceRef> sources) {

        /** Where line {@code line} (1-based) was read; {@link SourceRef#NONE} outside the text. */
        SourceRef source(int line) {
            return line >= 1 && line <= sources.size() ? sources.get(line - 1) : SourceRef.NONE;
        }
    }

    /** A line of text outside any table: its words, tab-separated where a wide gap parts them. */
    private record Loose(String text, PdfLine line, Box box, boolean tabbed) {
    }

    private final List<String> lines = new ArrayList<>();
    private final List<SourceRef> sources = new ArrayList<>();
    private final List<Loose> run = new ArrayList<>();

    private PdfTextLines() {
    }

    static Rebuilt of(PdfText text) {
        PdfTextLines out = new PdfTextLines();
        for (PdfPage page : text.pages()) {
            out.page(page);
        }
        out.flush();
        return new Rebuilt(List.copyOf(out.lines), List.copyOf(out.sources));
    }

    private void page(PdfPage page) {
        List<PdfLattice> tables = PdfLattice.of(page);
        // the words of each table, by row and cell; the lines outside every table as they are
        List<Map<Integer, List<PdfGrid.PlacedWord>>> cells = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            cells.add(new TreeMap<>());
        }
        List<Object> items = new ArrayList<>();
        boolean[] placed = new boolean[tables.size()];
        for (PdfLine l : page.lines()) {
            List<PdfWord> outside = new ArrayList<>();
            for (PdfWord w : l.words()) {
                PdfGrid.PlacedWord p = new PdfGrid.PlacedWord(w, l);
                int t = tableOf(tables, p.cx(), p.cy());
                if (t < 0) {
                    outside.add(w);
                } else {
                    cells.get(t).computeIfAbsent(tables.get(t).cellAt(p.cx(), p.cy()), k -> new ArrayList<>()).add(p);
                    if (!placed[t]) {
                        placed[t] = true;
                        items.add(t);
                    }
                }
            }
            if (!outside.isEmpty()) {
                items.add(new PdfLine(l.line(), l.page(), outside));
            }
        }
        for (Object item : items) {
            if (item instanceof Integer t) {
                flush();
                table(page, tables.get(t), cells.get(t));
            } else {
                run.add(loose((PdfLine) item));
            }
        }
    }

    private static int tableOf(List<PdfLattice> tables, float x, float y) {
        for (int t = 0; t < tables.size(); t++) {
            if (tables.get(t).holds(x, y)) {
                return t;
            }
        }
        return -1;
    }

    /** One line per row of slots that holds any text; a merged cell's text in its first slot. */
    private void table(PdfPage page, PdfLattice table, Map<Integer, List<PdfGrid.PlacedWord>> cells) {
        int columns = table.columns();
        for (int r = 0; r < table.rows(); r++) {
            List<String> row = new ArrayList<>(columns);
            int first = Integer.MAX_VALUE;
            boolean any = false;
            for (int c = 0; c < columns; c++) {
                List<PdfGrid.PlacedWord> words = cells.get(r * columns + c);
                if (words == null) {
                    row.add("");
                    continue;
                }
                row.add(join(words).replace('\t', ' '));
                any = true;
                for (PdfGrid.PlacedWord w : words) {
                    first = Math.min(first, w.line().line());
                }
            }
            if (any) {
                add(String.join("\t", row), SourceRef.onPage(first, page.number(), table.rowBox(r)));
            }
        }
    }

    /**
     * A cell's words in reading order: a space between words of one line; where the cell's text
     * wraps, nothing after or before a Chinese character (text wraps between any two of them) and a
     * space between two other characters (such text wraps where it has a space: "≤900000m ²").
     */
    private static String join(List<PdfGrid.PlacedWord> words) {
        List<PdfGrid.PlacedWord> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> a.line().line() != b.line().line() ? Integer.compare(a.line().line(), b.line().line())
                : Float.compare(a.word().box().x(), b.word().box().x()));
        StringBuilder sb = new StringBuilder();
        PdfLine line = null;
        for (PdfGrid.PlacedWord w : sorted) {
            String t = Overprint.undo(w.word());
            if (!sb.isEmpty() && !t.isEmpty()) {
                char last = sb.charAt(sb.length() - 1);
                if (w.line() == line || !isWide(last) && !isWide(t.charAt(0))) {
                    sb.append(' ');
                }
            }
            sb.append(t);
            line = w.line();
        }
        return sb.toString().strip();
    }

    private static Loose loose(PdfLine l) {
        StringBuilder sb = new StringBuilder();
        boolean tabbed = false;
        PdfWord previous = null;
        for (PdfWord w : l.words()) {
            if (previous != null) {
                float gap = w.box().x() - (previous.box().x() + previous.box().width());
                boolean wide = gap > Math.max(12f, 2 * Math.max(w.box().height(), previous.box().height()));
                sb.append(wide ? '\t' : ' ');
                tabbed |= wide;
            }
            sb.append(Overprint.undo(w));
            previous = w;
        }
        return new Loose(sb.toString(), l, l.box(), tabbed);
    }

    /**
     * The lines outside tables since the last table, as paragraphs: a line starts a paragraph when
     * it is indented past the run's left edge, opens with an item number or a heading word, follows
     * a line that stopped short of the right edge, or holds a tab (a 目录 entry, 部门名称 and 单位);
     * else it continues the one before, across a page break too.
     */
    private void flush() {
        if (run.isEmpty()) {
            return;
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (Loose l : run) {
            left = Math.min(left, l.box.x());
            right = Math.max(right, l.box.x() + l.box.width());
        }
        StringBuilder text = null;
        Loose first = null;
        Box box = null;
        boolean ended = true;
        for (Loose l : run) {
            String t = l.text.strip();
            if (t.isEmpty()) {
                continue;
            }
            boolean starts = ended || l.tabbed || l.box.x() > left + INDENT || ITEM.matcher(t).find();
            ended = l.tabbed || l.box.x() + l.box.width() < right - SHORT_LINE;
            if (starts) {
                if (text != null) {
                    add(text.toString(), SourceRef.onPage(first.line.line(), first.line.page(), box));
                }
                text = new StringBuilder(t);
                first = l;
                box = l.box;
            } else {
                char last = text.charAt(text.length() - 1);
                if (isLatin(last) && isLatin(t.charAt(0)) && !Character.isDigit(last)) {
                    text.append(' ');
                }
                text.append(t);
                if (l.line.page() == first.line.page()) {
                    box = box.union(l.box);
                }
            }
        }
        if (text != null) {
            add(text.toString(), SourceRef.onPage(first.line.line(), first.line.page(), box));
        }
        run.clear();
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    private void add(String line, SourceRef source) {
        lines.add(line);
        sources.add(source);
    }

    /**
     * Text printed twice over itself (a header a renderer paints twice, a bold made by overprinting)
     * comes out of the text layer with every character doubled, "部部门门名名称称", in the width of
     * the single text. Such a word is read once.
     */
    static final class Overprint {

        private Overprint() {
        }

        static String undo(PdfWord w) {
            String t = w.text();
            int n = t.length();
            if (n < 4 || n % 2 != 0) {
                return t;
            }
            boolean wide = false;
            for (int i = 0; i < n; i += 2) {
                char c = t.charAt(i);
                if (c != t.charAt(i + 1)) {
                    return t;
                }
                wide |= org.gongkai.core.ingest.pdf.PdfTextLines.isWide(c);
            }
            // a Chinese character is about as wide as it is high: doubled, each takes half that
            float perChar = w.box().width() / n;
            return wide && perChar < 0.9f * w.box().height() ? everyOther(t) : t;
        }

        private static String everyOther(String t) {
            StringBuilder sb = new StringBuilder(t.length() / 2);
            for (int i = 0; i < t.length(); i += 2) {
                sb.append(t.charAt(i));
            }
            return sb.toString();
        }
    }

    static boolean isWide(char c) {
        return c >= 0x2E80;
    }
}
