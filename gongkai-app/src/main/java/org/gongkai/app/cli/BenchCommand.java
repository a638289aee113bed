package org.gongkai.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.ingest.Inputs;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.pipeline.Loaded;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.pipeline.RenderFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * ./gongkai bench [FILE...] — measures each stage on the calling thread (one core) after a warm-up
 * and reports min, median, p90 and max, for each file: a published text or a published PDF. A
 * measurement to read, not a pass/fail test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"性能基准：导入、推断、生成报表、核对、生成网页/PDF/Excel 的耗时（单线程，预热后）；可给多个公开文本或PDF。",
                "Benchmark each stage: import, infer, derive, check, render (single thread, warm), for each text or PDF given."})
public class BenchCommand implements Callable<Integer> {

    /** The default warm-up and timed runs for a text (a few milliseconds a run) and a PDF (tens). */
    private static final int TEXT_WARMUP = 1000;
    private static final int TEXT_ITERATIONS = 500;
    private static final int PDF_WARMUP = 20;
    private static final int PDF_ITERATIONS = 30;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "公开文本或公开PDF，可给多个；默认为仓库自带样例")
    List<Path> files = new ArrayList<>(List.of(Path.of("samples/shanxi-zonggai-jianguanbu-2026.txt")));

    @Option(names = "--warmup", description = "预热次数（默认：文本 " + TEXT_WARMUP + "，PDF " + PDF_WARMUP + "）")
    Integer warmup;

    @Option(names = "--iterations", description = "计时次数（默认：文本 " + TEXT_ITERATIONS + "，PDF " + PDF_ITERATIONS + "）")
    Integer iterations;

    @Option(names = "--render", description = "同时测量 HTML、PDF、XLSX 生成（PDF 较慢，次数为 1/10）")
    boolean render;

    @Option(names = "--libreoffice", description = "对比：用 LibreOffice（soffice --headless --convert-to pdf）转换 Gongkai 生成的 XLSX")
    boolean libreoffice;

    @Option(names = "--cold", description = "冷启动：每条目标命令各用一个新进程运行数次（由 ./gongkai 脚本交给 bench/cold.sh，之后再给出本命令的预热后数据）")
    boolean cold;

    @Option(names = "--fuzz", paramLabel = "N", description = "改用模糊测试：FILE 的 N 个变体，各须得到报告或明确的错误信息（FuzzBench）")
    int fuzz;

    @Option(names = "--fuzz-seed", paramLabel = "SEED", description = "模糊测试的起始种子 (default: ${DEFAULT-VALUE})")
    long fuzzSeed = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private long sink;
    /** Warm-up runs of the file being measured. */
    private int warm;

    @Override
    public Integer call() throws Exception {
        if (cold) {
            // reached only when started without the launcher script: a cold start needs new processes
            spec.commandLine().getErr().println("错误：冷启动基准须每次启动新进程，请运行 ./gongkai bench --cold 或 bench/cold.sh");
            return InputErrors.INPUT_UNREADABLE;
        }
        if (fuzz > 0) {
            Path file = files.get(0);
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            return new FuzzBench().run(name, Inputs.readBounded(file), fuzz, fuzzSeed, spec.commandLine().getOut());
        }
        Pipeline pipeline = Pipeline.standard();
        var out = spec.commandLine().getOut();
        Map<String, Double> importAndCheck = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            byte[] bytes = Inputs.readBounded(file);
            Loaded loaded = pipeline.load(name, bytes);
            if (loaded.isFacts()) {
                spec.commandLine().getErr().println("错误：" + name + " 是预算事实（BudgetFacts）JSON，不含公开文件原文");
                return InputErrors.INPUT_UNREADABLE;
            }
            boolean pdf = Pipeline.isPdf(bytes);
            warm = Math.max(1, warmup != null ? warmup : pdf ? PDF_WARMUP : TEXT_WARMUP);
            int runs = Math.max(1, iterations != null ? iterations : pdf ? PDF_ITERATIONS : TEXT_ITERATIONS);
            String kind = pdf ? "PDF" : "text";
            Disclosure printed = loaded.disclosure();
            BudgetFacts facts = pipeline.infer(printed);
            Disclosure generated = pipeline.build(facts).disclosure();
            out.printf("gongkai bench: %s (%s, profile %s) — %d warm-up, %d timed runs per stage, one thread (%s %s, %d cores)%n",
                    name, kind, loaded.profile().id(), warm, runs, System.getProperty("java.vm.name"),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            String tables = loaded.profile().tables().size() + " tables";
            measure("import   " + kind + " → Disclosure", runs, () -> pipeline.load(name, bytes).disclosure().tables().size());
            measure("infer    Disclosure → BudgetFacts", runs, () -> pipeline.infer(printed).lines().size());
            measure("derive   BudgetFacts → " + tables, runs, () -> pipeline.derive(facts).size());
            measure("total    import + infer + derive", runs, () -> {
                Disclosure d = pipeline.load(name, bytes).disclosure();
                BudgetFacts f = pipeline.infer(d);
                return pipeline.derive(f).size();
            });
            measure("check    printed disclosure", runs, () -> pipeline.check(printed).findings().size());
            importAndCheck.put(name, measure("import + check  " + kind + " → report", runs,
                    () -> pipeline.check(pipeline.load(name, bytes)).findings().size()));
            measure("build    facts → whole disclosure", runs, () -> pipeline.build(facts).disclosure().tables().size());
            if (render) {
                RenderBench.run(this, pipeline, generated, runs);
            }
            if (libreoffice) {
                compareLibreOffice(pipeline, generated);
            }
        }
        if (importAndCheck.size() > 1) {
            out.println("import + check, median by file:");
            importAndCheck.forEach((name, median) -> out.printf("  %-44s %9.3f ms%n", name, median));
        }
        out.printf("  (checksum %d)%n", sink);
        return 0;
    }

    /** Times {@code task}: warm-up runs, then {@code runs} timed runs; prints min, median, p90, max; returns the median. */
    double measure(String label, int runs, Supplier<Integer> task) {
        for (int i = 0; i < warm; i++) {
            sink += task.get();
        }
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            long a = System.nanoTime();
            sink += task.get();
            t[i] = System.nanoTime() - a;
        }
        Arrays.sort(t);
        double median = t[runs / 2] / 1e6;
        spec.commandLine().getOut().printf("  %-36s min %9.3f ms   median %9.3f ms   p90 %9.3f ms   max %9.3f ms%n", label,
                t[0] / 1e6, median, t[(int) (runs * 0.9)] / 1e6, t[runs - 1] / 1e6);
        return median;
    }

    private void compareLibreOffice(Pipeline pipeline, Disclosure generated) throws IOException, InterruptedException {
        var out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("gongkai-bench");
        Path xlsx = dir.resolve("disclosure.xlsx");
        Files.write(xlsx, pipeline.render(generated, RenderFormat.XLSX));
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path profileDir = dir.resolve("lo-profile");
            long a = System.nanoTime();
            Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + profileDir.toUri(), "--headless",
                    "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                out.println("  LibreOffice: conversion failed (is libreoffice-calc installed? see " + dir.resolve("soffice.log") + ")");
                return;
            }
            times.add(System.nanoTime() - a);
        }
        out.printf("  %-36s runs %s ms (first run includes profile creation)%n", "LibreOffice XLSX → PDF (wall)",
                times.stream().map(n -> String.format("%.0f", n / 1e6)).toList());
    }
}
