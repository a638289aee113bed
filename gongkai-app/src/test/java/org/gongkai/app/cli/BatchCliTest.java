package org.gongkai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Many files in one run: one summary row each, the worst exit code, the summary files. */
class BatchCliTest {

    @TempDir
    Path dir;

    private Path in;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = GongkaiCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static Path repo() {
        return Path.of(System.getProperty("gongkai.repoRoot", ".."));
    }

    /**
     * good: the reference text and one sample PDF; bad: a truncated text, an empty PDF, random
     * bytes named .pdf; hostile: JSON nested far too deep, a text of one 300,000-character line.
     * A file of another kind (.md) in the folder is not an input.
     */
    @BeforeEach
    void folder() throws Exception {
        in = dir.resolve("in");
        Path good = Files.createDirectories(in.resolve("good"));
        Path bad = Files.createDirectories(in.resolve("bad"));
        Path hostile = Files.createDirectories(in.resolve("hostile"));
        Path reference = repo().resolve("samples/shanxi-zonggai-jianguanbu-2026.txt");
        Files.copy(reference, good.resolve("reference.txt"));
        Files.copy(repo().resolve("../shared/samples/shanghai-putuo/2025-unit-shangwuweiyuanhui.pdf"), good.resolve("putuo.pdf"));
        byte[] text = Files.readAllBytes(reference);
        Files.write(bad.resolve("truncated.txt"), Arrays.copyOf(text, 3000));
        Files.write(bad.resolve("empty.pdf"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(14).nextBytes(noise);
        Files.write(bad.resolve("random.pdf"), noise);
        Files.writeString(hostile.resolve("nested.json"), "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        Files.writeString(hostile.resolve("one-line.txt"), "预算".repeat(150_000));
        Files.writeString(in.resolve("notes.md"), "not an input");
    }

    /** Status per file name, from the CSV summary. */
    private static List<String> rows(String csv) {
        return csv.lines().skip(1).toList();
    }

    @Test
    void aFolderGivesOneRowPerFileAndTheWorstExitCode() throws Exception {
        Path summary = dir.resolve("summary.csv");
        int code = run("check", in.toString(), "--format", "csv", "--out", summary.toString(), "--quiet");
        assertThat(code).isEqualTo(2);
        byte[] bytes = Files.readAllBytes(summary);
        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(csv.lines().findFirst()).hasValue("文件,地区模板,错误,警告,提示,状态,首个错误,耗时（毫秒）");
        List<String> rows = rows(csv);
        assertThat(rows).hasSize(7);
        assertThat(status(rows, "reference.txt")).isIn("ok", "findings");
        assertThat(row(rows, "reference.txt")).contains(",shanxi-13,");
        assertThat(status(rows, "putuo.pdf")).isIn("ok", "findings");
        assertThat(row(rows, "putuo.pdf")).contains(",shanghai-9,");
        assertThat(status(rows, "truncated.txt")).isEqualTo("unreadable");
        assertThat(row(rows, "truncated.txt")).contains("被截断");
        assertThat(status(rows, "empty.pdf")).isEqualTo("unreadable");
        assertThat(row(rows, "empty.pdf")).contains("文件为空");
        assertThat(status(rows, "random.pdf")).isEqualTo("unreadable");
        assertThat(status(rows, "nested.json")).isEqualTo("unreadable");
        assertThat(row(rows, "one-line.txt")).isNotNull();
        assertThat(csv).doesNotContain("notes.md");
        // the text summary at the end, with a count of each status
        assertThat(out.toString()).contains("共 7 个文件：", "无法读取 ", "退出码 2");
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void oneThreadAndTwoGiveTheSameRows() throws Exception {
        Path one = dir.resolve("one.json");
        Path two = dir.resolve("two.json");
        int a = run("check", in.toString(), "--out", one.toString(), "--jobs", "1", "-q");
        int b = run("check", in.toString(), "--out", two.toString(), "--jobs", "2", "-q");
        assertThat(a).isEqualTo(b).isEqualTo(2);
        assertThat(withoutTimes(Files.readString(one))).isEqualTo(withoutTimes(Files.readString(two)));
        assertThat(Files.readString(one)).contains("\"format\" : \"gongkai-batch-summary\"", "\"status\" : \"unreadable\"");
    }

    @Test
    void devNullIsWrittenToDirectly() {
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull));
        assertThat(run("check", in.toString(), "--format", "csv", "--out", "/dev/null", "-q")).isEqualTo(2);
        assertThat(Files.isRegularFile(devNull)).isFalse();
        assertThat(err.toString()).contains("汇总 → /dev/null");
    }

    @Test
    void theHtmlSummaryLinksEachFilesReport() throws Exception {
        Path summary = dir.resolve("report/summary.html");
        run("check", in.resolve("good").toString(), in.resolve("bad/empty.pdf").toString(), "--out", summary.toString(), "-q");
        String html = Files.readString(summary);
        assertThat(html).contains("href=\"summary-reports/reference.report.html\"", "href=\"summary-reports/putuo.report.html\"");
        assertThat(dir.resolve("report/summary-reports/reference.report.html")).exists();
        assertThat(html).contains("empty.pdf: 文件为空");
    }

    @Test
    void withoutATerminalProgressIsOneLinePerFileAndQuietIsNothing() {
        run("check", in.resolve("good").toString());
        assertThat(err.toString().lines().filter(l -> l.startsWith("["))).hasSize(2);
        run("check", in.resolve("good").toString(), "--quiet");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void exportGivesEachInputItsOwnFolder() throws Exception {
        Path target = dir.resolve("export");
        int code = run("export", in.resolve("good").toString(), in.resolve("bad/empty.pdf").toString(),
                "--format", "csv", "--out", target.toString(), "-q");
        assertThat(code).isEqualTo(2);
        assertThat(target.resolve("reference/T13.csv")).exists();
        assertThat(target.resolve("putuo/T01.csv")).exists();
        assertThat(out.toString()).contains("共 3 个文件：无错误 2，有错误 0，无法读取 1；退出码 2");
    }

    @Test
    void aFailureInsideTheWorkIsThatFilesRowAndTheOthersGoOn() throws Exception {
        List<Path> files = List.of(Path.of("a.txt"), Path.of("b.txt"), Path.of("c.txt"), Path.of("d.txt"));
        BatchProgress quiet = new BatchProgress(new PrintWriter(new StringWriter()), files.size(), BatchProgress.Mode.QUIET);
        List<BatchRow> rows = BatchRunner.run(files, 2, 1, quiet, (i, f) -> switch (i) {
            case 0 -> throw new IllegalStateException("规则 arith.total 内部出错");
            case 1 -> throw new StackOverflowError();
            case 2 -> {
                Thread.sleep(60_000);
                yield null;
            }
            default -> new BatchRow(f.toString(), "shanxi-13", 0, 0, 0, BatchRow.Status.ok, "", 0, null);
        });
        List<String> seen = new ArrayList<>();
        rows.forEach(r -> seen.add(r.file() + " " + r.status()));
        assertThat(seen).containsExactly("a.txt unreadable", "b.txt unreadable", "c.txt unreadable", "d.txt ok");
        assertThat(rows.get(0).message()).contains("arith.total");
        assertThat(rows.get(1).message()).contains("栈溢出");
        assertThat(rows.get(2).message()).contains("时间上限 1 秒");
        assertThat(new BatchSummary(rows).exitCode()).isEqualTo(2);
    }

    private static String row(List<String> rows, String file) {
        return rows.stream().filter(r -> r.startsWith(file) || r.contains("/" + file + ",") || r.contains("\\" + file + ","))
                .findFirst().orElse(null);
    }

    private static String status(List<String> rows, String file) {
        String r = row(rows, file);
        assertThat(r).as(file).isNotNull();
        for (String s : List.of("ok", "findings", "unreadable")) {
            if (r.contains("," + s + ",")) {
                return s;
            }
        }
        return r;
    }

    private static String withoutTimes(String json) {
        return json.replaceAll("\"timeMs\" : \\d+", "\"timeMs\" : 0");
    }
}
