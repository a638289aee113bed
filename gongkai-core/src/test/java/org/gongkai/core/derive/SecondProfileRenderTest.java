package org.gongkai.core.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.Reference;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.ProfileSource;
import org.gongkai.core.render.CsvExport;
import org.gongkai.core.render.HtmlRenderer;
import org.gongkai.core.render.XlsxRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference's facts published with the second profile ({@code variant-13.json}: the 13 tables
 * in another order, 表1…表13, the 一般公共预算支出表 in 元, function codes in 类|款|项 columns) and
 * rendered as HTML, XLSX and CSV, the profile given to the renderers. Expected figures are typed
 * from the reference text: line 126 "2120501 城乡社区环境卫生 21694.90 … 81.90" (预算收入总表),
 * line 229 "2120501 … 21694.90 (项目支出)" (一般公共预算支出预算表, here 216,949,000.00元), line 118
 * "212 城乡社区支出 48783.56 … 91.49", line 125 "21205 城乡社区环境卫生 21694.90 … 81.90".
 */
class SecondProfileRenderTest {

    private static final String RESOURCE = "/org/gongkai/core/profile/variant-13.json";

    private static Profile variant;
    private static ProfileSource profiles;
    private static Disclosure theirs;
    private static BudgetFacts facts;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void publish() throws IOException {
        try (InputStream in = SecondProfileRenderTest.class.getResourceAsStream(RESOURCE)) {
            variant = Profile.read(in);
        }
        profiles = id -> Optional.of(variant).filter(p -> p.id().equals(id));
        Catalogue catalogue = Catalogue.forYear(2026);
        facts = new FactsInferrer(catalogue).infer(Reference.disclosure());
        theirs = new DisclosureBuilder(variant, catalogue).build(facts).disclosure();
        workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxRenderer.render(theirs, profiles)));
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    // ------------------------------------------------------------------ CSV

    @Test
    void csvFilesAreNumberedInThisProfilesOrder() {
        Map<String, byte[]> files = CsvExport.files(theirs, facts, profiles).files();
        assertThat(files.keySet()).containsExactlyInAnyOrder("T01.csv", "T02.csv", "T03.csv", "T04.csv", "T05.csv",
                "T06.csv", "T07.csv", "T08.csv", "T09.csv", "T10.csv", "T11.csv", "T12.csv", "T13.csv", "projects.csv",
                "performance_targets.csv", "performance_indicators.csv");
        // 表1 is this profile's 收入 table (the reference's 表二)
        List<String> revenue = lines(files.get("T01.csv"));
        assertThat(revenue.get(0)).isEqualTo("类,款,项,科目名称,合计,一般公共预算,政府性基金,国有资本经营预算,财政专户管理资金,单位资金,上年结转");
        assertThat(revenue).contains(
                "212,,,城乡社区支出,48783.56,48783.56,,,,,91.49",
                "212,05,,城乡社区环境卫生,21694.90,21694.90,,,,,81.90",
                "212,05,01,城乡社区环境卫生,21694.90,21694.90,,,,,81.90");
        // 表4 is the 一般公共预算 table, in 元
        assertThat(lines(files.get("T04.csv"))).contains("212,05,01,城乡社区环境卫生,216949000.00,,216949000.00");
        // 表13 is the 本年 project table (the reference's 表十二, line 330), 表12 the 上年结转 one (line 389)
        assertThat(lines(files.get("T13.csv"))).contains("污水、污泥处置费,5800.00,5800.00,,,,");
        assertThat(lines(files.get("T12.csv"))).anyMatch(l -> l.startsWith("购置清雪除冰机械设备项目,9.59,9.59"));
    }

    private static List<String> lines(byte[] csv) {
        return List.of(new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n"));
    }

    // ------------------------------------------------------------------ HTML

    @Test
    void htmlPrintsTheCodeColumnsAndIndentsByLevel() {
        String html = new HtmlRenderer(profiles).render(theirs);
        String revenue = section(html, "table-B1");
        assertThat(revenue).contains("<h3 id=\"table-B1-h\" class=\"table-title\">表1 2026年部门收入总体情况表</h3>");
        assertThat(revenue).contains("<th scope=\"col\">类</th>", "<th scope=\"col\">款</th>", "<th scope=\"col\">项</th>");
        assertThat(bodyRow(revenue, "212", "", "")).startsWith("<tr class=\"level-1\">")
                .contains("<th scope=\"row\">城乡社区支出</th>").contains("<td class=\"num\">91.49</td>");
        assertThat(bodyRow(revenue, "212", "05", "")).startsWith("<tr>")
                .contains("<th scope=\"row\" class=\"indent-1\">城乡社区环境卫生</th>");
        assertThat(bodyRow(revenue, "212", "05", "01")).startsWith("<tr>")
                .contains("<th scope=\"row\" class=\"indent-2\">城乡社区环境卫生</th>")
                .contains("<td class=\"num\">21694.90</td>").contains("<td class=\"num\">81.90</td>");

        String general = section(html, "table-B4");
        assertThat(general).contains("表4 2026年一般公共预算支出情况表").contains("单位：元").doesNotContain("单位：万元");
        assertThat(bodyRow(general, "212", "05", "01")).contains("<td class=\"num\">216949000.00</td>");
        assertThat(section(html, "table-B1")).contains("单位：万元");
        assertThat(html).contains("第二部分 2026年部门预算公开表");
        // the 一般公共预算 chart sums the 类 rows of the 元 table: 15.00万元 and 48,783.56万元 (lines 218, 221)
        assertThat(html).contains("一般公共预算当年拨款结构图：一般公共服务支出150000.00元，占0.03%；城乡社区支出487835600.00元，占99.97%。");
    }

    /** The section of a table, from its opening tag to the end of its table. */
    private static String section(String html, String id) {
        int from = html.indexOf("<section class=\"budget-table");
        while (from >= 0 && !html.startsWith("id=\"" + id + "\"", html.indexOf("id=", from))) {
            from = html.indexOf("<section class=\"budget-table", from + 1);
        }
        assertThat(from).as("section " + id).isNotNegative();
        return html.substring(from, html.indexOf("</section>", from));
    }

    /** The body row whose 类, 款 and 项 cells are these. */
    private static String bodyRow(String section, String codeClass, String codeSection, String codeItem) {
        Matcher m = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*</tr>").matcher(section.substring(section.indexOf("<tbody>")));
        String cells = "<td class=\"code\">" + codeClass + "</td><td class=\"code\">" + codeSection
                + "</td><td class=\"code\">" + codeItem + "</td>";
        while (m.find()) {
            if (m.group().contains(cells)) {
                return m.group();
            }
        }
        throw new AssertionError("no row " + codeClass + "|" + codeSection + "|" + codeItem);
    }

    // ------------------------------------------------------------------ XLSX

    @Test
    void xlsxSheetsInThisProfilesOrder() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        assertThat(names).startsWith("表1 部门收入总体情况表", "表2 部门支出总体情况表", "表3 部门收支总体情况表",
                "表4 一般公共预算支出情况表");
        assertThat(names).contains("表13 项目支出情况表（本年）", "绩效指标", "绩效目标");
    }

    @Test
    void xlsxGroupsTheRowsByTheLevelOfTheirCode() {
        XSSFSheet s = workbook.getSheet("表1 部门收入总体情况表");
        assertThat(texts(s.getRow(bodyStart(s) - 1), 3)).containsExactly("类", "款", "项");
        XSSFRow urban = row(s, "212", "", "");
        XSSFRow section = row(s, "212", "05", "");
        XSSFRow item = row(s, "212", "05", "01");
        assertThat(urban.getCell(3).getStringCellValue()).isEqualTo("城乡社区支出");
        assertThat(urban.getCTRow().getOutlineLevel()).isZero();
        assertThat(section.getCTRow().getOutlineLevel()).isEqualTo((short) 1);
        assertThat(item.getCTRow().getOutlineLevel()).isEqualTo((short) 2);
        assertThat(section.getCell(3).getCellStyle().getIndention()).isEqualTo((short) 1);
        assertThat(item.getCell(3).getCellStyle().getIndention()).isEqualTo((short) 2);
        assertThat(amount(item, 4)).isEqualByComparingTo("21694.90");
        assertThat(amount(item, 10)).isEqualByComparingTo("81.90");
        assertThat(s.getRowSumsBelow()).isFalse();

        XSSFSheet general = workbook.getSheet("表4 一般公共预算支出情况表");
        assertThat(general.getRow(2).getCell(6).getStringCellValue()).isEqualTo("单位：元");
        assertThat(amount(row(general, "212", "05", "01"), 6)).isEqualByComparingTo("216949000.00");
        assertThat(row(general, "212", "05", "01").getCTRow().getOutlineLevel()).isEqualTo((short) 2);
    }

    private static int bodyStart(XSSFSheet s) {
        return s.getPaneInformation().getHorizontalSplitPosition();
    }

    private static XSSFRow row(XSSFSheet s, String codeClass, String codeSection, String codeItem) {
        for (int r = bodyStart(s); r <= s.getLastRowNum(); r++) {
            XSSFRow row = s.getRow(r);
            if (row != null && texts(row, 3).equals(List.of(codeClass, codeSection, codeItem))) {
                return row;
            }
        }
        throw new AssertionError(s.getSheetName() + " has no row " + codeClass + "|" + codeSection + "|" + codeItem);
    }

    private static List<String> texts(XSSFRow row, int count) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue());
        }
        return out;
    }

    private static BigDecimal amount(XSSFRow row, int c) {
        Cell cell = row.getCell(c);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }
}
