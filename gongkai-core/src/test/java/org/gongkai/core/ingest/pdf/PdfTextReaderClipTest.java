package org.gongkai.core.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Text inside a clipping path (a spreadsheet cell as office software prints it): what the clip
 * hides is left out of the lines, what it shows is read — also a wrapped line whose baseline falls
 * just below the cell's lower edge, most of its glyphs still in view.
 */
class PdfTextReaderClipTest {

    private static final String TITLE = "Budget 2026 table 2 unclipped title";

    /** The title, unclipped, and 12 pt lines at {@code baselines} inside a cell clipped to y 400…430. */
    private static byte[] clippedCell(float... baselines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(TITLE);
                cs.endText();
                String[] words = {"first", "second", "third"};
                for (int i = 0; i < baselines.length; i++) {
                    cs.saveGraphicsState();
                    cs.addRect(70, 400, 200, 30);
                    cs.clip();
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, baselines[i]);
                    cs.showText(words[i]);
                    cs.endText();
                    cs.restoreGraphicsState();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static PdfPage read(float... baselines) throws IOException {
        return new PdfTextReader().read("cell.pdf", clippedCell(baselines)).pages().get(0);
    }

    @Test
    void aWrappedLineWhoseBaselineIsJustBelowTheCellIsRead() throws IOException {
        // 其他政府办公厅（室）及相关机构事 / 务支出: the second line's baseline 2 pt under the cell
        PdfPage page = read(415, 398);
        assertThat(page.lines()).extracting(PdfLine::text).containsExactly(TITLE, "first", "second");
        assertThat(page.offPage()).isEmpty();
    }

    @Test
    void aLineTheCellHidesIsNotRead() throws IOException {
        PdfPage page = read(415, 380, 436);
        assertThat(page.lines()).extracting(PdfLine::text).containsExactly(TITLE, "first");
        assertThat(page.offPage()).extracting(PdfLine::text).containsExactlyInAnyOrder("second", "third");
    }
}
