package org.gongkai.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.core.derive.Publication;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.pipeline.RenderFormat;
import org.gongkai.core.pipeline.Unfinished;
import org.gongkai.core.render.OutputFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * ./gongkai render FILE --format html|pdf|xlsx [--out DIR]: the whole disclosure written from one
 * set of facts — tables derived, narrative generated — in the profile's layout.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"由预算事实生成完整的公开文件（报表、情况说明、图表、绩效目标表）：网页、PDF 或 Excel。",
                "Write the whole disclosure from the facts as a web page, PDF or workbook.",
                "",
                "多个文件或目录：并行处理，--out 为目录，每个输入写入其中以文件名（去扩展名）命名的子目录；最后列出每个文件一行的汇总（--summary FILE 另存）。",
                "Many files or folders: --out is a folder, each input gets its own subfolder named after the file.",
                "",
                "尚有【待填写】或核对错误的文件为草稿：标准错误输出列出剩余内容，每页标注“草稿”；--final 时不生成（退出码 1）。",
                "A document with placeholders or errors left is a draft, marked on every page; --final refuses to write it (exit 1)."})
public class RenderCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { html, pdf, xlsx }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "公开文本、公开PDF、Disclosure JSON 或 BudgetFacts JSON；可给多个文件或目录（递归读取 .txt、.json、.pdf）")
    List<Path> files;

    /** The one input of a single-file run. */
    Path file;

    @CommandLine.Mixin
    BatchOptions batch = new BatchOptions();

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", description = "html、pdf 或 xlsx")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "输出目录 (default: ${DEFAULT-VALUE})")
    Path out = Path.of("out");

    @CommandLine.ArgGroup(exclusive = true)
    Mode mode;

    /** --draft (the default) or --final. */
    static final class Mode {
        @Option(names = "--draft", description = "尚有待填写内容或错误时生成标注“草稿”的文件（默认）")
        boolean draft;

        @Option(names = "--final", description = "只生成正式文件：尚有待填写内容或错误时不生成，退出码 1")
        boolean finalOnly;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private boolean finalOnly() {
        return mode != null && mode.finalOnly;
    }

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = Pipeline.standard();
        if (!BatchInputs.isSingleFile(files)) {
            return many(pipeline);
        }
        file = files.get(0);
        BudgetFacts facts = pipeline.facts(pipeline.load(file));
        Publication publication = pipeline.build(facts);
        Unfinished left = pipeline.unfinished(publication.disclosure());
        var err = spec.commandLine().getErr();
        if (!left.isEmpty() && finalOnly()) {
            err.println("未生成正式文件（--final）：尚有" + left.summary().substring(Unfinished.DRAFT_MARK.length() + 1));
            left.errorLines().forEach(line -> err.println("  " + line));
            err.flush();
            return 1;
        }
        RenderFormat as = renderFormat();
        OutputFiles files = new OutputFiles();
        files.put(baseName(facts) + "." + as.extension(), pipeline.render(publication.disclosure(), as, !left.isEmpty()));
        files.writeTo(out);
        for (String name : files.files().keySet()) {
            spec.commandLine().getOut().println(out.resolve(name));
        }
        spec.commandLine().getOut().flush();
        if (!left.isEmpty()) {
            err.println(left.summary());
            err.flush();
        }
        return 0;
    }

    /** "2026-山西…管理部" — safe as a file name. */
    static String baseName(BudgetFacts f) {
        String dept = f.department() == null ? "disclosure" : f.department().replaceAll("[\\\\/:*?\"<>|\\s]", "_");
        return f.fiscalYear() + "-" + dept;
    }

    private RenderFormat renderFormat() {
        return switch (format) {
            case html -> RenderFormat.HTML;
            case pdf -> RenderFormat.PDF;
            case xlsx -> RenderFormat.XLSX;
        };
    }

    /** Many files: each rendered into its own subfolder of --out, named after the file. */
    private int many(Pipeline pipeline) throws Exception {
        BatchInputs.Found found = Batch.inputs(files);
        List<String> stems = BatchInputs.uniqueStems(found.files());
        RenderFormat as = renderFormat();
        Path linkBase = batch.summary == null ? out : batch.summary.toAbsolutePath().getParent();
        BatchSummary summary = Batch.run(spec, batch, found, (index, f) -> {
            var loaded = pipeline.load(f);
            BudgetFacts facts = pipeline.facts(loaded);
            Publication publication = pipeline.build(facts);
            Unfinished left = pipeline.unfinished(publication.disclosure());
            if (!left.isEmpty() && finalOnly()) {
                return Batch.notFinal(f, loaded, left);
            }
            OutputFiles written = new OutputFiles();
            String name = baseName(facts) + "." + as.extension();
            written.put(name, pipeline.render(publication.disclosure(), as, !left.isEmpty()));
            Path dir = out.resolve(stems.get(index));
            written.writeTo(dir);
            return Batch.written(f, loaded, Batch.link(linkBase, dir.resolve(name)));
        });
        Batch.finish(spec, summary, batch.summary);
        return summary.exitCode();
    }
}
