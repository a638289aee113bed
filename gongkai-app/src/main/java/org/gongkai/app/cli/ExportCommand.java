package org.gongkai.app.cli;

import java.nio.file.Path;
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
                "Export machine-readable data: JSON (the disclosure, or --facts) or CSV (tables, projects, targets)."})
public class ExportCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { json, csv }

    @Parameters(index = "0", paramLabel = "FILE", description = "公开文本、Disclosure JSON 或 BudgetFacts JSON")
    Path file;

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
        ExportFormat as = format == Format.csv ? ExportFormat.CSV : facts ? ExportFormat.FACTS_JSON : ExportFormat.JSON;
        OutputFiles files = new OutputFiles();
        pipeline.export(pipeline.load(file), as).forEach(files::put);
        files.writeTo(out);
        for (String name : files.files().keySet()) {
            spec.commandLine().getOut().println(out.resolve(name));
        }
        return 0;
    }
}
