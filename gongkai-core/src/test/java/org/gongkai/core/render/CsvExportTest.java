package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV files: BOM, headers, one row per printed row, plain amounts. */
class CsvExportTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryFile() throws IOException {
        Disclosure d = Reference.disclosure();
        CsvExport.files(d, Pipeline.standard().infer(d)).writeTo(dir);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "T01.csv", "T02.csv", "T03.csv", "T04.csv", "T05.csv", "T06.csv", "T07.csv", "T08.csv", "T09.csv",
                    "T10.csv", "T11.csv", "T12.csv", "T13.csv", "performance_indicators.csv", "performance_targets.csv",
                    "projects.csv");
        }
        byte[] t2 = Files.readAllBytes(dir.resolve("T02.csv"));
        assertThat(t2[0] & 0xff).isEqualTo(0xEF);
        List<String> lines = List.of(new String(t2, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("科目编码,科目名称,合计,一般公共预算,政府性基金,国有资本经营预算,财政专户管理资金,单位资金,上年结转");
        assertThat(lines.get(1)).isEqualTo("合计,,48798.56,48798.56,,,,,168.29");
        assertThat(lines).contains("2120399,其他城乡社区公共设施支出,5377.10,5377.10,,,,,9.59");
        assertThat(lines).hasSize(19);

        String t12 = Files.readString(dir.resolve("T12.csv"));
        assertThat(t12).contains("\r\n污水、污泥处置费,5800.00,5800.00,,,,\r\n");
        assertThat(t12).contains("\r\n原公用服务中心工程尾款（2020年以前、2021年、2022年）,1000.00,1000.00,,,,\r\n");

        // the reference's forms print 填报日期 as a timestamp (20251224150159): exported as the date it is
        String targets = Files.readString(dir.resolve("performance_targets.csv"));
        assertThat(targets).contains(",2025-12-24,").doesNotContain("20251224150159");

        String projects = Files.readString(dir.resolve("projects.csv"));
        assertThat(projects).contains("carryover,山西转型综合改革示范区建设与公用事业管理部,购置清雪除冰机械设备项目,2120399,,9.59,9.59");
    }
}
