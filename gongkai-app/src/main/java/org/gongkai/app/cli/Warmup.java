package org.gongkai.app.cli;

import java.util.Locale;
import java.util.Set;
import org.gongkai.core.ingest.pdf.PdfTextReader;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.profile.ProfileSource;
import org.gongkai.core.render.PdfRenderer;

/**
 * Uses the second core while the command line starts: on a thread of its own, the pipeline (its
 * rules), the shipped profiles, and — when the command reads or writes a PDF — the PDF reader or
 * the PDF renderer are made ready while picocli parses the arguments and the input is read. The
 * command then finds them done instead of doing them itself. Nothing it does is needed for a
 * result: a failure here is left for the command to meet and report. {@code -Dgongkai.warmup=false}
 * turns it off (to measure without it).
 */
public final class Warmup {

    /** The commands that read a disclosure. */
    private static final Set<String> READING = Set.of("check", "render", "export", "import");

    private Warmup() {
    }

    /** Starts the warm-up for the command in {@code args}, when there is a core to spare and something to prepare. */
    public static void start(String[] args) {
        if (args.length == 0 || !READING.contains(args[0]) || Runtime.getRuntime().availableProcessors() < 2
                || "false".equals(System.getProperty("gongkai.warmup"))) {
            return;
        }
        boolean readsPdf = false;
        boolean writesPdf = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i].toLowerCase(Locale.ROOT);
            if (a.endsWith(".pdf") && !(i > 0 && isOut(args[i - 1]))) {
                readsPdf = true;
            }
            if ("render".equals(args[0]) && ("--format=pdf".equals(a) || "-fpdf".equals(a)
                    || ("pdf".equals(a) && ("-f".equals(args[i - 1]) || "--format".equals(args[i - 1]))))) {
                writesPdf = true;
            }
        }
        boolean pdfIn = readsPdf;
        boolean pdfOut = writesPdf;
        Thread t = new Thread(() -> {
            try {
                Pipeline.standard();
                ProfileSource profiles = ProfileSource.shipped();
                for (String id : profiles.ids()) {
                    profiles.find(id);
                }
                if (pdfIn) {
                    PdfTextReader.prepare();
                }
                if (pdfOut) {
                    PdfRenderer.prepare();
                }
            } catch (RuntimeException | LinkageError e) {
                // the command meets the same failure itself and reports it
            }
        }, "gongkai-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static boolean isOut(String option) {
        return "-o".equals(option) || "--out".equals(option);
    }
}
