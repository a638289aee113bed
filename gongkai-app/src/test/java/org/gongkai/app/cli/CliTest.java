package org.gongkai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, messages, files written. */
class CliTest extends CliRunning {

    @TempDir
    Path dir;

    @Test
    void importWritesDisclosureJson() throws Exception {
        Path json = dir.resolve("doc.json");
        assertThat(run("import", reference().toString(), "--out", json.toString())).isZero();
        String text = Files.readString(json);
        assertThat(text).contains("\"format\" : \"gongkai-disclosure\"", "\"department\" : \"山西转型综合改革示范区建设与公用事业管理部\"");
        assertThat(err.toString()).contains("13 张表");
    }

    @Test
    void exportCsvAndFacts() throws Exception {
        assertThat(run("export", reference().toString(), "--format", "csv", "--out", dir.toString())).isZero();
        assertThat(dir.resolve("T13.csv")).exists();
        assertThat(Files.readString(dir.resolve("T13.csv"), StandardCharsets.UTF_8)).contains("购置清雪除冰机械设备项目,9.59,9.59,,");
        Path facts = dir.resolve("facts");
        assertThat(run("export", reference().toString(), "--format", "json", "--facts", "--out", facts.toString())).isZero();
        assertThat(Files.readString(facts.resolve("facts.json"))).contains("\"format\" : \"gongkai-facts\"");
        // a facts JSON is itself an input
        Path again = dir.resolve("again");
        assertThat(run("export", facts.resolve("facts.json").toString(), "--format", "csv", "--out", again.toString())).isZero();
        assertThat(again.resolve("projects.csv")).exists();
    }

    @Test
    void badInputExitsTwoWithAMessageAndNoStackTrace() throws Exception {
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        Path target = dir.resolve("keep.json");
        Files.writeString(target, "old");
        assertThat(run("import", empty.toString(), "--out", target.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("错误：empty.txt: 文件为空" + System.lineSeparator());
        assertThat(Files.readString(target)).isEqualTo("old");
    }

    @Test
    void anOutputThatCannotBeWrittenExitsTwoNotOne() throws Exception {
        // exit 1 means "error-level findings": a check that could not write its report must not look like one
        Path plain = dir.resolve("plain.txt");
        Files.writeString(plain, "x");
        int code = run("check", reference().toString(), "--format", "json", "--out", plain.resolve("sub/report.json").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("错误").doesNotContain("\tat ", "Exception in thread");
        assertThat(Files.readString(plain)).isEqualTo("x");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("export", reference().toString(), "--format", "pdf", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--format");
    }

    @Test
    void checkWritesReportsAndExitsByErrors() throws Exception {
        Path report = dir.resolve("report.json");
        int code = run("check", reference().toString(), "--format", "json", "--out", report.toString());
        String json = Files.readString(report);
        assertThat(json).contains("\"summary\"", "\"findings\"");
        boolean hasErrors = !json.contains("\"error\" : 0");
        assertThat(code).isEqualTo(hasErrors ? 1 : 0);
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        assertThat(run("check", empty.toString())).isEqualTo(2);
    }

    @Test
    void checkedPdfNeedsAPdfInputAndAnOutputOtherThanTheInput() throws Exception {
        assertThat(run("check", reference().toString(), "--format", "pdf", "--out", dir.resolve("x.pdf").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--format pdf 只适用于PDF输入");
        assertThat(dir.resolve("x.pdf")).doesNotExist();

        Path pdf = dir.resolve("in.pdf");
        Files.copy(samplePdf(), pdf);
        byte[] before = Files.readAllBytes(pdf);
        err.getBuffer().setLength(0);
        assertThat(run("check", pdf.toString(), "--format", "pdf")).isEqualTo(2);
        assertThat(err.toString()).contains("--format pdf 须用 --out");

        err.getBuffer().setLength(0);
        assertThat(run("check", pdf.toString(), "--format", "pdf", "--out", dir.resolve("./in.pdf").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("不能是输入文件");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
    }

    @Test
    void checkedPdfIsWrittenBesideTheInput() throws Exception {
        Path target = dir.resolve("out/x.checked.pdf");
        int code = run("check", samplePdf().resolveSibling("2025-dept-caizhengju.pdf").toString(), "--format", "pdf", "--out", target.toString());
        // the sample's 目录 lacks the titles of its tables: error-level findings, exit 1
        assertThat(code).isEqualTo(1);
        byte[] written = Files.readAllBytes(target);
        assertThat(new String(written, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(written.length).isGreaterThan((int) Files.size(samplePdf().resolveSibling("2025-dept-caizhengju.pdf")));
        assertThat(err.toString()).contains("错误 ", "→ " + target);
        try (var listing = Files.list(target.getParent())) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("x.checked.pdf");
        }
    }

    private static Path samplePdf() {
        String root = System.getProperty("gongkai.repoRoot", "..");
        return Path.of(root).resolve("../shared/samples/shanghai-putuo/2025-dept-quzhengfubangongshi.pdf");
    }

    @Test
    void benchMeasuresATextAndAPdfStageByStage() {
        assertThat(run("bench", reference().toString(), samplePdf().toString(), "--warmup", "1", "--iterations", "2")).isZero();
        String printed = out.toString();
        assertThat(printed).contains("shanxi-zonggai-jianguanbu-2026.txt (text, profile shanxi-13)",
                "import   text → Disclosure", "2025-dept-quzhengfubangongshi.pdf (PDF, profile shanghai-9)",
                "import   PDF → Disclosure", "infer    Disclosure → BudgetFacts", "check    printed disclosure",
                "import + check  PDF → report", "import + check  text → report", "import + check, median by file:");
        assertThat(printed).contains("min ", "median ", "max ");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void rulesListsTheCatalogue() {
        assertThat(run("rules")).isZero();
        assertThat(out.toString()).contains("条规则");
    }
}
