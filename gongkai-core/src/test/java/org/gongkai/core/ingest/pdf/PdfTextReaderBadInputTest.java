package org.gongkai.core.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.gongkai.core.Reference;
import org.gongkai.core.ingest.IngestException;
import org.junit.jupiter.api.Test;

/**
 * Inputs that are not a readable PDF: each is refused with a message that says what is wrong, in
 * Chinese, naming the file — never a PDFBox exception — and quickly (the whole class runs in seconds).
 */
class PdfTextReaderBadInputTest {

    private final PdfTextReader reader = new PdfTextReader();

    private static byte[] textPdf(String text, StandardProtectionPolicy protection) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            if (protection != null) {
                doc.protect(protection);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private void refused(byte[] bytes, String... fragments) {
        assertThatThrownBy(() -> reader.read("bad.pdf", bytes)).isInstanceOf(IngestException.class)
                .satisfies(e -> assertThat(((IngestException) e).describe()).contains("bad.pdf").contains(fragments));
    }

    @Test
    void aPlainPdfWithTextIsRead() throws IOException {
        PdfText t = reader.read("ok.pdf", textPdf("Budget 2026 total 48966.85 and more words", null));
        assertThat(t.pages()).hasSize(1);
        assertThat(t.pages().get(0).lines()).singleElement().satisfies(l -> {
            assertThat(l.text()).isEqualTo("Budget 2026 total 48966.85 and more words");
            assertThat(l.page()).isEqualTo(1);
            // drawn at (72, 700) in a 12 pt font: the box starts there and is about a line high
            assertThat(l.box().x()).isBetween(71f, 73f);
            assertThat(l.box().y()).isBetween(699f, 701f);
            assertThat(l.box().height()).isBetween(6f, 13f);
        });
    }

    @Test
    void notAPdf() {
        refused("这是一个文本文件，不是PDF".getBytes(StandardCharsets.UTF_8), "不是PDF文件");
        refused(new byte[0], "不是PDF文件");
    }

    @Test
    void encrypted() throws IOException {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        refused(textPdf("secret budget figures for the department", policy), "PDF已加密（需要密码），无法读取");
    }

    @Test
    void withoutTextLayer() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            refused(out.toByteArray(), "无文本层，可能是扫描件");
        }
    }

    @Test
    void truncated() throws IOException {
        byte[] sample = Files.readAllBytes(Reference.repoRoot().resolve("../shared/samples/shanghai-putuo/2025-dept-quzhengfubangongshi.pdf"));
        refused(Arrays.copyOf(sample, 2000), "PDF已损坏或不完整，无法读取");
        refused(Arrays.copyOf(sample, sample.length / 2), "PDF已损坏或不完整，无法读取");
    }

    /** A minimal PDF whose objects are the given bodies, numbered from 1, with a correct xref table. */
    private static byte[] rawPdf(String... objects) {
        StringBuilder sb = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = sb.toString().getBytes(StandardCharsets.ISO_8859_1).length;
            sb.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = sb.toString().getBytes(StandardCharsets.ISO_8859_1).length;
        sb.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            sb.append(String.format("%010d 00000 n \n", o));
        }
        sb.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aPageTreeThatClaimsBillionsOfPages() {
        refused(rawPdf("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"), "页数过多", "2000000000");
    }

    @Test
    void aPageTreeThatContainsItself() {
        refused(rawPdf("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"), "PDF已损坏或不完整，无法读取");
    }

    @Test
    void objectsNestedHundredsOfThousandsDeep() {
        String deep = "[".repeat(300_000) + "]".repeat(300_000);
        refused(rawPdf("<< /Type /Catalog /Pages 2 0 R /Deep 4 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>", deep), "对象嵌套过深");
    }
}
