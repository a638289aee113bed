package org.gongkai.app.cli;

import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Library logging for a command that starts no server. The libraries a command uses log through
 * commons-logging (PDFBox) and the Log4j API (POI); left alone, each finds SLF4J and starts Logback,
 * which costs about a tenth of a cold {@code check} of a PDF. A command prints its own messages, and
 * the libraries may speak only when something is wrong, as the server's logback.xml says: so both go
 * to the JDK's own logging, WARNING and above on stderr (PDFBox, FontBox and the PDF writer only at
 * SEVERE, their ERROR). The server keeps Logback (Spring Boot configures it).
 */
public final class CliLogging {

    /** Strong references: the JDK keeps its loggers weakly, and a collected one forgets its level. */
    private static final List<Logger> CONFIGURED = new java.util.ArrayList<>();

    private CliLogging() {
    }

    /** Routes library logging to the JDK's; call before any library is loaded. */
    public static void install() {
        System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        ConsoleHandler stderr = new ConsoleHandler();
        stderr.setLevel(Level.ALL);
        stderr.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord r) {
                String name = r.getLoggerName() == null ? "" : r.getLoggerName();
                return r.getLevel().getName() + " " + name.substring(name.lastIndexOf('.') + 1) + ": " + formatMessage(r)
                        + System.lineSeparator();
            }
        });
        root.addHandler(stderr);
        root.setLevel(Level.WARNING);
        CONFIGURED.add(root);
        for (String quiet : List.of("org.apache.pdfbox", "org.apache.fontbox", "com.openhtmltopdf")) {
            Logger l = Logger.getLogger(quiet);
            l.setLevel(Level.SEVERE);
            CONFIGURED.add(l);
        }
    }
}
