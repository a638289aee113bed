package org.gongkai.app.web;

import static org.gongkai.app.web.PortalPage.esc;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gongkai.app.store.Acknowledgement;
import org.gongkai.app.store.AuditEntry;
import org.gongkai.app.store.Caller;
import org.gongkai.app.store.DepartmentWords;
import org.gongkai.app.store.Directory;
import org.gongkai.app.store.DisclosureFilter;
import org.gongkai.app.store.DisclosureInfo;
import org.gongkai.app.store.Disclosures;
import org.gongkai.app.store.Region;
import org.gongkai.app.store.Role;
import org.gongkai.app.store.StoreException;
import org.gongkai.app.store.StoredFinding;
import org.gongkai.app.store.UploadRequest;
import org.gongkai.app.store.UploadResult;
import org.gongkai.app.store.VersionDocument;
import org.gongkai.app.store.VersionInfo;
import org.gongkai.app.store.VersionStatus;
import org.gongkai.app.store.Workflow;
import org.gongkai.core.json.Json;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * The staff's pages (工作台), plain HTML forms that work without script, in the portal's frame: an
 * editor's uploads and disclosures; one disclosure's latest version with its findings grouped by
 * part of the document (in document order, each with its page or line and table row), the form of
 * the words only the department knows (saved as a new version and checked again), and the submit
 * with a reason for each error it keeps; a reviewer's approve, send back, publish and withdraw. Every
 * write goes through the store with the session's {@link Caller}, which decides what it may do;
 * {@code /staff/**} needs a login ({@link SecurityConfiguration}). The bureau's dashboard is
 * {@link DashboardController}'s.
 */
@RestController
class StaffController extends PortalErrors {

    static final String HOME = "/staff";
    private static final String HTML = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /** What a redirect after a write says on the page it lands on. */
    private static final Map<String, String> DONE = Map.of(
            "uploaded", "已上传并核对，存为新的草稿版本。",
            "words", "文字说明已保存：已按新的文字重新生成并核对，存为新的草稿版本。",
            "submitted", "已提交审核。",
            "approved", "已审核通过。",
            "rejected", "已退回编制人员修改。",
            "published", "已公开：公众现在可以查阅这一版本。",
            "withdrawn", "已撤回：公众不再能查阅这份文件。");

    private final Disclosures disclosures;
    private final Workflow workflow;
    private final Directory directory;
    private final RenderedFiles rendered;

    StaffController(Disclosures disclosures, Workflow workflow, Directory directory, RenderedFiles rendered) {
        this.disclosures = disclosures;
        this.workflow = workflow;
        this.directory = directory;
        this.rendered = rendered;
    }

    // ---- 工作台

    @GetMapping(value = HOME, produces = HTML)
    ResponseEntity<String> home(HttpServletRequest request) {
        Caller caller = Callers.current();
        StringBuilder b = new StringBuilder();
        b.append("<h1>工作台</h1><p class=\"lead\">").append(esc(caller.username())).append("（").append(esc(roleWord(caller)))
                .append("）</p>");
        if (caller.is(Role.EDITOR)) {
            String dept = directory.department(caller.department()).map(d -> d.name()).orElse(caller.department());
            b.append("<section class=\"box\" aria-labelledby=\"up-h\"><h2 id=\"up-h\">上传公开文件</h2>")
                    .append("<p>").append(esc(dept)).append("：上传公开文本（.txt）、PDF、录入表（.xlsx）或预算事实（.json）。")
                    .append("上传后立即导入并核对，存为草稿；同一部门、年度和类型的文件成为同一份公开文件的新版本。</p>")
                    .append(Forms.upload(HOME + "/upload", request,
                            "<p><label for=\"up-file\">文件</label> <input id=\"up-file\" name=\"file\" type=\"file\" required"
                                    + " accept=\".txt,.pdf,.xlsx,.json\"></p>"
                                    + "<p><label for=\"up-date\">批复日期</label> <input id=\"up-date\" name=\"approvalDate\" type=\"date\">"
                                    + " <span class=\"hint\">财政部门批复预算的日期：公开期限为批复后20日内</span></p>"
                                    + "<p><button type=\"submit\">上传并核对</button></p>"))
                    .append("</section>");
        }
        if (caller.is(Role.REVIEWER) || caller.is(Role.ADMIN)) {
            b.append("<section class=\"box\" aria-labelledby=\"dash-h\"><h2 id=\"dash-h\">公开情况</h2><ul>");
            List<Region> regions = caller.is(Role.ADMIN) ? directory.regions().stream().filter(r -> r.parent() == null).toList()
                    : directory.region(caller.region()).map(List::of).orElse(List.of());
            for (Region r : regions) {
                b.append("<li><a href=\"").append(esc(DashboardController.path(r.code(), null))).append("\">").append(esc(r.name()))
                        .append("各部门公开情况、核对与汇总</a></li>");
            }
            b.append("</ul></section>");
        }
        // the editor's own department; the reviewer's region (what waits for them); the admin reads the dashboards
        List<DisclosureInfo> list = new ArrayList<>(disclosures.list(caller, new DisclosureFilter(null,
                caller.is(Role.EDITOR) ? caller.department() : null, null, null)));
        list.removeIf(d -> !disclosures.seesAll(caller, d));
        list.sort(Comparator.comparing(DisclosureInfo::fiscalYear).reversed().thenComparing(DisclosureInfo::departmentName));
        if (caller.is(Role.EDITOR)) {
            b.append(table("本部门的公开文件", list, "all"));
        } else if (caller.is(Role.REVIEWER)) {
            b.append(table("待审核和待公开", list.stream().filter(d -> d.latestStatus() == VersionStatus.SUBMITTED
                    || d.latestStatus() == VersionStatus.APPROVED).toList(), "todo"));
        }
        b.append(Forms.post("/logout", request, "<p><button type=\"submit\">退出登录</button></p>"));
        return page(new PortalPage("工作台").crumb("工作台", null), b.toString(), HttpStatus.OK);
    }

    private static String table(String title, List<DisclosureInfo> list, String id) {
        StringBuilder b = new StringBuilder("<section aria-labelledby=\"" + id + "-h\"><h2 id=\"" + id + "-h\">" + esc(title) + "</h2>");
        if (list.isEmpty()) {
            return b.append("<p>没有。</p></section>").toString();
        }
        b.append("<div class=\"wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"" + id + "-h\"><table class=\"list\"><thead><tr><th scope=\"col\">部门</th><th scope=\"col\">年度</th>")
                .append("<th scope=\"col\">类型</th><th scope=\"col\">最新版本</th><th scope=\"col\">状态</th><th scope=\"col\">已公开版本</th>")
                .append("</tr></thead><tbody>");
        for (DisclosureInfo d : list) {
            b.append("<tr><th scope=\"row\"><a href=\"").append(esc(path(d.id()))).append("\">").append(esc(d.departmentName()))
                    .append("</a></th><td>").append(d.fiscalYear()).append("</td><td>")
                    .append(esc(PortalController.kindTitle(d.phase(), d.kind()))).append("</td><td>第").append(d.latestVersion())
                    .append("版</td><td>").append(esc(d.latestStatus().label())).append("</td><td>")
                    .append(d.publishedVersion() == null ? "—" : "第" + d.publishedVersion() + "版").append("</td></tr>");
        }
        return b.append("</tbody></table></div></section>").toString();
    }

    @PostMapping(value = HOME + "/upload", produces = HTML)
    ResponseEntity<String> upload(@RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String approvalDate, HttpServletRequest request) throws IOException {
        Caller caller = Callers.current();
        try {
            if (file == null || file.isEmpty()) {
                throw new StoreException.Invalid("请选择要上传的文件");
            }
            UploadResult r = disclosures.upload(caller, new UploadRequest(file.getOriginalFilename(), file.getBytes(), null, null,
                    date(approvalDate)));
            return redirect(path(r.id()) + "?done=uploaded");
        } catch (StoreException e) {
            return page(new PortalPage("上传未完成").crumb("工作台", HOME).crumb("上传未完成", null),
                    "<h1>上传未完成</h1><p role=\"alert\" class=\"alert\">" + esc(e.getMessage()) + "</p><p><a href=\"" + HOME
                            + "\">返回工作台</a></p>", ApiExceptionHandler.status(e));
        }
    }

    // ---- one disclosure

    @GetMapping(value = HOME + "/disclosures/{id:\\d{1,18}}", produces = HTML)
    ResponseEntity<String> disclosure(@PathVariable long id, @RequestParam(required = false) String done, HttpServletRequest request) {
        String message = done == null ? null : DONE.get(done);
        return disclosurePage(id, request, message == null ? null : "<p class=\"notice\" role=\"status\">" + esc(message) + "</p>",
                HttpStatus.OK);
    }

    private ResponseEntity<String> disclosurePage(long id, HttpServletRequest request, String notice, HttpStatus status) {
        Caller caller = Callers.current();
        DisclosureInfo d = disclosures.get(caller, id);
        if (!disclosures.seesAll(caller, d)) {
            // the public and other departments see published versions on the portal, not here
            throw new StoreException.NotFound("公开文件不存在：" + id);
        }
        List<VersionInfo> versions = disclosures.versions(caller, id);
        VersionInfo latest = versions.stream().filter(v -> v.number() == d.latestVersion()).findFirst().orElseThrow();
        boolean editor = disclosures.edits(caller, d);
        boolean reviewer = disclosures.reviews(caller, d);
        List<StoredFinding> findings = disclosures.findings(caller, id, latest.number());

        String title = d.departmentName() + " " + d.fiscalYear() + "年" + PortalController.kindTitle(d.phase(), d.kind());
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(title)).append("</h1>");
        if (notice != null) {
            b.append(notice);
        }
        b.append("<dl class=\"facts\"><dt>最新版本</dt><dd>第").append(latest.number()).append("版 · <strong>")
                .append(esc(latest.status().label())).append("</strong></dd>")
                .append("<dt>文件</dt><dd>").append(esc(latest.fileName())).append("（").append(esc(latest.profile())).append("）</dd>")
                .append("<dt>批复日期</dt><dd>").append(latest.approvalDate() == null ? "未填写" : latest.approvalDate() + "（公开期限 "
                        + latest.approvalDate().plusDays(20) + "）").append("</dd>")
                .append("<dt>核对</dt><dd>").append(latest.errors()).append(" 项错误，").append(latest.warnings()).append(" 项警告，")
                .append(latest.infos()).append(" 项提示</dd>");
        if (d.publishedVersion() != null) {
            b.append("<dt>公众查阅</dt><dd><a href=\"")
                    .append(esc(PortalPaths.disclosure(d.region(), d.department(), d.fiscalYear(), d.phase(), d.kind())))
                    .append("\">已公开的第").append(d.publishedVersion()).append("版</a></dd>");
        }
        b.append("</dl>");
        b.append("<p class=\"downloads\">第").append(latest.number()).append("版预览：");
        for (RenderedFiles.Format f : List.of(RenderedFiles.Format.PDF, RenderedFiles.Format.HTML, RenderedFiles.Format.XLSX)) {
            b.append("<a href=\"").append(esc(path(id) + "/v" + latest.number() + "/file." + f.extension)).append("\">")
                    .append(f.extension.toUpperCase(java.util.Locale.ROOT)).append("</a> ");
        }
        b.append("</p>");

        // the reviewer's decision first; the editor reads the findings, fills the words, then submits
        if (reviewer) {
            b.append(review(d, versions, latest, findings, request));
        }
        b.append(findingsByPart(findings));
        if (editor) {
            b.append(wordsForm(id, latest, request));
            b.append(submitForm(d, latest, findings, request));
        }
        b.append(history(versions, caller, id));
        PortalPage page = new PortalPage(title).crumb("工作台", HOME).crumb(title, null);
        return page(page, b.toString(), status);
    }

    /** The editor's submit, with a reason for each error kept (a draft only). */
    private static String submitForm(DisclosureInfo d, VersionInfo latest, List<StoredFinding> findings, HttpServletRequest request) {
        StringBuilder b = new StringBuilder();
        String base = path(d.id());
        if (latest.status() == VersionStatus.DRAFT) {
            b.append("<section class=\"box\" aria-labelledby=\"submit-h\"><h2 id=\"submit-h\">提交审核</h2>");
            List<StoredFinding> errors = findings.stream().filter(f -> "error".equals(f.severity())).toList();
            StringBuilder fields = new StringBuilder();
            if (errors.isEmpty()) {
                fields.append("<p>核对没有发现错误，可以提交。</p>");
            } else {
                fields.append("<p>核对发现 ").append(errors.size()).append(" 项错误。能改正的请改正后重新上传或在下方修改文字说明；")
                        .append("确实无须改正的，逐项写明理由后提交（审核人员会看到理由）。</p><ol class=\"acks\">");
                for (StoredFinding f : errors) {
                    String fid = "ack-" + f.id();
                    fields.append("<li><label for=\"").append(esc(fid)).append("\">").append(esc(f.location())).append("：")
                            .append(esc(f.message())).append("</label><textarea id=\"").append(esc(fid)).append("\" name=\"")
                            .append(esc(fid)).append("\" rows=\"2\" maxlength=\"2000\">")
                            .append(f.acknowledgement() == null ? "" : esc(f.acknowledgement().reason())).append("</textarea></li>");
                }
                fields.append("</ol>");
            }
            fields.append("<p><button type=\"submit\">提交审核</button></p>");
            b.append(Forms.post(base + "/submit", request, fields.toString())).append("</section>");
        }
        return b.toString();
    }

    /** The reviewer's buttons for the latest version's status. */
    private static String review(DisclosureInfo d, List<VersionInfo> versions, VersionInfo latest, List<StoredFinding> findings,
            HttpServletRequest request) {
        StringBuilder b = new StringBuilder();
        String base = path(d.id());
        StringBuilder r = new StringBuilder();
        switch (latest.status()) {
            case SUBMITTED -> {
                r.append(Forms.post(base + "/approve", request, "<p><button type=\"submit\">审核通过</button></p>"));
                r.append(rejectForm(base, request));
            }
            case APPROVED -> {
                // a correction: a version of it was published before (withdrawn or superseded since, perhaps)
                boolean correction = versions.stream().anyMatch(v -> v.publishedDate() != null);
                r.append(Forms.post(base + "/publish", request, (correction
                        ? "<p><label for=\"pub-reason\">更正原因（必填：公众将在版本记录中看到）</label>"
                                + "<textarea id=\"pub-reason\" name=\"reason\" rows=\"2\" maxlength=\"2000\" required></textarea></p>"
                        : "") + "<p><button type=\"submit\">公开</button></p>"));
                r.append(rejectForm(base, request));
            }
            case PUBLISHED -> r.append(Forms.post(base + "/withdraw", request,
                    "<p><label for=\"wd-reason\">撤回原因（必填）</label><textarea id=\"wd-reason\" name=\"reason\" rows=\"2\""
                            + " maxlength=\"2000\" required></textarea></p><p><button type=\"submit\">撤回公开</button></p>"));
            default -> r.append("<p>第").append(latest.number()).append("版为").append(esc(latest.status().label()))
                    .append("，等待编制人员提交。</p>");
        }
        b.append("<section class=\"box\" aria-labelledby=\"review-h\"><h2 id=\"review-h\">审核</h2>");
        if (latest.status() == VersionStatus.SUBMITTED || latest.status() == VersionStatus.APPROVED) {
            long kept = findings.stream().filter(f -> f.acknowledgement() != null).count();
            if (kept > 0) {
                b.append("<p>编制人员对 ").append(kept).append(" 项错误写明了不改正的理由（见下方核对结果）。</p>");
            }
        }
        b.append(r).append("</section>");
        return b.toString();
    }

    private static String rejectForm(String base, HttpServletRequest request) {
        return Forms.post(base + "/reject", request, "<p><label for=\"rej-reason\">退回原因（必填）</label>"
                + "<textarea id=\"rej-reason\" name=\"reason\" rows=\"2\" maxlength=\"2000\" required></textarea></p>"
                + "<p><button type=\"submit\">退回修改</button></p>");
    }

    /** The findings grouped by the part of the document they are in, parts in document order. */
    static String findingsByPart(List<StoredFinding> findings) {
        StringBuilder b = new StringBuilder("<section aria-labelledby=\"findings-h\"><h2 id=\"findings-h\">核对结果</h2>");
        if (findings.isEmpty()) {
            return b.append("<p>没有发现问题。</p></section>").toString();
        }
        record Placed(StoredFinding f, String part, long order) {
        }
        List<Placed> placed = new ArrayList<>();
        for (StoredFinding f : findings) {
            JsonNode loc = Json.mapper().readTree(f.json()).path("location");
            // a table's findings under the table, the rest under their section (情况说明的各部分, 绩效目标表 …)
            String part = loc.path("table").asString("");
            if (part.isBlank()) {
                part = loc.path("section").asString("");
            }
            long page = loc.path("page").asLong(0);
            long line = loc.path("line").asLong(0);
            long order = page > 0 ? page * 1_000_000L + line : line > 0 ? line : Long.MAX_VALUE;
            placed.add(new Placed(f, part.isBlank() ? "全文" : part, order));
        }
        Map<String, List<Placed>> byPart = new LinkedHashMap<>();
        placed.stream().sorted(Comparator.comparingLong(Placed::order)).forEach(p -> byPart.computeIfAbsent(p.part, k -> new ArrayList<>()).add(p));
        b.append("<p>").append(findings.size()).append(" 项，按所在部分排列（文件中的先后）：");
        Map<String, Long> counts = new LinkedHashMap<>();
        findings.forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((k, v) -> parts.add(v + " 项" + severityWord(k)));
        b.append(String.join("，", parts)).append("。</p>");
        int n = 0;
        for (Map.Entry<String, List<Placed>> e : byPart.entrySet()) {
            n++;
            b.append("<section class=\"part\" aria-labelledby=\"part-").append(n).append("\"><h3 id=\"part-").append(n).append("\">")
                    .append(esc(e.getKey())).append("（").append(e.getValue().size()).append("）</h3><ul class=\"findings\">");
            for (Placed p : e.getValue()) {
                StoredFinding f = p.f;
                b.append("<li class=\"finding ").append(esc(f.severity())).append("\"><span class=\"sev\">【")
                        .append(severityWord(f.severity())).append("】</span> <span class=\"where\">").append(esc(f.location()))
                        .append("</span><br>").append(esc(f.message())).append(" <span class=\"rule\">").append(esc(f.rule())).append("</span>");
                Acknowledgement a = f.acknowledgement();
                if (a != null) {
                    b.append("<br><span class=\"ack\">不改正的理由（").append(esc(a.username())).append("）：").append(esc(a.reason()))
                            .append("</span>");
                }
                b.append("</li>");
            }
            b.append("</ul></section>");
        }
        return b.append("</section>").toString();
    }

    private String wordsForm(long id, VersionInfo latest, HttpServletRequest request) {
        StringBuilder b = new StringBuilder("<section class=\"box\" aria-labelledby=\"words-h\"><h2 id=\"words-h\">须由本部门填写的文字</h2>");
        if (latest.status() != VersionStatus.DRAFT) {
            return b.append("<p>第").append(latest.number()).append("版").append(esc(latest.status().label()))
                    .append("，不能修改；审核人员退回后可以修改。</p></section>").toString();
        }
        Map<DepartmentWords, String> words = disclosures.words(Callers.current(), id);
        StringBuilder fields = new StringBuilder("<p>情况说明中只有本部门知道的内容。保存后按新的文字重新生成公开文件并重新核对，存为新的草稿版本；"
                + "未填写的在文件中显示为【待填写】。</p>");
        for (DepartmentWords w : DepartmentWords.values()) {
            String fid = "w-" + w.field();
            String v = words.get(w);
            fields.append("<p><label for=\"").append(fid).append("\">").append(esc(w.label()))
                    .append(v == null ? " <strong class=\"missing\">（未填写）</strong>" : "").append("</label><textarea id=\"").append(fid)
                    .append("\" name=\"").append(esc(w.field())).append("\" rows=\"2\" maxlength=\"").append(DepartmentWords.MAX_LENGTH)
                    .append("\" placeholder=\"").append(esc(w.hint())).append("\">").append(esc(v == null ? "" : v)).append("</textarea></p>");
        }
        fields.append("<p><button type=\"submit\">保存并重新核对</button></p>");
        return b.append(Forms.post(path(id) + "/words", request, fields.toString(), "words")).append("</section>").toString();
    }

    private String history(List<VersionInfo> versions, Caller caller, long id) {
        StringBuilder b = new StringBuilder("<section aria-labelledby=\"hist-h\"><h2 id=\"hist-h\">版本与记录</h2>");
        b.append("<div class=\"wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"hist-h\"><table class=\"list\"><thead><tr><th scope=\"col\">版本</th><th scope=\"col\">状态</th>")
                .append("<th scope=\"col\">文件</th><th scope=\"col\">错误</th><th scope=\"col\">警告</th><th scope=\"col\">上传</th>")
                .append("<th scope=\"col\">公开日期</th></tr></thead><tbody>");
        List<VersionInfo> newestFirst = new ArrayList<>(versions);
        java.util.Collections.reverse(newestFirst);
        for (VersionInfo v : newestFirst) {
            b.append("<tr><th scope=\"row\">第").append(v.number()).append("版</th><td>").append(esc(v.status().label()))
                    .append(v.superseded() ? "（已被取代）" : "").append("</td><td>").append(esc(v.fileName())).append("</td><td class=\"num\">")
                    .append(v.errors()).append("</td><td class=\"num\">").append(v.warnings()).append("</td><td>").append(esc(v.createdBy()))
                    .append(" ").append(TIME.format(v.createdAt())).append("</td><td>")
                    .append(v.publishedDate() == null ? "—" : v.publishedDate().toString()).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
        List<AuditEntry> log = disclosures.history(caller, id);
        b.append("<h3>操作记录</h3><ol class=\"log\">");
        List<AuditEntry> newest = new ArrayList<>(log);
        java.util.Collections.reverse(newest);
        for (AuditEntry e : newest) {
            b.append("<li>").append(TIME.format(e.at())).append(" ").append(esc(e.username())).append(" ").append(esc(actionWord(e.action())));
            if (e.version() != null) {
                b.append(" 第").append(e.version()).append("版");
            }
            if (e.reason() != null) {
                b.append("：").append(esc(e.reason()));
            }
            b.append("</li>");
        }
        return b.append("</ol></section>").toString();
    }

    // ---- writes

    @PostMapping(value = HOME + "/disclosures/{id:\\d{1,18}}/words", produces = HTML)
    ResponseEntity<String> words(@PathVariable long id, HttpServletRequest request) {
        Map<DepartmentWords, String> words = new EnumMap<>(DepartmentWords.class);
        for (DepartmentWords w : DepartmentWords.values()) {
            String v = request.getParameter(w.field());
            if (v != null) {
                words.put(w, v);
            }
        }
        return act(id, request, "words", () -> disclosures.reviseWords(Callers.current(), id, words));
    }

    @PostMapping(value = HOME + "/disclosures/{id:\\d{1,18}}/submit", produces = HTML)
    ResponseEntity<String> submit(@PathVariable long id, HttpServletRequest request) {
        List<Acknowledgement> acks = new ArrayList<>();
        for (String k : new TreeSet<>(request.getParameterMap().keySet())) {
            String v = request.getParameter(k);
            if (k.startsWith("ack-") && v != null && !v.isBlank()) {
                acks.add(new Acknowledgement(k.substring(4), v.strip(), null, null));
            }
        }
        return act(id, request, "submitted", () -> workflow.submit(Callers.current(), id, acks));
    }

    @PostMapping(value = HOME + "/disclosures/{id:\\d{1,18}}/approve", produces = HTML)
    ResponseEntity<String> approve(@PathVariable long id, HttpServletRequest request) {
        return act(id, request, "approved", () -> workflow.approve(Callers.current(), id));
    }

    @PostMapping(value = HOME + "/disclosures/{id:\\d{1,18}}/reject", produces = HTML)
    ResponseEntity<String> reject(@PathVariable long id, @RequestParam(required = false) String reason, HttpServletRequest request) {
        return act(id, request, "rejected", () -> workflow.reject(Callers.current(), id, reason));
    }

    @PostMapping(value = HOME + "/disclosures/{id:\\d{1,18}}/publish", produces = HTML)
    ResponseEntity<String> publish(@PathVariable long id, @RequestParam(required = false) String reason, HttpServletRequest request) {
        return act(id, request, "published", () -> workflow.publish(Callers.current(), id, reason));
    }

    @PostMapping(value = HOME + "/disclosures/{id:\\d{1,18}}/withdraw", produces = HTML)
    ResponseEntity<String> withdraw(@PathVariable long id, @RequestParam(required = false) String reason, HttpServletRequest request) {
        return act(id, request, "withdrawn", () -> workflow.withdraw(Callers.current(), id, reason));
    }

    /**
     * A write, then back to the disclosure's page (303, so a reload does not post again); refused,
     * the page again with the refusal's message and its status. A caller who may not see the
     * disclosure at all gets the 404 of the portal.
     */
    private ResponseEntity<String> act(long id, HttpServletRequest request, String done, Runnable write) {
        try {
            write.run();
        } catch (StoreException.NotFound | StoreException.Integrity e) {
            throw e;
        } catch (StoreException e) {
            String detail = e instanceof StoreException.UnacknowledgedErrors
                    ? "<br>请在“提交审核”中为每项错误写明不改正的理由，或改正后重新上传。" : "";
            return disclosurePage(id, request, "<p class=\"alert\" role=\"alert\">未完成：" + esc(e.getMessage()) + detail + "</p>",
                    ApiExceptionHandler.status(e));
        }
        return redirect(path(id) + "?done=" + done);
    }

    // ---- a version's files, for the staff who may see it

    @GetMapping(HOME + "/disclosures/{id:\\d{1,18}}/v{n:\\d{1,6}}/file.{ext:[a-z]{3,4}}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable int n, @PathVariable String ext) {
        RenderedFiles.Format format = switch (ext) {
            case "pdf" -> RenderedFiles.Format.PDF;
            case "html" -> RenderedFiles.Format.HTML;
            case "xlsx" -> RenderedFiles.Format.XLSX;
            default -> throw new StoreException.NotFound("没有这种文件格式：" + ext);
        };
        VersionDocument doc = disclosures.document(Callers.current(), id, n);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(format.mediaType);
        headers.setCacheControl(CacheControl.noStore());
        if (format != RenderedFiles.Format.HTML) {
            headers.setContentDisposition(ContentDisposition.attachment().filename(RenderedFiles.fileName(doc, format),
                    java.nio.charset.StandardCharsets.UTF_8).build());
        }
        return ResponseEntity.ok().headers(headers).body(rendered.get(doc, format));
    }

    // ---- helpers

    static String path(long id) {
        return HOME + "/disclosures/" + id;
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new StoreException.Invalid("批复日期应为日期（如 2026-01-20）：" + s);
        }
    }

    static String roleWord(Caller caller) {
        if (caller.is(Role.ADMIN)) {
            return "管理员";
        }
        if (caller.is(Role.REVIEWER)) {
            return "审核人员";
        }
        return caller.is(Role.EDITOR) ? "编制人员" : "公众";
    }

    static String severityWord(String severity) {
        return switch (severity) {
            case "error" -> "错误";
            case "warning" -> "警告";
            default -> "提示";
        };
    }

    private static String actionWord(String action) {
        return switch (action) {
            case "upload" -> "上传";
            case "submit" -> "提交审核";
            case "acknowledge" -> "说明不改正的理由";
            case "approve" -> "审核通过";
            case "reject" -> "退回";
            case "publish" -> "公开";
            case "withdraw" -> "撤回";
            case "supersede" -> "被更正版本取代";
            default -> action;
        };
    }

    static ResponseEntity<String> page(PortalPage page, String body, HttpStatus status) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(HTML)).cacheControl(CacheControl.noStore())
                .body(page.render(body));
    }

    static ResponseEntity<String> redirect(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location)).cacheControl(CacheControl.noStore()).build();
    }
}
