package org.gongkai.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.core.pipeline.Loaded;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.render.OutputFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./gongkai template --profile shanxi-13 --year 2026 [--from FILE] --out budget.xlsx */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"生成预算录入表（Excel 工作簿）：每类预算事实一张表，科目编码带下拉列表，第一张表为填写说明；"
                + "--from 用任何 Gongkai 能读取的文件（公开文本、PDF、JSON、录入表）预先填好。",
                "Write the entry workbook a department fills in; --from fills it from any input Gongkai reads."})
public class TemplateCommand implements Callable<Integer> {

    @Option(names = "--profile", required = true, paramLabel = "PROFILE", description = "地区模板，如 shanxi-13、shanghai-9")
    String profile;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "预算年度，决定科目表")
    int year;

    @Option(names = "--from", paramLabel = "FILE", description = "用该文件的预算事实预先填写（如上年的公开文件）")
    Path from;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "XLSX", description = "输出的 .xlsx 文件")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = Pipeline.standard();
        Loaded loaded = from == null ? null : pipeline.load(from);
        byte[] xlsx = pipeline.template(profile, year, loaded);
        OutputFiles.write(out, xlsx);
        spec.commandLine().getErr().println("预算录入表（" + profile + "，" + year + "年" + (from == null ? "，空白" : "，由 " + from.getFileName() + " 填写")
                + "）→ " + out);
        return 0;
    }
}
