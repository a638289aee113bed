package org.gongkai.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.derive.FactsInferrer;
import org.gongkai.core.derive.TableDeriver;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.ingest.TextDisclosureReader;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.profile.Profile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * ./gongkai bench — times import + infer + derive of a disclosure on the calling thread (one core),
 * after a warm-up, and reports the figures. A measurement to read, not a pass/fail test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"性能基准：导入 + 推断 + 生成报表的耗时（单线程，预热后）。",
                "Benchmark: import + infer + derive time, single thread, warm."})
public class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "公开文本；默认为仓库自带样例")
    Path file = Path.of("samples/shanxi-zonggai-jianguanbu-2026.txt");

    @Option(names = "--warmup", description = "预热次数 (default: ${DEFAULT-VALUE})")
    int warmup = 300;

    @Option(names = "--iterations", description = "计时次数 (default: ${DEFAULT-VALUE})")
    int iterations = 300;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        TextDisclosureReader reader = new TextDisclosureReader();
        Profile profile = Profile.load("shanxi-13");
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += once(reader, profile, name, bytes, null);
        }
        long[][] times = new long[4][iterations];
        for (int i = 0; i < iterations; i++) {
            long[] t = new long[3];
            sink += once(reader, profile, name, bytes, t);
            times[0][i] = t[0];
            times[1][i] = t[1];
            times[2][i] = t[2];
            times[3][i] = t[0] + t[1] + t[2];
        }
        var out = spec.commandLine().getOut();
        out.printf("gongkai bench: %s, %d warm-up, %d timed iterations, one thread (%s %s)%n", name, warmup, iterations,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        String[] labels = {"import (text → Disclosure)", "infer  (Disclosure → BudgetFacts)", "derive (BudgetFacts → T1–T13)",
                "total  import + infer + derive"};
        for (int k = 0; k < 4; k++) {
            long[] s = times[k].clone();
            Arrays.sort(s);
            out.printf("  %-36s median %7.3f ms   p90 %7.3f ms   min %7.3f ms%n", labels[k], ms(s[s.length / 2]),
                    ms(s[(int) (s.length * 0.9)]), ms(s[0]));
        }
        out.printf("  (checksum %d)%n", sink);
        return 0;
    }

    private static long once(TextDisclosureReader reader, Profile profile, String name, byte[] bytes, long[] t) {
        long a = System.nanoTime();
        Disclosure d = reader.read(name, bytes);
        long b = System.nanoTime();
        Catalogue catalogue = Catalogue.forYear(d.metadata().fiscalYear());
        BudgetFacts f = new FactsInferrer(catalogue).infer(d);
        long c = System.nanoTime();
        int rows = new TableDeriver(profile, catalogue).derive(f).stream().mapToInt(x -> x.rows().size()).sum();
        long e = System.nanoTime();
        if (t != null) {
            t[0] = b - a;
            t[1] = c - b;
            t[2] = e - c;
        }
        return rows + d.performanceTargets().size();
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
