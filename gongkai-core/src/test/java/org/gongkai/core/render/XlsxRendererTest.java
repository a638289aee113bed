package org.gongkai.core.render;

import org.gongkai.core.model.SourceRef;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.Reference;
import org.gongkai.core.model.Column;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.Metadata;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Phase;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.performance.IndicatorMerger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference rendered to XLSX and read back with POI; expected values typed from the reference text. */
class XlsxRendererTest {

    private static final String DEPARTMENT = "山西转型综合改革示范区建设与公用事业管理部";

    private static XSSFWorkbook wb;

    @BeforeAll
    static void render() throws IOException {
        byte[] bytes = XlsxRenderer.render(Reference.disclosure());
        wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @AfterAll
    static void close() throws IOException {
        wb.close();
    }

    @Test
    void oneSheetPerTableThenThePerformanceSheets() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        assertThat(names).containsExactly(
                "表1 预算收支总表",
                "表2 预算收入总表",
                "表3 预算支出总表",
                "表4 财政拨款收支总表",
                "表5 一般公共预算支出预算表（不含上年结转）",
                "表6 一般公共预算安排基本支出分经济科目表（不含上年结转）",
                "表7 政府性基金预算收入表（不含上年结转）",
                "表8 政府性基金预算支出表（不含上年结转）",
                "表9 国有资本经营预算收支预算表（不含上年结转）",
                "表10 财政拨款安排“三公”经费支出预算表",
                "表11 财政拨款安排机关运行经费预算表",
                "表12 项目支出预算表（本年预算）",
                "表13 项目支出预算表（上年结转）",
                "绩效指标",
                "绩效目标");
        assertThat(names).allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(31));
    }

    // ------------------------------------------------------------------ amounts, blanks, codes

    @Test
    void budgetSummaryTotals() {
        XSSFSheet s = wb.getSheet("表1 预算收支总表");
        Row total = row(s, 0, "收入总计");
        assertThat(amount(total, 1)).isEqualByComparingTo("48966.85");
        assertThat(text(total, 2)).isEqualTo("支出总计");
        assertThat(amount(total, 3)).isEqualByComparingTo("48966.85");
        assertThat(amount(total, 4)).isEqualByComparingTo("48798.56");
        assertThat(amount(total, 5)).isEqualByComparingTo("168.29");
        assertThat(amount(row(s, 0, "上年结转"), 1)).isEqualByComparingTo("168.29");
        assertThat(amount(row(s, 2, "十二、城乡社区支出"), 3)).isEqualByComparingTo("48875.05");
    }

    @Test
    void revenueTotalsAndCarryover() {
        XSSFSheet s = wb.getSheet("表2 预算收入总表");
        Row total = row(s, 0, "合计");
        assertThat(amount(total, 2)).isEqualByComparingTo("48798.56");
        assertThat(amount(total, 3)).isEqualByComparingTo("48798.56");
        assertThat(amount(total, 8)).isEqualByComparingTo("168.29");
        assertThat(total.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(amount(row(s, 0, "2120399"), 8)).isEqualByComparingTo("9.59");
    }

    @Test
    void expenditureTotals() {
        Row total = row(wb.getSheet("表3 预算支出总表"), 0, "合计");
        assertThat(amount(total, 2)).isEqualByComparingTo("48966.85");
        assertThat(amount(total, 3)).isEqualByComparingTo("15.00");
        assertThat(amount(total, 4)).isEqualByComparingTo("48951.85");
    }

    @Test
    void projectTablesAddUp() {
        XSSFSheet s = wb.getSheet("表12 项目支出预算表（本年预算）");
        int body = bodyStart(s);
        assertThat(text(s.getRow(body), 0)).isEqualTo(DEPARTMENT);
        assertThat(amount(s.getRow(body), 1)).isEqualByComparingTo("48783.56");
        BigDecimal sum = BigDecimal.ZERO;
        int projects = 0;
        for (int r = body + 2; r <= s.getLastRowNum(); r++) {
            Cell c = s.getRow(r).getCell(1);
            assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
            sum = sum.add(amount(s.getRow(r), 1));
            projects++;
        }
        assertThat(projects).isEqualTo(44);
        assertThat(sum).isEqualByComparingTo("48783.56");
        assertThat(text(row(s, 0, "污水、污泥处置费"), 0)).isEqualTo("污水、污泥处置费");
        assertThat(amount(row(s, 0, "污水、污泥处置费"), 1)).isEqualByComparingTo("5800.00");

        XSSFSheet carry = wb.getSheet("表13 项目支出预算表（上年结转）");
        assertThat(amount(carry.getRow(bodyStart(carry)), 1)).isEqualByComparingTo("168.29");
        assertThat(amount(row(carry, 0, "购置清雪除冰机械设备项目"), 2)).isEqualByComparingTo("9.59");
    }

    @Test
    void everyAmountIsANumberWithTheAmountFormatAndBlanksStayBlank() {
        Disclosure d = Reference.disclosure();
        int numbers = 0;
        int blanks = 0;
        for (PrintedTable t : d.tables()) {
            XSSFSheet s = wb.getSheetAt(d.tables().indexOf(t));
            int body = bodyStart(s);
            for (int i = 0; i < t.rows().size(); i++) {
                Row row = s.getRow(body + i);
                for (int c = 0; c < t.columns().size(); c++) {
                    String printed = t.rows().get(i).cell(c);
                    Cell cell = row.getCell(c);
                    if (printed.isEmpty()) {
                        assertThat(cell.getCellType()).as(t.id() + " row " + i + " col " + c).isEqualTo(CellType.BLANK);
                        blanks++;
                    } else if (t.columns().get(c).type() == ColumnType.AMOUNT) {
                        assertThat(cell.getCellType()).as(t.id() + " " + printed).isEqualTo(CellType.NUMERIC);
                        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                        assertThat(BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP))
                                .isEqualByComparingTo(printed);
                        numbers++;
                    } else {
                        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                        assertThat(cell.getStringCellValue()).isEqualTo(printed);
                    }
                }
            }
        }
        assertThat(numbers).isGreaterThan(250);
        assertThat(blanks).isGreaterThan(500);
    }

    @Test
    void codesAreText() {
        XSSFSheet s = wb.getSheet("表2 预算收入总表");
        Cell code = row(s, 0, "2010350").getCell(0);
        assertThat(code.getCellType()).isEqualTo(CellType.STRING);
        assertThat(code.getStringCellValue()).isEqualTo("2010350");
        assertThat(code.getCellStyle().getDataFormatString()).isEqualTo("@");
        assertThat(text(row(s, 0, "2010350"), 1)).isEqualTo("事业运行");
    }

    // ------------------------------------------------------------------ layout

    @Test
    void budgetSummaryHeaderIsMergedAsPrinted() {
        XSSFSheet s = wb.getSheet("表1 预算收支总表");
        assertThat(text(s.getRow(0), 0)).isEqualTo("预算公开表1");
        assertThat(text(s.getRow(1), 0)).isEqualTo("2026年预算收支总表");
        assertThat(text(s.getRow(2), 0)).isEqualTo("部门名称：" + DEPARTMENT);
        assertThat(text(s.getRow(2), 5)).isEqualTo("单位：万元");
        assertThat(merged(s)).containsExactlyInAnyOrder(
                "A2:F2", "A3:E3", // title, 部门名称
                "A4:B4", "C4:F4", // 收入, 支出
                "A39:F39"); // the note below the 33 body rows
        assertThat(texts(s.getRow(3))).containsExactly("收入", "", "支出", "", "", "");
        assertThat(texts(s.getRow(4))).containsExactly("项目", "2026年", "项目", "2026年合计", "当年预算安排", "上年结转安排");
        assertThat(bodyStart(s)).isEqualTo(5);
        assertThat(text(s.getRow(38), 0)).isEqualTo("注：本套报表因取数时四舍五入，部分金额可能存在尾差");
    }

    @Test
    void projectTableHeaderIsMergedAsPrinted() {
        XSSFSheet s = wb.getSheet("表12 项目支出预算表（本年预算）");
        // the reference prints no 表号 above this table; its 目录 names it 表十二 (line 25)
        assertThat(text(s.getRow(0), 0)).isEqualTo("表十二");
        assertThat(text(s.getRow(1), 0)).isEqualTo("2026年项目支出预算表（本年预算）");
        assertThat(merged(s)).containsExactlyInAnyOrder(
                "A2:G2", "A3:F3",
                "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5");
        assertThat(texts(s.getRow(3))).containsExactly("项目名称", "合计", "2026年财政拨款", "", "", "财政专户管理资金", "单位资金");
        assertThat(texts(s.getRow(4))).containsExactly("", "", "一般公共预算", "政府性基金预算", "国有资本经营预算", "", "");
        assertThat(texts(s.getRow(5))).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(bodyStart(s)).isEqualTo(6);
    }

    @Test
    void headerIsFrozenAndRepeatedOnEveryPrintedPage() {
        XSSFSheet s = wb.getSheet("表12 项目支出预算表（本年预算）");
        PaneInformation pane = s.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 6);
        assertThat(pane.getVerticalSplitPosition()).isZero();
        assertThat(s.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("4:6"));

        XSSFSheet t1 = wb.getSheet("表1 预算收支总表");
        assertThat(t1.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
        assertThat(t1.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("4:5"));
    }

    @Test
    void printsOnA4FittedToTheWidth() {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet s = wb.getSheetAt(i);
            PrintSetup ps = s.getPrintSetup();
            assertThat(ps.getPaperSize()).as(s.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(s.getFitToPage()).isTrue();
            assertThat(ps.getFitWidth()).isEqualTo((short) 1);
            assertThat(ps.getFitHeight()).isZero();
        }
        assertThat(wb.getSheet("表2 预算收入总表").getPrintSetup().getLandscape()).isTrue();
        assertThat(wb.getSheet("表12 项目支出预算表（本年预算）").getPrintSetup().getLandscape()).isTrue();
        assertThat(wb.getSheet("表7 政府性基金预算收入表（不含上年结转）").getPrintSetup().getLandscape()).isFalse();
    }

    @Test
    void titleIsBigAndBoldTotalsAreBold() {
        XSSFSheet s = wb.getSheet("表3 预算支出总表");
        assertThat(text(s.getRow(0), 0)).isEqualTo("表三"); // no 表号 read above this table: its 目录 name (line 16)
        var title = wb.getFontAt(s.getRow(1).getCell(0).getCellStyle().getFontIndex());
        assertThat(title.getBold()).isTrue();
        assertThat(title.getFontHeightInPoints()).isGreaterThan((short) 11);
        Row total = row(s, 0, "合计");
        assertThat(wb.getFontAt(total.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(wb.getFontAt(total.getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
        Row plain = row(s, 0, "212");
        assertThat(wb.getFontAt(plain.getCell(2).getCellStyle().getFontIndex()).getBold()).isFalse();
        assertThat(plain.getCell(1).getCellStyle().getWrapText()).isTrue();
        for (String label : List.of("本年收入合计", "收入总计")) {
            Row r = row(wb.getSheet("表1 预算收支总表"), 0, label);
            assertThat(wb.getFontAt(r.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
        }
    }

    @Test
    void columnsFitTheirCjkText() {
        XSSFSheet s = wb.getSheet("表2 预算收入总表");
        // 科目名称: "地方政府其他一般债务还本支出" is 14 CJK characters, 28 cells
        assertThat(s.getColumnWidth(1) / 256.0).isGreaterThanOrEqualTo(28);
        assertThat(s.getColumnWidth(0)).isLessThan(s.getColumnWidth(1));
        // 12 CJK cells would not hold "48,798.56" plus the header "一般公共预算" without wrapping
        assertThat(s.getColumnWidth(3) / 256.0).isGreaterThanOrEqualTo(12);
    }

    @Test
    void noDataNoteIsPrintedBelowTheTable() {
        XSSFSheet s = wb.getSheet("表7 政府性基金预算收入表（不含上年结转）");
        assertThat(text(s.getRow(s.getLastRowNum()), 0)).isEqualTo("注：本表无数据");
        Row total = row(s, 0, "合计");
        assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
    }

    // ------------------------------------------------------------------ performance

    @Test
    void indicatorSheetHasOneRowPerMergedIndicator() {
        XSSFSheet s = wb.getSheet("绩效指标");
        int expected = Reference.disclosure().performanceTargets().stream()
                .mapToInt(t -> IndicatorMerger.merge(t).size()).sum();
        assertThat(expected).isEqualTo(428);
        assertThat(s.getLastRowNum()).isEqualTo(expected);
        assertThat(texts(s.getRow(0))).containsExactly("项目名称", "一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值");
        assertThat(texts(indicator(s, "临时人员工资", "聘用人数")))
                .containsExactly("临时人员工资", "产出指标", "数量指标", "聘用人数", "≥5个", "≥5个");
        assertThat(texts(indicator(s, "临时人员工资", "人员聘用单位成本")))
                .containsExactly("临时人员工资", "产出指标", "成本指标", "人员聘用单位成本", "≤88000元", "≤88000元");
        assertThat(texts(indicator(s, "临时人员工资", "聘用人员满意度")))
                .containsExactly("临时人员工资", "满意度指标", "服务对象满意度", "聘用人员满意度", "≥85%", "≥85%");
        assertThat(texts(indicator(s, "党建经费", "党员学习内容符合要求")))
                .containsExactly("党建经费", "产出指标", "质量指标", "党员学习内容符合要求", "符合", "符合");
        Row onlyPeriod = indicator(s, "应急经费", "防疫物资采购完成率");
        assertThat(text(onlyPeriod, 4)).isEqualTo("100%");
        assertThat(onlyPeriod.getCell(5).getCellType()).isEqualTo(CellType.BLANK);

        assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F" + (expected + 1));
        assertThat(s.getPaneInformation().isFreezePane()).isTrue();
        assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    }

    @Test
    void targetSheetHasOneRowPerFormWithFundsInYuan() {
        XSSFSheet s = wb.getSheet("绩效目标");
        assertThat(s.getLastRowNum()).isEqualTo(1 + 43);
        assertThat(merged(s)).contains("A1:A2", "F1:K1", "L1:Q1", "R1:R2");
        assertThat(text(s.getRow(0), 5)).isEqualTo("实施期资金（元）");
        assertThat(texts(s.getRow(1)).subList(5, 17)).containsExactly(
                "实施期资金总额", "中央财政资金", "省级财政资金", "市县(区)财政资金", "单位自筹", "其他资金",
                "年度资金总额", "中央财政资金", "省级财政资金", "市县(区)财政资金", "单位自筹", "其他资金");

        Row wages = row(s, 0, "临时人员工资");
        assertThat(texts(wages).subList(0, 5)).containsExactly("临时人员工资", "608-" + DEPARTMENT, DEPARTMENT,
                "经常性项目(长期开展)", "99年");
        assertThat(wages.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(wages.getCell(5).getNumericCellValue()).isEqualTo(440000d);
        assertThat(wages.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(wages.getCell(6).getNumericCellValue()).isZero();
        assertThat(wages.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(wages.getCell(8).getNumericCellValue()).isEqualTo(440000d);
        assertThat(wages.getCell(10).getCellType()).isEqualTo(CellType.BLANK); // 其他资金 not printed
        assertThat(wages.getCell(11).getNumericCellValue()).isEqualTo(440000d);
        assertThat(text(wages, 17)).isEqualTo("2025-12-24"); // the reference prints the timestamp 20251224150159

        Row party = row(s, 0, "党建经费");
        assertThat(party.getCell(5).getNumericCellValue()).isEqualTo(40000d);
        assertThat(party.getCell(11).getNumericCellValue()).isEqualTo(26000d);
        assertThat(text(party, 17)).isEqualTo("2025-12-15"); // printed 202512150153

        assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:R45");
    }

    @Test
    void documentProperties() {
        var core = wb.getProperties().getCoreProperties();
        assertThat(core.getCreator()).isEqualTo("Gongkai");
        assertThat(core.getTitle()).isEqualTo(DEPARTMENT + "2026年度部门预算公开");
        assertThat(core.getSubject()).contains("13张预算表").contains("43张项目支出绩效目标表");
    }

    @Test
    void aHandBuiltDisclosureWithoutFormsOrProfile() throws IOException {
        List<Column> columns = List.of(
                new Column("code", "科目编码", ColumnType.CODE),
                new Column("name", "科目名称", ColumnType.TEXT),
                new Column("total", "合计", ColumnType.AMOUNT));
        PrintedTable t = new PrintedTable("T1", null, null, null, "2027年预算支出表", "某部门", MoneyUnit.YUAN,
                List.of(List.of("科目编码", "科目名称", "合计")), columns,
                List.of(new TableRow(List.of("合计", "", "1,234.5"), 10),
                        new TableRow(List.of("2010101", "行政运行", "—"), 11),
                        new TableRow(List.of("2010102", "一般行政管理事务", "0.00"), 12)),
                List.of(), SourceRef.line(8));
        Metadata m = new Metadata(null, null, "某部门", null, 2027,
                Phase.BUDGET, DisclosureKind.DEPARTMENT, "no-such-profile",
                MoneyUnit.YUAN, null);
        Disclosure d = new Disclosure(m, List.of(), null, List.of(t), null, List.of(), null, null, List.of(), List.of());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(XlsxRenderer.render(d)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet s = book.getSheet("表1 预算支出表");
            assertThat(text(s.getRow(1), 2)).isEqualTo("单位：元");
            assertThat(bodyStart(s)).isEqualTo(3);
            assertThat(s.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(text(s.getRow(4), 2)).isEqualTo("—"); // not an amount: kept as printed
            assertThat(s.getRow(5).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC); // 0.00 is not blank
            assertThat(s.getRow(5).getCell(2).getNumericCellValue()).isZero();
            assertThat(book.getProperties().getCoreProperties().getTitle()).isEqualTo("某部门2027年度部门预算公开");
        }
    }

    // ------------------------------------------------------------------ names

    @Test
    void sheetNamesAreShortenedCleanedAndUnique() {
        PrintedTable t = new PrintedTable("T6", null, null, null,
                "2026年一般公共预算安排基本支出分经济科目表与政府预算经济分类（不含上年结转）", null, MoneyUnit.WAN,
                List.of(), List.of(), List.of(), List.of(), SourceRef.line(1));
        assertThat(XlsxRenderer.sheetName(t, 6)).isEqualTo("表6 一般公共预算安排基本支出分经济科目表与政府预算经济分类");

        PrintedTable longer = new PrintedTable("T14", null, null, null,
                "2026年一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十", null, MoneyUnit.WAN,
                List.of(), List.of(), List.of(), List.of(), SourceRef.line(1));
        assertThat(XlsxRenderer.sheetName(longer, 14)).isEqualTo("表14 一二三四五六七八九十一二三四五六七八九十一二三四五六七")
                .hasSize(31);

        PrintedTable odd = new PrintedTable("X", null, null, null, "2026年收入/支出[汇总]表:*?", null, MoneyUnit.WAN,
                List.of(), List.of(), List.of(), List.of(), SourceRef.line(1));
        assertThat(XlsxRenderer.sheetName(odd, 3)).isEqualTo("表3 收入_支出_汇总_表___");

        Set<String> used = new HashSet<>();
        assertThat(XlsxRenderer.unique("绩效指标", used)).isEqualTo("绩效指标");
        assertThat(XlsxRenderer.unique("绩效指标", used)).isEqualTo("绩效指标（2）");
        assertThat(XlsxRenderer.unique("Sheet", used)).isEqualTo("Sheet");
        assertThat(XlsxRenderer.unique("SHEET", used)).isEqualTo("SHEET（2）");
    }

    @Test
    void cjkCharactersCountDouble() {
        assertThat(TextWidth.of("2026年")).isEqualTo(6);
        assertThat(TextWidth.of("①公务用车购置费")).isEqualTo(16);
        assertThat(TextWidth.of("（不含上年结转）")).isEqualTo(16);
        assertThat(TextWidth.lines("一二三四五六七八九十", 10)).isEqualTo(2);
        assertThat(TextWidth.lines("", 10)).isEqualTo(1);
    }

    // ------------------------------------------------------------------ helpers

    /** The first row below the frozen header. */
    private static int bodyStart(XSSFSheet s) {
        return s.getPaneInformation().getHorizontalSplitPosition();
    }

    private static Row row(XSSFSheet s, int col, String text) {
        for (Row r : s) {
            Cell c = r.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return r;
            }
        }
        throw new AssertionError(s.getSheetName() + " has no row with " + text + " in column " + col);
    }

    private static Row indicator(XSSFSheet s, String project, String name) {
        for (Row r : s) {
            if (text(r, 0).equals(project) && text(r, 3).equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no indicator " + project + " / " + name);
    }

    private static String text(Row r, int col) {
        Cell c = r.getCell(col);
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    private static List<String> texts(Row r) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < r.getLastCellNum(); c++) {
            out.add(text(r, c));
        }
        return out;
    }

    /** A numeric cell as the amount it prints (two decimals). */
    private static BigDecimal amount(Row r, int col) {
        Cell c = r.getCell(col);
        assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
        return BigDecimal.valueOf(c.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }

    private static List<String> merged(XSSFSheet s) {
        return s.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
    }
}
