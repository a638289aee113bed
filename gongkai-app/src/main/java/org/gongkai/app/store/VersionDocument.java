package org.gongkai.app.store;

/**
 * A version with its documents, sha256-checked when read (for a published version, once per
 * process: see {@link VerifiedDocuments}).
 *
 * @param texts the three documents and the sha256 recorded over them
 */
public record VersionDocument(DisclosureInfo disclosure, VersionInfo version, VerifiedDocuments.Texts texts) {

    /** The Disclosure JSON (as read; for a facts upload, as built from the facts). */
    public String disclosureJson() {
        return texts.disclosureJson();
    }

    /** The Disclosure JSON as UTF-8 bytes (made once). */
    public byte[] disclosureJsonBytes() {
        return texts.disclosureJsonBytes();
    }

    /** The Disclosure JSON gzip-compressed (made once). */
    public byte[] disclosureJsonGzip() {
        return texts.disclosureJsonGzip();
    }

    /** The BudgetFacts JSON. */
    public String factsJson() {
        return texts.factsJson();
    }

    /** The check report JSON (the CLI's {@code check --format json}). */
    public String reportJson() {
        return texts.reportJson();
    }

    /** The sha256 recorded over the three documents (hex). */
    public String contentSha256() {
        return texts.contentSha256();
    }
}
