package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.model.Column;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.Metadata;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Phase;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.SourceRef;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.ProfileSource;
import org.gongkai.core.profile.TableSpec;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A table that prints its codes in 类|款|项 columns and leaves a 款's 类 and a 项's 类 and 款 blank
 * under the row that printed them, of a profile given to the renderers (not a shipped one). The
 * rows are the reference's 一般公共预算支出预算表 (lines 217–229) in 元: 201 15.00万元 = 150,000.00元,
 * 2120501 21,694.90万元 = 216,949,000.00元.
 */
class ThreeColumnCodesRenderTest {

    private static final List<Column> COLUMNS = List.of(
            new Column("codeClass", "类", ColumnType.CODE),
            new Column("codeSection", "款", ColumnType.CODE),
            new Column("codeItem", "项", ColumnType.CODE),
            new Column("name", "科目名称", ColumnType.TEXT),
            new Column("total", "合计", ColumnType.AMOUNT),
            new Column("basic", "基本支出", ColumnType.AMOUNT),
            new Column("project", "项目支出", ColumnType.AMOUNT));

    /** The profile prints a 预算收支总表 first (not in this disclosure), then the table in 元. */
    private static final Profile PROFILE = new Profile("three-columns", "测试：类款项三列", List.of(
            new TableSpec("P1", "表甲", "{year}年收支总表", TableRole.BUDGET_SUMMARY,
                    List.of(List.of("项目", "金额")), List.of(new Column("item", "项目", ColumnType.TEXT),
                            new Column("amount", "金额", ColumnType.AMOUNT)), List.of(), MoneyUnit.WAN, null),
            new TableSpec("P2", "表乙", "{year}年一般公共预算支出表", TableRole.GENERAL_BUDGET_BY_FUNCTION,
                    List.of(List.of("类", "款", "项", "科目名称", "合计", "基本支出", "项目支出")), COLUMNS, List.of(),
                    MoneyUnit.YUAN, null)),
            "注：本表无数据", "第二部分 {year}年测试报表", null);

    private static final ProfileSource PROFILES = id -> Optional.of(PROFILE).filter(p -> p.id().equals(id));

    private static TableRow row(int line, String... cells) {
        return new TableRow(List.of(cells), line);
    }

    /** The table carries neither its name nor its unit: both come from the profile. */
    private static Disclosure disclosure() {
        PrintedTable general = new PrintedTable("P2", TableRole.GENERAL_BUDGET_BY_FUNCTION, null, null,
                "2026年一般公共预算支出表", "某部门", null,
                List.of(List.of("类", "款", "项", "科目名称", "合计", "基本支出", "项目支出")), COLUMNS, List.of(
                        row(217, "合计", "", "", "", "487985600.00", "150000.00", "487835600.00"),
                        row(218, "201", "", "", "一般公共服务支出", "150000.00", "150000.00", ""),
                        row(219, "", "03", "", "政府办公厅（室）及相关机构事务", "150000.00", "150000.00", ""),
                        row(220, "", "", "50", "事业运行", "150000.00", "150000.00", ""),
                        row(221, "212", "", "", "城乡社区支出", "487835600.00", "", "487835600.00"),
                        row(228, "", "05", "", "城乡社区环境卫生", "216949000.00", "", "216949000.00"),
                        row(229, "", "", "01", "城乡社区环境卫生", "216949000.00", "", "216949000.00")),
                List.of(), SourceRef.line(210));
        PrintedTable other = new PrintedTable("X9", null, null, null, "2026年其他表", "某部门", MoneyUnit.WAN,
                List.of(List.of("项目", "金额")),
                List.of(new Column("item", "项目", ColumnType.TEXT), new Column("amount", "金额", ColumnType.AMOUNT)),
                List.of(row(300, "合计", "1.00")), List.of(), SourceRef.line(299));
        // the document as a whole is in 万元: the table's own unit (its profile's 元) wins
        Metadata m = new Metadata("2026年度部门预算公开", null, "某部门", null, 2026, Phase.BUDGET, DisclosureKind.DEPARTMENT,
                "three-columns", MoneyUnit.WAN, null);
        return new Disclosure(m, List.of(), null, List.of(general, other), null, List.of(), null, null, List.of(), List.of());
    }

    @Test
    void csvFilesByPositionWithTheInheritedPartsWritten() {
        var files = CsvExport.files(disclosure(), null, PROFILES).files();
        // 表乙 is the profile's second table; the table it does not know comes after its two
        assertThat(files.keySet()).containsExactly("T02.csv", "T03.csv", "performance_targets.csv",
                "performance_indicators.csv");
        List<String> lines = List.of(new String(files.get("T02.csv"), StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines).containsExactly(
                "类,款,项,科目名称,合计,基本支出,项目支出",
                "合计,,,,487985600.00,150000.00,487835600.00",
                "201,,,一般公共服务支出,150000.00,150000.00,",
                "201,03,,政府办公厅（室）及相关机构事务,150000.00,150000.00,",
                "201,03,50,事业运行,150000.00,150000.00,",
                "212,,,城乡社区支出,487835600.00,,487835600.00",
                "212,05,,城乡社区环境卫生,216949000.00,,216949000.00",
                "212,05,01,城乡社区环境卫生,216949000.00,,216949000.00");
        // with the shipped profiles the disclosure's profile is unknown: numbered in its own order
        assertThat(CsvExport.files(disclosure(), null, ProfileSource.shipped()).files().keySet())
                .startsWith("T01.csv", "T02.csv");
    }

    @Test
    void aSecondTableOfTheSameRoleGetsAPositionOfItsOwn() {
        Disclosure d = disclosure();
        PrintedTable again = d.tables().get(0);
        Disclosure twice = new Disclosure(d.metadata(), List.of(), null, List.of(again, d.tables().get(1),
                again.withRows(again.rows().subList(0, 2))), null, List.of(), null, null, List.of(), List.of());
        assertThat(CsvExport.files(twice, null, PROFILES).files().keySet())
                .startsWith("T02.csv", "T03.csv", "T04.csv").hasSize(5);
    }

    @Test
    void htmlIndentsByTheCodesLevelAndTakesNameAndUnitFromTheProfile() {
        String html = new HtmlRenderer(PROFILES).render(disclosure());
        Document dom = RenderedReference.parse(html);
        Element section = byId(dom, "table-P2");
        assertThat(HtmlRendererTest.text(HtmlRendererTest.child(section, "h3"))).isEqualTo("表乙 2026年一般公共预算支出表");
        Element table = HtmlRendererTest.table(section);
        assertThat(HtmlRendererTest.text(HtmlRendererTest.child(table, "thead"))).contains("单位：元").doesNotContain("万元");
        List<String> th = HtmlRendererTest.descendants(HtmlRendererTest.child(table, "thead"), "th").stream()
                .map(HtmlRendererTest::text).toList();
        assertThat(th).containsSequence("类", "款", "项", "科目名称");
        List<String> body = new ArrayList<>();
        for (Element tr : HtmlRendererTest.descendants(HtmlRendererTest.child(table, "tbody"), "tr")) {
            Element name = HtmlRendererTest.cells(tr).get(3);
            body.add(tr.getAttribute("class") + "|" + name.getAttribute("class") + "|" + HtmlRendererTest.text(name));
        }
        assertThat(body).containsExactly(
                "total||",
                "level-1||一般公共服务支出",
                "|indent-1|政府办公厅（室）及相关机构事务",
                "|indent-2|事业运行",
                "level-1||城乡社区支出",
                "|indent-1|城乡社区环境卫生",
                "|indent-2|城乡社区环境卫生");
        assertThat(html).contains("第二部分 2026年测试报表");
        // a table of no known role and no name is headed by its key
        assertThat(HtmlRendererTest.text(HtmlRendererTest.child(byId(dom, "table-X9"), "h3"))).isEqualTo("X9 2026年其他表");
    }

    @Test
    void pdfFindsThePagesOfTablesWhateverTheirKeys() {
        PdfRenderer.Result r = new PdfRenderer(PROFILES).renderWithPages(disclosure());
        assertThat(r.pageNumbers()).containsKeys("table-P2", "table-X9");
        assertThat(r.pageNumbers().get("table-P2")).isPositive();
    }

    @Test
    void chartsSumThe类RowsInTheTablesUnit() {
        Disclosure d = disclosure();
        SvgCharts.Chart chart = SvgCharts.generalBudgetStructure(d, RenderProfile.of(d, PROFILES)).orElseThrow();
        assertThat(chart.unit()).isEqualTo("元");
        assertThat(chart.data()).extracting(x -> x.label() + " " + x.value().toPlainString())
                .containsExactly("一般公共服务支出 150000.00", "城乡社区支出 487835600.00");
        assertThat(SvgCharts.figure(chart)).contains("金额（元）").contains("城乡社区支出487835600.00元，占99.97%");
    }

    @Test
    void xlsxGroups款And项RowsUnderTheir类AndIndentsTheirNames() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(XlsxRenderer.render(disclosure(), PROFILES)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetName(0)).isEqualTo("表2 一般公共预算支出表");
            assertThat(book.getSheetName(1)).isEqualTo("表3 其他表");
            XSSFSheet s = book.getSheetAt(0);
            assertThat(s.getRow(2).getCell(6).getStringCellValue()).isEqualTo("单位：元");
            List<String> levels = new ArrayList<>();
            for (int r = s.getPaneInformation().getHorizontalSplitPosition(); r <= s.getLastRowNum(); r++) {
                XSSFRow row = s.getRow(r);
                Cell name = row.getCell(3);
                levels.add(text(row, 0) + text(row, 1) + text(row, 2) + " " + row.getCTRow().getOutlineLevel() + " "
                        + name.getCellStyle().getIndention());
            }
            assertThat(levels).containsExactly("合计 0 0", "201 0 0", "03 1 1", "50 2 2", "212 0 0", "05 1 1", "01 2 2");
            // the 类 row is the summary above its group
            assertThat(s.getRowSumsBelow()).isFalse();
            assertThat(s.getCTWorksheet().getSheetFormatPr().getOutlineLevelRow()).isEqualTo((short) 2);
            Row item = s.getRow(s.getPaneInformation().getHorizontalSplitPosition() + 6);
            assertThat(item.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(item.getCell(4).getNumericCellValue()).isEqualTo(216949000.00);
        }
    }

    private static String text(Row r, int c) {
        Cell cell = r.getCell(c);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    private static Element byId(Document dom, String id) {
        for (Element e : HtmlRendererTest.descendants(dom.getDocumentElement(), "*")) {
            if (e.getAttribute("id").equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no element #" + id);
    }
}
