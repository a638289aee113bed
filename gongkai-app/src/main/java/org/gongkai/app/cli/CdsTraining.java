package org.gongkai.app.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the build's class-data sharing archive (AppCDS): runs the usual commands
 * once — help, check of a text and of a PDF, render, export — so that the JVM, started with
 * {@code -XX:ArchiveClassesAtExit}, archives every class they load. Not a command of its own;
 * the build runs it (gongkai-app/pom.xml) and the launcher script uses the archive.
 *
 * <p>It never fails the build: a command that fails only leaves its classes out of the archive.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    /**
     * @param args the reference text, and a folder for the files the commands write
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CdsTraining REFERENCE.txt OUT_DIR");
            return;
        }
        String reference = args[0];
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        PrintStream none = new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8");
        List<String> failed = new ArrayList<>();
        // the launcher's entry point, loaded (not run) so that the archive holds it
        Class.forName("org.gongkai.app.GongkaiApplication");
        System.setOut(none);
        System.setErr(none);
        try {
            run(failed, "--help");
            run(failed, "check", "--help");
            run(failed, "check", reference);
            run(failed, "check", reference, "--format", "json");
            run(failed, "render", reference, "--format", "pdf", "--out", out.toString());
            Path pdf;
            try (Stream<Path> files = Files.list(out)) {
                pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElse(null);
            }
            if (pdf != null) {
                run(failed, "check", pdf.toString());
            }
            run(failed, "render", reference, "--format", "html", "--out", out.toString());
            run(failed, "export", reference, "--format", "csv", "--out", out.resolve("csv").toString());
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        if (!failed.isEmpty()) {
            stderr.println("gongkai: class-data sharing training: these commands failed (their classes are not archived): " + failed);
        }
    }

    private static void run(List<String> failed, String... command) {
        try {
            int exit = GongkaiCommand.execute(command);
            if (exit > 1) {
                failed.add(String.join(" ", command));
            }
        } catch (RuntimeException | LinkageError e) {
            failed.add(String.join(" ", command) + " (" + e + ")");
        }
    }
}
