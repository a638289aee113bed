package org.gongkai.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: ./gongkai. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "gongkai 0.1.0",
        description = {"Gongkai 公开 — 部门预算公开：导入、核对、发布预算公开文件。",
                "Import, check and publish government budget disclosures."},
        subcommands = {ImportCommand.class, ExportCommand.class, CheckCommand.class, RulesCommand.class, RenderCommand.class, TemplateCommand.class, BenchCommand.class, ServeCommand.class, UsersCommand.class, CommandLine.HelpCommand.class})
public class GongkaiCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GongkaiCommand());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler(new InputErrors());
        return cl;
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }
}
