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
        description = {"读取公开文本，输出结构化的公开文件（Disclosure JSON）。",
                "Read a published disclosure (text) and write it as Disclosure JSON."})
public class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "公开文本（UTF-8）或 Disclosure JSON")
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
            spec.commandLine().getErr().println("错误：" + file.getFileName() + " 是预算事实（BudgetFacts）JSON，不含公开文件原文");
            return InputErrors.INPUT_UNREADABLE;
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
