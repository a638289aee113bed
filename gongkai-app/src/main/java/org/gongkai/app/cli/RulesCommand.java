package org.gongkai.app.cli;

import java.util.concurrent.Callable;
import org.gongkai.core.check.CheckReportWriter;
import org.gongkai.core.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./gongkai rules [--markdown] */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"列出全部核对规则（编号、类别、严重程度、核对内容）。", "List every check rule."})
public class RulesCommand implements Callable<Integer> {

    @Option(names = "--markdown", description = "输出 docs/rules.md 的内容")
    boolean markdown;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var rules = Pipeline.standard().rules();
        spec.commandLine().getOut().print(markdown ? CheckReportWriter.rulesMarkdown(rules) : CheckReportWriter.rulesText(rules));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
