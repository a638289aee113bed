package org.gongkai.app.cli;

import java.util.Locale;
import java.util.Set;
import org.gongkai.core.catalogue.CatalogueSource;
import org.gongkai.core.ingest.pdf.PdfTextReader;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.profile.ProfileSource;
import org.gongkai.core.render.PdfRenderer;

/**
 * Uses the second core while the command line starts: on a thread of its own, the pipeline (its
 * rules), the shipped profiles, the catalogue of a year an input's name carries, and — when the command reads or writes a PDF — the PDF reader or
 * the PDF renderer are made ready while picocli parses the arguments and the input is read. The
 * command then finds them done instead of doing them itself. Nothing it does is needed for a
 * result: a failure here is left for the command to meet and report. {@code -Dgongkai.warmup=false}
 * turns it off (to measure without it).
 */
public final class Warmup {

    /** A budget year in a file name: 2007 (the present classification) to 2099, not inside a longer number. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<![0-9])(20(?:0[7-9]|[1-9][0-9]))(?![0-9])");

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
        Set<Integer> years = new java.util.TreeSet<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i].toLowerCase(Locale.ROOT);
            // a budget year in an input's name ("2025-dept-caizhengju.pdf"): its catalogue is likely needed
            if (isOut(args[i - 1])) {
                continue;
            }
            java.util.regex.Matcher year = YEAR.matcher(a.substring(a.lastIndexOf('/') + 1));
            while (year.find() && years.size() < 4) {
                years.add(Integer.parseInt(year.group(1)));
            }
            if (a.endsWith(".pdf")) {
                readsPdf = true;
            }
            if ("render".equals(args[0]) && ("--format=pdf".equals(a) || "-fpdf".equals(a)
                    || ("pdf".equals(a) && ("-f".equals(args[i - 1]) || "--format".equals(args[i - 1]))))) {
                writesPdf = true;
            }
        }
        boolean pdfIn = readsPdf;
        boolean pdfOut = writesPdf;
        Set<Integer> catalogueYears = years;
        Thread t = new Thread(() -> {
            try {
                Pipeline.standard();
                ProfileSource profiles = ProfileSource.shipped();
                for (String id : profiles.ids()) {
                    profiles.find(id);
                }
                for (int y : catalogueYears) {
                    try {
                        CatalogueSource.shipped().forYear(y);
                    } catch (IllegalArgumentException e) {
                        // not a year with a catalogue: the command says so if it is the document's
                    }
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
