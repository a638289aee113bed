package org.gongkai.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.pipeline.Loaded;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.pipeline.RenderFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * ./gongkai bench — measures each stage on the calling thread (one core) after a warm-up and
 * reports median, p90 and min. A measurement to read, not a pass/fail test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"性能基准：导入、推断、生成报表、核对、生成网页/PDF/Excel 的耗时（单线程，预热后）。",
                "Benchmark each stage: import, infer, derive, check, render (single thread, warm)."})
public class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "公开文本；默认为仓库自带样例")
    Path file = Path.of("samples/shanxi-zonggai-jianguanbu-2026.txt");

    @Option(names = "--warmup", description = "预热次数 (default: ${DEFAULT-VALUE})")
    int warmup = 1000;

    @Option(names = "--iterations", description = "计时次数 (default: ${DEFAULT-VALUE})")
    int iterations = 500;

    @Option(names = "--render", description = "同时测量 HTML、PDF、XLSX 生成（PDF 较慢，次数为 1/10）")
    boolean render;

    @Option(names = "--libreoffice", description = "对比：用 LibreOffice（soffice --headless --convert-to pdf）转换 Gongkai 生成的 XLSX")
    boolean libreoffice;

    @Option(names = "--fuzz", paramLabel = "N", description = "改用模糊测试：FILE 的 N 个变体，各须得到报告或明确的错误信息（FuzzBench）")
    int fuzz;

    @Option(names = "--fuzz-seed", paramLabel = "SEED", description = "模糊测试的起始种子 (default: ${DEFAULT-VALUE})")
    long fuzzSeed = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private long sink;

    @Override
    public Integer call() throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        if (fuzz > 0) {
            return new FuzzBench().run(name, bytes, fuzz, fuzzSeed, spec.commandLine().getOut());
        }
        Pipeline pipeline = Pipeline.standard();
        Loaded loaded = pipeline.load(name, bytes);
        if (loaded.isFacts()) {
            spec.commandLine().getErr().println("错误：" + name + " 是预算事实（BudgetFacts）JSON，不含公开文件原文");
            return InputErrors.INPUT_UNREADABLE;
        }
        Disclosure printed = loaded.disclosure();
        BudgetFacts facts = pipeline.infer(printed);
        Disclosure generated = pipeline.build(facts).disclosure();
        var out = spec.commandLine().getOut();
        out.printf("gongkai bench: %s — %d warm-up, %d timed runs per stage, one thread (%s %s, %d cores)%n", name, warmup,
                iterations, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        measure("import   text → Disclosure", iterations, () -> pipeline.load(name, bytes).disclosure().tables().size());
        measure("infer    Disclosure → BudgetFacts", iterations, () -> pipeline.infer(printed).lines().size());
        measure("derive   BudgetFacts → T1–T13", iterations, () -> pipeline.derive(facts).size());
        measure("total    import + infer + derive", iterations, () -> {
            Disclosure d = pipeline.load(name, bytes).disclosure();
            BudgetFacts f = pipeline.infer(d);
            return pipeline.derive(f).size();
        });
        measure("check    published reference", iterations, () -> pipeline.check(printed).findings().size());
        measure("build    facts → whole disclosure", iterations, () -> pipeline.build(facts).disclosure().tables().size());
        if (render) {
            RenderBench.run(this, pipeline, generated, iterations);
        }
        if (libreoffice) {
            compareLibreOffice(pipeline, generated);
        }
        out.printf("  (checksum %d)%n", sink);
        return 0;
    }

    /** Times {@code task}: warm-up runs, then {@code runs} timed runs; prints median, p90, min. */
    double measure(String label, int runs, Supplier<Integer> task) {
        int warm = Math.max(1, Math.min(warmup, runs));
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
        spec.commandLine().getOut().printf("  %-36s median %9.3f ms   p90 %9.3f ms   min %9.3f ms%n", label, median,
                t[(int) (runs * 0.9)] / 1e6, t[0] / 1e6);
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
