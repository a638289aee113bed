package org.gongkai.app.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit log: every write, in the writer's transaction (so a rolled-back write leaves no entry). */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final StoreChanges changes;

    public AuditLog(JdbcClient jdbc, Clock clock, StoreChanges changes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.changes = changes;
    }

    /** Records one write (and counts it in {@link StoreChanges}). */
    public void record(Caller who, String action, Long disclosureId, Integer version, VersionStatus before,
            VersionStatus after, String reason, String detail) {
        jdbc.sql("INSERT INTO audit_log (at, username, action, disclosure_id, version_number, status_before, status_after, reason, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), who.auditName(), action, disclosureId,
                        version, before == null ? null : before.code(), after == null ? null : after.code(),
                        cut(reason), cut(detail))
                .update();
        changes.written();
    }

    /** The entries of one disclosure, oldest first. */
    public List<AuditEntry> forDisclosure(long disclosureId) {
        return jdbc.sql("SELECT * FROM audit_log WHERE disclosure_id = ? ORDER BY id").param(disclosureId)
                .query((rs, i) -> entry(rs)).list();
    }

    /** The latest entries, newest first. */
    public List<AuditEntry> recent(int limit) {
        return jdbc.sql("SELECT * FROM audit_log ORDER BY id DESC").query((rs, i) -> entry(rs)).stream().limit(limit).toList();
    }

    private static AuditEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("username"),
                rs.getString("action"), (Long) rs.getObject("disclosure_id", Long.class),
                (Integer) rs.getObject("version_number", Integer.class), rs.getString("status_before"),
                rs.getString("status_after"), rs.getString("reason"), rs.getString("detail"));
    }

    private static String cut(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}
