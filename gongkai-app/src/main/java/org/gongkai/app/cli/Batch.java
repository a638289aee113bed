package org.gongkai.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.ingest.IngestException;
import org.gongkai.core.pipeline.Loaded;
import org.gongkai.core.pipeline.Unfinished;
import picocli.CommandLine;

/** What check, export and render share when given many files: run, print, write the summary. */
final class Batch {

    private Batch() {
    }

    /** The files of the arguments; none found is an input error (exit 2). */
    static BatchInputs.Found inputs(List<Path> args) {
        BatchInputs.Found found = BatchInputs.expand(args);
        if (found.files().isEmpty() && found.failures().isEmpty()) {
            throw new IngestException(args.get(0).toString(), "没有找到可读的文件（" + String.join("、", BatchInputs.EXTENSIONS) + "）");
        }
        return found;
    }

    /** Runs the work over every file with the batch options, with progress on standard error. */
    static BatchSummary run(CommandLine.Model.CommandSpec spec, BatchOptions options, BatchInputs.Found found,
                            BatchRunner.Work work) throws InterruptedException {
        if (options.jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs 须为正整数");
        }
        BatchProgress progress = new BatchProgress(spec.commandLine().getErr(), found.files().size(),
                BatchProgress.mode(options.quiet));
        List<BatchRow> rows = new ArrayList<>(BatchRunner.run(found.files(), options.jobs, options.timeoutSeconds, progress, work));
        for (Map.Entry<Path, String> f : found.failures().entrySet()) {
            rows.add(BatchRow.unreadable(f.getKey().toString(), f.getValue(), 0));
        }
        return new BatchSummary(rows);
    }

    /** A checked file's row: its profile, its counts, the first error. */
    static BatchRow checked(Path file, Loaded loaded, CheckReport report) {
        String first = report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::message).findFirst().orElse("");
        return new BatchRow(file.toString(), loaded.profile().id(), report.count(Severity.ERROR),
                report.count(Severity.WARNING), report.count(Severity.INFO),
                report.hasErrors() ? BatchRow.Status.findings : BatchRow.Status.ok, first, 0, null);
    }

    /** A file read and written (export, render): its profile; findings are not counted. */
    static BatchRow written(Path file, Loaded loaded, String link) {
        return new BatchRow(file.toString(), loaded.profile().id(), null, null, null, BatchRow.Status.ok, "", 0, link);
    }

    /** A file render --final did not write: what is left of it, as the terminal summary says. */
    static BatchRow notFinal(Path file, Loaded loaded, Unfinished left) {
        return new BatchRow(file.toString(), loaded.profile().id(), left.errors().size(), null, null,
                BatchRow.Status.findings, "未生成（--final）：" + left.summary(), 0, null);
    }

    /** A path relative to the folder of the summary, with '/' between names (for links). */
    static String link(Path summaryDir, Path target) {
        Path base = summaryDir.toAbsolutePath().normalize();
        Path rel = base.relativize(target.toAbsolutePath().normalize());
        return rel.toString().replace(java.io.File.separatorChar, '/');
    }

    /**
     * Prints the text summary at the end (to standard output, or to standard error when standard
     * output carries the summary in another format), and writes the --summary file if given.
     */
    static void finish(CommandLine.Model.CommandSpec spec, BatchSummary summary, Path summaryFile) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.print(summary.text());
        out.flush();
        if (summaryFile != null) {
            BatchSummary.Format f = BatchSummary.byExtension(summaryFile);
            BatchSummary.write(summaryFile, summary.render(f == null ? BatchSummary.Format.text : f));
            spec.commandLine().getErr().println("汇总 → " + summaryFile);
        }
    }
}
