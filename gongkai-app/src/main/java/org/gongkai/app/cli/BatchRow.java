package org.gongkai.app.cli;

/**
 * One file's line of a batch summary (汇总): what was read, in which profile, how many findings,
 * and how it ended.
 *
 * @param file       the file as named on the command line or found in a folder
 * @param profile    the profile (地区模板) detected; empty when the file could not be read
 * @param errors     error-level findings; null when the command does not check (export, render)
 * @param warnings   warnings; null when the command does not check
 * @param info       notes (提示); null when the command does not check
 * @param status     ok, findings (errors found) or unreadable
 * @param message    the first error's message, or why the file could not be read; empty if none
 * @param millis     the time spent on the file
 * @param link       the file's own report or output, relative to the summary; null if none
 */
record BatchRow(String file, String profile, Integer errors, Integer warnings, Integer info, Status status,
                String message, long millis, String link) {

    /** How a file ended; its exit code is the command's exit code for that file alone. */
    enum Status {
        ok(0, "无错误"), findings(1, "有错误"), unreadable(2, "无法读取");

        final int exitCode;
        final String label;

        Status(int exitCode, String label) {
            this.exitCode = exitCode;
            this.label = label;
        }
    }

    static BatchRow unreadable(String file, String message, long millis) {
        return new BatchRow(file, "", null, null, null, Status.unreadable, message, millis, null);
    }

    BatchRow withLink(String link) {
        return new BatchRow(file, profile, errors, warnings, info, status, message, millis, link);
    }

    BatchRow withMillis(long millis) {
        return new BatchRow(file, profile, errors, warnings, info, status, message, millis, link);
    }
}
