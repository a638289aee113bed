package org.gongkai.core.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.model.SourceRef;
import org.gongkai.core.model.SourceRef.Box;

/**
 * The checked PDF (核对标注): a copy of the published PDF with one annotation per finding that has a
 * page — a highlight over its box, or a note icon in the page's right margin when it has no box —
 * whose contents hold the severity, rule id and message, and summary pages (核对摘要) in front
 * listing every finding with its page. Existing pages keep their content streams untouched: only
 * annotations and pages are added.
 *
 * <p>A finding's box ({@link SourceRef.Box}) is in the visible page's coordinates — points from the
 * lower left corner of the crop box, after the page's /Rotate — as the PDF reader measured it; the
 * annotation rectangle is that box turned back into the page's user space.
 */
public final class CheckedPdf {

    private static final String FONT = "/org/gongkai/core/render/fonts/NotoSansSC-Regular.ttf";
    private static final String BOLD = "/org/gongkai/core/render/fonts/NotoSansSC-Bold.ttf";
    /** Printed in place of a character the embedded font cannot draw. */
    private static final int REPLACEMENT = '?';

    private static final float MARGIN = 40;
    private static final float SIZE = 8.5f;
    private static final float LEADING = 12;
    private static final float[] COLUMNS = {40, 150, 42}; // 级别, 规则, 原页; the message takes the rest
    private static final float PAD = 3;

    private CheckedPdf() {
    }

    /**
     * The checked copy of {@code pdf}.
     *
     * @param name   the input's file name, as the summary prints it
     * @param pdf    the published PDF as read
     * @param report the findings of that PDF (pages counted from 1 as a viewer counts them)
     * @throws IllegalArgumentException when the bytes are not a PDF PDFBox can open
     */
    public static byte[] write(String name, byte[] pdf, CheckReport report) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            List<PDPage> original = new ArrayList<>(pages);
            doc.getPages().forEach(original::add);
            Map<Integer, Integer> notesOnPage = new HashMap<>();
            for (Finding f : report.findings()) {
                Integer page = page(f, pages);
                if (page != null) {
                    annotate(doc, original.get(page - 1), f, notesOnPage.merge(page, 1, Integer::sum) - 1);
                }
            }
            new Summary(doc, name, report, pages).insert();
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalArgumentException("PDF无法打开或写出（" + e.getMessage() + "）", e);
        }
    }

    /** The finding's physical page when it lies in the document, else null (the summary lists it). */
    static Integer page(Finding f, int pages) {
        Integer page = f.location().source().page();
        return page != null && page >= 1 && page <= pages ? page : null;
    }

    /** "[错误] arith.total：message" — what a viewer shows in the annotation's note. */
    static String contents(Finding f) {
        String where = f.location().describe();
        return "[" + f.severity().label() + "] " + f.rule() + "：" + f.message() + (where.isEmpty() ? "" : "\n位置：" + where);
    }

    private static void annotate(PDDocument doc, PDPage page, Finding f, int index) throws IOException {
        Box box = f.location().source().box();
        PDAnnotation a;
        if (box != null) {
            PDRectangle r = toUserSpace(page, box);
            PDAnnotationHighlight h = new PDAnnotationHighlight();
            h.setRectangle(r);
            h.setQuadPoints(quad(page, r));
            a = h;
        } else {
            PDAnnotationText t = new PDAnnotationText();
            t.setName(PDAnnotationText.NAME_COMMENT);
            t.setRectangle(marginNote(page, index));
            a = t;
        }
        a.setColor(new PDColor(rgb(f.severity()), PDDeviceRGB.INSTANCE));
        a.setContents(contents(f));
        a.setAnnotationName("gongkai-" + f.rule() + "-" + index);
        if (a instanceof PDAnnotationHighlight h) {
            h.setConstantOpacity(0.4f); // the printed text stays legible under the colour
            h.setTitlePopup("Gongkai " + f.severity().label());
            h.setSubject(f.rule());
        } else if (a instanceof PDAnnotationText t) {
            t.setTitlePopup("Gongkai " + f.severity().label());
            t.setSubject(f.rule());
        }
        a.setPrinted(true);
        a.constructAppearances(doc);
        page.getAnnotations().add(a);
        // the /Annots array is new or extended; the page's /Contents stay as they were
    }

    static float[] rgb(Severity s) {
        return switch (s) {
            case ERROR -> new float[] {0.95f, 0.15f, 0.15f};
            case WARNING -> new float[] {1f, 0.65f, 0f};
            case INFO -> new float[] {0.3f, 0.55f, 1f};
        };
    }

    /**
     * A box of the visible page (points from the crop box's lower left corner, after /Rotate) as a
     * rectangle in the page's user space, grown by one point so that the highlight covers the glyphs.
     */
    static PDRectangle toUserSpace(PDPage page, Box b) {
        PDRectangle crop = page.getCropBox();
        float w = crop.getWidth();
        float h = crop.getHeight();
        float x0 = b.x() - 1;
        float y0 = b.y() - 1;
        float x1 = b.x() + b.width() + 1;
        float y1 = b.y() + b.height() + 1;
        float[] p = switch (rotation(page)) {
            case 90 -> new float[] {w - y1, x0, w - y0, x1};
            case 180 -> new float[] {w - x1, h - y1, w - x0, h - y0};
            case 270 -> new float[] {y0, h - x1, y1, h - x0};
            default -> new float[] {x0, y0, x1, y1};
        };
        float llx = crop.getLowerLeftX();
        float lly = crop.getLowerLeftY();
        return new PDRectangle(llx + p[0], lly + p[1], p[2] - p[0], p[3] - p[1]);
    }

    static int rotation(PDPage page) {
        return ((page.getRotation() % 360) + 360) % 360;
    }

    /** The quadrilateral of a highlight: the rectangle's corners, top edge first, as PDF orders them. */
    private static float[] quad(PDPage page, PDRectangle r) {
        float l = r.getLowerLeftX();
        float b = r.getLowerLeftY();
        float rt = r.getUpperRightX();
        float t = r.getUpperRightY();
        return switch (rotation(page)) {
            // the text's "top" edge, as the reader sees it, lies on another side of the rectangle
            case 90 -> new float[] {l, t, l, b, rt, t, rt, b};
            case 180 -> new float[] {rt, b, l, b, rt, t, l, t};
            case 270 -> new float[] {rt, b, rt, t, l, b, l, t};
            default -> new float[] {l, t, rt, t, l, b, rt, b};
        };
    }

    /** A note icon's place: in the right margin of the visible page, one below another from the top. */
    static PDRectangle marginNote(PDPage page, int index) {
        float size = 18;
        PDRectangle crop = page.getCropBox();
        boolean sideways = rotation(page) == 90 || rotation(page) == 270;
        float visibleW = sideways ? crop.getHeight() : crop.getWidth();
        float visibleH = sideways ? crop.getWidth() : crop.getHeight();
        float x = visibleW - size - 6;
        float y = visibleH - 30 - (index % Math.max(1, (int) ((visibleH - 60) / (size + 4)))) * (size + 4) - size;
        return toUserSpace(page, new Box(x + 1, y + 1, size - 2, size - 2));
    }

    /** The summary pages (核对摘要), A4 portrait, inserted before the first page of the document. */
    private static final class Summary {
        private final PDDocument doc;
        private final String name;
        private final CheckReport report;
        private final int pages;
        private final PDType0Font font;
        private final PDType0Font bold;
        private final TrueTypeFont ttf;
        private final List<PDPage> added = new ArrayList<>();
        private PDPageContentStream cs;
        private float y;

        Summary(PDDocument doc, String name, CheckReport report, int pages) throws IOException {
            this.doc = doc;
            this.name = name;
            this.report = report;
            this.pages = pages;
            this.ttf = parse(FONT);
            this.font = PDType0Font.load(doc, ttf, true);
            this.bold = PDType0Font.load(doc, parse(BOLD), true);
        }

        void insert() throws IOException {
            newPage();
            text(bold, 16, MARGIN, "预算公开核对摘要");
            y -= 24;
            line("文件：" + name);
            line("部门：" + nz(report.document().department()) + "　年度：" + report.document().fiscalYear()
                    + "　模板：" + nz(report.document().profile()));
            y -= 4;
            text(bold, 11, MARGIN, CheckReportWriter.summaryLine(report) + "，共 " + report.findings().size() + " 项");
            y -= 18;
            int withPage = (int) report.findings().stream().filter(f -> page(f, pages) != null).count();
            for (String s : wrap("“原页”为原文件的物理页码（阅读器所示的第几页，不是页面上印的页码）；本摘要之后是原文件，内容未作改动。"
                    + "有原页的 " + withPage + " 项已在该页标注：有位置的高亮（红为错误，橙为警告，蓝为提示），无位置的在页边加注释图标；"
                    + "点开标注可见规则与说明。", pageWidth() - 2 * MARGIN, SIZE)) {
                text(font, SIZE, MARGIN, s);
                y -= LEADING;
            }
            y -= 6;
            header();
            for (Finding f : report.findings()) {
                row(f);
            }
            if (report.findings().isEmpty()) {
                text(font, 10, MARGIN, "未发现问题。");
            }
            cs.close();
            footers();
            PDPage first = doc.getPage(0); // the document's own first page: summary pages were appended
            for (PDPage p : added) {
                doc.getPages().remove(p);
                doc.getPages().insertBefore(p, first);
            }
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            added.add(p);
            cs = new PDPageContentStream(doc, p);
            y = PDRectangle.A4.getHeight() - MARGIN - 12;
            if (added.size() > 1) {
                text(bold, 10, MARGIN, "预算公开核对摘要（续）　" + name);
                y -= 20;
            }
        }

        /** "核对摘要 第1页，共2页" at the foot of each summary page, once their number is known. */
        private void footers() throws IOException {
            for (int i = 0; i < added.size(); i++) {
                try (PDPageContentStream foot = new PDPageContentStream(doc, added.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    cs = foot;
                    y = MARGIN - 18;
                    text(font, 8, MARGIN, "核对摘要 第" + (i + 1) + "页，共" + added.size() + "页 · 其后为原文件，原文第1页即本文件第"
                            + (added.size() + 1) + "页");
                }
            }
        }

        private float pageWidth() {
            return PDRectangle.A4.getWidth();
        }

        private void line(String s) throws IOException {
            text(font, 10, MARGIN, s);
            y -= 15;
        }

        private void header() throws IOException {
            String[] cells = {"级别", "规则", "原页", "问题"};
            float x = MARGIN;
            cs.setNonStrokingColor(0.9f, 0.9f, 0.9f);
            cs.addRect(MARGIN, y - 4, pageWidth() - 2 * MARGIN, LEADING + 2);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
            for (int i = 0; i < cells.length; i++) {
                text(bold, SIZE, x + PAD, cells[i]);
                x += i < COLUMNS.length ? COLUMNS[i] : 0;
            }
            y -= LEADING + 4;
        }

        private void row(Finding f) throws IOException {
            float messageWidth = pageWidth() - 2 * MARGIN - COLUMNS[0] - COLUMNS[1] - COLUMNS[2];
            Integer page = page(f, pages);
            List<List<String>> cells = List.of(
                    List.of(f.severity().label()),
                    wrap(f.rule(), COLUMNS[1] - 2 * PAD, SIZE),
                    List.of(page == null ? "—" : String.valueOf(page)),
                    wrap(f.message(), messageWidth - 2 * PAD, SIZE));
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            float height = lines * LEADING + 4;
            if (y - height < MARGIN) {
                newPage();
                header();
            }
            float[] c = rgb(f.severity());
            cs.setNonStrokingColor(c[0], c[1], c[2]);
            cs.addRect(MARGIN, y - height + LEADING - 1, 3, height - 2);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                float ly = y;
                for (String s : cells.get(i)) {
                    float save = y;
                    y = ly;
                    text(i == 0 ? bold : font, SIZE, x + PAD + (i == 0 ? 2 : 0), s);
                    y = save;
                    ly -= LEADING;
                }
                x += i < COLUMNS.length ? COLUMNS[i] : 0;
            }
            y -= height;
            cs.setStrokingColor(0.8f, 0.8f, 0.8f);
            cs.setLineWidth(0.5f);
            cs.moveTo(MARGIN, y + LEADING - 1);
            cs.lineTo(pageWidth() - MARGIN, y + LEADING - 1);
            cs.stroke();
        }

        private void text(PDType0Font f, float size, float x, String s) throws IOException {
            cs.beginText();
            cs.setFont(f, size);
            cs.newLineAtOffset(x, y);
            cs.showText(drawable(s));
            cs.endText();
        }

        /** Lines of at most {@code width} points, broken between any two characters. */
        private List<String> wrap(String s, float width, float size) throws IOException {
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float w = 0;
            String text = drawable(s);
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float cw = font.getStringWidth(ch) / 1000 * size;
                if (w + cw > width && !line.isEmpty()) {
                    // a number or a Latin word goes to the next line whole when it fits there
                    int start = line.length();
                    while (start > 0 && isWordChar(line.charAt(start - 1))) {
                        start--;
                    }
                    String carried = isWordChar(cp) && start > 0 ? line.substring(start) : "";
                    float carriedWidth = carried.isEmpty() ? 0 : font.getStringWidth(carried) / 1000 * size;
                    if (carriedWidth + cw > width) {
                        carried = "";
                        carriedWidth = 0;
                    }
                    out.add(line.substring(0, line.length() - carried.length()));
                    line.setLength(0);
                    line.append(carried);
                    w = carriedWidth;
                }
                line.append(ch);
                w += cw;
                i += Character.charCount(cp);
            }
            if (!line.isEmpty() || out.isEmpty()) {
                out.add(line.toString());
            }
            return out;
        }

        private static boolean isWordChar(int c) {
            return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == '-' || c == '_');
        }

        /** The text with line breaks as spaces and each character the font lacks as "?". */
        private String drawable(String s) throws IOException {
            var cmap = ttf.getUnicodeCmapLookup();
            StringBuilder sb = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> {
                if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                    sb.append(cp == 0x3000 && cmap.getGlyphId(cp) != 0 ? "　" : " ");
                } else if (cmap.getGlyphId(cp) == 0) {
                    sb.appendCodePoint(REPLACEMENT);
                } else {
                    sb.appendCodePoint(cp);
                }
            });
            return sb.toString();
        }

        private static TrueTypeFont parse(String resource) throws IOException {
            try (InputStream in = CheckedPdf.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("missing font resource " + resource));
                }
                return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            }
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }
}
