package org.gongkai.core.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.Reference;
import org.gongkai.core.pipeline.ExportFormat;
import org.gongkai.core.pipeline.Loaded;
import org.gongkai.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * The reference through the entry workbook: {@code template --from <reference>}, then the workbook
 * exported as CSV gives the tables, performance targets and indicators the reference itself exports,
 * apart from the column that says where a value was read ({@code line}).
 */
class EntryWorkbookReferenceTest {

    private static final Set<String> LOCATION_COLUMNS = Set.of("line", "page", "box");

    @Test
    void theReferenceThroughTheWorkbookExportsTheSameCsv() throws IOException {
        Pipeline pipeline = Pipeline.standard();
        Loaded reference = pipeline.load(Reference.file());
        byte[] xlsx = pipeline.template("shanxi-13", 2026, reference);

        // 2120501 城乡社区环境卫生 21694.90万元 of 一般公共预算 本年 项目支出 (line 126 of the reference) is one row in 元
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> rows = new ArrayList<>();
            DataFormatter f = new DataFormatter();
            for (Row r : wb.getSheet("支出")) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? new java.math.BigDecimal(Double.toString(c.getNumericCellValue())).stripTrailingZeros().toPlainString()
                        : f.formatCellValue(c)));
                rows.add(String.join("|", cells));
            }
            assertThat(rows).contains("2120501|城乡社区环境卫生|一般公共预算|本年|项目支出|216949000");
            assertThat(wb.getSheetName(0)).isEqualTo("说明");
            assertThat(wb.getSheetName(wb.getNumberOfSheets() - 1)).isEqualTo("科目表");
            assertThat(wb.isSheetHidden(wb.getNumberOfSheets() - 1)).isTrue();
        }

        Map<String, byte[]> expected = pipeline.export(reference, ExportFormat.CSV);
        Map<String, byte[]> actual = pipeline.export(pipeline.load("t.xlsx", xlsx), ExportFormat.CSV);
        assertThat(actual.keySet()).containsAll(List.of("T01.csv", "T13.csv", "performance_targets.csv", "performance_indicators.csv"));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String name : expected.keySet()) {
            assertThat(withoutLocations(actual.get(name))).as(name).isEqualTo(withoutLocations(expected.get(name)));
        }
    }

    /** The CSV's lines without the columns that say where a value was read (no cell of these files holds a comma in quotes before them). */
    private static List<String> withoutLocations(byte[] csv) {
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(",", -1));
        List<Integer> drop = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (LOCATION_COLUMNS.contains(header.get(i))) {
                drop.add(i);
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (drop.isEmpty()) {
                out.add(line);
                continue;
            }
            // the location columns are the last ones: cut the line at the first of them, counted from the end
            int cut = line.length();
            for (int k = 0; k < header.size() - drop.get(0); k++) {
                cut = line.lastIndexOf(',', cut - 1);
            }
            out.add(line.substring(0, cut));
        }
        return out;
    }
}
