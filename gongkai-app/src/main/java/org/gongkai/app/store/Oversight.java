package org.gongkai.app.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.ingest.IngestException;
import org.gongkai.core.pipeline.Loaded;
import org.gongkai.core.pipeline.Pipeline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The finance bureau's view of a region's year (财政部门工作台): every department with where its
 * budget disclosure stands, whether it was published within 20 days of 批复, its findings, and the
 * measurable dimensions of the Ministry of Finance's inspections of 预决算公开; and the re-check of
 * every latest version with the rules of the day. Reviewers of the region (and admins) only.
 *
 * <p>The dimensions, each 0–1 for one department (null when it cannot be measured):
 * <ul>
 * <li>公开率: a budget disclosure of the year is published;</li>
 * <li>及时性: it was published within 20 days of 批复 (unknown without a 批复 date);</li>
 * <li>完整性: its latest check raised no error of the completeness rules ({@code complete.*}: every
 * table, part and form present);</li>
 * <li>细化程度: the share of its published expenditure by 功能分类 that is shown down to 项;</li>
 * <li>准确性: its latest check raised no error at all (the tables add up, the narrative agrees with
 * them, the forms with the tables).</li>
 * </ul>
 * The score is their mean × 100 over the dimensions that could be measured.
 */
@Service
public class Oversight {

    private final JdbcClient jdbc;
    private final Disclosures disclosures;
    private final Directory directory;
    private final Pipeline pipeline;
    private final AuditLog audit;
    private final Clock clock;
    private final StoreSettings settings;

    public Oversight(JdbcClient jdbc, Disclosures disclosures, Directory directory, Pipeline pipeline, AuditLog audit, Clock clock,
            StoreSettings settings) {
        this.jdbc = jdbc;
        this.disclosures = disclosures;
        this.directory = directory;
        this.pipeline = pipeline;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** Where one department stands (工作台中的一行). */
    public enum Standing {
        /** 未提交: no disclosure, or its latest version is a draft (or was sent back). */
        NOT_SUBMITTED("未提交"),
        /** 已提交 */
        SUBMITTED("已提交"),
        /** 已审核 */
        APPROVED("已审核"),
        /** 已公开 */
        PUBLISHED("已公开"),
        /** 已撤回 */
        WITHDRAWN("已撤回");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The latest re-check of a version. */
    public record Recheck(Instant at, String by, int errors, int warnings, int infos, int completenessErrors, String firstError) {
    }

    /**
     * One department's row (a department with a 部门 and a 单位 budget has two; one without any
     * disclosure has one with {@code disclosure} null).
     *
     * @param latest     the latest version, null when none
     * @param published  the current published version, null when none
     * @param recheck    the latest version's latest re-check, null when none
     * @param dueDate    批复 date + 20 days, null when the 批复 date is unknown
     * @param late       past the due date and not published, or published after it
     * @param onTime     published within 20 days of 批复; null when not published or the date is unknown
     * @param detail     细化程度: share of the published 功能分类 expenditure shown to 项 (0–1), null when unpublished
     * @param score      0–100 over the measurable dimensions
     */
    public record Row(Department department, DisclosureInfo disclosure, VersionInfo latest, VersionInfo published,
            Recheck recheck, Standing standing, LocalDate dueDate, boolean late, Boolean onTime, int errors, int warnings,
            Integer completenessErrors, BigDecimal detail, BigDecimal score) {

        /** Whether the errors and warnings shown are the latest re-check's (else the version's own report's). */
        public boolean rechecked() {
            return recheck != null;
        }
    }

    /** The region's measurable dimensions over its departments (each 0–1, null when nothing to measure). */
    public record Summary(int departments, int submitted, int published, int late, int errors, int warnings,
            BigDecimal publicationRate, BigDecimal timeliness, BigDecimal completeness, BigDecimal detail, BigDecimal accuracy,
            BigDecimal score) {
    }

    public record Dashboard(Region region, int year, LocalDate today, List<Row> rows, Summary summary) {
    }

    /**
     * The dashboard of a region (with its sub-regions) for a budget year.
     *
     * @throws StoreException.Forbidden not a reviewer of the region or an admin
     */
    @Transactional(readOnly = true)
    public Dashboard dashboard(Caller caller, String regionCode, int year) {
        Region region = requireReviewer(caller, regionCode);
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        List<String> within = within(region.code());
        Map<Long, BigDecimal> detail = detailByDisclosure(year);
        List<Row> rows = new ArrayList<>();
        for (String code : within) {
            List<DisclosureInfo> ds = disclosures.list(caller, new DisclosureFilter(code, null, year, null)).stream()
                    .filter(d -> "budget".equals(d.phase())).toList();
            for (Department dept : directory.departments(code)) {
                List<DisclosureInfo> own = ds.stream().filter(d -> d.department().equals(dept.code())).toList();
                if (own.isEmpty()) {
                    rows.add(new Row(dept, null, null, null, null, Standing.NOT_SUBMITTED, null, false, null, 0, 0, null, null,
                            BigDecimal.ZERO.setScale(1)));
                    continue;
                }
                for (DisclosureInfo d : own) {
                    rows.add(row(caller, dept, d, today, detail.get(d.id())));
                }
            }
        }
        return new Dashboard(region, year, today, rows, summary(rows));
    }

    private Row row(Caller caller, Department dept, DisclosureInfo d, LocalDate today, BigDecimal detail) {
        VersionInfo latest = disclosures.version(caller, d.id(), d.latestVersion());
        VersionInfo published = d.publishedVersion() == null ? null : disclosures.version(caller, d.id(), d.publishedVersion());
        long latestId = disclosures.versionId(d.id(), latest.number());
        Recheck recheck = recheck(latestId).orElse(null);
        Standing standing = switch (latest.status()) {
            case DRAFT -> Standing.NOT_SUBMITTED;
            case SUBMITTED -> Standing.SUBMITTED;
            case APPROVED -> Standing.APPROVED;
            case PUBLISHED -> Standing.PUBLISHED;
            case WITHDRAWN -> Standing.WITHDRAWN;
        };
        // a correction in the works still leaves the earlier publication public
        if (published != null && standing != Standing.PUBLISHED) {
            standing = Standing.PUBLISHED;
        }
        VersionInfo dated = published != null ? firstPublished(caller, d) : latest;
        LocalDate approval = dated.approvalDate() != null ? dated.approvalDate() : latest.approvalDate();
        LocalDate due = approval == null ? null : approval.plusDays(StoreSettings.PUBLISH_DAYS);
        Boolean onTime = published == null ? null : dated.publishedWithin20Days();
        boolean late = published == null ? due != null && today.isAfter(due) : Boolean.FALSE.equals(onTime);
        int errors = recheck != null ? recheck.errors() : latest.errors();
        int warnings = recheck != null ? recheck.warnings() : latest.warnings();
        Integer completeness = recheck != null ? Integer.valueOf(recheck.completenessErrors()) : completenessErrors(latestId);
        List<BigDecimal> dims = new ArrayList<>();
        dims.add(published != null ? BigDecimal.ONE : BigDecimal.ZERO);
        if (onTime != null) {
            dims.add(onTime ? BigDecimal.ONE : BigDecimal.ZERO);
        } else if (published == null && late) {
            dims.add(BigDecimal.ZERO);
        }
        dims.add(completeness == 0 ? BigDecimal.ONE : BigDecimal.ZERO);
        dims.add(detail != null ? detail : BigDecimal.ZERO);
        dims.add(errors == 0 ? BigDecimal.ONE : BigDecimal.ZERO);
        return new Row(dept, d, latest, published, recheck, standing, due, late, onTime, errors, warnings, completeness, detail,
                mean(dims).multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP));
    }

    /** The version first published (the 20 days count from 批复 to the first publication, not to a correction). */
    private VersionInfo firstPublished(Caller caller, DisclosureInfo d) {
        return disclosures.versions(caller, d.id()).stream().filter(v -> v.publishedDate() != null)
                .min(java.util.Comparator.comparing(VersionInfo::publishedDate)).orElseThrow();
    }

    private static Summary summary(List<Row> rows) {
        Map<String, List<Row>> byDept = new LinkedHashMap<>();
        rows.forEach(r -> byDept.computeIfAbsent(r.department().code(), k -> new ArrayList<>()).add(r));
        int departments = byDept.size();
        int submitted = 0;
        int published = 0;
        int late = 0;
        int errors = 0;
        int warnings = 0;
        int timed = 0;
        int onTime = 0;
        int checked = 0;
        int complete = 0;
        int withDisclosure = 0;
        int accurate = 0;
        List<BigDecimal> details = new ArrayList<>();
        List<BigDecimal> scores = new ArrayList<>();
        for (List<Row> rs : byDept.values()) {
            if (rs.stream().anyMatch(r -> r.standing() != Standing.NOT_SUBMITTED)) {
                submitted++;
            }
            if (rs.stream().anyMatch(r -> r.published() != null)) {
                published++;
            }
            if (rs.stream().anyMatch(Row::late)) {
                late++;
            }
        }
        for (Row r : rows) {
            errors += r.errors();
            warnings += r.warnings();
            if (r.onTime() != null) {
                timed++;
                onTime += r.onTime() ? 1 : 0;
            }
            if (r.completenessErrors() != null) {
                checked++;
                complete += r.completenessErrors() == 0 ? 1 : 0;
            }
            if (r.detail() != null) {
                details.add(r.detail());
            }
            if (r.disclosure() != null) {
                withDisclosure++;
                accurate += r.errors() == 0 ? 1 : 0;
            }
            scores.add(r.score());
        }
        return new Summary(departments, submitted, published, late, errors, warnings, ratio(published, departments),
                ratio(onTime, timed), ratio(complete, checked), details.isEmpty() ? null : mean(details),
                ratio(accurate, withDisclosure), scores.isEmpty() ? null : mean(scores).setScale(1, RoundingMode.HALF_UP));
    }

    // ---- re-check

    /** What a re-check of all did. */
    public record RecheckResult(int versions, int unreadable, int errors, int warnings) {
    }

    /**
     * Re-checks the latest version of every budget disclosure of the region's year with the rules of
     * the day: its stored file is read and checked again as at upload, and the result kept beside the
     * version (whose own report never changes). A file that no longer reads counts as unreadable.
     */
    @Transactional
    public RecheckResult recheckAll(Caller caller, String regionCode, int year) {
        Region region = requireReviewer(caller, regionCode);
        int versions = 0;
        int unreadable = 0;
        int errors = 0;
        int warnings = 0;
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        for (String code : within(region.code())) {
            for (DisclosureInfo d : disclosures.list(caller, new DisclosureFilter(code, null, year, null))) {
                if (!"budget".equals(d.phase())) {
                    continue;
                }
                VersionInfo v = disclosures.version(caller, d.id(), d.latestVersion());
                long versionId = disclosures.versionId(d.id(), v.number());
                byte[] bytes = disclosures.file(caller, d.id(), v.number());
                CheckReport report;
                try {
                    Loaded loaded = pipeline.load(v.fileName(), bytes);
                    report = pipeline.check(loaded);
                } catch (IngestException e) {
                    unreadable++;
                    store(versionId, now, caller, 1, 0, 0, 0, "无法读取：" + e.describe());
                    continue;
                }
                int completeness = (int) report.findings().stream()
                        .filter(f -> f.severity() == Severity.ERROR && f.rule().startsWith("complete.")).count();
                String first = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst()
                        .map(f -> f.location().describe() + "：" + f.message()).orElse(null);
                store(versionId, now, caller, report.count(Severity.ERROR), report.count(Severity.WARNING),
                        report.count(Severity.INFO), completeness, first);
                versions++;
                errors += report.count(Severity.ERROR);
                warnings += report.count(Severity.WARNING);
            }
        }
        audit.record(caller, "recheck", null, null, null, null, null,
                region.code() + " " + year + "：" + versions + " 份，" + errors + " 项错误，" + warnings + " 项警告");
        return new RecheckResult(versions, unreadable, errors, warnings);
    }

    private void store(long versionId, OffsetDateTime at, Caller caller, int errors, int warnings, int infos, int completeness,
            String firstError) {
        jdbc.sql("DELETE FROM rechecks WHERE version_id = ?").param(versionId).update();
        jdbc.sql("INSERT INTO rechecks (version_id, checked_at, checked_by, error_count, warning_count, info_count,"
                + " completeness_errors, first_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(versionId, at, caller.auditName(), errors, warnings, infos, completeness,
                        firstError == null || firstError.length() <= 1000 ? firstError : firstError.substring(0, 1000))
                .update();
    }

    private Optional<Recheck> recheck(long versionId) {
        return jdbc.sql("SELECT checked_at, checked_by, error_count, warning_count, info_count, completeness_errors, first_error"
                + " FROM rechecks WHERE version_id = ?").param(versionId)
                .query((rs, i) -> new Recheck(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getString(7)))
                .optional();
    }

    private int completenessErrors(long versionId) {
        return jdbc.sql("SELECT COUNT(*) FROM findings WHERE version_id = ? AND severity = 'error' AND rule_id LIKE 'complete.%'")
                .param(versionId).query(Integer.class).single();
    }

    /** 细化程度 of each published disclosure of the year: the share of its 功能分类 lines' amount that names a 项. */
    private Map<Long, BigDecimal> detailByDisclosure(int year) {
        Map<Long, BigDecimal> out = new HashMap<>();
        jdbc.sql("SELECT disclosure_id, SUM(CASE WHEN function_item_code IS NOT NULL THEN amount ELSE 0 END), SUM(amount)"
                + " FROM budget_lines WHERE line_type = 'function' AND fiscal_year = ? GROUP BY disclosure_id").param(year)
                .query((rs, i) -> {
                    BigDecimal total = rs.getBigDecimal(3);
                    if (total != null && total.signum() > 0) {
                        out.put(rs.getLong(1), rs.getBigDecimal(2).divide(total, 4, RoundingMode.HALF_UP));
                    }
                    return null;
                }).list();
        return out;
    }

    // ---- shared

    private Region requireReviewer(Caller caller, String regionCode) {
        Region region = directory.region(regionCode).orElseThrow(() -> new StoreException.NotFound("没有这个地区：" + regionCode));
        boolean may = caller.is(Role.ADMIN) || caller.is(Role.REVIEWER) && directory.regionWithin(region.code(), caller.region());
        if (!may) {
            throw new StoreException.Forbidden("只有本地区的审核人员可以查看和核对本地区的公开情况：" + region.name());
        }
        return region;
    }

    private List<String> within(String code) {
        return directory.within(code);
    }

    private static BigDecimal ratio(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal mean(List<BigDecimal> xs) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal x : xs) {
            sum = sum.add(x);
        }
        return xs.isEmpty() ? BigDecimal.ZERO : sum.divide(BigDecimal.valueOf(xs.size()), 4, RoundingMode.HALF_UP);
    }
}
