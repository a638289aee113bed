package org.gongkai.core.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.pipeline.RenderFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The text layer of a real disclosure (2025年区级部门预算 — 普陀区人民政府办公室, 22 landscape A4
 * pages) and of Gongkai's own PDF of the reference. Expected values typed from the pages as a viewer
 * shows them: page 8 "2025年部门财务收支预算总表", its 收入总计 91,016,775.35; page 9
 * "2025年部门收入预算总表", the row "201 | 03 | 01 | 行政运行 | 12,029,501.84 | 12,029,501.84", drawn
 * a little below the middle of the page, its name about a fifth of the way across.
 */
class PdfTextReaderSampleTest {

    private static PdfText sample;

    @BeforeAll
    static void read() throws IOException {
        Path file = Reference.repoRoot().resolve("../shared/samples/shanghai-putuo/2025-dept-quzhengfubangongshi.pdf");
        sample = new PdfTextReader().read(file.getFileName().toString(), Files.readAllBytes(file));
    }

    private static PdfLine line(int page, String start) {
        return sample.pages().get(page - 1).lines().stream().filter(l -> l.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("page " + page + " has no line starting " + start));
    }

    @Test
    void everyPageLandscapeA4() {
        assertThat(sample.pages()).hasSize(22);
        assertThat(sample.pages()).allSatisfy(p -> {
            assertThat(p.width()).isEqualTo(842f);
            assertThat(p.height()).isEqualTo(595f);
            assertThat(p.rotation()).isZero();
        });
        assertThat(sample.pages()).noneMatch(PdfPage::isBlank);
    }

    @Test
    void aTableRowIsItsCellsAsWords() {
        PdfLine title = line(9, "2025年部门收入预算总表");
        assertThat(title.words()).extracting(PdfWord::text).containsExactly("2025年部门收入预算总表");
        PdfLine row = line(9, "201 03 01");
        assertThat(row.words()).extracting(PdfWord::text)
                .containsExactly("201", "03", "01", "行政运行", "12,029,501.84", "12,029,501.84");
        assertThat(row.page()).isEqualTo(9);
        assertThat(row.line()).isGreaterThan(title.line());
        PdfWord name = row.words().get(3);
        assertThat(name.box().x()).isBetween(150f, 200f);
        assertThat(name.box().y()).isBetween(280f, 340f);
        assertThat(name.box().height()).isBetween(5f, 15f);
        // the two amounts stand in two columns, left to right
        assertThat(row.words().get(5).box().x()).isGreaterThan(row.words().get(4).box().x() + 50);
        assertThat(row.source().page()).isEqualTo(9);
        assertThat(row.source(name).box()).isEqualTo(name.box());
    }

    @Test
    void bothSidesOfTheSummaryTable() {
        assertThat(line(8, "2025年部门财务收支预算总表")).isNotNull();
        assertThat(line(8, "收入总计").words()).extracting(PdfWord::text)
                .containsExactly("收入总计", "91,016,775.35", "支出总计", "91,016,775.35");
    }

    @Test
    void linesAreNumberedThroughTheDocument() {
        List<PdfLine> lines = sample.lines();
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i).line()).isEqualTo(i + 1);
        }
        assertThat(sample.text().split("\f")).hasSize(22);
    }

    @Test
    void gongkaisOwnPdfLosesItsRunningPageNumbers() throws IOException {
        Pipeline pipeline = Pipeline.standard();
        byte[] pdf = pipeline.render(pipeline.build(pipeline.infer(Reference.disclosure())).disclosure(), RenderFormat.PDF);
        PdfText ours = new PdfTextReader().read("reference.pdf", pdf);
        // every page of Gongkai's PDF prints "第 N 页 / 共 M 页" in its footer; none of it is text
        assertThat(ours.lines()).noneMatch(l -> l.text().replace(" ", "").matches("第\\d+页/共\\d+页"));
        // reference line 126: 2120501 城乡社区环境卫生 21694.90 … 81.90
        assertThat(ours.lines()).anySatisfy(l -> assertThat(l.text()).startsWith("2120501 城乡社区环境卫生 21694.90"));
    }
}
