package org.gongkai.app.cli;

import org.gongkai.core.ingest.IngestException;
import picocli.CommandLine;

/**
 * Turns failures into a clear message and an exit code, never a stack trace. Exit 1 means "checked:
 * error-level findings", so every failure to finish a command answers 2: an input that could not be
 * read, an output that could not be written, or a failure of Gongkai itself (named as such, with where
 * it happened, for a report).
 */
final class InputErrors implements CommandLine.IExecutionExceptionHandler {

    static final int INPUT_UNREADABLE = 2;
    static final int FAILED = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof IngestException ie) {
            cmd.getErr().println("错误：" + ie.describe());
            return INPUT_UNREADABLE;
        }
        if (ex instanceof java.io.IOException io) {
            cmd.getErr().println("错误：无法写出结果：" + io.getMessage());
            return FAILED;
        }
        cmd.getErr().println("错误：处理中断，这是 Gongkai 的缺陷，请报告（" + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : "：" + ex.getMessage()) + where(ex) + "）");
        return FAILED;
    }

    /** The first frame of Gongkai's own code, for a report ("，于 PdfGrid.java:88"). */
    private static String where(Throwable ex) {
        for (StackTraceElement e : ex.getStackTrace()) {
            if (e.getClassName().startsWith("org.gongkai.")) {
                return "，于 " + e.getFileName() + ":" + e.getLineNumber();
            }
        }
        return "";
    }
}
