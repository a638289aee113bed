package org.gongkai.core.ingest.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongkai.core.ingest.IngestException;
import org.gongkai.core.model.SourceRef.Box;

/**
 * Reads the text layer of a PDF into {@link PdfText}: per page, the glyphs grouped into lines by
 * baseline and into words by the gaps between them, each with its box in PDF points; running page
 * numbers at the top or bottom margin removed. Bad input is an {@link IngestException} in Chinese
 * — not a PDF, damaged or truncated, encrypted, without a text layer, too many pages or glyphs, or
 * too slow — never a PDFBox exception.
 */
public final class PdfTextReader {

    /** Pages a disclosure may have: the longest real ones have about a hundred. */
    public static final int MAX_PAGES = 2_000;
    /** Glyphs on one page: a dense A4 table page has a few thousand. */
    public static final int MAX_GLYPHS_PER_PAGE = 200_000;
    /** Wall time for reading one file. */
    public static final long MAX_MILLIS = 20_000;
    /** Fewer visible glyphs than this in the whole file: a scan. */
    private static final int MIN_GLYPHS = 20;

    /** "3", "- 3 -", "第3页", "3/65", "第 1 页 / 共 65 页", as a page's margin prints its number. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–－·\\s]*(?:第\\s*)?\\d{1,4}(?:\\s*页)?(?:\\s*[/／]\\s*(?:共\\s*)?\\d{1,4}(?:\\s*页)?)?[-—–－·\\s]*$");

    /** "草稿" alone in a page's margin, as Gongkai marks every page of a draft. */
    private static final Pattern DRAFT_MARK = Pattern.compile("^[\\s【\\[（(]*草稿[\\s】\\]）)]*$");

    /** "表四（续）" in a table's header repeated on the page it continues onto: a marker, not a cell. */
    private static final Pattern CONTINUED = Pattern.compile("^表[一二三四五六七八九十0-9]{1,4}[（(]续[）)]$");

    /** Reads {@code bytes}, the whole file named {@code name}. */
    public PdfText read(String name, byte[] bytes) {
        if (!isPdf(bytes)) {
            throw new IngestException(name, "不是PDF文件（文件开头没有“%PDF-”）");
        }
        long deadline = System.currentTimeMillis() + MAX_MILLIS;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int count = doc.getNumberOfPages();
            if (count < 1) {
                throw new IngestException(name, "PDF中没有页面");
            }
            if (count > MAX_PAGES) {
                throw new IngestException(name, "PDF页数过多（声称" + count + "页，上限为" + MAX_PAGES + "页）");
            }
            Collector collector = new Collector(name, deadline);
            collector.writeText(doc, Writer.nullWriter());
            List<PdfPage> pages = new ArrayList<>();
            int line = 0;
            int glyphs = 0;
            for (int i = 1; i <= count; i++) {
                // a page without content streams is never started by the stripper: a blank page
                Collected c = collector.pages.get(i);
                if (c == null) {
                    c = Collected.blank(doc.getPage(i - 1));
                }
                RulingCollector graphics = new RulingCollector(doc.getPage(i - 1));
                List<Ruling> rulings = graphics.collect();
                if (graphics.clipsAnyText()) {
                    c = c.withoutClipped(graphics);
                }
                glyphs += c.glyphs.size();
                List<PdfLine> lines = new ArrayList<>();
                for (List<PdfWord> words : lines(c)) {
                    lines.add(new PdfLine(++line, i, words));
                }
                List<PdfLine> offPage = new ArrayList<>();
                for (List<PdfWord> words : lines(c, c.offPage)) {
                    offPage.add(new PdfLine(++line, i, words));
                }
                pages.add(new PdfPage(i, c.width, c.height, c.rotation, lines, rulings, offPage, graphics.drawsSomething()));
            }
            if (glyphs < MIN_GLYPHS) {
                throw new IngestException(name, "PDF无文本层，可能是扫描件；请提供带文字的PDF");
            }
            return new PdfText(name, pages);
        } catch (InvalidPasswordException e) {
            throw new IngestException(name, "PDF已加密（需要密码），无法读取");
        } catch (IngestException | java.util.concurrent.CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new IngestException(name, "PDF已损坏或不完整，无法读取（" + reason(e) + "）");
        } catch (OutOfMemoryError e) {
            throw new IngestException(name, "PDF内容过大，超出可用内存，无法读取");
        }
    }

    /** Whether the bytes start (after at most 1 KiB of junk, as readers allow) with "%PDF-". */
    public static boolean isPdf(byte[] bytes) {
        int limit = Math.min(bytes.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "对象嵌套过深";
        }
        String m = e.getMessage();
        String detail = m == null || m.isBlank() ? e.getClass().getSimpleName() : m.length() > 120 ? m.substring(0, 120) + "…" : m;
        return "详情：" + detail;
    }

    // ---- glyphs → lines → words --------------------------------------------------------------

    /** A glyph as the reader keeps it: top-left based coordinates as PDFBox adjusts them. */
    private record Glyph(String text, float x, float baseline, float width, float height) {
        float end() {
            return x + width;
        }
    }

    private record Collected(float width, float height, int rotation, List<Glyph> glyphs, List<Glyph> offPage) {

        /** A page's visible size as a reader sees it (turned by its /Rotate), with the glyphs read. */
        static Collected of(PDPage page, List<Glyph> glyphs, List<Glyph> offPage) {
            float[] size = visibleSize(page);
            return new Collected(size[0], size[1], PdfTextReader.rotation(page), glyphs, offPage);
        }

        static Collected blank(PDPage page) {
            return of(page, List.of(), List.of());
        }

        /** The glyphs the page's clip hides moved to those no reader sees. */
        Collected withoutClipped(RulingCollector graphics) {
            List<Glyph> shown = new ArrayList<>();
            List<Glyph> hidden = new ArrayList<>(offPage);
            for (Glyph g : glyphs) {
                (graphics.clipped(g.x, height - g.baseline) ? hidden : shown).add(g);
            }
            return new Collected(width, height, rotation, shown, hidden);
        }
    }

    private static int rotation(PDPage page) {
        return ((page.getRotation() % 360) + 360) % 360;
    }

    /** The page's visible width and height, turned by its /Rotate. */
    private static float[] visibleSize(PDPage page) {
        PDRectangle box = page.getCropBox();
        boolean sideways = rotation(page) == 90 || rotation(page) == 270;
        return new float[] {sideways ? box.getHeight() : box.getWidth(), sideways ? box.getWidth() : box.getHeight()};
    }

    /** Glyphs by baseline, then left to right (compared as floats: no boxing, no widening per comparison). */
    private static final Comparator<Glyph> BY_BASELINE_THEN_X = (a, b) -> {
        int c = Float.compare(a.baseline, b.baseline);
        return c != 0 ? c : Float.compare(a.x, b.x);
    };
    private static final Comparator<Glyph> BY_X = (a, b) -> Float.compare(a.x, b.x);

    /** The words of a page by line, top to bottom; running page numbers and draft marks in the margins left out. */
    private static List<List<PdfWord>> lines(Collected page) {
        return lines(page, page.glyphs);
    }

    private static List<List<PdfWord>> lines(Collected page, List<Glyph> of) {
        List<Glyph> glyphs = new ArrayList<>(of);
        glyphs.sort(BY_BASELINE_THEN_X);
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = new ArrayList<>();
        float base = Float.NaN;
        float tolerance = 0;
        for (Glyph g : glyphs) {
            if (!row.isEmpty() && Math.abs(g.baseline - base) > tolerance) {
                rows.add(row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                base = g.baseline;
                tolerance = Math.max(1.5f, 0.4f * g.height);
            }
            row.add(g);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        List<List<PdfWord>> out = new ArrayList<>();
        for (List<Glyph> r : rows) {
            r.sort(BY_X);
            List<PdfWord> words = words(r, page.height);
            words.removeIf(w -> CONTINUED.matcher(w.text()).matches());
            if (words.isEmpty() || isRunningPageNumber(words, page.height)) {
                continue;
            }
            out.add(words);
        }
        return out;
    }

    private static List<PdfWord> words(List<Glyph> row, float pageHeight) {
        List<PdfWord> out = new ArrayList<>();
        List<Glyph> word = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : row) {
            boolean blank = g.text.isBlank();
            if (blank || previous != null && g.x - previous.end() > gap(previous, g)) {
                flush(word, pageHeight, out);
            }
            if (!blank) {
                word.add(g);
            }
            previous = g;
        }
        flush(word, pageHeight, out);
        return out;
    }

    /** The gap that separates two words: about half the narrower glyph. */
    private static float gap(Glyph a, Glyph b) {
        return Math.max(1.0f, 0.45f * Math.min(a.width, b.width));
    }

    private static void flush(List<Glyph> word, float pageHeight, List<PdfWord> out) {
        if (word.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float baseline = -Float.MAX_VALUE;
        for (Glyph g : word) {
            text.append(g.text);
            x0 = Math.min(x0, g.x);
            x1 = Math.max(x1, g.end());
            top = Math.min(top, g.baseline - g.height);
            baseline = Math.max(baseline, g.baseline);
        }
        word.clear();
        // PDF coordinates: origin lower left; the box runs from the baseline up to the glyphs' top
        out.add(new PdfWord(text.toString(), new Box(x0, pageHeight - baseline, Math.max(0, x1 - x0), Math.max(0, baseline - top))));
    }

    private static boolean isRunningPageNumber(List<PdfWord> words, float pageHeight) {
        String text = String.join("", words.stream().map(PdfWord::text).toList());
        if (!PAGE_NUMBER.matcher(text).matches() && !DRAFT_MARK.matcher(text).matches()) {
            return false;
        }
        float y = words.get(0).box().y();
        return y < 0.12f * pageHeight || y > 0.92f * pageHeight;
    }

    /** Collects each page's glyphs as PDFBox positions them, without its own text output. */
    private static final class Collector extends PDFTextStripper {

        private final String name;
        private final long deadline;
        /** By 1-based page number. */
        private final java.util.Map<Integer, Collected> pages = new java.util.HashMap<>();
        private List<Glyph> current;
        private List<Glyph> outside;
        private final ClipRegion clip = new ClipRegion();
        private float width;
        private float height;

        Collector(String name, long deadline) {
            this.name = name;
            this.deadline = deadline;
        }

        @Override
        protected void startPage(PDPage page) {
            if (System.currentTimeMillis() > deadline) {
                throw new IngestException(name, "读取PDF超时（超过" + MAX_MILLIS / 1000 + "秒，在第" + getCurrentPageNo() + "页）");
            }
            if (Thread.currentThread().isInterrupted()) {
                // a batch gave up on this file (its time limit): stop reading rather than run on unseen
                throw new java.util.concurrent.CancellationException("读取已取消（第" + getCurrentPageNo() + "页）");
            }
            current = new ArrayList<>();
            outside = new ArrayList<>();
            float[] size = visibleSize(page);
            width = size[0];
            height = size[1];
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            if (current.size() >= MAX_GLYPHS_PER_PAGE) {
                throw new IngestException(name, "第" + getCurrentPageNo() + "页的文字过多（超过" + MAX_GLYPHS_PER_PAGE + "个字符）");
            }
            String text = t.getUnicode();
            if (text == null || text.isEmpty()) {
                return;
            }
            Glyph g = new Glyph(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getHeightDir());
            // text drawn twice at the same place (fake bold) counts once
            for (int i = current.size() - 1; i >= 0 && i >= current.size() - 8; i--) {
                Glyph o = current.get(i);
                if (o.text.equals(text) && Math.abs(o.x - g.x) < 0.6f && Math.abs(o.baseline - g.baseline) < 0.6f) {
                    return;
                }
            }
            // drawn outside the visible page or outside the clip (a sheet's print area): in the text
            // layer, but no reader sees it
            if (g.end() <= 0 || g.x >= width || g.baseline <= 0 || g.baseline - g.height >= height || clipped(t)) {
                if (outside.size() < MAX_GLYPHS_PER_PAGE) {
                    outside.add(g);
                }
                return;
            }
            current.add(g);
        }

        /** Whether the glyph's middle lies outside the current clipping path (by its bounds). */
        private boolean clipped(TextPosition t) {
            java.awt.geom.Rectangle2D lastBounds = clip.bounds(getGraphicsState());
            org.apache.pdfbox.util.Matrix m = t.getTextMatrix();
            double x = m.getTranslateX() + m.getScalingFactorX() * 0.01 + t.getWidth() / 2.0 * Math.signum(m.getScaleX() == 0 ? 1 : m.getScaleX());
            double y = m.getTranslateY() + Math.abs(m.getScalingFactorY()) * 0.3;
            return !lastBounds.contains(x, y) && !lastBounds.contains(m.getTranslateX() + 0.5, m.getTranslateY() + 0.5);
        }

        @Override
        protected void endPage(PDPage page) {
            pages.put(getCurrentPageNo(), Collected.of(page, current, outside));
        }
    }
}
