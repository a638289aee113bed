package org.gongkai.app.cli;

import java.util.concurrent.Callable;
import org.gongkai.core.check.CheckReportWriter;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.ProfileSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./gongkai rules [--markdown] [--profile ID] */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"列出全部核对规则（编号、类别、严重程度、核对内容）。", "List every check rule."})
public class RulesCommand implements Callable<Integer> {

    @Option(names = "--markdown", description = "以 Markdown 表格输出（docs/rules.md 另附每条规则的示例）")
    boolean markdown;

    @Option(names = "--profile", paramLabel = "ID", defaultValue = ProfileSource.DEFAULT_ID,
            description = "按该地区模板的表号称呼各表 (default: ${DEFAULT-VALUE})")
    String profileId;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Pipeline pipeline = Pipeline.standard();
        Profile profile = pipeline.profiles().find(profileId).orElse(null);
        if (profile == null) {
            spec.commandLine().getErr().println("gongkai rules: 未知的地区模板：“" + profileId + "”");
            return 2;
        }
        var rules = pipeline.rules();
        spec.commandLine().getOut().print(markdown ? CheckReportWriter.rulesMarkdown(rules, java.util.Map.of(), profile)
                : CheckReportWriter.rulesText(rules, profile));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
