package org.gongkai.app.cli;

import org.gongkai.core.ingest.IngestException;
import picocli.CommandLine;

/**
 * Turns failures into a clear message and an exit code, never a stack trace: 2 when the input
 * could not be read, 1 for anything else (such as an output directory that cannot be written).
 */
final class InputErrors implements CommandLine.IExecutionExceptionHandler {

    static final int INPUT_UNREADABLE = 2;
    static final int FAILED = 1;

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
        cmd.getErr().println("错误：" + ex.getClass().getSimpleName() + ": " + ex.getMessage());
        return FAILED;
    }
}
