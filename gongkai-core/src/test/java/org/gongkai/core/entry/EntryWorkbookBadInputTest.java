package org.gongkai.core.entry;

import org.gongkai.core.WorkbookEdits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.catalogue.CatalogueSource;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.ingest.IngestException;
import org.gongkai.core.testing.RandomFacts;
import org.junit.jupiter.api.Test;

/**
 * Bad workbooks: each is refused with a message that says what is wrong and where (sheet and cell),
 * never a stack trace. Row 4 of a table sheet is its first data row.
 */
class EntryWorkbookBadInputTest {

    private static final BudgetFacts FACTS = new RandomFacts(7).next();
    private static final byte[] GOOD = EntryWorkbookRoundTripTest.write(FACTS);

    private static String problem(byte[] bytes) {
        try {
            new EntryWorkbookReader(CatalogueSource.shipped(), Set.of("shanxi-13", "shanghai-9")).read("budget.xlsx", bytes);
        } catch (IngestException e) {
            assertThat(e.file()).isEqualTo("budget.xlsx");
            return e.getMessage();
        }
        throw new AssertionError("the workbook was read without a problem");
    }

    private static XSSFSheet expenditure(XSSFWorkbook wb) {
        return wb.getSheet("支出");
    }

    @Test
    void theGoodWorkbookReads() {
        assertThat(EntryWorkbookRoundTripTest.read(GOOD)).isEqualTo(FACTS);
    }

    @Test
    void notAWorkbook() {
        assertThat(problem("部门预算".getBytes(StandardCharsets.UTF_8))).isEqualTo("不是 Excel 工作簿（.xlsx）");
        assertThat(problem(zip("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)))).startsWith("不是可读取的 Excel 工作簿（.xlsx）");
    }

    @Test
    void anOldXlsSaysSo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("支出").createRow(0).createCell(0).setCellValue("功能科目编码");
            wb.write(out);
        }
        assertThat(problem(out.toByteArray())).contains("旧版 Excel 97-2003 工作簿（.xls）", "另存为");
    }

    @Test
    void aPasswordProtectedWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(GOOD);
            }
            fs.writeFilesystem(out);
        }
        assertThat(problem(out.toByteArray())).contains("设有打开密码（已加密）");
    }

    @Test
    void aZipBombIsRefusedAfterABoundedExpansion() {
        // one entry that inflates to 150 MB of zeros from about 150 KB
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            WorkbookEdits.copyAll(GOOD, zip);
            zip.putNextEntry(new ZipEntry("xl/media/padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 150; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(out.size()).isLessThan(2 * 1024 * 1024);
        assertThat(problem(out.toByteArray())).contains("xl/media/padding.bin", "疑似压缩炸弹");
    }

    @Test
    void aMillionRowsStopAtTheRowBound() {
        byte[] bytes = WorkbookEdits.replaceSheet(GOOD, "支出", out -> {
            byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8);
            out.write(head);
            for (int r = 1; r <= 1_000_000; r++) {
                out.write(("<row r=\"" + r + "\"><c r=\"F" + r + "\"><v>1</v></c></row>").getBytes(StandardCharsets.US_ASCII));
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(problem(bytes)).isEqualTo("支出!A20001：工作表“支出”超过20000行，Gongkai 不读取这么大的表（请删除多余的行）");
    }

    @Test
    void aCodeNotInTheYearsCatalogue() {
        byte[] bytes = WorkbookEdits.edit(GOOD, wb -> expenditure(wb).getRow(3).getCell(0).setCellValue("2120599"));
        assertThat(problem(bytes)).contains("支出!A4：科目编码2120599不在2026年科目表中");
    }

    @Test
    void aCodeTypedAsANumberIsRead() {
        BudgetLine first = FACTS.lines().get(0);
        byte[] bytes = WorkbookEdits.edit(GOOD, wb -> expenditure(wb).getRow(3).getCell(0).setCellValue(Double.parseDouble(first.functionCode().digits())));
        assertThat(EntryWorkbookRoundTripTest.read(bytes).lines().get(0)).isEqualTo(first);
    }

    @Test
    void aFormulaErrorNamesItsCell() {
        byte[] bytes = WorkbookEdits.edit(GOOD, wb -> expenditure(wb).getRow(3).getCell(5).setCellErrorValue(FormulaError.DIV0));
        assertThat(problem(bytes)).contains("支出!F4：单元格为错误值#DIV/0!");
    }

    @Test
    void aFormulaInAnAmountCellIsRefusedNotItsCachedResult() {
        byte[] bytes = WorkbookEdits.edit(GOOD, wb -> expenditure(wb).getRow(3).getCell(5).setCellFormula("100+23"));
        assertThat(problem(bytes)).contains("支出!F4：单元格是公式", "不采用公式的计算结果");
    }

    @Test
    void mergedCellsInTheDataArea() {
        byte[] bytes = WorkbookEdits.edit(GOOD, wb -> expenditure(wb).addMergedRegion(new CellRangeAddress(3, 4, 2, 2)));
        assertThat(problem(bytes)).contains("支出!C4:C5：数据区不能合并单元格");
    }

    @Test
    void textInANumberCellNamesTheCell() {
        byte[] bytes = WorkbookEdits.edit(GOOD, wb -> expenditure(wb).getRow(3).getCell(5).setCellValue("1,234.00元"));
        assertThat(problem(bytes)).contains("支出!F4：“金额（元）”应为数字，实际为文本“1,234.00元”");
    }

    @Test
    void aPlainNumberWrittenAsTextIsRead() {
        byte[] bytes = WorkbookEdits.edit(GOOD, wb -> expenditure(wb).getRow(3).getCell(5).setCellValue("1234.5"));
        assertThat(EntryWorkbookRoundTripTest.read(bytes).lines().get(0).amount().value()).isEqualByComparingTo("1234.5");
    }

    @Test
    void aHiddenDataSheet() {
        byte[] bytes = WorkbookEdits.edit(GOOD, wb -> wb.setSheetHidden(wb.getSheetIndex("三公"), true));
        assertThat(problem(bytes)).contains("三公：工作表“三公”被隐藏");
    }

    @Test
    void aMissingSheetAndAMovedColumn() {
        byte[] bytes = WorkbookEdits.edit(GOOD, wb -> {
            wb.removeSheetAt(wb.getSheetIndex("政府采购"));
            expenditure(wb).getRow(2).getCell(2).setCellValue("资金年度");
        });
        assertThat(problem(bytes)).contains("缺少工作表“政府采购”", "支出!C3：表头应为“资金来源”，实际为“资金年度”");
    }

    @Test
    void aRequiredCellLeftBlankAndAChoiceNotInTheList() {
        byte[] bytes = WorkbookEdits.edit(GOOD, wb -> {
            expenditure(wb).getRow(3).getCell(5).setBlank();
            expenditure(wb).getRow(3).getCell(2).setCellValue("自有资金");
        });
        assertThat(problem(bytes)).contains("支出!F4：必须填写“金额（元）”", "支出!C4：“自有资金”不是可选的“资金来源”");
    }

    @Test
    void aNameFormulaBesideACodeIsNotTrustedTheCatalogueNamesTheCode() {
        // 基本支出!B4 is the name of the code in A4: a formula there gives way to the catalogue's name
        byte[] bytes = WorkbookEdits.edit(GOOD, wb -> wb.getSheet("基本支出").getRow(3).getCell(1).setCellFormula("\"随便写的名称\""));
        BudgetFacts back = EntryWorkbookRoundTripTest.read(bytes);
        assertThat(back.basicByEconomic().get(0).deptEconomicCode().digits()).isEqualTo("30101");
        assertThat(back.basicByEconomic().get(0).deptEconomicName()).isEqualTo("基本工资");
    }

    @Test
    void aRequiredFormItemLeftBlankNamesItsCell() {
        byte[] bytes = WorkbookEdits.edit(GOOD, wb -> wb.getSheet("单位信息").getRow(3).getCell(1).setBlank());
        assertThat(problem(bytes)).isEqualTo("预算录入表有1处问题：\n单位信息!B4：必须填写“部门名称”");
    }

    @Test
    void aSecondFormInTheTargetsSheetStartsWithItsNumber() {
        // 绩效目标: a 项目名称 row repeated inside one form instead of a new form starting with 序号
        byte[] bytes = WorkbookEdits.edit(GOOD, wb -> {
            XSSFSheet s = wb.getSheet("绩效目标");
            org.apache.poi.ss.usermodel.Row r = s.getRow(s.getLastRowNum());
            r.getCell(0).setCellValue("项目名称");
            r.getCell(1).setCellValue("多出来的项目");
        });
        assertThat(problem(bytes)).contains("在同一组中出现两次", "新的一组要从“序号”开始");
    }

    @Test
    void anEconomicNameWithoutACodeIsARow() {
        // a 款 whose name the catalogue does not know is entered by its name alone (the code stays empty)
        int rows = FACTS.basicByEconomic().size();
        byte[] bytes = WorkbookEdits.edit(GOOD, wb -> {
            XSSFSheet s = wb.getSheet("基本支出");
            // typed over the spare row's name formula, as a person typing in the cell replaces it
            s.getRow(3 + rows).getCell(1).setBlank();
            s.getRow(3 + rows).getCell(1).setCellValue("其他对个人和家庭的补助");
            s.getRow(3 + rows).getCell(4).setCellValue(500);
        });
        BudgetFacts back = EntryWorkbookRoundTripTest.read(bytes);
        assertThat(back.basicByEconomic()).hasSize(rows + 1);
        assertThat(back.basicByEconomic().get(rows).deptEconomicCode()).isNull();
        assertThat(back.basicByEconomic().get(rows).deptEconomicName()).isEqualTo("其他对个人和家庭的补助");
        assertThat(back.basicByEconomic().get(rows).personnel().value()).isEqualByComparingTo("500");
    }

    // ---- zip helpers -------------------------------------------------------------------------------

    private static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
