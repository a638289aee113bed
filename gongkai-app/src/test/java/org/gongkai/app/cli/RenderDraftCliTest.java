package org.gongkai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.derive.FactsGenerator;
import org.gongkai.core.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./gongkai render of a document with something left (草稿) and of a complete one, --draft and --final. */
class RenderDraftCliTest extends CliRunning {

    @TempDir
    Path dir;

    private static List<Path> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    @Test
    void byDefaultADraftIsWrittenMarkedAndWhatIsLeftIsNamed() throws Exception {
        // the reference states a 86.72% increase of 一般公共预算当年支出 without a reason
        Path html = dir.resolve("html");
        assertThat(run("render", reference().toString(), "--format", "html", "--out", html.toString())).isZero();
        assertThat(err.toString()).startsWith("草稿：1处【待填写】（情况说明“五、一般公共预算支出情况说明”："
                + "【待填写：一般公共预算当年支出增减变化的主要原因】）").contains("项错误（", "绩效目标表");
        List<Path> written = files(html);
        assertThat(written).hasSize(1);
        assertThat(Files.readString(written.get(0))).contains("class=\"draft-banner\"", ">草稿：");

        Path xlsx = dir.resolve("xlsx");
        assertThat(run("render", reference().toString(), "--draft", "--format", "xlsx", "--out", xlsx.toString())).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(files(xlsx).get(0)))) {
            assertThat(wb.getNumberOfSheets()).isGreaterThan(13);
            for (Sheet s : wb) {
                assertThat(s.getHeader().getRight()).as(s.getSheetName()).contains("草稿");
            }
        }
    }

    @Test
    void finalRefusesADraftAndNamesWhatIsLeft() throws Exception {
        Path pdf = dir.resolve("pdf");
        assertThat(run("render", reference().toString(), "--final", "--format", "pdf", "--out", pdf.toString())).isEqualTo(1);
        assertThat(files(pdf)).isEmpty();
        assertThat(err.toString()).startsWith("未生成正式文件（--final）：尚有1处【待填写】")
                .contains("【待填写：一般公共预算当年支出增减变化的主要原因】", "临聘人员工资")
                .doesNotContain("Exception");
    }

    @Test
    void aCompleteDocumentCarriesNoMarkAndIsFinal() throws Exception {
        var facts = new FactsGenerator(new Random(7), Catalogue.forYear(2026), FactsGenerator.Setting.of("902", "测试区", 2026))
                .next("测试乙部");
        Path json = dir.resolve("facts.json");
        Files.writeString(json, Json.write(facts));
        for (String format : List.of("html", "xlsx")) {
            Path target = dir.resolve(format);
            assertThat(run("render", json.toString(), "--final", "--format", format, "--out", target.toString()))
                    .as(format).isZero();
            assertThat(files(target)).as(format).hasSize(1);
        }
        assertThat(err.toString()).isEmpty();
        assertThat(Files.readString(files(dir.resolve("html")).get(0))).doesNotContain("class=\"draft-banner\"", "草稿");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(files(dir.resolve("xlsx")).get(0)))) {
            for (Sheet s : wb) {
                assertThat(s.getHeader().getRight()).as(s.getSheetName()).doesNotContain("草稿");
            }
        }
    }

    @Test
    void draftAndFinalTogetherAreRefused() throws Exception {
        assertThat(run("render", reference().toString(), "--draft", "--final", "--format", "html",
                "--out", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(files(dir.resolve("x"))).isEmpty();
    }
}
