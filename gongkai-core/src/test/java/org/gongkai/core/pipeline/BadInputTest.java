package org.gongkai.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.ingest.IngestException;
import org.gongkai.core.ingest.TextDisclosureReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Anything that is not a disclosure gets a clear message saying what and where. */
class BadInputTest {

    @TempDir
    Path dir;

    private IngestException read(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        try {
            Pipeline.standard().load(f);
        } catch (IngestException e) {
            return e;
        }
        throw new AssertionError("no error for " + name);
    }

    @Test
    void emptyFile() throws IOException {
        IngestException e = read("empty.txt", new byte[0]);
        assertThat(e.describe()).isEqualTo("empty.txt: 文件为空");
    }

    @Test
    void binaryFile() throws IOException {
        IngestException e = read("x.bin", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xff});
        assertThat(e.getMessage()).contains("不是文本文件");
    }

    @Test
    void aFileNamedAsAPdfOrAWorkbookThatIsNeitherSaysSo() throws IOException {
        IngestException pdf = read("x.pdf", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xff});
        assertThat(pdf.describe()).isEqualTo("x.pdf: 扩展名为.pdf，但不是PDF文件（文件开头没有“%PDF-”）");
        IngestException xlsx = read("budget.xlsx", "x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(xlsx.describe()).startsWith("budget.xlsx: 扩展名为.xlsx，但不是Excel工作簿");
        IngestException xls = read("old.XLS", "第一部分 概况".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(xls.describe()).startsWith("old.XLS: 扩展名为.xls，但不是Excel工作簿");
    }

    @Test
    void aPdfOfAnotherKindOfDocumentNamesTheLayoutsKnown() throws IOException {
        byte[] pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Minutes of the annual meeting of the chess club, held on 3 May.");
                cs.endText();
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        IngestException e = read("minutes.pdf", pdf);
        assertThat(e.describe()).startsWith("minutes.pdf: 无法识别PDF的版式")
                .contains("shanxi-13").contains("shanghai-9").contains("--profile");
    }

    @Test
    void notUtf8() throws IOException {
        IngestException e = read("gbk.txt", "预算收支总表".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(e.getMessage()).contains("不是UTF-8");
    }

    @Test
    void anotherDocument() throws IOException {
        IngestException e = read("poem.txt", "床前明月光\n疑是地上霜\n举头望明月\n低头思故乡\n".getBytes(StandardCharsets.UTF_8));
        assertThat(e.getMessage()).startsWith("不是部门预算公开文本");
    }

    @Test
    void truncatedReference() throws IOException {
        List<String> lines = Files.readAllLines(Reference.file());
        byte[] head = String.join("\n", lines.subList(0, 300)).getBytes(StandardCharsets.UTF_8);
        IngestException e = read("cut.txt", head);
        assertThat(e.getMessage()).contains("文本不完整").contains("第三部分");
        assertThat(e.line()).isEqualTo(300);
    }

    @Test
    void missingFile() {
        assertThatThrownBy(() -> Pipeline.standard().load(dir.resolve("nope.txt")))
                .isInstanceOf(IngestException.class).hasMessageContaining("文件不存在");
    }

    @Test
    void directory() {
        assertThatThrownBy(() -> Pipeline.standard().load(dir)).isInstanceOf(IngestException.class).hasMessageContaining("不是普通文件");
    }

    @Test
    void hugeInputIsRefusedBeforeReading() throws IOException {
        Path f = dir.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(f)) {
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i <= TextDisclosureReader.MAX_BYTES / block.length; i++) {
                out.write(block);
            }
        }
        assertThatThrownBy(() -> Pipeline.standard().load(f)).isInstanceOf(IngestException.class).hasMessageContaining("文件过大");
    }

    @Test
    void brokenJson() throws IOException {
        IngestException e = read("doc.json", "{\"format\": \"gongkai-disclosure\",\n \"version\": 1,\n \"disclosure\": {\"metadata\": ".getBytes(StandardCharsets.UTF_8));
        assertThat(e.getMessage()).startsWith("JSON格式错误");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void foreignJson() throws IOException {
        IngestException e = read("other.json", "{\"hello\": 1}".getBytes(StandardCharsets.UTF_8));
        assertThat(e.getMessage()).contains("不是Gongkai的JSON文件");
    }

    @Test
    void jsonWithWrongField() throws IOException {
        IngestException e = read("bad.json",
                "{\"format\":\"gongkai-facts\",\"version\":2,\"facts\":{\"fiscalYear\":\"abc\"}}".getBytes(StandardCharsets.UTF_8));
        assertThat(e.getMessage()).startsWith("JSON内容不符合格式").contains("fiscalYear");
    }
}
