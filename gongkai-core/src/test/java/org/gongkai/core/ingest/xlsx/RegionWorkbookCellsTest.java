package org.gongkai.core.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.pipeline.RenderFormat;
import org.junit.jupiter.api.Test;

/**
 * The district workbook Gongkai writes for a sample, opened with POI: cells typed by hand from the
 * sample PDF's pages (pdftotext -layout) at the sheet and address the template expects them, and the
 * template's own sheets, header cells and column widths kept.
 */
class RegionWorkbookCellsTest {

    private static final Path TEMPLATES = RegionWorkbookRoundTripTest.SAMPLES.resolve("templates");

    @Test
    void financeBureauDepartmentWorkbook() throws IOException {
        try (XSSFWorkbook wb = written("2025-dept-caizhengju")) {
            // 封面 and the 表1 sheet (2025年部门财务收支预算总表, page 9)
            assertText(wb, "封面", "A3", "上海市普陀区2025年区级部门预算");
            assertText(wb, "封面", "A9", "预算主管部门：上海市普陀区财政局");
            assertText(wb, "部门收支总表", "A2", "2025年部门财务收支预算总表");
            assertText(wb, "部门收支总表", "A4", "编制部门：上海市普陀区财政局");
            assertText(wb, "部门收支总表", "A8", "一、财政拨款收入");
            assertAmount(wb, "部门收支总表", "B8", "31214205.80");
            assertText(wb, "部门收支总表", "C8", "一、一般公共服务支出");
            assertAmount(wb, "部门收支总表", "D8", "22186440.80");
            assertText(wb, "部门收支总表", "A15", "收入总计");
            assertAmount(wb, "部门收支总表", "B15", "31214205.80");
            assertText(wb, "部门收支总表", "C15", "支出总计");
            // 表2 (2025年部门收入预算总表, page 10): 类 | 款 | 项 in three cells, the name, the amounts
            assertText(wb, "部门收入总表", "A9", "201");
            assertText(wb, "部门收入总表", "D9", "一般公共服务支出");
            assertAmount(wb, "部门收入总表", "E9", "22186440.80");
            assertAmount(wb, "部门收入总表", "F9", "22186440.80");
            assertBlank(wb, "部门收入总表", "G9");
            assertText(wb, "部门收入总表", "A11", "201");
            assertText(wb, "部门收入总表", "B11", "06");
            assertText(wb, "部门收入总表", "C11", "01");
            assertText(wb, "部门收入总表", "D11", "行政运行");
            assertAmount(wb, "部门收入总表", "E11", "16231840.80");
            // its 合计 row under the last item, the label over 类|款|项|名称 as the template prints it
            Sheet t2 = wb.getSheet("部门收入总表");
            int total = lastRow(t2);
            assertThat(text(t2, new CellAddress(total, 0))).isEqualTo("合计");
            assertThat(t2.getMergedRegions()).contains(new CellRangeAddress(total, total, 0, 3));
            assertThat(amount(t2, new CellAddress(total, 4))).isEqualTo("31214205.80");
            // the amounts show their cents: the template's "#,##0_ " with two decimals
            assertThat(cell(wb, "部门收入总表", "E9").getCellStyle().getDataFormatString()).isEqualTo("#,##0.00_ ");
            // 表9 (page 22): 三公 0.95万元, all of it 公务接待费; 机关运行经费 229.43万元
            assertText(wb, "部门“三公”经费和机关运行费预算表", "A2", "2025年部门“三公”经费和机关运行经费预算表");
            assertText(wb, "部门“三公”经费和机关运行费预算表", "G3", "单位:万元");
            assertAmount(wb, "部门“三公”经费和机关运行费预算表", "A7", "0.95");
            assertBlank(wb, "部门“三公”经费和机关运行费预算表", "B7");
            assertAmount(wb, "部门“三公”经费和机关运行费预算表", "C7", "0.95");
            assertAmount(wb, "部门“三公”经费和机关运行费预算表", "G7", "229.43");
            // the row in the template's own style of that row (bordered), not of the template's lower rows
            Sheet t9 = wb.getSheet("部门“三公”经费和机关运行费预算表");
            assertThat(t9.getRow(6).getCell(0).getCellStyle().getBorderLeft())
                    .isEqualTo(t9.getRow(6).getCell(6).getCellStyle().getBorderLeft())
                    .isNotEqualTo(org.apache.poi.ss.usermodel.BorderStyle.NONE);
            assertText(wb, "部门主要职能", "A1", "上海市普陀区财政局主要职能");
            // printed one page wide (the template alone prints each table over two pages side by side)
            assertThat(t2.getFitToPage()).isTrue();
            assertThat(t2.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(t2.getPrintSetup().getLandscape()).isTrue();
            assertTemplateKept(wb, "department_budget_template.xlsx");
        }
    }

    @Test
    void commerceCommissionUnitWorkbook() throws IOException {
        try (XSSFWorkbook wb = written("2025-unit-shangwuweiyuanhui")) {
            assertText(wb, "封面", "A3", "上海市普陀区2025年区级单位预算");
            assertText(wb, "封面", "A9", "预算单位：上海市普陀区商务委员会");
            // 单位收支总表 (page 8): four header rows, 基本支出 split into 人员经费 and 公用经费
            assertText(wb, "单位收支总表", "A2", "2025年预算单位财务收支预算总表");
            assertText(wb, "单位收支总表", "A4", "编制单位：上海市普陀区商务委员会");
            assertText(wb, "单位收支总表", "A10", "一、财政拨款收入");
            assertAmount(wb, "单位收支总表", "B10", "371514655.00");
            assertText(wb, "单位收支总表", "C10", "一、一般公共服务支出");
            assertAmount(wb, "单位收支总表", "D10", "21601733.00");
            assertAmount(wb, "单位收支总表", "E10", "10823891.00");
            assertAmount(wb, "单位收支总表", "F10", "1467842.00");
            assertAmount(wb, "单位收支总表", "G10", "9310000.00");
            assertText(wb, "单位收支总表", "C11", "二、科学技术支出");
            assertBlank(wb, "单位收支总表", "E11");
            assertAmount(wb, "单位收支总表", "G11", "17200000.00");
            assertAmount(wb, "单位“三公”经费和机关运行费预算表", "A7", "1.00");
            assertAmount(wb, "单位“三公”经费和机关运行费预算表", "G7", "171.01");
            assertTemplateKept(wb, "unit_budget_template.xlsx");
        }
    }

    /**
     * The template's sheets in its order (a further project's 项目经费情况说明 may follow the first),
     * every header cell and column width of each sheet as the template has them.
     */
    private static void assertTemplateKept(XSSFWorkbook wb, String template) throws IOException {
        try (InputStream in = Files.newInputStream(TEMPLATES.resolve(template)); XSSFWorkbook t = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            for (Sheet s : wb) {
                names.add(s.getSheetName());
            }
            List<String> want = new ArrayList<>();
            for (Sheet s : t) {
                want.add(s.getSheetName());
            }
            assertThat(names).containsSubsequence(want);
            assertThat(names).hasSize(want.size());
            for (Sheet ts : t) {
                Sheet ws = wb.getSheet(ts.getSheetName());
                for (int c = 0; c < 10; c++) {
                    assertThat(ws.getColumnWidth(c)).as(ts.getSheetName() + " column " + c).isEqualTo(ts.getColumnWidth(c));
                }
                int header = headerStart(ts);
                if (header < 0) {
                    continue;
                }
                // the header: from the row of “项目”/“本年收入”/“财政拨款收入”/“三公” to the first sample data row
                for (int r = header; r < header + 4 && r <= ts.getLastRowNum(); r++) {
                    Row row = ts.getRow(r);
                    if (row == null || isSample(row)) {
                        break;
                    }
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isBlank()) {
                            assertThat(text(ws, c.getAddress())).as(ts.getSheetName() + "!" + c.getAddress())
                                    .isEqualTo(c.getStringCellValue());
                        }
                    }
                }
            }
        }
    }

    private static int headerStart(Sheet s) {
        for (int r = 0; r < 8 && r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            String a = row == null || row.getCell(0) == null || row.getCell(0).getCellType() != CellType.STRING ? ""
                    : row.getCell(0).getStringCellValue();
            if (List.of("项目", "本年收入", "财政拨款收入", "“三公”经费预算数").contains(a)) {
                return r;
            }
        }
        return -1;
    }

    /** A sample row of the template: a code (digits) or an item "一、…" in its first cell. */
    private static boolean isSample(Row row) {
        Cell c = row.getCell(0);
        if (c != null && c.getCellType() == CellType.NUMERIC) {
            return true;
        }
        String a = c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
        return a.matches("\\d+|…|一、.*");
    }

    private static XSSFWorkbook written(String sample) throws IOException {
        Pipeline p = Pipeline.standard();
        Disclosure d = p.load(RegionWorkbookRoundTripTest.SAMPLES.resolve(sample + ".pdf")).disclosure();
        return new XSSFWorkbook(new ByteArrayInputStream(p.render(d, RenderFormat.XLSX)));
    }

    private static Cell cell(XSSFWorkbook wb, String sheet, String ref) {
        Sheet s = wb.getSheet(sheet);
        assertThat(s).as(sheet).isNotNull();
        CellAddress a = new CellAddress(ref);
        Row row = s.getRow(a.getRow());
        return row == null ? null : row.getCell(a.getColumn());
    }

    private static void assertText(XSSFWorkbook wb, String sheet, String ref, String want) {
        assertThat(text(wb.getSheet(sheet), new CellAddress(ref))).as(sheet + "!" + ref).isEqualTo(want);
    }

    private static void assertAmount(XSSFWorkbook wb, String sheet, String ref, String want) {
        assertThat(amount(wb.getSheet(sheet), new CellAddress(ref))).as(sheet + "!" + ref).isEqualTo(want);
    }

    private static void assertBlank(XSSFWorkbook wb, String sheet, String ref) {
        Cell c = cell(wb, sheet, ref);
        assertThat(c == null || c.getCellType() == CellType.BLANK).as(sheet + "!" + ref + " blank").isTrue();
    }

    private static String text(Sheet s, CellAddress a) {
        Row row = s.getRow(a.getRow());
        Cell c = row == null ? null : row.getCell(a.getColumn());
        return c == null || c.getCellType() != CellType.STRING ? null : c.getStringCellValue();
    }

    /** A numeric cell's value with two decimals (the test's own formatting, not the reader's). */
    private static String amount(Sheet s, CellAddress a) {
        Row row = s.getRow(a.getRow());
        Cell c = row == null ? null : row.getCell(a.getColumn());
        if (c == null || c.getCellType() != CellType.NUMERIC) {
            return c == null ? null : "(" + c.getCellType() + ")";
        }
        return String.format(java.util.Locale.ROOT, "%.2f", c.getNumericCellValue());
    }

    private static int lastRow(Sheet s) {
        return s.getLastRowNum();
    }
}
