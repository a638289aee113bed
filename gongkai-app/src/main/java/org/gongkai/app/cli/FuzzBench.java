package org.gongkai.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gongkai.core.ingest.IngestException;
import org.gongkai.core.pipeline.ExportFormat;
import org.gongkai.core.pipeline.Loaded;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.pipeline.RenderFormat;

/**
 * ./gongkai bench FILE --fuzz N: N altered copies of FILE (a text: lines dropped, duplicated,
 * swapped, digits altered, tabs removed, huge numbers, zero-width and full-width characters, BOMs,
 * lone quotes; a PDF or JSON: random bytes overwritten, cut short), each loaded, checked, built,
 * exported and rendered (HTML, XLSX). A case passes when it ends in a report or an IngestException
 * within {@link #CASE_LIMIT_SECONDS}. Prints cases, failures (each with its seed), cases/s and the
 * longest case.
 */
final class FuzzBench {

    static final int CASE_LIMIT_SECONDS = 20;
    private static final String[] INSERTS = {"\u200b", "\uFEFF", "１２３", "\"", "“", "'", "99999999999", "2147483648",
            "-1", "\t", "\\", "\\n", "（", "）", "，", "0", ".....", "９９９９９９９９９９９"};

    private final Pipeline pipeline = Pipeline.standard();

    int run(String name, byte[] original, int cases, long seed, PrintWriter out) throws InterruptedException {
        boolean text = !Pipeline.isPdf(original) && original.length > 0 && original[0] != '{';
        List<String> lines = text ? List.of(new String(original, StandardCharsets.UTF_8).split("\n", -1)) : List.of();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
        int failures = 0;
        int reports = 0;
        int messages = 0;
        long maxNanos = 0;
        long maxSeed = seed;
        long start = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            long caseSeed = seed + i;
            byte[] bytes = text ? mutateText(lines, new Random(caseSeed)) : mutateBytes(original, new Random(caseSeed));
            long t0 = System.nanoTime();
            Future<Boolean> f = worker.submit(() -> runCase(name, bytes));
            String failure = null;
            try {
                if (f.get(CASE_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                    reports++;
                } else {
                    messages++;
                }
            } catch (TimeoutException e) {
                f.cancel(true);
                failure = "超过 " + CASE_LIMIT_SECONDS + " 秒";
                worker.shutdownNow();
                worker = Executors.newSingleThreadExecutor();
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable c = e.getCause();
                StackTraceElement at = c.getStackTrace().length > 0 ? c.getStackTrace()[0] : null;
                failure = c.getClass().getSimpleName() + ": " + c.getMessage() + (at == null ? "" : " @ " + at);
            }
            long nanos = System.nanoTime() - t0;
            if (nanos > maxNanos) {
                maxNanos = nanos;
                maxSeed = caseSeed;
            }
            if (failure != null) {
                failures++;
                out.printf("  失败 seed=%d: %s%n", caseSeed, failure);
                out.flush();
            }
        }
        worker.shutdownNow();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("fuzz %s: %d cases (seeds %d–%d), %d reports, %d IngestException messages, %d failures; "
                        + "%.1f cases/s, longest case %.0f ms (seed %d), total %.1f s%n",
                name, cases, seed, seed + cases - 1, reports, messages, failures, cases / seconds, maxNanos / 1e6, maxSeed, seconds);
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    /** True: a report; false: an IngestException (a message). Anything else escapes. */
    private boolean runCase(String name, byte[] bytes) {
        Loaded loaded;
        try {
            loaded = pipeline.load(name, bytes);
        } catch (IngestException e) {
            return false;
        }
        pipeline.check(loaded);
        pipeline.check(pipeline.publish(loaded).disclosure());
        pipeline.export(loaded, ExportFormat.CSV);
        if (!loaded.isFacts()) {
            pipeline.render(loaded.disclosure(), RenderFormat.HTML);
            pipeline.render(loaded.disclosure(), RenderFormat.XLSX);
        }
        return true;
    }

    static byte[] mutateText(List<String> original, Random r) {
        List<String> ls = new ArrayList<>(original);
        int edits = 1 + r.nextInt(4);
        for (int k = 0; k < edits && !ls.isEmpty(); k++) {
            int i = r.nextInt(ls.size());
            String s = ls.get(i);
            int at = s.isEmpty() ? 0 : r.nextInt(s.length() + 1);
            switch (r.nextInt(9)) {
                case 0 -> ls.remove(i);
                case 1 -> ls.add(i, s);
                case 2 -> {
                    int j = r.nextInt(ls.size());
                    ls.set(i, ls.get(j));
                    ls.set(j, s);
                }
                case 3 -> ls.set(i, s.replaceAll("[0-9]", Integer.toString(r.nextInt(10))));
                case 4 -> ls.set(i, s.replace("\t", ""));
                case 5 -> ls.set(i, s.substring(0, at) + INSERTS[r.nextInt(INSERTS.length)] + s.substring(at));
                case 6 -> ls.set(i, s.replaceAll("\\d+", "99999999999"));
                case 7 -> ls.set(i, s.substring(0, at));
                default -> ls.subList(i, ls.size()).clear();
            }
        }
        return String.join("\n", ls).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] mutateBytes(byte[] original, Random r) {
        byte[] b = original.clone();
        int length = b.length;
        int edits = 1 + r.nextInt(16);
        for (int k = 0; k < edits; k++) {
            if (r.nextInt(10) == 0) {
                length = Math.max(1, r.nextInt(length));
            } else {
                b[r.nextInt(length)] = (byte) r.nextInt(256);
            }
        }
        return Arrays.copyOf(b, length);
    }
}
