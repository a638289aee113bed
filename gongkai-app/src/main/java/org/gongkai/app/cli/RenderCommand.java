package org.gongkai.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.core.derive.Publication;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.pipeline.RenderFormat;
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
                "Write the whole disclosure from the facts as a web page, PDF or workbook."})
public class RenderCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { html, pdf, xlsx }

    @Parameters(index = "0", paramLabel = "FILE", description = "公开文本、Disclosure JSON 或 BudgetFacts JSON")
    Path file;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", description = "html、pdf 或 xlsx")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "输出目录 (default: ${DEFAULT-VALUE})")
    Path out = Path.of("out");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = Pipeline.standard();
        BudgetFacts facts = pipeline.facts(pipeline.load(file));
        Publication publication = pipeline.build(facts);
        RenderFormat as = switch (format) {
            case html -> RenderFormat.HTML;
            case pdf -> RenderFormat.PDF;
            case xlsx -> RenderFormat.XLSX;
        };
        OutputFiles files = new OutputFiles();
        files.put(baseName(facts) + "." + as.extension(), pipeline.render(publication.disclosure(), as));
        files.writeTo(out);
        for (String name : files.files().keySet()) {
            spec.commandLine().getOut().println(out.resolve(name));
        }
        return 0;
    }

    /** "2026-山西…管理部" — safe as a file name. */
    static String baseName(BudgetFacts f) {
        String dept = f.department() == null ? "disclosure" : f.department().replaceAll("[\\\\/:*?\"<>|\\s]", "_");
        return f.fiscalYear() + "-" + dept;
    }
}
