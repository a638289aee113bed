package org.gongkai.app.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.app.store.Acknowledgement;
import org.gongkai.app.store.Caller;
import org.gongkai.app.store.DisclosureFilter;
import org.gongkai.app.store.Disclosures;
import org.gongkai.app.store.Hashes;
import org.gongkai.app.store.StoreException;
import org.gongkai.app.store.StoredFinding;
import org.gongkai.app.store.UploadRequest;
import org.gongkai.app.store.VersionDocument;
import org.gongkai.app.store.VersionInfo;
import org.gongkai.app.store.VersionStatus;
import org.gongkai.app.store.Workflow;
import org.gongkai.app.web.Views.DisclosureDetail;
import org.gongkai.app.web.Views.DisclosureView;
import org.gongkai.app.web.Views.UploadView;
import org.gongkai.app.web.Views.VersionView;
import org.gongkai.core.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Disclosures (公开文件) and their versions: upload, lists, documents, findings, files, and the
 * workflow's transitions. Every call passes the request's {@link Caller} to the store, which
 * decides what it may see and do.
 */
@RestController
@RequestMapping("/api/disclosures")
@Tag(name = "disclosures", description = "公开文件、版本、核对问题、文件下载与公开流程")
class DisclosureController {

    /** One line per upload with its server-side time (import, check and store): bench/server.sh reads it. */
    private static final Logger UPLOADS = LoggerFactory.getLogger("gongkai.upload");

    private final Disclosures disclosures;
    private final Workflow workflow;
    private final RenderedFiles rendered;

    DisclosureController(Disclosures disclosures, Workflow workflow, RenderedFiles rendered) {
        this.disclosures = disclosures;
        this.workflow = workflow;
        this.rendered = rendered;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传公开文件（编制人员）：导入并核对，存为新的草稿版本")
    ResponseEntity<UploadView> upload(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String department, @RequestParam(required = false) String region,
            @RequestParam(required = false) String approvalDate) throws IOException {
        LocalDate approval = null;
        if (approvalDate != null && !approvalDate.isBlank()) {
            try {
                approval = LocalDate.parse(approvalDate.trim());
            } catch (DateTimeParseException e) {
                throw new StoreException.Invalid("approvalDate 应为日期 yyyy-mm-dd：" + approvalDate);
            }
        }
        long start = System.nanoTime();
        var result = disclosures.upload(Callers.current(),
                new UploadRequest(file.getOriginalFilename(), file.getBytes(), department, region, approval));
        UPLOADS.info("upload disclosure={} version={} bytes={} ms={}", result.id(), result.version(), file.getSize(),
                (System.nanoTime() - start) / 1_000_000);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(java.net.URI.create("/api/disclosures/" + result.id() + "/versions/" + result.version()))
                .body(UploadView.of(result));
    }

    @GetMapping
    @Operation(summary = "公开文件列表（公众只看到已公开的）；format=csv 为 CSV")
    ResponseEntity<?> list(@RequestParam(required = false) String region, @RequestParam(required = false) String department,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
            @RequestParam(required = false) String format) {
        boolean csv = Csv.wanted(format);
        VersionStatus st = status == null || status.isBlank() ? null : VersionStatus.of(status);
        List<DisclosureView> list = disclosures.list(Callers.current(), new DisclosureFilter(blank(region), blank(department), year, st))
                .stream().map(DisclosureView::of).toList();
        if (csv) {
            return Csv.answer("disclosures", DisclosureView.CSV, list.stream().<List<?>>map(DisclosureView::row).toList());
        }
        return ResponseEntity.ok(list);
    }

    @GetMapping("/{id}")
    @Operation(summary = "一份公开文件：公众看到当前公开的版本，编制与审核人员看到最新版本")
    ResponseEntity<DisclosureDetail> get(@PathVariable long id) {
        Disclosures.DisclosureView current = disclosures.current(Callers.current(), id);
        DisclosureDetail detail = DisclosureDetail.of(current.disclosure(), current.version());
        VersionInfo v = current.version();
        String tag = Hashes.sha256(String.valueOf(detail.id()), String.valueOf(detail.latestVersion()), detail.status(),
                String.valueOf(detail.publishedVersion()), v.status().code(), String.valueOf(v.superseded()), v.fileSha256(),
                String.valueOf(v.updatedAt())).substring(0, 32);
        return ResponseEntity.ok().eTag("W/\"" + tag + "\"").cacheControl(revalidate(v))
                .varyBy(HttpHeaders.AUTHORIZATION).body(detail);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "版本列表（公众只看到已公开的版本）；format=csv 为 CSV")
    ResponseEntity<?> versions(@PathVariable long id, @RequestParam(required = false) String format) {
        boolean csv = Csv.wanted(format);
        List<VersionView> list = disclosures.versions(Callers.current(), id).stream().map(VersionView::of).toList();
        if (csv) {
            return Csv.answer("disclosure-" + id + "-versions", VersionView.CSV, list.stream().<List<?>>map(VersionView::row).toList());
        }
        return ResponseEntity.ok(list);
    }

    @GetMapping("/{id}/versions/{n}")
    @Operation(summary = "一个版本的状态")
    VersionView version(@PathVariable long id, @PathVariable int n) {
        return VersionView.of(disclosures.version(Callers.current(), id, n));
    }

    @GetMapping("/{id}/versions/{n}/findings")
    @Operation(summary = "一个版本的核对问题（与命令行 check --format json 的问题对象相同，另有版本内不变的 id）；format=csv 为 CSV")
    ResponseEntity<?> versionFindings(@PathVariable long id, @PathVariable int n, @RequestParam(required = false) String format) {
        return findingsAnswer(id, n, format);
    }

    @GetMapping("/{id}/findings")
    @Operation(summary = "当前版本（公众：当前公开的版本）的核对问题；format=csv 为 CSV")
    ResponseEntity<?> findings(@PathVariable long id, @RequestParam(required = false) String format) {
        return findingsAnswer(id, disclosures.get(Callers.current(), id).latestVersion(), format);
    }

    private ResponseEntity<?> findingsAnswer(long id, int n, String format) {
        boolean csv = Csv.wanted(format);
        Caller caller = Callers.current();
        List<StoredFinding> found = disclosures.findings(caller, id, n);
        if (csv) {
            List<List<?>> rows = new ArrayList<>();
            for (StoredFinding f : found) {
                rows.add(Arrays.asList(f.id(), f.rule(), f.severity(), f.message(), f.location(),
                        f.acknowledgement() == null ? null : f.acknowledgement().reason()));
            }
            return Csv.answer("disclosure-" + id + "-v" + n + "-findings",
                    List.of("id", "rule", "severity", "message", "location", "acknowledgement"), rows);
        }
        ArrayNode out = Json.mapper().createArrayNode();
        for (StoredFinding f : found) {
            ObjectNode node = (ObjectNode) Json.mapper().readTree(f.json());
            if (f.acknowledgement() != null) {
                ObjectNode ack = node.putObject("acknowledgement");
                ack.put("reason", f.acknowledgement().reason());
                ack.put("username", f.acknowledgement().username());
                ack.put("at", f.acknowledgement().at().toString());
            }
            out.add(node);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
    }

    @GetMapping("/{id}/files/{format}")
    @Operation(summary = "当前版本（公众：当前公开的版本）的文件：pdf、html、xlsx、json，csv 为 zip；带 ETag，If-None-Match 相同时答 304")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String format,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        RenderedFiles.Format f = RenderedFiles.Format.of(format);
        VersionDocument doc = disclosures.currentDocument(Callers.current(), id);
        return fileAnswer(doc, f, revalidate(doc.version()), ifNoneMatch, acceptEncoding);
    }

    @GetMapping("/{id}/versions/{n}/files/{format}")
    @Operation(summary = "一个版本的文件：pdf、html、xlsx、json，csv 为 zip；已公开的版本可长期缓存")
    ResponseEntity<byte[]> versionFile(@PathVariable long id, @PathVariable int n, @PathVariable String format,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        RenderedFiles.Format f = RenderedFiles.Format.of(format);
        VersionDocument doc = disclosures.document(Callers.current(), id, n);
        // a version's documents never change: once published, its files may be kept for a year
        CacheControl cache = doc.version().status() == VersionStatus.PUBLISHED
                ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                : CacheControl.noCache().cachePrivate();
        return fileAnswer(doc, f, cache, ifNoneMatch, acceptEncoding);
    }

    /**
     * A URL whose answer changes when another version is published or withdrawn: caches keep it
     * but ask again each time (answered 304 while unchanged); a version not published stays private.
     */
    private static CacheControl revalidate(VersionInfo v) {
        return v.status() == VersionStatus.PUBLISHED ? CacheControl.noCache().cachePublic() : CacheControl.noCache().cachePrivate();
    }

    /**
     * A file with its ETag: strong for json (the stored document's bytes, named by the sha256
     * recorded over the version's documents; its gzip form, sent when the client accepts it, has a
     * tag of its own), weak for the rendered formats (made from the same documents). A request whose
     * If-None-Match matches is answered 304 without a body.
     */
    private ResponseEntity<byte[]> fileAnswer(VersionDocument doc, RenderedFiles.Format format, CacheControl cache, String ifNoneMatch,
            String acceptEncoding) {
        boolean json = format == RenderedFiles.Format.JSON;
        boolean gzip = json && acceptsGzip(acceptEncoding);
        String tag = "\"" + doc.contentSha256() + "-" + format.extension + (gzip ? "-gzip" : "") + "\"";
        String etag = json ? tag : "W/" + tag;
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setCacheControl(cache);
        headers.setVary(json ? List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.ACCEPT_ENCODING) : List.of(HttpHeaders.AUTHORIZATION));
        if (matches(ifNoneMatch, tag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        headers.setContentType(format.mediaType);
        if (gzip) {
            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        if (!json && format != RenderedFiles.Format.HTML) {
            headers.setContentDisposition(ContentDisposition.attachment().filename(RenderedFiles.fileName(doc, format)).build());
        }
        return ResponseEntity.ok().headers(headers).body(gzip ? doc.disclosureJsonGzip() : rendered.get(doc, format));
    }

    /** Whether Accept-Encoding names gzip (or *) without q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.trim().split(";");
            String coding = p[0].trim();
            if (coding.equalsIgnoreCase("gzip") || coding.equals("*")) {
                for (int i = 1; i < p.length; i++) {
                    String q = p[i].trim().replace(" ", "");
                    if (q.matches("(?i)q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** If-None-Match by weak comparison (RFC 9110 13.1.2): {@code *}, or one of the listed tags, W/ or not. */
    static boolean matches(String ifNoneMatch, String quotedTag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String t : ifNoneMatch.split(",")) {
            String s = t.trim();
            if (s.equals("*")) {
                return true;
            }
            if (s.startsWith("W/")) {
                s = s.substring(2);
            }
            if (s.equals(quotedTag)) {
                return true;
            }
        }
        return false;
    }

    // ---- workflow

    @PostMapping("/{id}/submit")
    @Operation(summary = "提交审核（编制人员）：错误级问题须逐项确认并写明理由，请求体 [{\"finding\",\"reason\"}]")
    VersionView submit(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        return VersionView.of(workflow.submit(Callers.current(), id, acknowledgements(body)));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "审核通过（审核人员）")
    VersionView approve(@PathVariable long id) {
        return VersionView.of(workflow.approve(Callers.current(), id));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "退回为草稿（审核人员），请求体 {\"reason\"}")
    VersionView reject(@PathVariable long id, @RequestBody(required = false) Views.ReasonRequest body) {
        return VersionView.of(workflow.reject(Callers.current(), id, reason(body)));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "公开（审核人员）；更正公开须有 {\"reason\"}")
    VersionView publish(@PathVariable long id, @RequestBody(required = false) Views.ReasonRequest body) {
        return VersionView.of(workflow.publish(Callers.current(), id, reason(body)));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "撤回当前公开的版本（审核人员），请求体 {\"reason\"}")
    VersionView withdraw(@PathVariable long id, @RequestBody(required = false) Views.ReasonRequest body) {
        return VersionView.of(workflow.withdraw(Callers.current(), id, reason(body)));
    }

    /** The acknowledgements of a submit: a JSON array, or an object with {@code acknowledgements}. */
    static List<Acknowledgement> acknowledgements(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return List.of();
        }
        JsonNode list = body.isObject() ? body.get("acknowledgements") : body;
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new StoreException.Invalid("确认应为数组：[{\"finding\": 问题 id, \"reason\": 理由}]");
        }
        List<Acknowledgement> out = new ArrayList<>();
        for (JsonNode a : list) {
            if (!a.isObject() || a.get("finding") == null || !a.get("finding").isString()) {
                throw new StoreException.Invalid("每项确认须有 finding（问题 id）和 reason（理由）");
            }
            JsonNode reason = a.get("reason");
            out.add(Acknowledgement.of(a.get("finding").asString(), reason == null || reason.isNull() ? null : reason.asString()));
        }
        return out;
    }

    private static String reason(Views.ReasonRequest body) {
        return body == null ? null : body.reason();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
