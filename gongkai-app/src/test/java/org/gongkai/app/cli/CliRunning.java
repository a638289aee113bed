package org.gongkai.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** What the command-line tests share: one run of the whole command line with its output kept, and the reference. */
abstract class CliRunning {

    /** Everything the runs of one test printed on stdout and stderr, in order. */
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cl = GongkaiCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** The reference text shipped in the repository. */
    static Path reference() {
        String root = System.getProperty("gongkai.repoRoot", "..");
        return Path.of(root).resolve("samples/shanxi-zonggai-jianguanbu-2026.txt");
    }
}
