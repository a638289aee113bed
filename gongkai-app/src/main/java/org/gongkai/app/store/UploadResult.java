package org.gongkai.app.store;

/**
 * The answer to an upload (201 Created): the disclosure (new or existing) and the new draft version.
 *
 * @param id        the disclosure's id (the one in /api/disclosures/{id})
 * @param version   the new version's number within the disclosure (1, 2, …)
 * @param created   whether the disclosure itself was created by this upload
 */
public record UploadResult(long id, int version, VersionStatus status, boolean created, UploadSummary summary) {
}
