package org.gongkai.app.store;

/**
 * What an upload read: the document and its check summary.
 *
 * @param department the department as the document names it
 * @param profile    the regional template it was read with (e.g. shanxi-13)
 * @param tables     printed tables read (0 for a facts file)
 */
public record UploadSummary(String department, int fiscalYear, String phase, String kind, String profile, int tables,
        int errors, int warnings, int infos) {
}
