package org.gongkai.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.core.pipeline.ExportFormat;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.render.OutputFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ./gongkai export FILE --format json|csv --out DIR */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"导出机器可读数据：JSON（公开文件，或 --facts 预算事实）或 CSV（各表与项目、绩效目标）。",
                "Export machine-readable data: JSON (the disclosure, or --facts) or CSV (tables, projects, targets).",
                "",
                "多个文件或目录：并行处理，--out 为目录，每个输入写入其中以文件名（去扩展名）命名的子目录；最后列出每个文件一行的汇总（--summary FILE 另存）。",
                "Many files or folders: --out is a folder, each input gets its own subfolder named after the file."})
public class ExportCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { json, csv }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "公开文本、公开PDF、Disclosure JSON 或 BudgetFacts JSON；可给多个文件或目录（递归读取 .txt、.json、.pdf）")
    List<Path> files;

    /** The one input of a single-file run. */
    Path file;

    @CommandLine.Mixin
    BatchOptions batch = new BatchOptions();

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", description = "json 或 csv")
    Format format;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "输出目录")
    Path out;

    @Option(names = "--facts", description = "JSON：输出预算事实（BudgetFacts）而不是公开文件")
    boolean facts;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = Pipeline.standard();
        if (!BatchInputs.isSingleFile(files)) {
            return many(pipeline);
        }
        file = files.get(0);
        ExportFormat as = format == Format.csv ? ExportFormat.CSV : facts ? ExportFormat.FACTS_JSON : ExportFormat.JSON;
        OutputFiles files = new OutputFiles();
        pipeline.export(pipeline.load(file), as).forEach(files::put);
        files.writeTo(out);
        for (String name : files.files().keySet()) {
            spec.commandLine().getOut().println(out.resolve(name));
        }
        return 0;
    }

    /** Many files: each exported into its own subfolder of --out, named after the file. */
    private int many(Pipeline pipeline) throws Exception {
        BatchInputs.Found found = Batch.inputs(files);
        List<String> stems = BatchInputs.uniqueStems(found.files());
        ExportFormat as = format == Format.csv ? ExportFormat.CSV : facts ? ExportFormat.FACTS_JSON : ExportFormat.JSON;
        Path linkBase = batch.summary == null ? out : batch.summary.toAbsolutePath().getParent();
        BatchSummary summary = Batch.run(spec, batch, found, (index, f) -> {
            var loaded = pipeline.load(f);
            OutputFiles written = new OutputFiles();
            pipeline.export(loaded, as).forEach(written::put);
            Path dir = out.resolve(stems.get(index));
            written.writeTo(dir);
            return Batch.written(f, loaded, Batch.link(linkBase, dir));
        });
        Batch.finish(spec, summary, batch.summary);
        return summary.exitCode();
    }
}
