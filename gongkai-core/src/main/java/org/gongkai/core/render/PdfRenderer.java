package org.gongkai.core.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.profile.ProfileSource;

/**
 * Renders a {@link Disclosure} as a PDF (A4, wide tables on landscape pages) through
 * openhtmltopdf: the HTML of {@link HtmlRenderer} with print CSS, Noto Sans SC embedded as a
 * TrueType subset, page numbers "第 N 页 / 共 M 页" from 第一部分 on, PDF bookmarks, and a 目录
 * whose page numbers are the real ones: the document is laid out once to see on which page each
 * heading lands, then again with those numbers until they no longer move.
 */
public final class PdfRenderer {

    /** The font family the PDF uses. */
    public static final String FONT_FAMILY = "Noto Sans SC";

    private static final String PDF_CSS = HtmlRenderer.resource("pdf.css");
    private static final Pattern HEADING_IDS = Pattern.compile(
            "(part\\d|overview-[a-z]+|table-\\S+|section-\\d+|form-\\d+)-h|section-\\d+-\\d+");

    static {
        // openhtmltopdf logs every layout at INFO on java.util.logging; a renderer in a library
        // should stay quiet (its failures still arrive as exceptions)
        XRLog.setLoggingEnabled(false);
    }

    /**
     * A rendered PDF with the page numbers its 目录 prints.
     *
     * @param pdf         the document
     * @param pageNumbers page number of each heading id (part1, table-T12, section-5…) as its layout placed it
     */
    public record Result(byte[] pdf, Map<String, Integer> pageNumbers) {
    }

    private final HtmlRenderer html;

    /** A renderer of disclosures of the shipped profiles. */
    public PdfRenderer() {
        this(ProfileSource.shipped());
    }

    /** A renderer that looks up the profile a disclosure names in {@code profiles} (see {@link HtmlRenderer}). */
    public PdfRenderer(ProfileSource profiles) {
        this.html = new HtmlRenderer(profiles);
    }

    /** The disclosure as PDF bytes. */
    public byte[] render(Disclosure d) {
        return renderWithPages(d).pdf();
    }

    /**
     * As {@link #render(Disclosure)}, every page carrying {@code mark} (e.g. "草稿") as text in
     * its top right margin when it is not null.
     */
    public byte[] render(Disclosure d, String mark) {
        return renderWithPages(d, mark).pdf();
    }

    /** The PDF and the page on which each heading is printed. */
    public Result renderWithPages(Disclosure d) {
        return renderWithPages(d, null);
    }

    /** As {@link #renderWithPages(Disclosure)}, every page marked as by {@link #render(Disclosure, String)}. */
    public Result renderWithPages(Disclosure d, String mark) {
        String css = mark == null ? PDF_CSS : PDF_CSS + HtmlRenderer.pageMarkCss(mark);
        Fonts.Parsed fonts = Fonts.borrow();
        try {
            return renderWithPages(d, css, fonts);
        } finally {
            Fonts.giveBack(fonts);
        }
    }

    /**
     * One layout: the 目录's page numbers are printed by the renderer itself (CSS
     * {@code target-counter}, resolved as each page is painted), so the numbers cannot disagree with
     * where the headings fall and the document is laid out once.
     */
    private Result renderWithPages(Disclosure d, String css, Fonts.Parsed fonts) {
        String doc = html.render(d, new HtmlRenderer.PrintSetup(null, css, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        PDDocument pdf = new PDDocument();
        try (pdf; PdfBoxRenderer renderer = builder(doc, pdf, fonts).toStream(out).buildPdfRenderer()) {
            renderer.layout();
            renderer.getOutputDevice().setRoot(renderer.getRootBox());
            Map<String, Integer> found = printedPages(renderer);
            renderer.setListener(new PDFCreationListener() {
                @Override
                public void preOpen(PdfBoxRenderer r) {
                }

                @Override
                public void preWrite(PdfBoxRenderer r, int pageCount) {
                    PDDocumentCatalog catalog = r.getPdfDocument().getDocumentCatalog();
                    catalog.setLanguage("zh-CN");
                    catalog.setPageMode(PageMode.USE_OUTLINES);
                }

                @Override
                public void onClose(PdfBoxRenderer r) {
                }
            });
            renderer.createPDF();
            return new Result(out.toByteArray(), found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Characters of {@code text} the embedded font cannot draw (whitespace and controls aside). */
    public static List<String> missingGlyphs(String text) {
        TreeSet<Integer> missing = new TreeSet<>();
        TrueTypeFont font = Fonts.regularTtf();
        try {
            var cmap = font.getUnicodeCmapLookup();
            text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c) && c != 0x3000)
                    .filter(c -> cmap.getGlyphId(c) == 0).forEach(missing::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing.stream().map(Character::toString).toList();
    }

    /**
     * The renderer of one pass, writing into {@code pdf}: the document's text in the fonts parsed
     * once ({@code fonts}, each embedded as a subset when the document is written); the charts'
     * text (SVG) and the fallback from the font files, which they read themselves.
     */
    private static PdfRendererBuilder builder(String html, PDDocument pdf, Fonts.Parsed fonts) {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.usePDDocument(pdf);
        b.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        b.useFont(new ParsedFont(pdf, fonts.regular()), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        b.useFont(new ParsedFont(pdf, fonts.bold()), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        EnumSet<FSFontUseCase> uses = EnumSet.of(FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE);
        b.useFont(Fonts.regular(), FONT_FAMILY, 400, FontStyle.NORMAL, true, uses);
        b.useFont(Fonts.bold(), FONT_FAMILY, 700, FontStyle.NORMAL, true, uses);
        b.withHtmlContent(html, null);
        b.withProducer("Gongkai");
        return b;
    }

    /**
     * Printed page number of each heading (by the id of its heading element, which sits on one
     * page, unlike its section): physical page minus the pages before 第一部分.
     */
    private static Map<String, Integer> printedPages(PdfBoxRenderer renderer) {
        List<PagePosition<Box>> positions = renderer.findPagePositionsByID(HEADING_IDS);
        Map<String, Integer> first = new HashMap<>();
        for (PagePosition<Box> p : positions) {
            first.merge(p.getId(), p.getPageNo(), Math::min);
        }
        int start = first.values().stream().min(Integer::compare).orElse(0);
        Integer main = first.get(Outline.PART_OVERVIEW + "-h");
        if (main == null) {
            main = first.entrySet().stream().filter(e -> e.getKey().startsWith("part"))
                    .map(Map.Entry::getValue).min(Integer::compare).orElse(start);
        }
        Map<String, Integer> printed = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : first.entrySet()) {
            String id = e.getKey().endsWith("-h") ? e.getKey().substring(0, e.getKey().length() - 2) : e.getKey();
            printed.put(id, e.getValue() - main + 1);
        }
        return printed;
    }

    /** A font parsed before, loaded into a document when the layout first asks for it. */
    private static final class ParsedFont extends PDFontSupplier {
        private final PDDocument pdf;
        private final TrueTypeFont ttf;
        private PDFont font;

        ParsedFont(PDDocument pdf, TrueTypeFont ttf) {
            super(null);
            this.pdf = pdf;
            this.ttf = ttf;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    // embedded as the subset of the glyphs used; the parsed font stays open for the next document
                    font = PDType0Font.load(pdf, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }

    /** The font files, copied once out of the class path (openhtmltopdf's SVG support needs files). */
    static final class Fonts {
        /**
         * The regular and bold font parsed, for one render at a time: a parsed font reads its file
         * as it is used, so two renders on two threads each have their own.
         */
        record Parsed(TrueTypeFont regular, TrueTypeFont bold) {
        }

        /** Parsed fonts no render holds now: one per render that ran at the same time, at most. */
        private static final java.util.concurrent.ConcurrentLinkedQueue<Parsed> IDLE = new java.util.concurrent.ConcurrentLinkedQueue<>();

        /** Parsed fonts for one render: idle ones, else newly parsed. */
        static Parsed borrow() {
            Parsed p = IDLE.poll();
            return p != null ? p : new Parsed(parse(regular()), parse(bold()));
        }

        static void giveBack(Parsed p) {
            IDLE.add(p);
        }

        private static TrueTypeFont parse(File file) {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(file.toPath())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static File regular;
        private static File bold;
        private static TrueTypeFont regularTtf;

        private Fonts() {
        }

        static synchronized File regular() {
            if (regular == null) {
                regular = extract("NotoSansSC-Regular.ttf");
            }
            return regular;
        }

        static synchronized File bold() {
            if (bold == null) {
                bold = extract("NotoSansSC-Bold.ttf");
            }
            return bold;
        }

        static synchronized TrueTypeFont regularTtf() {
            if (regularTtf == null) {
                try {
                    regularTtf = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(regular().toPath())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return regularTtf;
        }

        private static File extract(String name) {
            try (InputStream in = PdfRenderer.class.getResourceAsStream("fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing font resource " + name);
                }
                Path file = Files.createTempFile("gongkai-", "-" + name);
                file.toFile().deleteOnExit();
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                return file.toFile();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
