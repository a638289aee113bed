package org.gongkai.app.store;

import java.time.Instant;

/**
 * One write, as the audit log keeps it.
 *
 * @param action e.g. upload, submit, approve, reject, publish, withdraw, user.create,
 *               region.create, department.create, token.issue
 */
public record AuditEntry(long id, Instant at, String username, String action, Long disclosureId, Integer version,
        String statusBefore, String statusAfter, String reason, String detail) {
}
