package org.gongkai.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: ./gongkai. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "gongkai 0.1.0",
        description = {"Gongkai 公开 — 部门预算公开：导入、核对、发布预算公开文件。",
                "Import, check and publish government budget disclosures."},
        synopsisSubcommandLabel = "[COMMAND]")
public class GongkaiCommand implements Runnable {

    /**
     * The subcommands by name, in the order the usage lists them. A run of one of them builds only
     * its own command model: picocli reads every annotated class it is given, which costs tens of
     * milliseconds of a start that should take a few hundred.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("import", ImportCommand.class);
        m.put("export", ExportCommand.class);
        m.put("check", CheckCommand.class);
        m.put("rules", RulesCommand.class);
        m.put("render", RenderCommand.class);
        m.put("template", TemplateCommand.class);
        m.put("bench", BenchCommand.class);
        m.put("serve", ServeCommand.class);
        m.put("users", UsersCommand.class);
        m.put("help", CommandLine.HelpCommand.class);
        return Collections.unmodifiableMap(m);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The whole command line, every subcommand in it. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /** The command line with only the subcommand {@code only} (all of them when null). */
    static CommandLine commandLine(String only) {
        CommandLine cl = new CommandLine(new GongkaiCommand());
        for (Map.Entry<String, Class<?>> e : SUBCOMMANDS.entrySet()) {
            if (only == null || only.equals(e.getKey())) {
                cl.addSubcommand(e.getKey(), e.getValue());
            }
        }
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler(new InputErrors());
        return cl;
    }

    /**
     * Runs the command line: a run that starts with a subcommand's name (other than help, which
     * may name any) builds only that subcommand.
     */
    public static int execute(String... args) {
        String first = args.length > 0 ? args[0] : null;
        boolean one = first != null && SUBCOMMANDS.containsKey(first) && !"help".equals(first);
        return commandLine(one ? first : null).execute(args);
    }
}
