package org.gongkai.app.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publishing workflow of a disclosure's latest version:
 * draft → submitted → approved → published; reject (submitted or approved → draft, with a reason);
 * withdraw (the current published version → withdrawn, with a reason). An editor of the department
 * submits; a reviewer of the region approves, rejects, publishes and withdraws. Each transition is
 * one transaction that locks the disclosure's row and writes the audit log.
 */
@Service
public class Workflow {

    /** How many unacknowledged finding ids the refusal's message names. */
    static final int SHOWN_IDS = 5;

    private final JdbcClient jdbc;
    private final Disclosures disclosures;
    private final BudgetLines budgetLines;
    private final AuditLog audit;
    private final Clock clock;
    private final StoreSettings settings;
    private final ApplicationEventPublisher events;

    public Workflow(JdbcClient jdbc, Disclosures disclosures, BudgetLines budgetLines, AuditLog audit, Clock clock,
            StoreSettings settings, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.disclosures = disclosures;
        this.budgetLines = budgetLines;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Submits the latest version (a draft) for review. Refused while an error finding remains that
     * no acknowledgement with a written reason covers; acknowledgements given are stored with the
     * caller's name (one per finding, a later one replacing an earlier).
     *
     * @throws StoreException.UnacknowledgedErrors naming the error findings still to acknowledge
     * @throws StoreException.Invalid               an acknowledgement of an unknown finding, or without reason
     */
    @Transactional
    public VersionInfo submit(Caller caller, long id, List<Acknowledgement> acknowledgements) {
        Target t = lock(caller, id, true);
        requireStatus(t, "提交", EnumSet.of(VersionStatus.DRAFT));
        OffsetDateTime now = now();
        for (Acknowledgement a : acknowledgements == null ? List.<Acknowledgement>of() : acknowledgements) {
            if (a.reason() == null || a.reason().isBlank()) {
                throw new StoreException.Invalid("确认问题须写明理由：" + a.finding());
            }
            boolean known = jdbc.sql("SELECT COUNT(*) FROM findings WHERE version_id = ? AND finding_id = ?")
                    .params(t.versionId, a.finding()).query(Long.class).single() > 0;
            if (!known) {
                throw new StoreException.Invalid("本版本没有这一问题：" + a.finding());
            }
            jdbc.sql("DELETE FROM finding_acknowledgements WHERE version_id = ? AND finding_id = ?").params(t.versionId, a.finding()).update();
            jdbc.sql("INSERT INTO finding_acknowledgements (version_id, finding_id, reason, username, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(t.versionId, a.finding(), a.reason().trim(), caller.auditName(), now).update();
            audit.record(caller, "acknowledge", id, t.number, null, null, a.reason().trim(), a.finding());
        }
        List<String> open = jdbc.sql("SELECT f.finding_id FROM findings f WHERE f.version_id = ? AND f.severity = 'error'"
                + " AND NOT EXISTS (SELECT 1 FROM finding_acknowledgements a WHERE a.version_id = f.version_id AND a.finding_id = f.finding_id)"
                + " ORDER BY f.ordinal").param(t.versionId).query(String.class).list();
        if (!open.isEmpty()) {
            // the detail names the first few; the answer's findings list holds them all
            String first = String.join("、", open.subList(0, Math.min(SHOWN_IDS, open.size())));
            throw new StoreException.UnacknowledgedErrors("尚有 " + open.size() + " 项错误未确认（每项须写明理由）：" + first
                    + (open.size() > SHOWN_IDS ? " 等，完整列表见 findings" : ""), open);
        }
        return move(caller, t, "submit", VersionStatus.SUBMITTED, null);
    }

    /** Approves the submitted latest version (reviewer of the region). */
    @Transactional
    public VersionInfo approve(Caller caller, long id) {
        Target t = lock(caller, id, false);
        requireStatus(t, "审核通过", EnumSet.of(VersionStatus.SUBMITTED));
        return move(caller, t, "approve", VersionStatus.APPROVED, null);
    }

    /** Sends the submitted or approved latest version back to draft, with a reason (reviewer). */
    @Transactional
    public VersionInfo reject(Caller caller, long id, String reason) {
        Target t = lock(caller, id, false);
        requireStatus(t, "退回", EnumSet.of(VersionStatus.SUBMITTED, VersionStatus.APPROVED));
        return move(caller, t, "reject", VersionStatus.DRAFT, requireReason(reason, "退回"));
    }

    /**
     * Publishes the approved latest version (reviewer): records today's date and whether it is within
     * 20 days of the 批复 date; an earlier published version becomes superseded. Publishing a
     * correction (a disclosure published before) needs its reason. The version's budget lines join the
     * aggregate; the superseded one's leave it.
     */
    @Transactional
    public VersionInfo publish(Caller caller, long id, String reason) {
        Target t = lock(caller, id, false);
        requireStatus(t, "公开", EnumSet.of(VersionStatus.APPROVED));
        boolean publishedBefore = jdbc.sql("SELECT COUNT(*) FROM versions WHERE disclosure_id = ? AND status IN ('published', 'withdrawn')")
                .param(id).query(Long.class).single() > 0;
        String why = publishedBefore ? requireReason(reason, "更正公开") : blankToNull(reason);
        List<Long> previous = jdbc.sql("SELECT id FROM versions WHERE disclosure_id = ? AND status = 'published' AND superseded = FALSE")
                .param(id).query(Long.class).list();
        for (Long p : previous) {
            jdbc.sql("UPDATE versions SET superseded = TRUE, updated_at = ? WHERE id = ?").params(now(), p).update();
            budgetLines.remove(p);
            int n = jdbc.sql("SELECT number FROM versions WHERE id = ?").param(p).query(Integer.class).single();
            audit.record(caller, "supersede", id, n, VersionStatus.PUBLISHED, VersionStatus.PUBLISHED, why, "由第 " + t.number + " 版取代");
        }
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        LocalDate approval = jdbc.sql("SELECT approval_date FROM versions WHERE id = ?").param(t.versionId)
                .query((rs, i) -> rs.getObject(1, LocalDate.class)).list().get(0);
        Boolean onTime = approval == null ? null : !today.isAfter(approval.plusDays(StoreSettings.PUBLISH_DAYS));
        jdbc.sql("UPDATE versions SET published_date = ?, published_within_20_days = ?, publish_reason = ? WHERE id = ?")
                .params(today, onTime, why, t.versionId).update();
        budgetLines.add(t.versionId);
        events.publishEvent(new PublicationChanged(id));
        return move(caller, t, "publish", VersionStatus.PUBLISHED, why);
    }

    /** Withdraws the current published version, with a reason (reviewer); the public then sees none. */
    @Transactional
    public VersionInfo withdraw(Caller caller, long id, String reason) {
        Disclosures.Row row = disclosures.row(id);
        if (!disclosures.mayReview(caller, row)) {
            throw forbidden(caller, id, false);
        }
        lockRow(id);
        Integer published = jdbc.sql("SELECT MAX(number) FROM versions WHERE disclosure_id = ? AND status = 'published' AND superseded = FALSE")
                .param(id).query(Integer.class).optional().orElse(null);
        if (published == null) {
            throw new StoreException.TransitionNotAllowed("公开文件 " + id + " 没有已公开的版本，不能撤回", row.latestStatus());
        }
        String why = requireReason(reason, "撤回");
        Target t = new Target(id, disclosures.versionId(id, published), published, VersionStatus.PUBLISHED);
        budgetLines.remove(t.versionId);
        events.publishEvent(new PublicationChanged(id));
        return move(caller, t, "withdraw", VersionStatus.WITHDRAWN, why);
    }

    private record Target(long disclosureId, long versionId, int number, VersionStatus status) {
    }

    /** The latest version, its disclosure row locked, after checking the caller's right. */
    private Target lock(Caller caller, long id, boolean editorStep) {
        Disclosures.Row row = disclosures.row(id);
        boolean allowed = editorStep ? disclosures.mayEdit(caller, row) : disclosures.mayReview(caller, row);
        if (!allowed) {
            throw forbidden(caller, id, editorStep);
        }
        lockRow(id);
        return jdbc.sql("SELECT id, number, status FROM versions WHERE disclosure_id = ? ORDER BY number DESC LIMIT 1").param(id)
                .query((rs, i) -> new Target(id, rs.getLong(1), rs.getInt(2), VersionStatus.of(rs.getString(3)))).single();
    }

    private void lockRow(long id) {
        jdbc.sql("SELECT id FROM disclosures WHERE id = ? FOR UPDATE").param(id).query(Long.class).single();
    }

    private static StoreException forbidden(Caller caller, long id, boolean editorStep) {
        String who = editorStep ? "本部门的编制人员（editor）" : "本地区的审核人员（reviewer）";
        return new StoreException.Forbidden("只有" + who + "可以执行此操作：公开文件 " + id);
    }

    private static void requireStatus(Target t, String action, Set<VersionStatus> from) {
        if (!from.contains(t.status)) {
            throw new StoreException.TransitionNotAllowed("第 " + t.number + " 版状态为“" + t.status.label() + "”，不能" + action, t.status);
        }
    }

    private VersionInfo move(Caller caller, Target t, String action, VersionStatus to, String reason) {
        jdbc.sql("UPDATE versions SET status = ?, updated_at = ? WHERE id = ?").params(to.code(), now(), t.versionId).update();
        audit.record(caller, action, t.disclosureId, t.number, t.status, to, reason, null);
        return jdbc.sql(Disclosures.VERSION_SELECT + " WHERE id = ?").param(t.versionId).query((rs, i) -> Disclosures.version(rs)).single();
    }

    private static String requireReason(String reason, String action) {
        if (reason == null || reason.isBlank()) {
            throw new StoreException.Invalid(action + "须写明理由");
        }
        return reason.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
