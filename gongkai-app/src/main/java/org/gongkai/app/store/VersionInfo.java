package org.gongkai.app.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version's state (without its documents).
 *
 * @param superseded             a published version that a later publication replaced
 * @param fileSha256             the uploaded bytes' sha256 (hex)
 * @param approvalDate           批复 date, null when not given
 * @param publishedDate          the day it was published, null before
 * @param publishedWithin20Days  published within 20 days of the 批复 date; null when either is unknown
 * @param publishReason          the reason a correction gave when it was published
 */
public record VersionInfo(long disclosureId, int number, VersionStatus status, boolean superseded, String fileName,
        long fileSize, String fileSha256, String profile, int errors, int warnings, int infos, LocalDate approvalDate,
        LocalDate publishedDate, Boolean publishedWithin20Days, String publishReason, String createdBy,
        Instant createdAt, Instant updatedAt) {
}
