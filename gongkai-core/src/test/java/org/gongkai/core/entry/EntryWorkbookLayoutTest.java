package org.gongkai.core.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.catalogue.CatalogueSource;
import org.junit.jupiter.api.Test;

/** The blank entry workbook as the issue asks for it: the sheets, the marked cells, the drop-downs and the catalogue sheet. */
class EntryWorkbookLayoutTest {

    private static XSSFWorkbook blank() throws IOException {
        byte[] xlsx = new EntryWorkbookWriter(CatalogueSource.shipped().forYear(2026), List.of("shanghai-9", "shanxi-13")).blank("shanxi-13");
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    @Test
    void instructionsFirstThenOneSheetPerKindOfFactThenTheHiddenCatalogue() throws IOException {
        try (XSSFWorkbook wb = blank()) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("说明", "单位信息", "收入", "支出", "基本支出", "项目", "绩效目标", "绩效指标", "三公",
                    "机关运行经费", "政府采购", "国有资产", "文字说明", "名词解释", "科目表");
            assertThat(wb.isSheetHidden(names.indexOf("科目表"))).isTrue();
            assertThat(names.stream().filter(n -> !n.equals("科目表")).map(n -> wb.isSheetHidden(names.indexOf(n)))).containsOnly(false);
            StringBuilder text = new StringBuilder();
            wb.getSheet("说明").forEach(r -> r.forEach(c -> text.append(c.getStringCellValue()).append('\n')));
            assertThat(text).contains("黄色底色的单元格必须填写", "只读取填入的数值，不采用公式的计算结果");
        }
    }

    @Test
    void requiredCellsAreYellowAndCodesAreTextCellsWithADropDownFromTheCatalogue() throws IOException {
        try (XSSFWorkbook wb = blank()) {
            XSSFSheet s = wb.getSheet("支出");
            XSSFCell code = s.getRow(3).getCell(0);
            XSSFCell name = s.getRow(3).getCell(1);
            assertThat(yellow(code)).isTrue();
            assertThat(yellow(name)).isFalse();
            assertThat(code.getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(name.getCellType()).isEqualTo(CellType.FORMULA);
            DataValidation codes = s.getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 0).findFirst().orElseThrow();
            assertThat(codes.getValidationConstraint().getFormula1()).isEqualTo("功能科目");
            assertThat(wb.getName("功能科目").getRefersToFormula()).startsWith("'科目表'!$A$2:$A$");
            // 2120501 城乡社区环境卫生 is a code of 2026, with its name in the next cell
            XSSFSheet cat = wb.getSheet("科目表");
            boolean found = false;
            for (var r : cat) {
                if (r.getCell(0) != null && "2120501".equals(r.getCell(0).getStringCellValue())) {
                    found = "城乡社区环境卫生".equals(r.getCell(1).getStringCellValue());
                }
            }
            assertThat(found).isTrue();
        }
    }

    private static boolean yellow(XSSFCell c) {
        XSSFCellStyle style = c.getCellStyle();
        return style.getFillForegroundXSSFColor() != null
                && java.util.Arrays.equals(style.getFillForegroundXSSFColor().getRGB(), new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C});
    }
}
