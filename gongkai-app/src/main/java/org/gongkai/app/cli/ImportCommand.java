package org.gongkai.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.core.json.Json;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.pipeline.Loaded;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.render.OutputFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ./gongkai import FILE --out doc.json */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"读取公开文本或PDF，输出结构化的公开文件（Disclosure JSON）；读取预算录入表（.xlsx）或预算事实 JSON，输出预算事实（BudgetFacts JSON）。",
                "Read a published disclosure (text) and write it as Disclosure JSON."})
public class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "公开文本（UTF-8）、公开PDF、JSON 或预算录入表（.xlsx）")
    Path file;

    @Option(names = {"-o", "--out"}, paramLabel = "JSON", description = "输出文件；省略时写到标准输出")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Loaded loaded = Pipeline.standard().load(file);
        Disclosure d = loaded.disclosure();
        if (loaded.isFacts()) {
            // an entry workbook (or a facts JSON) holds facts, not a printed document: write them
            String json = Json.write(loaded.facts());
            if (out == null) {
                spec.commandLine().getOut().println(json);
            } else {
                OutputFiles.write(out, json.getBytes(StandardCharsets.UTF_8));
                spec.commandLine().getErr().println(String.format("%s %d年：预算事实，%d 条支出，%d 个项目，%d 张绩效目标表 → %s",
                        loaded.facts().department(), loaded.facts().fiscalYear(), loaded.facts().lines().size(),
                        loaded.facts().projects().size(), loaded.facts().performanceTargets().size(), out));
            }
            return 0;
        }
        String json = Json.write(d);
        if (out == null) {
            spec.commandLine().getOut().println(json);
        } else {
            OutputFiles.write(out, json.getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getErr().println(summary(d) + " → " + out);
        }
        return 0;
    }

    static String summary(Disclosure d) {
        return String.format("%s %d年：%d 张表，%d 张绩效目标表，%d 个说明章节，%d 条读取提示",
                d.metadata().department(), d.metadata().fiscalYear(), d.tables().size(), d.performanceTargets().size(),
                d.narrative().sections().size(), d.readingNotes().size());
    }
}
