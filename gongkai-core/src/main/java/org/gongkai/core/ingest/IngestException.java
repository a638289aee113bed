package org.gongkai.core.ingest;

/**
 * The input could not be read as a disclosure. The message is in Chinese, for the user, and says
 * what is wrong and where (file, line).
 */
public class IngestException extends RuntimeException {

    private final String file;
    private final int line;

    public IngestException(String file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public IngestException(String file, String message) {
        this(file, 0, message);
    }

    public String file() {
        return file;
    }

    /** 1-based line, 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }

    /** "file:line: message" (or "file: message"). */
    public String describe() {
        String where = file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ";
        return where + getMessage();
    }
}
