package org.gongkai.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.CheckReportWriter;
import org.gongkai.core.ingest.IngestException;
import org.gongkai.core.ingest.Inputs;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.render.OutputFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ./gongkai check FILE [--format text|json|html|pdf] [--out FILE] */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"按全部勾稽关系核对公开文件。退出码：0 无错误，1 有错误，2 无法读取输入。",
                "Check a disclosure against every consistency rule. Exit 0: no errors, 1: errors, 2: unreadable input."})
public class CheckCommand implements Callable<Integer> {

    /** Report formats. */
    enum Format { text, json, html, pdf }

    @Parameters(index = "0", paramLabel = "FILE", description = "公开文本、Disclosure JSON 或 BudgetFacts JSON")
    Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text（默认）、json、html，或 pdf（PDF输入的标注副本，须给 --out）")
    Format format = Format.text;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "报告文件；省略时写到标准输出（pdf 格式必须给出，且不能是输入文件）")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = Pipeline.standard();
        if (format == Format.pdf) {
            return checkedPdf(pipeline);
        }
        // a BudgetFacts file is checked as the disclosure Gongkai would publish from it
        CheckReport report = pipeline.check(pipeline.load(file));
        String text = switch (format) {
            case text -> CheckReportWriter.text(report);
            case json -> CheckReportWriter.json(report);
            case html -> CheckReportWriter.html(report);
            case pdf -> throw new IllegalStateException("handled above");
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
}
