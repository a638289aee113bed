package org.gongkai.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.core.ingest.IngestException;

/**
 * Runs one piece of work per file on up to {@code jobs} threads at once. Whatever a file does —
 * an unreadable input, an exception, a stack overflow, running past the time bound — ends as that
 * file's row; the other files go on. Rows come back in the order of the files.
 */
final class BatchRunner {

    /** The work for one file: its row, or an exception that makes it unreadable. */
    interface Work {
        BatchRow run(int index, Path file) throws Exception;
    }

    /** Deep recursion in a hostile input should end in a row, not take the thread with it. */
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    private BatchRunner() {
    }

    static List<BatchRow> run(List<Path> files, int jobs, int timeoutSeconds, BatchProgress progress, Work work)
            throws InterruptedException {
        Semaphore slots = new Semaphore(Math.max(1, jobs));
        List<CompletableFuture<BatchRow>> results = new ArrayList<>();
        AtomicInteger threadNo = new AtomicInteger();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gongkai-batch-watchdog");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < files.size(); i++) {
                slots.acquire();
                int index = i;
                Path file = files.get(i);
                CompletableFuture<BatchRow> result = new CompletableFuture<>();
                results.add(result);
                // the first to end the file (the work or the watchdog) reports it, then releases the row
                java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
                progress.started(file);
                long start = System.nanoTime();
                Thread worker = new Thread(null, () -> {
                    BatchRow row;
                    try {
                        row = java.util.Objects.requireNonNull(work.run(index, file), "no row");
                    } catch (Throwable e) {
                        row = BatchRow.unreadable(file.toString(), describe(e), 0);
                    }
                    row = row.withMillis(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                    if (ended.compareAndSet(false, true)) {
                        progress.done(row);
                        slots.release();
                        result.complete(row);
                    }
                }, "gongkai-batch-" + threadNo.incrementAndGet(), STACK_BYTES);
                worker.setDaemon(true);
                if (timeoutSeconds > 0) {
                    watchdog.schedule(() -> {
                        BatchRow late = BatchRow.unreadable(file.toString(),
                                "处理超过时间上限 " + timeoutSeconds + " 秒，已放弃（可用 --timeout 调整）",
                                TimeUnit.SECONDS.toMillis(timeoutSeconds));
                        if (ended.compareAndSet(false, true)) {
                            worker.interrupt();
                            progress.done(late);
                            slots.release();
                            result.complete(late);
                        }
                    }, timeoutSeconds, TimeUnit.SECONDS);
                }
                worker.start();
            }
            List<BatchRow> rows = new ArrayList<>();
            for (CompletableFuture<BatchRow> r : results) {
                rows.add(r.join());
            }
            return rows;
        } finally {
            watchdog.shutdownNow();
            progress.finish();
        }
    }

    /** What the summary says of a file that could not be handled: in Chinese, without a stack trace. */
    static String describe(Throwable e) {
        if (e instanceof IngestException ie) {
            return ie.describe();
        }
        if (e instanceof StackOverflowError) {
            return "处理时栈溢出（输入嵌套或重复过深）";
        }
        if (e instanceof OutOfMemoryError) {
            return "处理时内存不足（输入过大）";
        }
        if (e instanceof java.io.IOException io) {
            return "无法写出结果：" + io.getMessage();
        }
        String message = e.getMessage();
        return "处理失败：" + e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
