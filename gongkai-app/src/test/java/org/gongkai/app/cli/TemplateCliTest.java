package org.gongkai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./gongkai template, and the entry workbook as an input of import, check and render. */
class TemplateCliTest extends CliRunning {

    @TempDir
    Path dir;

    @Test
    void templateFromTheReferenceIsReadBackAsFacts() throws Exception {
        Path xlsx = dir.resolve("budget.xlsx");
        assertThat(run("template", "--profile", "shanxi-13", "--year", "2026", "--from", reference().toString(),
                "--out", xlsx.toString())).isZero();
        Path facts = dir.resolve("facts.json");
        assertThat(run("import", xlsx.toString(), "--out", facts.toString())).isZero();
        assertThat(Files.readString(facts)).contains("\"format\" : \"gongkai-facts\"", "\"functionCode\" : \"2120501\"");
        assertThat(run("render", xlsx.toString(), "--format", "html", "--out", dir.resolve("html").toString())).isZero();
    }

    @Test
    void aBlankTemplateNamesWhatMustBeFilled() throws Exception {
        Path xlsx = dir.resolve("blank.xlsx");
        assertThat(run("template", "--profile", "shanghai-9", "--year", "2026", "--out", xlsx.toString())).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("单位信息").getRow(7).getCell(1).getStringCellValue()).isEqualTo("shanghai-9");
        }
        assertThat(run("check", xlsx.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("blank.xlsx: 预算录入表有1处问题", "单位信息!B4：必须填写“部门名称”")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void anOldXlsIsNamedAndExitsTwo() throws Exception {
        Path xls = dir.resolve("old.xls");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            wb.createSheet("支出");
            wb.write(bytes);
        }
        Files.write(xls, bytes.toByteArray());
        assertThat(run("import", xls.toString(), "--out", dir.resolve("x.json").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("错误：old.xls: 这是旧版 Excel 97-2003 工作簿（.xls）");
    }

    @Test
    void anUnknownYearIsRefused() {
        assertThat(run("template", "--profile", "shanxi-13", "--year", "1990", "--out", dir.resolve("t.xlsx").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("没有1990年的政府收支分类科目");
    }
}
