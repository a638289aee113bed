package org.gongkai.app.cli;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Path;

/**
 * Progress of a batch on standard error: on a terminal one bar redrawn in place (done/total,
 * files per second, time left, the file being read); otherwise one plain line per file done;
 * nothing with --quiet.
 */
final class BatchProgress {

    enum Mode { BAR, LINES, QUIET }

    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final int total;
    private final Mode mode;
    private final long start = System.nanoTime();
    private int done;
    private String current = "";
    private long lastDraw;
    private int drawnWidth;

    BatchProgress(PrintWriter err, int total, Mode mode) {
        this.err = err;
        this.total = total;
        this.mode = mode;
    }

    /** The mode for this process: a bar on a terminal, lines otherwise, nothing when quiet. */
    static Mode mode(boolean quiet) {
        if (quiet) {
            return Mode.QUIET;
        }
        return onTerminal() ? Mode.BAR : Mode.LINES;
    }

    private static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try { // from Java 22 a console exists when redirected too; it says whether it is a terminal
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    synchronized void started(Path file) {
        current = String.valueOf(file.getFileName());
        if (mode == Mode.BAR) {
            draw(false);
        }
    }

    synchronized void done(BatchRow row) {
        done++;
        switch (mode) {
            case BAR -> draw(done == total);
            case LINES -> {
                err.println("[" + done + "/" + total + "] " + row.status().label + "  " + row.file()
                        + (row.errors() == null ? "" : "  错误 " + row.errors() + " 项") + "  " + row.millis() + " ms");
                err.flush();
            }
            case QUIET -> { }
        }
    }

    synchronized void finish() {
        if (mode == Mode.BAR && drawnWidth > 0) {
            draw(true);
            err.println();
            err.flush();
            drawnWidth = 0;
        }
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        StringBuilder line = new StringBuilder("\r[");
        line.append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ")
                .append(done).append('/').append(total)
                .append(String.format("  %.1f 份/秒", rate));
        if (done > 0 && done < total) {
            long left = Math.round((total - done) / rate);
            line.append(String.format("  剩余 %d:%02d", left / 60, left % 60));
        }
        String name = current.length() > 40 ? "…" + current.substring(current.length() - 39) : current;
        line.append("  ").append(done < total ? name : "");
        int width = line.length();
        if (width < drawnWidth) {
            line.append(" ".repeat(drawnWidth - width));
        }
        drawnWidth = width;
        err.print(line);
        err.flush();
    }
}
