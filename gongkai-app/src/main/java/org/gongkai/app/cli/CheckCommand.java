package org.gongkai.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.CheckReportWriter;
import org.gongkai.core.ingest.IngestException;
import org.gongkai.core.ingest.Inputs;
import org.gongkai.core.pipeline.Loaded;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.render.OutputFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * ./gongkai check FILE [--format text|json|html|pdf] [--out FILE]; with many files or folders,
 * one summary row per file (--format csv|json|html --out FILE for the summary, or --out DIR for
 * each file's report).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"按全部勾稽关系核对公开文件。退出码：0 无错误，1 有错误，2 无法读取输入。",
                "Check a disclosure against every consistency rule. Exit 0: no errors, 1: errors, 2: unreadable input.",
                "",
                "多个文件或目录（递归读取 .txt、.json、.pdf）：在一个进程中并行核对，每个文件一行汇总（文件、地区模板、错误、警告、提示、"
                        + "状态 ok/findings/unreadable、首个错误、耗时）；退出码取最严重者。--out 以 .csv、.json、.html 结尾（或为 /dev/null 等非普通文件）时"
                        + "写汇总（.html 汇总旁另写各文件的报告并链接）；否则 --out 为目录，每个文件的报告写入其中，另有 summary.csv 与 summary.html。",
                "Many files or folders: checked in one process on --jobs threads, one summary row per file; exit code is the worst."})
public class CheckCommand implements Callable<Integer> {

    /** Report formats. */
    enum Format { text, json, html, pdf, csv }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "公开文本、公开PDF、Disclosure JSON 或 BudgetFacts JSON；可给多个文件或目录")
    List<Path> files;

    /** The one input of a single-file run. */
    Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text（默认）、json、html，或 pdf（PDF输入的标注副本，须给 --out）；多个文件时另有 csv（汇总）")
    Format format = Format.text;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "报告文件；省略时写到标准输出（pdf 格式必须给出，且不能是输入文件）；多个文件时为汇总文件或报告目录")
    Path out;

    @CommandLine.Mixin
    BatchOptions batch = new BatchOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = Pipeline.standard();
        if (!BatchInputs.isSingleFile(files)) {
            return checkMany(pipeline);
        }
        file = files.get(0);
        if (format == Format.csv) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format csv 只用于多个文件的汇总");
        }
        if (format == Format.pdf) {
            return checkedPdf(pipeline);
        }
        // a BudgetFacts file is checked as the disclosure Gongkai would publish from it
        CheckReport report = pipeline.check(pipeline.load(file));
        String text = switch (format) {
            case text -> CheckReportWriter.text(report);
            case json -> CheckReportWriter.json(report);
            case html -> CheckReportWriter.html(report);
            case pdf, csv -> throw new IllegalStateException("handled above");
        };
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            OutputFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getErr().println(CheckReportWriter.summaryLine(report) + " → " + out);
        }
        return report.hasErrors() ? 1 : 0;
    }

    /** --format pdf: the input PDF with the findings marked on its pages, written to --out. */
    private int checkedPdf(Pipeline pipeline) throws Exception {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (out == null) {
            throw new IngestException(name, "--format pdf 须用 --out 指定输出的PDF文件");
        }
        if (out.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())
                || (Files.exists(out) && Files.exists(file) && Files.isSameFile(out, file))) {
            throw new IngestException(name, "--out 不能是输入文件本身，输入文件不会被覆盖");
        }
        byte[] bytes = Inputs.readBounded(file);
        if (!Pipeline.isPdf(bytes)) {
            throw new IngestException(name, "--format pdf 只适用于PDF输入");
        }
        CheckReport report = pipeline.check(pipeline.load(name, bytes));
        OutputFiles.write(out, pipeline.checkedPdf(name, bytes, report));
        spec.commandLine().getErr().println(CheckReportWriter.summaryLine(report) + " → " + out);
        return report.hasErrors() ? 1 : 0;
    }

    /**
     * Many files: each checked on its own, one summary row each. Where things go: no --out, the
     * summary on standard output in the format; --out naming a summary file (by extension, or a
     * file that is not a regular one), the summary there — an HTML summary with each file's HTML
     * report in a folder beside it; else --out is a folder of reports with summary.csv and summary.html.
     */
    private int checkMany(Pipeline pipeline) throws Exception {
        BatchInputs.Found found = Batch.inputs(files);
        List<String> stems = BatchInputs.uniqueStems(found.files());
        Path summaryFile = null;
        BatchSummary.Format summaryFormat;
        Path reportsDir = null;
        Format reportFormat = null;
        Path linkBase = null;
        if (out == null) {
            if (format == Format.pdf) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format pdf 须用 --out 指定输出目录");
            }
            summaryFormat = BatchSummary.Format.valueOf(format.name());
        } else if (BatchSummary.namesSummaryFile(out)) {
            summaryFile = out;
            BatchSummary.Format byName = BatchSummary.byExtension(out);
            if (byName == null && format == Format.pdf) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format pdf 须用 --out 指定输出目录");
            }
            summaryFormat = byName != null ? byName : BatchSummary.Format.valueOf(format.name());
            if (summaryFormat == BatchSummary.Format.html && (!java.nio.file.Files.exists(out) || java.nio.file.Files.isRegularFile(out))) {
                String name = out.getFileName().toString();
                reportsDir = out.resolveSibling(name.substring(0, name.lastIndexOf('.') > 0 ? name.lastIndexOf('.') : name.length()) + "-reports");
                reportFormat = Format.html;
                linkBase = out.toAbsolutePath().getParent();
            }
        } else {
            reportsDir = out;
            reportFormat = format == Format.csv ? null : format;
            linkBase = out;
            summaryFormat = BatchSummary.Format.csv;
        }
        Path dir = reportsDir;
        Format as = reportFormat;
        Path base = linkBase;
        BatchSummary summary = Batch.run(spec, batch, found, (index, f) -> {
            String name = f.getFileName() == null ? f.toString() : f.getFileName().toString();
            byte[] bytes = Inputs.readBounded(f);
            Loaded loaded = pipeline.load(name, bytes);
            CheckReport report = pipeline.check(loaded);
            BatchRow row = Batch.checked(f, loaded, report);
            if (dir == null || as == null) {
                return row;
            }
            String stem = stems.get(index);
            Path target;
            byte[] content;
            switch (as) {
                case json -> {
                    target = dir.resolve(stem + ".report.json");
                    content = CheckReportWriter.json(report).getBytes(StandardCharsets.UTF_8);
                }
                case html -> {
                    target = dir.resolve(stem + ".report.html");
                    content = CheckReportWriter.html(report).getBytes(StandardCharsets.UTF_8);
                }
                case pdf -> {
                    if (!Pipeline.isPdf(bytes)) {
                        return row;
                    }
                    target = dir.resolve(stem + ".checked.pdf");
                    content = pipeline.checkedPdf(name, bytes, report);
                }
                default -> {
                    target = dir.resolve(stem + ".report.txt");
                    content = CheckReportWriter.text(report).getBytes(StandardCharsets.UTF_8);
                }
            }
            OutputFiles.write(target, content);
            return row.withLink(Batch.link(base, target));
        });
        var stdout = spec.commandLine().getOut();
        var stderr = spec.commandLine().getErr();
        if (summaryFile == null && reportsDir == null && summaryFormat != BatchSummary.Format.text) {
            // the summary in its format on standard output; the text table beside it on standard error
            stdout.print(summary.render(summaryFormat));
            stdout.flush();
            stderr.print(summary.text());
            stderr.flush();
        } else {
            stdout.print(summary.text());
            stdout.flush();
        }
        if (summaryFile != null) {
            BatchSummary.write(summaryFile, summary.render(summaryFormat));
            stderr.println("汇总 → " + summaryFile + (reportsDir != null ? "（各文件报告 → " + reportsDir + "）" : ""));
        } else if (reportsDir != null) {
            java.nio.file.Files.createDirectories(reportsDir);
            BatchSummary.write(reportsDir.resolve("summary.csv"), summary.csv());
            BatchSummary.write(reportsDir.resolve("summary.html"), summary.html());
            stderr.println("报告与汇总 → " + reportsDir);
        }
        if (batch.summary != null) {
            BatchSummary.Format f = BatchSummary.byExtension(batch.summary);
            BatchSummary.write(batch.summary, summary.render(f == null ? BatchSummary.Format.text : f));
            stderr.println("汇总 → " + batch.summary);
        }
        return summary.exitCode();
    }
}
