package org.gongkai.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.CheckReportWriter;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.ingest.IngestException;
import org.gongkai.core.json.Json;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.Metadata;
import org.gongkai.core.model.Phase;
import org.gongkai.core.pipeline.Loaded;
import org.gongkai.core.pipeline.Pipeline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Disclosures and their versions: upload (through the core {@link Pipeline}: import and check, never
 * re-implemented here) and the queries, each deciding what the {@link Caller} may see. The public
 * sees the current published version only; an editor its department's versions; a reviewer those
 * of its region (and the regions under it); an admin all.
 */
@Service
public class Disclosures {

    private final JdbcClient jdbc;
    private final Pipeline pipeline;
    private final FileStore files;
    private final Directory directory;
    private final AuditLog audit;
    private final Clock clock;
    private final VerifiedDocuments verified;

    /** At most this many disclosures' public state kept (see {@link #publicCurrent}). */
    private static final int PUBLIC_CURRENT_MAX = 20_000;

    private final StoreChanges changes;
    /** The public's current version of a disclosure, as read at a {@link StoreChanges} count. */
    private final ConcurrentHashMap<Long, PublicCurrent> publicCurrent = new ConcurrentHashMap<>();

    private record PublicCurrent(long generation, DisclosureInfo info, Meta meta) {
    }

    public Disclosures(JdbcClient jdbc, Pipeline pipeline, FileStore files, Directory directory, AuditLog audit, Clock clock,
            VerifiedDocuments verified, StoreChanges changes) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.pipeline = pipeline;
        this.files = files;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.verified = verified;
    }

    // ---- upload

    /**
     * Imports and checks an uploaded file and stores it as a new draft version: of the existing
     * disclosure with the same region, department, year, phase and kind, or of a new one. One
     * transaction: the stored file is deleted again when anything fails. Editors only, for their
     * own department.
     *
     * @throws StoreException.Forbidden   not an editor, or another department
     * @throws StoreException.Unreadable  the importer cannot read the file (its message: file, page, line)
     * @throws StoreException.Invalid     an empty file, or a department/region that cannot be resolved
     */
    @Transactional
    public UploadResult upload(Caller caller, UploadRequest req) {
        if (!caller.is(Role.EDITOR)) {
            throw new StoreException.Forbidden("只有编制人员（editor）可以上传公开文件");
        }
        if (req.bytes() == null || req.bytes().length == 0) {
            throw new StoreException.Invalid("上传的文件为空");
        }
        String fileName = req.fileName() == null || req.fileName().isBlank() ? "upload" : req.fileName().trim();
        Imported imp = importFile(fileName, req.bytes());

        String deptCode = req.department() != null && !req.department().isBlank() ? req.department().trim() : caller.department();
        Department dept = directory.department(deptCode)
                .orElseThrow(() -> new StoreException.Invalid("部门不存在：" + deptCode));
        if (!dept.code().equals(caller.department())) {
            throw new StoreException.Forbidden("不能为其他部门上传：" + dept.code() + " " + dept.name());
        }
        String regionCode = req.region() != null && !req.region().isBlank() ? req.region().trim() : dept.region();
        long regionId = directory.regionId(regionCode).orElseThrow(() -> new StoreException.Invalid("行政区划不存在：" + regionCode));
        long deptId = directory.departmentId(dept.code()).orElseThrow();
        Metadata md = imp.disclosure.metadata();
        int year = md.fiscalYear() > 0 ? md.fiscalYear() : imp.facts.fiscalYear();
        if (year <= 0) {
            throw new StoreException.Unreadable(fileName + "：未能读出预算年度", null);
        }
        String phase = phaseCode(md.phase() == null ? Phase.BUDGET : md.phase());
        String kind = md.kind() != null ? (md.kind() == DisclosureKind.UNIT ? "unit" : "department") : dept.kind().code();

        OffsetDateTime now = now();
        Optional<Long> existing = jdbc.sql("SELECT id FROM disclosures WHERE region_id = ? AND department_id = ? AND fiscal_year = ?"
                + " AND phase = ? AND kind = ? FOR UPDATE").params(regionId, deptId, year, phase, kind).query(Long.class).optional();
        boolean created = existing.isEmpty();
        long disclosureId;
        if (created) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO disclosures (region_id, department_id, fiscal_year, phase, kind, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(regionId, deptId, year, phase, kind, now).update(keys, "id");
            disclosureId = keys.getKey().longValue();
        } else {
            disclosureId = existing.get();
        }
        int number = jdbc.sql("SELECT COALESCE(MAX(number), 0) FROM versions WHERE disclosure_id = ?").param(disclosureId)
                .query(Integer.class).single() + 1;

        FileStore.StoredFile stored = files.store(req.bytes());
        CheckReport report = imp.report;
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO versions (disclosure_id, number, status, superseded, file_name, file_path, file_size, file_sha256, profile,"
                + " disclosure_json, facts_json, report_json, content_sha256, error_count, warning_count, info_count, approval_date,"
                + " created_by, created_at, updated_at) VALUES (?, ?, 'draft', FALSE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(disclosureId, number, cut(fileName, 300), stored.path(), stored.size(), stored.sha256(), imp.profile,
                        imp.disclosureJson, imp.factsJson, imp.reportJson,
                        Hashes.sha256(imp.disclosureJson, imp.factsJson, imp.reportJson),
                        report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO),
                        req.approvalDate(), caller.auditName(), now, now)
                .update(keys, "id");
        long versionId = keys.getKey().longValue();
        storeFindings(versionId, report, imp.reportJson);
        audit.record(caller, "upload", disclosureId, number, null, VersionStatus.DRAFT, null,
                fileName + " sha256=" + stored.sha256());
        UploadSummary summary = new UploadSummary(md.department() != null ? md.department() : imp.facts.department(), year,
                phase, kind, imp.profile, imp.disclosure.tables().size(), report.count(Severity.ERROR),
                report.count(Severity.WARNING), report.count(Severity.INFO));
        return new UploadResult(disclosureId, number, VersionStatus.DRAFT, created, summary);
    }

    /**
     * The department's words (须由部门填写的文字) of the latest version, as its facts hold them (a
     * word not given is absent from the map).
     */
    public Map<DepartmentWords, String> words(Caller caller, long id) {
        Row row = row(id);
        if (!canSeeAll(caller, row)) {
            throw notFound(id);
        }
        JsonNode texts = latestFacts(row).path("facts").path("texts");
        Map<DepartmentWords, String> out = new java.util.EnumMap<>(DepartmentWords.class);
        for (DepartmentWords w : DepartmentWords.values()) {
            JsonNode v = texts.get(w.field());
            if (v != null && v.isString() && !v.asString().isBlank()) {
                out.put(w, v.asString());
            }
        }
        return out;
    }

    /**
     * A new draft version of the disclosure with the department's words revised: the latest
     * version's facts with these words (a blank one removed, so the document shows it as still to
     * fill), derived into the document again and checked like an upload. The stored file of the new
     * version is its facts JSON. The editor of the department only, while the latest version is a draft.
     *
     * @throws StoreException.TransitionNotAllowed the latest version is not a draft (submitted, approved or published)
     * @throws StoreException.Invalid  a word longer than {@link DepartmentWords#MAX_LENGTH}
     */
    @Transactional
    public UploadResult reviseWords(Caller caller, long id, Map<DepartmentWords, String> words) {
        Row row = row(id);
        if (!mayEdit(caller, row)) {
            throw canSeeAll(caller, row) ? new StoreException.Forbidden("只有本部门的编制人员可以修改文字说明") : notFound(id);
        }
        if (row.latestStatus != VersionStatus.DRAFT) {
            throw new StoreException.TransitionNotAllowed("第 " + row.latest + " 版" + row.latestStatus.label() + "，不能修改文字说明；须先退回为草稿",
                    row.latestStatus);
        }
        ObjectNode root = (ObjectNode) latestFacts(row);
        ObjectNode facts = (ObjectNode) root.get("facts");
        JsonNode existing = facts.get("texts");
        ObjectNode texts = existing instanceof ObjectNode o ? o : facts.putObject("texts");
        for (Map.Entry<DepartmentWords, String> e : words.entrySet()) {
            String v = e.getValue() == null ? "" : e.getValue().strip();
            if (v.length() > DepartmentWords.MAX_LENGTH) {
                throw new StoreException.Invalid(e.getKey().label() + "：最多 " + DepartmentWords.MAX_LENGTH + " 字，填写了 " + v.length() + " 字");
            }
            if (v.isEmpty()) {
                texts.putNull(e.getKey().field());
            } else {
                texts.put(e.getKey().field(), v);
            }
        }
        Meta latest = meta(id, row.latest);
        String base = latest.info.fileName().replaceFirst("(\\.facts)?\\.[A-Za-z0-9]{1,5}$", "");
        byte[] bytes = Json.mapper().writeValueAsString(root).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return upload(caller, new UploadRequest(base + ".facts.json", bytes, row.department, row.region, latest.info.approvalDate()));
    }

    private JsonNode latestFacts(Row row) {
        return Json.mapper().readTree(texts(meta(row.id, row.latest)).factsJson());
    }

    private record Imported(Disclosure disclosure, BudgetFacts facts, CheckReport report, String profile,
            String disclosureJson, String factsJson, String reportJson) {
    }

    private Imported importFile(String fileName, byte[] bytes) {
        try {
            Loaded loaded = pipeline.load(fileName, bytes);
            BudgetFacts facts = pipeline.facts(loaded);
            Disclosure disclosure = loaded.isFacts() ? pipeline.publish(loaded).disclosure() : loaded.disclosure();
            CheckReport report = pipeline.check(loaded);
            return new Imported(disclosure, facts, report, loaded.profile().id(), Json.write(disclosure), Json.write(facts),
                    CheckReportWriter.json(report));
        } catch (IngestException e) {
            throw new StoreException.Unreadable(e.describe(), e);
        }
    }

    /** One row per finding, with its id: a hash of rule, location and message; repeats get -2, -3 …. */
    private void storeFindings(long versionId, CheckReport report, String reportJson) {
        JsonNode objects = Json.mapper().readTree(reportJson).get("findings");
        Map<String, Integer> seen = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            String where = f.location().describe();
            String base = Hashes.sha256(f.rule(), where, f.message()).substring(0, 12);
            int n = seen.merge(base, 1, Integer::sum);
            String id = n == 1 ? base : base + "-" + n;
            ObjectNode obj = Json.mapper().createObjectNode();
            obj.put("id", id);
            obj.setAll((ObjectNode) objects.get(i));
            rows.add(new Object[] {versionId, id, i, f.rule(), f.severity().code(), f.message(), where,
                    Json.mapper().writeValueAsString(obj)});
        }
        for (Object[] r : rows) {
            jdbc.sql("INSERT INTO findings (version_id, finding_id, ordinal, rule_id, severity, message, location, finding_json)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)").params(r).update();
        }
    }

    // ---- queries

    /** The disclosures the caller may see, by filter; the public only those with a current published version. */
    public List<DisclosureInfo> list(Caller caller, DisclosureFilter filter) {
        StringBuilder sql = new StringBuilder(ROW_SELECT + " WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.region() != null) {
            sql.append(" AND r.code = ?");
            params.add(filter.region());
        }
        if (filter.department() != null) {
            sql.append(" AND d.code = ?");
            params.add(filter.department());
        }
        if (filter.year() != null) {
            sql.append(" AND x.fiscal_year = ?");
            params.add(filter.year());
        }
        sql.append(" ORDER BY x.fiscal_year DESC, r.code, d.code, x.id");
        List<DisclosureInfo> out = new ArrayList<>();
        for (Row row : jdbc.sql(sql.toString()).params(params).query((rs, i) -> row(rs)).list()) {
            DisclosureInfo info = visible(caller, row);
            if (info == null) {
                continue;
            }
            if (filter.status() != null) {
                boolean match = filter.status() == VersionStatus.PUBLISHED ? info.publishedVersion() != null
                        : info.latestStatus() == filter.status();
                if (!match) {
                    continue;
                }
            }
            out.add(info);
        }
        return out;
    }

    /**
     * One disclosure as the caller may see it.
     *
     * @throws StoreException.NotFound no such disclosure, or nothing of it the caller may see
     */
    public DisclosureInfo get(Caller caller, long id) {
        DisclosureInfo info = visible(caller, row(id));
        if (info == null) {
            throw notFound(id);
        }
        return info;
    }

    /**
     * The current published version with its documents, for anyone (the public's view): nothing of
     * later drafts. Its JSON's sha256 is re-checked.
     *
     * @throws StoreException.NotFound when the disclosure has no current published version
     */
    public VersionDocument published(long id) {
        Row row = row(id);
        if (row.publishedVersion == null) {
            throw notFound(id);
        }
        return document(publicInfo(row), row.publishedVersion);
    }

    /** The versions the caller may see, oldest first (the public: published ones, superseded included). */
    public List<VersionInfo> versions(Caller caller, long id) {
        Row row = row(id);
        boolean full = canSeeAll(caller, row);
        List<VersionInfo> all = jdbc.sql(VERSION_SELECT + " WHERE disclosure_id = ? ORDER BY number").param(id)
                .query((rs, i) -> version(rs)).list();
        List<VersionInfo> out = full ? all : all.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).toList();
        if (out.isEmpty() && !full) {
            throw notFound(id);
        }
        return out;
    }

    /** One version's state. */
    public VersionInfo version(Caller caller, long id, int number) {
        return visibleVersion(caller, row(id), number).info;
    }

    /** A version's state and the caller's right to it. */
    private Meta visibleVersion(Caller caller, Row row, int number) {
        Meta m = meta(row.id, number);
        if (!canSeeAll(caller, row) && m.info.status() != VersionStatus.PUBLISHED) {
            throw new StoreException.NotFound("版本不存在：" + row.id + "/" + number);
        }
        return m;
    }

    /**
     * One disclosure as the caller may see it, with the version it reads: the public the current
     * published one, staff the latest.
     */
    public DisclosureView current(Caller caller, long id) {
        Row row = row(id);
        DisclosureInfo info = visible(caller, row);
        if (info == null) {
            throw notFound(id);
        }
        return new DisclosureView(info, meta(id, info.latestVersion()).info);
    }

    /** A disclosure with the version the caller reads. */
    public record DisclosureView(DisclosureInfo disclosure, VersionInfo version) {
    }

    /** One version with its documents (sha256 re-checked: for a published version once per process). */
    public VersionDocument document(Caller caller, long id, int number) {
        Row row = row(id);
        Meta m = visibleVersion(caller, row, number);
        DisclosureInfo info = canSeeAll(caller, row) ? full(row) : publicInfo(row);
        return new VersionDocument(info, m.info, texts(m));
    }

    /**
     * The version the caller reads of a disclosure (the public: the current published one; staff:
     * the latest) with its documents.
     *
     * @throws StoreException.NotFound no such disclosure, or nothing of it the caller may see
     */
    public VersionDocument currentDocument(Caller caller, long id) {
        if (caller.isAnonymous()) {
            return publicCurrentDocument(id);
        }
        Row row = row(id);
        DisclosureInfo info = visible(caller, row);
        if (info == null) {
            throw notFound(id);
        }
        Meta m = meta(id, info.latestVersion());
        return new VersionDocument(info, m.info, texts(m));
    }

    /**
     * The public's current document, its state kept while the store is unchanged (the read most
     * often asked for: a published disclosure's JSON and pages); the documents themselves come from
     * {@link VerifiedDocuments}.
     */
    private VersionDocument publicCurrentDocument(long id) {
        long generation = changes.generation();
        PublicCurrent held = publicCurrent.get(id);
        if (held == null || held.generation != generation) {
            Row row = row(id);
            if (row.publishedVersion == null) {
                throw notFound(id);
            }
            DisclosureInfo info = publicInfo(row);
            held = new PublicCurrent(generation, info, meta(id, info.latestVersion()));
            if (publicCurrent.size() >= PUBLIC_CURRENT_MAX) {
                publicCurrent.clear();
            }
            publicCurrent.put(id, held);
        }
        return new VersionDocument(held.info, held.meta.info, texts(held.meta));
    }

    /** The uploaded bytes of a version, their sha256 re-checked against the recorded one. */
    public byte[] file(Caller caller, long id, int number) {
        VersionInfo v = version(caller, id, number);
        String path = jdbc.sql("SELECT file_path FROM versions WHERE disclosure_id = ? AND number = ?").params(id, number)
                .query(String.class).single();
        byte[] bytes = files.read(path);
        if (!Hashes.sha256(bytes).equals(v.fileSha256())) {
            throw new StoreException.Integrity("存储的文件已被改动（sha256 不符）：公开文件 " + id + " 第 " + number + " 版");
        }
        return bytes;
    }

    /** A version's findings in report order, each with its acknowledgement. */
    public List<StoredFinding> findings(Caller caller, long id, int number) {
        version(caller, id, number);
        long versionId = versionId(id, number);
        Map<String, Acknowledgement> acks = new HashMap<>();
        jdbc.sql("SELECT finding_id, reason, username, created_at FROM finding_acknowledgements WHERE version_id = ?")
                .param(versionId).query((rs, i) -> new Acknowledgement(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list().forEach(a -> acks.put(a.finding(), a));
        return jdbc.sql("SELECT finding_id, rule_id, severity, message, location, finding_json FROM findings WHERE version_id = ? ORDER BY ordinal")
                .param(versionId).query((rs, i) -> new StoredFinding(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), acks.get(rs.getString(1))))
                .list();
    }

    /** The audit log of one disclosure (not for the public). */
    public List<AuditEntry> history(Caller caller, long id) {
        Row row = row(id);
        if (!canSeeAll(caller, row)) {
            throw new StoreException.Forbidden("无权查看公开文件 " + id + " 的操作记录");
        }
        return audit.forDisclosure(id);
    }

    /** The paths of every stored version's file (for {@link FileStore#sweep}). */
    public Set<String> storedPaths() {
        return new HashSet<>(jdbc.sql("SELECT file_path FROM versions").query(String.class).list());
    }

    // ---- shared with the workflow

    static final String ROW_SELECT = "SELECT x.id, x.fiscal_year, x.phase, x.kind, r.code AS region_code, r.name AS region_name,"
            + " d.code AS department_code, d.name AS department_name,"
            + " (SELECT MAX(v.number) FROM versions v WHERE v.disclosure_id = x.id) AS latest,"
            + " (SELECT v.status FROM versions v WHERE v.disclosure_id = x.id ORDER BY v.number DESC LIMIT 1) AS latest_status,"
            + " (SELECT MAX(v.number) FROM versions v WHERE v.disclosure_id = x.id AND v.status = 'published' AND v.superseded = FALSE) AS published"
            + " FROM disclosures x JOIN regions r ON r.id = x.region_id JOIN departments d ON d.id = x.department_id";

    /** A version's state columns, without its documents. */
    static final String VERSION_SELECT = "SELECT id, disclosure_id, number, status, superseded, file_name, file_size, file_sha256,"
            + " profile, error_count, warning_count, info_count, approval_date, published_date, published_within_20_days,"
            + " publish_reason, created_by, created_at, updated_at, content_sha256 FROM versions";

    /** A disclosure's row, with its latest and current published version. */
    record Row(long id, int year, String phase, String kind, String region, String regionName, String department,
            String departmentName, int latest, VersionStatus latestStatus, Integer publishedVersion) {
    }

    Row row(long id) {
        return jdbc.sql(ROW_SELECT + " WHERE x.id = ?").param(id).query((rs, i) -> row(rs)).optional()
                .orElseThrow(() -> notFound(id));
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getInt("fiscal_year"), rs.getString("phase"), rs.getString("kind"),
                rs.getString("region_code"), rs.getString("region_name"), rs.getString("department_code"),
                rs.getString("department_name"), rs.getInt("latest"), VersionStatus.of(rs.getString("latest_status")),
                (Integer) rs.getObject("published", Integer.class));
    }

    static VersionInfo version(ResultSet rs) throws SQLException {
        Date d = new Date(rs);
        return new VersionInfo(rs.getLong("disclosure_id"), rs.getInt("number"), VersionStatus.of(rs.getString("status")),
                rs.getBoolean("superseded"), rs.getString("file_name"), rs.getLong("file_size"), rs.getString("file_sha256"),
                rs.getString("profile"), rs.getInt("error_count"), rs.getInt("warning_count"), rs.getInt("info_count"),
                d.get("approval_date"), d.get("published_date"), (Boolean) rs.getObject("published_within_20_days", Boolean.class),
                rs.getString("publish_reason"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private record Date(ResultSet rs) {
        LocalDate get(String column) throws SQLException {
            return rs.getObject(column, LocalDate.class);
        }
    }

    long versionId(long id, int number) {
        return jdbc.sql("SELECT id FROM versions WHERE disclosure_id = ? AND number = ?").params(id, number).query(Long.class)
                .optional().orElseThrow(() -> new StoreException.NotFound("版本不存在：" + id + "/" + number));
    }

    /** Whether the caller sees every version (not only the published ones). */
    boolean canSeeAll(Caller caller, Row row) {
        return seesAll(caller, row.department, row.region);
    }

    boolean mayEdit(Caller caller, Row row) {
        return edits(caller, row.department);
    }

    boolean mayReview(Caller caller, Row row) {
        return reviews(caller, row.region);
    }

    /** Whether the caller sees every version of the disclosure, drafts included (its editors, its region's reviewers, admins). */
    public boolean seesAll(Caller caller, DisclosureInfo d) {
        return seesAll(caller, d.department(), d.region());
    }

    /** Whether the caller edits the disclosure (uploads, words, submit): an editor of its department. */
    public boolean edits(Caller caller, DisclosureInfo d) {
        return edits(caller, d.department());
    }

    /** Whether the caller reviews the disclosure (approve, send back, publish, withdraw): a reviewer of its region. */
    public boolean reviews(Caller caller, DisclosureInfo d) {
        return reviews(caller, d.region());
    }

    private boolean seesAll(Caller caller, String department, String region) {
        return caller.is(Role.ADMIN) || edits(caller, department) || reviews(caller, region);
    }

    private static boolean edits(Caller caller, String department) {
        return caller.is(Role.EDITOR) && department.equals(caller.department());
    }

    private boolean reviews(Caller caller, String region) {
        return caller.is(Role.REVIEWER) && directory.regionWithin(region, caller.region());
    }

    private DisclosureInfo visible(Caller caller, Row row) {
        if (canSeeAll(caller, row)) {
            return full(row);
        }
        return row.publishedVersion == null ? null : publicInfo(row);
    }

    private static DisclosureInfo full(Row r) {
        return new DisclosureInfo(r.id, r.region, r.regionName, r.department, r.departmentName, r.year, r.phase, r.kind,
                r.latest, r.latestStatus, r.publishedVersion);
    }

    /** As the public sees it: the published version stands in for the latest. */
    private static DisclosureInfo publicInfo(Row r) {
        return new DisclosureInfo(r.id, r.region, r.regionName, r.department, r.departmentName, r.year, r.phase, r.kind,
                r.publishedVersion, VersionStatus.PUBLISHED, r.publishedVersion);
    }

    private VersionDocument document(DisclosureInfo info, int number) {
        Meta m = meta(info.id(), number);
        return new VersionDocument(info, m.info, texts(m));
    }

    /** A version's state (without its documents), its row id and the sha256 recorded over its documents. */
    private record Meta(long versionId, VersionInfo info, String contentSha256) {
    }

    private Meta meta(long id, int number) {
        return jdbc.sql(VERSION_SELECT + " WHERE disclosure_id = ? AND number = ?").params(id, number)
                .query((rs, i) -> new Meta(rs.getLong("id"), version(rs), rs.getString("content_sha256")))
                .optional().orElseThrow(() -> new StoreException.NotFound("版本不存在：" + id + "/" + number));
    }

    /**
     * A version's documents, their sha256 checked against the recorded one. A published version's
     * are checked once per process and then kept (they never change); a draft's on every read.
     */
    private VerifiedDocuments.Texts texts(Meta m) {
        boolean published = m.info.status() == VersionStatus.PUBLISHED;
        if (published) {
            VerifiedDocuments.Texts held = verified.get(m.versionId);
            if (held != null && held.contentSha256().equals(m.contentSha256)) {
                return held;
            }
        }
        record Docs(String d, String f, String r, String sha) {
        }
        Docs docs = jdbc.sql("SELECT disclosure_json, facts_json, report_json, content_sha256 FROM versions WHERE id = ?")
                .param(m.versionId).query((rs, i) -> new Docs(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
        if (!Hashes.sha256(docs.d, docs.f, docs.r).equals(docs.sha)) {
            throw new StoreException.Integrity("存储的内容已被改动（sha256 不符）：公开文件 " + m.info.disclosureId() + " 第 "
                    + m.info.number() + " 版");
        }
        VerifiedDocuments.Texts texts = new VerifiedDocuments.Texts(docs.d, docs.f, docs.r, docs.sha);
        if (published) {
            verified.put(m.versionId, texts);
        }
        return texts;
    }

    static StoreException.NotFound notFound(long id) {
        return new StoreException.NotFound("公开文件不存在：" + id);
    }

    static String phaseCode(Phase p) {
        return switch (p) {
            case BUDGET -> "budget";
            case ADJUSTED -> "adjusted";
            case FINAL_ACCOUNT -> "final-account";
        };
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
