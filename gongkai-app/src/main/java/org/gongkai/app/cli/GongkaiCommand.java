package org.gongkai.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: ./gongkai. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "gongkai 0.1.0",
        description = {"Gongkai 公开 — 部门预算公开: import, check and publish budget disclosures."},
        subcommands = {})
public class GongkaiCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static int execute(String... args) {
        return new CommandLine(new GongkaiCommand()).execute(args);
    }
}
