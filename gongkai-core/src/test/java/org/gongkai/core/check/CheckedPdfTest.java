package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.gongkai.core.Reference;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.ingest.pdf.PdfLine;
import org.gongkai.core.ingest.pdf.PdfText;
import org.gongkai.core.ingest.pdf.PdfTextReader;
import org.gongkai.core.ingest.pdf.PdfWord;
import org.gongkai.core.json.Json;
import org.gongkai.core.model.SourceRef;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.render.PdfRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checked PDF: the input untouched, one annotation per finding with a page, summary pages in front. */
class CheckedPdfTest {

    private static final String SAMPLE = "2025-dept-caizhengju.pdf";
    /** The sample has 24 pages (pdfinfo); its verified errors are on pages 7 and 18. */
    private static final int SAMPLE_PAGES = 24;

    private static byte[] input;
    private static CheckReport report;
    private static byte[] checked;

    @BeforeAll
    static void checkSample() throws IOException {
        input = Files.readAllBytes(Reference.repoRoot().resolve("../shared/samples/shanghai-putuo/" + SAMPLE));
        Pipeline pipeline = Pipeline.standard();
        report = pipeline.check(pipeline.load(SAMPLE, input));
        checked = pipeline.checkedPdf(SAMPLE, input, report);
    }

    @Test
    void originalPagesFollowTheSummaryWithTheirContentUnchanged() throws IOException {
        try (PDDocument in = Loader.loadPDF(input); PDDocument out = Loader.loadPDF(checked)) {
            assertThat(in.getNumberOfPages()).isEqualTo(SAMPLE_PAGES);
            int summary = out.getNumberOfPages() - SAMPLE_PAGES;
            assertThat(summary).isBetween(1, 5);
            for (int i = 0; i < SAMPLE_PAGES; i++) {
                assertThat(content(out.getPage(summary + i))).as("page %d", i + 1).isEqualTo(content(in.getPage(i)));
                assertThat(out.getPage(summary + i).getMediaBox().toString()).isEqualTo(in.getPage(i).getMediaBox().toString());
            }
            String first = text(out, 1, summary);
            assertThat(first).contains("预算公开核对摘要", SAMPLE, "上海市普陀区财政局",
                    "错误 " + report.count(Severity.ERROR) + " 项");
            for (Finding f : report.findings()) {
                assertThat(first).contains(f.rule());
            }
            // the sample's own first page is now after the summary: 2025年 … 部门预算 (its cover)
            assertThat(text(out, summary + 1, summary + 1)).isEqualTo(text(in, 1, 1));
        }
    }

    @Test
    void oneAnnotationPerFindingWithAPageOnThatPage() throws IOException {
        try (PDDocument out = Loader.loadPDF(checked)) {
            int summary = out.getNumberOfPages() - SAMPLE_PAGES;
            int withPage = 0;
            for (int p = 1; p <= SAMPLE_PAGES; p++) {
                int page = p;
                List<Finding> here = report.findings().stream()
                        .filter(f -> Integer.valueOf(page).equals(f.location().source().page())).toList();
                withPage += here.size();
                List<PDAnnotation> annotations = out.getPage(summary + p - 1).getAnnotations();
                assertThat(annotations).as("page %d", p).hasSize(here.size());
                for (int i = 0; i < here.size(); i++) {
                    Finding f = here.get(i);
                    PDAnnotation a = annotations.get(i);
                    assertThat(a.getContents()).contains(f.rule(), f.message());
                    if (f.location().source().box() != null) {
                        assertThat(a).isInstanceOf(PDAnnotationHighlight.class);
                        SourceRef.Box b = f.location().source().box();
                        assertThat(covers(a.getRectangle(), b.x(), b.y())).isTrue();
                        assertThat(covers(a.getRectangle(), b.x() + b.width(), b.y() + b.height())).isTrue();
                    } else {
                        assertThat(a).isInstanceOf(PDAnnotationText.class);
                    }
                }
            }
            // the verified errors of this sample are on pages 7 (three) and 18 (one)
            assertThat(withPage).isGreaterThanOrEqualTo(4);
            for (int s = 0; s < summary; s++) {
                assertThat(out.getPage(s).getAnnotations()).isEmpty();
            }
        }
    }

    @Test
    void highlightsLieWhereTheDocumentPrintsTheFinding() throws IOException {
        // places read by hand with `pdftotext -bbox` (top-left origin, page height 595.3):
        // p.7 item "7.“社会保障和就业支出（类）…机关事业单位职业年金缴费支出（项）”887.36万" x 86.5–782.5,
        //   y 441.0–455.0 → from the bottom 140.3–154.3; the next item "8.…其它行政事业单位养老支出…"
        //   starts at y 474.0–488.0 → from the bottom 107.3–121.3;
        // p.18 title "2025年部门国有资本经营预算支出功能分类预算表" x 227.1–615.1, y 77.3–95.0 → 500.3–518.0
        try (PDDocument out = Loader.loadPDF(checked)) {
            int summary = out.getNumberOfPages() - SAMPLE_PAGES;
            List<PDAnnotation> page7 = out.getPage(summary + 6).getAnnotations();
            assertThat(page7).anySatisfy(a -> {
                assertThat(a).isInstanceOf(PDAnnotationHighlight.class);
                assertThat(a.getContents()).contains("narr.amount", "887.36");
                assertThat(covers(a.getRectangle(), 400, 147)).isTrue();
                assertThat(covers(a.getRectangle(), 400, 114)).isFalse();
            });
            assertThat(page7).anySatisfy(a -> {
                assertThat(a.getContents()).contains("narr.name", "其它行政事业单位养老支出");
                assertThat(covers(a.getRectangle(), 400, 114)).isTrue();
                assertThat(covers(a.getRectangle(), 400, 147)).isFalse();
            });
            List<PDAnnotation> page18 = out.getPage(summary + 17).getAnnotations();
            assertThat(page18).anySatisfy(a -> {
                assertThat(a.getContents()).contains("review.empty-table-note", "政府性基金");
                assertThat(covers(a.getRectangle(), 420, 508)).isTrue();
            });
        }
    }

    @Test
    void jsonLocationCarriesPageAndBoxOnlyWhenKnown() throws IOException {
        JsonNode root = Json.mapper().readTree(CheckReportWriter.json(report));
        for (JsonNode f : root.get("findings")) {
            JsonNode loc = f.get("location");
            assertThat(loc.has("page")).as("a finding read from a PDF knows its page: %s", f).isTrue();
            assertThat(loc.get("page").isInt()).isTrue();
            assertThat(loc.get("page").asInt()).isBetween(1, SAMPLE_PAGES);
            if (loc.has("box")) {
                assertThat(loc.get("box")).hasSize(4);
                assertThat(loc.get("box").get(0).asDouble()).isLessThan(loc.get("box").get(2).asDouble());
                assertThat(loc.get("box").get(1).asDouble()).isLessThan(loc.get("box").get(3).asDouble());
            }
        }
        // the 887.36万元 item on page 7 (see above): x from 58.5 (the paragraph's left edge) to 782.5,
        // its first line from the bottom 140.3–154.3
        JsonNode item7 = null;
        for (JsonNode f : root.get("findings")) {
            if (f.get("rule").asText().equals("narr.amount") && f.get("message").asText().contains("887.36")) {
                item7 = f.get("location");
            }
        }
        assertThat(item7).isNotNull();
        assertThat(item7.get("page").asInt()).isEqualTo(7);
        assertThat(item7.get("box").get(0).asDouble()).isBetween(57.0, 87.0);
        assertThat(item7.get("box").get(2).asDouble()).isBetween(781.0, 784.0);
        assertThat(item7.get("box").get(3).asDouble()).isBetween(140.0, 156.0);
        assertThat(CheckReportWriter.html(report)).contains("<span class=\"page\">第7页</span>",
                "<span class=\"page\">第18页</span>");

        // text input has lines, not pages: no page or box in its report
        Pipeline pipeline = Pipeline.standard();
        JsonNode text = Json.mapper().readTree(CheckReportWriter.json(pipeline.check(pipeline.load(
                "reference.txt", Files.readAllBytes(Reference.repoRoot().resolve("samples/shanxi-zonggai-jianguanbu-2026.txt"))))));
        assertThat(text.get("findings")).isNotEmpty();
        for (JsonNode f : text.get("findings")) {
            assertThat(f.get("location").has("page")).isFalse();
            assertThat(f.get("location").has("box")).isFalse();
        }
    }

    // ---- a small PDF made here: a plain page, a rotated page with its crop box inset --------------

    @Test
    void rotatedAndCroppedPagesAndFindingsWithoutBoxOrPage() throws IOException {
        byte[] pdf = twoPages();
        PdfText text = new PdfTextReader().read("small.pdf", pdf);
        PdfWord plain = word(text, 1, "Plain");
        PdfWord turned = word(text, 2, "Turned");
        String missing = "\uD83D\uDE00"; // an emoji: not in the embedded subset
        assertThat(PdfRenderer.missingGlyphs(missing)).containsExactly(missing);
        List<Finding> findings = List.of(
                finding("test.plain", Severity.ERROR, "第一页的错误", SourceRef.onPage(1, 1, plain.box())),
                finding("test.turned", Severity.WARNING, "旋转页的警告", SourceRef.onPage(2, 2, turned.box())),
                finding("test.margin", Severity.INFO, "没有位置的提示" + missing, SourceRef.onPage(3, 2, null)),
                finding("test.nowhere", Severity.WARNING, "整份文件的问题", SourceRef.NONE));
        CheckReport small = new CheckReport(new CheckReport.DocumentInfo("small.pdf", "测试部门", 2025, "shanghai-9", "测试"),
                Map.of("error", 1, "warning", 2, "info", 1), findings);
        byte[] out = CheckedPdf.write("small.pdf", pdf, small);
        try (PDDocument in = Loader.loadPDF(pdf); PDDocument doc = Loader.loadPDF(out)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            assertThat(content(doc.getPage(1))).isEqualTo(content(in.getPage(0)));
            assertThat(content(doc.getPage(2))).isEqualTo(content(in.getPage(1)));
            String summary = text(doc, 1, 1);
            assertThat(summary).contains("test.plain", "test.turned", "test.margin", "test.nowhere", "整份文件的问题",
                    "没有位置的提示?");

            List<PDAnnotation> first = doc.getPage(1).getAnnotations();
            assertThat(first).hasSize(1);
            // "Plain" drawn at (72, 700) in Helvetica 12 on an unrotated page
            assertThat(first.get(0)).isInstanceOf(PDAnnotationHighlight.class);
            assertThat(first.get(0).getContents()).contains("test.plain", "第一页的错误");
            assertThat(covers(first.get(0).getRectangle(), 74, 703)).isTrue();
            assertThat(covers(first.get(0).getRectangle(), 100, 706)).isTrue();

            List<PDAnnotation> second = doc.getPage(2).getAnnotations();
            assertThat(second).hasSize(2);
            // "Turned" drawn upward from (300, 200) in user space, its glyphs to the left of x = 300
            PDRectangle r = second.get(0).getRectangle();
            assertThat(second.get(0).getContents()).contains("test.turned");
            assertThat(covers(r, 296, 204)).isTrue();
            assertThat(covers(r, 296, 230)).isTrue();
            assertThat(covers(r, 310, 215)).isFalse();
            // the note of a finding without a box sits in the page's visible right margin, near its top:
            // /Rotate 90 turns the page clockwise, so that is the crop box's top edge (y = 750), near its left (x = 40)
            PDAnnotation note = second.get(1);
            assertThat(note).isInstanceOf(PDAnnotationText.class);
            assertThat(note.getContents()).contains("test.margin");
            PDRectangle crop = doc.getPage(2).getCropBox();
            assertThat(note.getRectangle().getUpperRightY()).isBetween(crop.getUpperRightY() - 10, crop.getUpperRightY());
            assertThat(note.getRectangle().getLowerLeftX()).isBetween(crop.getLowerLeftX(), crop.getLowerLeftX() + 60);
        }
    }

    private static Finding finding(String rule, Severity s, String message, SourceRef where) {
        return new Finding(rule, s, message, Location.ofDocument("整体", where), Map.of());
    }

    /** Page 1: A4, "Plain …" at (72, 700). Page 2: media 600×800, crop box inset, /Rotate 90, text upright for the reader. */
    private static byte[] twoPages() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage one = new PDPage(PDRectangle.A4);
            doc.addPage(one);
            try (PDPageContentStream cs = new PDPageContentStream(doc, one)) {
                cs.beginText();
                cs.setFont(helvetica, 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Plain words on the first page of the test");
                cs.endText();
            }
            PDPage two = new PDPage(new PDRectangle(600, 800));
            two.setCropBox(new PDRectangle(40, 50, 500, 700));
            two.setRotation(90);
            doc.addPage(two);
            try (PDPageContentStream cs = new PDPageContentStream(doc, two)) {
                cs.beginText();
                cs.setFont(helvetica, 12);
                cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 300, 200));
                cs.showText("Turned words on a rotated page");
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static PdfWord word(PdfText text, int page, String start) {
        for (PdfLine l : text.pages().get(page - 1).lines()) {
            for (PdfWord w : l.words()) {
                if (w.text().startsWith(start)) {
                    return w;
                }
            }
        }
        throw new AssertionError("no word " + start + " on page " + page + ": " + text.pages().get(page - 1).lines());
    }

    private static boolean covers(PDRectangle r, float x, float y) {
        return r.getLowerLeftX() <= x && x <= r.getUpperRightX() && r.getLowerLeftY() <= y && y <= r.getUpperRightY();
    }

    /** The page's content streams as stored (still encoded), one after another. */
    private static byte[] content(PDPage page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var streams = page.getContentStreams();
        while (streams.hasNext()) {
            try (InputStream in = streams.next().getCOSObject().createRawInputStream()) {
                in.transferTo(out);
            }
        }
        return out.toByteArray();
    }

    private static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(from);
        s.setEndPage(to);
        return s.getText(doc);
    }

}
