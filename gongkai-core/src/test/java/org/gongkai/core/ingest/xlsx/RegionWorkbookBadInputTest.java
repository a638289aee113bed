package org.gongkai.core.ingest.xlsx;

import org.gongkai.core.WorkbookEdits;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.gongkai.core.ingest.IngestException;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.pipeline.RenderFormat;
import org.junit.jupiter.api.Test;

/**
 * A filled-in district workbook that Gongkai must not read as it is: every problem named by its
 * sheet and cell, all of them in one message; the file's own bounds (rows, zip expansion) hold
 * before anything is read.
 */
class RegionWorkbookBadInputTest {

    /** The finance bureau's sample written into the district's 部门 workbook. */
    private static final byte[] GOOD;

    static {
        Pipeline p = Pipeline.standard();
        Disclosure d = p.load(RegionWorkbookRoundTripTest.SAMPLES.resolve("2025-dept-caizhengju.pdf")).disclosure();
        GOOD = p.render(d, RenderFormat.XLSX);
    }

    private static final String T2 = "部门收入总表";

    @Test
    void theGoodWorkbookReads() {
        assertThat(Pipeline.standard().load("good.xlsx", GOOD).disclosure().tables()).hasSize(9);
    }

    @Test
    void everyProblemNamesItsSheetAndCell() {
        byte[] bytes = WorkbookEdits.edit(GOOD, wb -> {
            XSSFSheet t2 = wb.getSheet(T2);
            t2.getRow(8).getCell(4).setCellFormula("F9");                     // E9: a formula
            t2.getRow(9).getCell(4).setCellErrorValue(FormulaError.DIV0);     // E10: #DIV/0!
            t2.getRow(10).getCell(4).setCellValue("1,234.00元");               // E11: text in an amount cell
            t2.addMergedRegion(new CellRangeAddress(11, 11, 4, 5));           // E12:F12 merged
            wb.setSheetHidden(wb.getSheetIndex("部门支出总表"), true);         // a hidden sheet
        });
        String message = problem(bytes);
        assertThat(message).contains("公开表格有5处问题")
                .contains(T2 + "!E9：单元格是公式")
                .contains(T2 + "!E10：单元格为错误值#DIV/0!")
                .contains(T2 + "!E11：金额单元格中是文字“1,234.00元”")
                .contains(T2 + "!E12:F12：数据区不能合并单元格")
                .contains("部门支出总表：工作表“部门支出总表”被隐藏");
    }

    @Test
    void aValueOutsideTheTablesColumns() {
        byte[] bytes = WorkbookEdits.edit(GOOD, wb -> wb.getSheet(T2).getRow(8).createCell(10).setCellValue("备注"));
        assertThat(problem(bytes)).contains(T2 + "!K9：在表2的9列之外有内容“备注”");
    }

    @Test
    void aMillionRowsStopAtTheRowBound() {
        byte[] bytes = WorkbookEdits.replaceSheet(GOOD, T2, out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            for (int r = 1; r <= 1_000_000; r++) {
                out.write(("<row r=\"" + r + "\"><c r=\"E" + r + "\"><v>1</v></c></row>").getBytes(StandardCharsets.US_ASCII));
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(problem(bytes)).isEqualTo(T2 + "!A20001：工作表“" + T2 + "”超过20000行，Gongkai 不读取这么大的表（请删除多余的行）");
    }

    @Test
    void aZipBombIsRefusedAfterABoundedExpansion() {
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
        assertThat(problem(out.toByteArray())).contains("xl/media/padding.bin", "疑似压缩炸弹");
    }

    private static String problem(byte[] bytes) {
        try {
            Pipeline.standard().load("district.xlsx", bytes);
        } catch (IngestException e) {
            assertThat(e.file()).isEqualTo("district.xlsx");
            return e.getMessage();
        }
        throw new AssertionError("the workbook was read without a problem");
    }
}
