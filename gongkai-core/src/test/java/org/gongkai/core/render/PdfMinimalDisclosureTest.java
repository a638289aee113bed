package org.gongkai.core.render;

import org.gongkai.core.model.SourceRef;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.core.model.Column;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.Metadata;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Phase;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.junit.jupiter.api.Test;

/** Any disclosure renders: here one without 概况, 情况说明, forms or glossary, of an unknown profile. */
class PdfMinimalDisclosureTest {

    private static Disclosure minimal() {
        Metadata m = new Metadata("2027年度单位预算公开", null, "某某单位", null, 2027, Phase.BUDGET, DisclosureKind.UNIT,
                "no-such-profile", MoneyUnit.WAN, null);
        PrintedTable t = new PrintedTable("T1", null, null, null, "2027年预算收支总表", null, null, List.of(),
                List.of(new Column("item", "项目", ColumnType.TEXT), new Column("amount", "金额", ColumnType.AMOUNT)),
                List.of(new TableRow(List.of("合计", "12.30"), 1), new TableRow(List.of("一、一般公共预算", ""), 2)),
                List.of(), SourceRef.line(1));
        return new Disclosure(m, List.of(), null, List.of(t), null, List.of(), null, null, List.of(), List.of());
    }

    @Test
    void rendersWhatThereIs() throws IOException {
        Disclosure d = minimal();
        String html = new HtmlRenderer().render(d);
        RenderedReference.parse(html);
        assertThat(html).contains("<th scope=\"col\">项目</th>").contains("单位：万元").contains("部门名称：某某单位")
                .doesNotContain("第一部分").doesNotContain("第三部分");
        PdfRenderer.Result r = new PdfRenderer().renderWithPages(d);
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("T1 2027年预算收支总表").contains("12.30").contains("第 1 页 / 共 1 页");
            assertThat(doc.getDocumentCatalog().getDocumentOutline().children().iterator().next().getTitle())
                    .isEqualTo("第二部分 2027年部门预算报表");
        }
        assertThat(r.pageNumbers()).containsEntry("table-T1", 1);
    }
}
