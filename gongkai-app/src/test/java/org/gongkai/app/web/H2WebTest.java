package org.gongkai.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The REST API, the login form and its protections, on the embedded H2 database. */
class H2WebTest extends WebContract {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry r) throws IOException {
        String dir = Files.createTempDirectory("gongkai-web-").toString();
        r.add("gongkai.data", () -> dir);
    }

    // ---- tokens and logins

    @Test
    void aTokenIsIssuedForTheRightPasswordOnlyAndAnUnknownTokenIsRefused() throws Exception {
        Api.Answer ok = api.postJson("/api/auth/token", null, "{\"username\":\"ed\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(ok.status()).isEqualTo(200);
        String token = ok.json().get("token").asString();
        assertThat(token).hasSizeGreaterThan(20);
        // the token is not stored as such
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE token_sha256 = ?").param(token).query(Long.class).single()).isZero();
        assertThat(api.get("/api/disclosures?status=draft", token).status()).isEqualTo(200);

        assertProblem(api.postJson("/api/auth/token", null, "{\"username\":\"ed\",\"password\":\"wrong-password\"}"), 401);
        assertProblem(api.postJson("/api/auth/token", null, "{\"username\":\"nobody\",\"password\":\"x\"}"), 401);
        assertProblem(api.postJson("/api/auth/token", null, "{\"username\":\"ed\"}"), 400);
        assertProblem(api.get("/api/disclosures", "not-a-token"), 401);
        // no session is made for the API
        assertThat(ok.header("Set-Cookie")).isNull();
    }

    @Test
    void repeatedFailedLoginsOfOneAccountAreThrottled() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertProblem(api.postJson("/api/auth/token", null, "{\"username\":\"ed\",\"password\":\"wrong-" + i + "\"}"), 401);
        }
        // locked now: even the right password is refused, with 429 and Retry-After
        Api.Answer locked = api.postJson("/api/auth/token", null, "{\"username\":\"ed\",\"password\":\"" + PASSWORD + "\"}");
        assertProblem(locked, 429);
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isPositive();
        // other accounts are not affected
        assertThat(api.postJson("/api/auth/token", null, "{\"username\":\"rv\",\"password\":\"" + PASSWORD + "\"}").status())
                .isEqualTo(200);
    }

    @Test
    void repeatedFailedLoginsFromOneAddressAreThrottledWhateverTheName() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertProblem(api.postJson("/api/auth/token", null, "{\"username\":\"guess" + i + "\",\"password\":\"x\"}"), 401);
        }
        assertProblem(api.postJson("/api/auth/token", null, "{\"username\":\"rv\",\"password\":\"" + PASSWORD + "\"}"), 429);
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        String token = api.token("ed", PASSWORD);
        Api.Answer revoke = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base + "/api/auth/token"))
                .header("Authorization", "Bearer " + token).DELETE().build());
        assertThat(revoke.status()).isEqualTo(204);
        assertProblem(api.get("/api/disclosures", token), 401);
    }

    @Test
    void theLoginFormIsThrottledToo() throws Exception {
        for (int i = 0; i < 6; i++) {
            Api client = new Api(env.getProperty("local.server.port"));
            String form = "username=ed&password=" + (i < 5 ? "wrong-" + i : PASSWORD) + "&_csrf=" + csrf(client);
            Api.Answer a = client.postForm("/login", form);
            assertThat(a.status()).isEqualTo(302);
            assertThat(a.header("Location")).endsWith(i < 5 ? "/login?error" : "/login?locked");
        }
    }

    private static String csrf(Api client) throws Exception {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(client.get("/login", null).text());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theLoginFormNeedsItsCsrfTokenAndTheApiDoesNot() throws Exception {
        Api.Answer page = api.get("/login", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("登录").contains("name=\"username\"").doesNotContain("<script");
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.text());
        assertThat(m.find()).isTrue();

        Api.Answer without = api.postForm("/login", "username=ed&password=" + PASSWORD);
        assertThat(without.status()).isEqualTo(403);
        Api.Answer with = api.postForm("/login", "username=ed&password=" + PASSWORD + "&_csrf=" + m.group(1));
        assertThat(with.status()).isEqualTo(302);
        assertThat(with.header("Location")).doesNotContain("error");
        assertThat(api.get("/login", null).text()).contains("已登录：ed");

        Api.Answer wrong = new Api(env.getProperty("local.server.port")).postForm("/login", "username=ed&password=wrong");
        assertThat(wrong.status()).isEqualTo(403);

        // the API: a POST with a bearer token and no CSRF token is accepted
        String token = api.token("root", PASSWORD);
        assertThat(api.postJson("/api/regions", token, "{\"code\":\"140300\",\"name\":\"阳泉市\",\"parent\":\"140000\"}").status())
                .isEqualTo(201);
    }

    @Test
    void theHomePageLinksTheApiDocumentation() throws Exception {
        Api.Answer home = api.get("/", null);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text()).contains("部门预决算公开").contains("/swagger-ui").contains("/v3/api-docs");
        Api.Answer docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        for (String p : List.of("/api/auth/token", "/api/users", "/api/regions", "/api/departments", "/api/disclosures",
                "/api/disclosures/{id}", "/api/disclosures/{id}/versions", "/api/disclosures/{id}/versions/{n}",
                "/api/disclosures/{id}/findings", "/api/disclosures/{id}/files/{format}", "/api/disclosures/{id}/submit",
                "/api/disclosures/{id}/approve", "/api/disclosures/{id}/reject", "/api/disclosures/{id}/publish",
                "/api/disclosures/{id}/withdraw", "/api/aggregate")) {
            assertThat(paths.has(p)).as(p).isTrue();
        }
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    // ---- the directory (admin)

    @Test
    void onlyTheAdminCreatesUsersRegionsAndDepartments() throws Exception {
        String root = api.token("root", PASSWORD);
        String ed = api.token("ed", PASSWORD);
        String rv = api.token("rv", PASSWORD);
        String user = "{\"username\":\"ed3\",\"password\":\"a-long-password\",\"role\":\"editor\",\"department\":\"608\"}";
        String region = "{\"code\":\"140400\",\"name\":\"长治市\",\"parent\":\"140000\"}";
        String dept = "{\"code\":\"7201\",\"name\":\"长治市民政局\",\"kind\":\"department\",\"region\":\"140200\"}";
        Map<String, String> writes = Map.of("/api/users", user, "/api/regions", region, "/api/departments", dept);
        for (Map.Entry<String, String> w : writes.entrySet()) {
            assertProblem(api.postJson(w.getKey(), null, w.getValue()), 401);
            assertProblem(api.postJson(w.getKey(), ed, w.getValue()), 403);
            assertProblem(api.postJson(w.getKey(), rv, w.getValue()), 403);
            assertThat(api.postJson(w.getKey(), root, w.getValue()).status()).as(w.getKey()).isEqualTo(201);
            assertProblem(api.postJson(w.getKey(), root, w.getValue()), 409);
        }
        assertThat(api.token("ed3", "a-long-password")).isNotBlank();
        JsonNode regions = api.get("/api/regions", null).json();
        assertThat(regions.toString()).contains("\"code\":\"140400\"").contains("\"name\":\"长治市\"");
        assertThat(api.get("/api/departments?region=140200", null).json().toString()).contains("7201").doesNotContain("\"608\"");
        assertProblem(api.get("/api/users", ed), 403);
        assertThat(api.get("/api/users", root).json().toString()).contains("\"username\":\"ed3\"").contains("\"role\":\"editor\"");
        assertProblem(api.postJson("/api/users", root, "{\"username\":\"x1\",\"password\":\"a-long-password\",\"role\":\"boss\"}"), 400);
        assertProblem(api.postJson("/api/departments", root, "{\"code\":\"7301\",\"name\":\"某局\",\"kind\":\"department\",\"region\":\"999999\"}"), 400);
    }

    // ---- upload

    @Test
    void onlyTheDepartmentsEditorUploads() throws Exception {
        String ed = api.token("ed", PASSWORD);
        assertProblem(uploadReference(null), 401);
        assertProblem(uploadReference(api.token("rv", PASSWORD)), 403);
        assertProblem(uploadReference(api.token("root", PASSWORD)), 403);
        // an editor of another department, for this one
        assertProblem(api.upload(api.token("ed2", PASSWORD), "x.txt", reference(), Map.of("department", "608")), 403);

        Api.Answer up = uploadReference(ed);
        assertThat(up.status()).isEqualTo(201);
        JsonNode body = up.json();
        assertThat(body.get("version").asInt()).isEqualTo(1);
        assertThat(body.get("status").asString()).isEqualTo("draft");
        // the reference: 2026, the 13 tables of 表一 … 表十三
        assertThat(body.get("summary").get("fiscalYear").asInt()).isEqualTo(2026);
        assertThat(body.get("summary").get("tables").asInt()).isEqualTo(13);
        long id = body.get("id").asLong();

        Api.Answer again = uploadReference(ed);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asLong()).isEqualTo(id);
        assertThat(again.json().get("version").asInt()).isEqualTo(2);
        assertThat(api.get("/api/disclosures/" + id + "/versions", ed).json()).hasSize(2);
        assertProblem(api.get("/api/disclosures/" + id + "/versions", api.token("ed2", PASSWORD)), 404);
    }

    @Test
    void anUnreadableUploadIs422WithTheImportersMessage() throws Exception {
        String ed = api.token("ed", PASSWORD);
        JsonNode p = assertProblem(api.upload(ed, "broken.json", "{\"format\": 1".getBytes(StandardCharsets.UTF_8), Map.of()), 422);
        assertThat(p.get("detail").asString()).contains("broken.json");
        JsonNode t = assertProblem(api.upload(ed, "notes.txt", "这只是一段普通的文字，不是预算公开文本。\n".getBytes(StandardCharsets.UTF_8),
                Map.of()), 422);
        assertThat(t.get("detail").asString()).contains("notes.txt");
        assertProblem(api.upload(ed, "x.txt", reference(), Map.of("approvalDate", "20.01.2026")), 400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM versions").query(Long.class).single()).isZero();
    }

    @Test
    void anUploadPastTheLimitIs413() throws Exception {
        byte[] big = new byte[21 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        JsonNode p = assertProblem(api.upload(api.token("ed", PASSWORD), "big.txt", big, Map.of()), 413);
        assertThat(p.get("detail").asString()).contains("20MB");
    }

    // ---- workflow

    @Test
    void submitNeedsEveryErrorAcknowledged() throws Exception {
        String ed = api.token("ed", PASSWORD);
        long id = uploadReference(ed).json().get("id").asLong();
        String acks = acknowledgeAll(id, 1, ed);
        assertThat(acks).contains("finding");

        assertProblem(api.postJson("/api/disclosures/" + id + "/submit", null, acks), 401);
        assertProblem(api.postJson("/api/disclosures/" + id + "/submit", api.token("ed2", PASSWORD), acks), 403);
        assertProblem(api.postJson("/api/disclosures/" + id + "/submit", api.token("rv", PASSWORD), acks), 403);

        JsonNode open = assertProblem(api.postJson("/api/disclosures/" + id + "/submit", ed, "[]"), 422);
        List<String> errorIds = new ArrayList<>();
        for (JsonNode f : api.get("/api/disclosures/" + id + "/findings", ed).json()) {
            for (String key : List.of("id", "rule", "severity", "message", "location", "evidence")) {
                assertThat(f.has(key)).as(key).isTrue();
            }
            assertThat(f.get("severity").asString()).isIn("error", "warning", "info");
            if (f.get("severity").asString().equals("error")) {
                errorIds.add(f.get("id").asString());
            }
        }
        assertThat(errorIds).isNotEmpty();
        List<String> named = new ArrayList<>();
        open.get("findings").forEach(n -> named.add(n.asString()));
        assertThat(named).isEqualTo(errorIds);
        // the detail: the count and the first few ids; the full list is the findings array
        String detail = open.get("detail").asString();
        assertThat(detail).contains("尚有 " + errorIds.size() + " 项错误未确认");
        assertThat(errorIds.stream().filter(detail::contains).count()).isBetween(1L, 5L);
        if (errorIds.size() > 5) {
            assertThat(detail).contains("完整列表见 findings");
        }

        Api.Answer ok = api.postJson("/api/disclosures/" + id + "/submit", ed, acks);
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        assertThat(ok.json().get("status").asString()).isEqualTo("submitted");
        // submitting again is not a transition from submitted
        assertProblem(api.postJson("/api/disclosures/" + id + "/submit", ed, acks), 409);
        // the reviewer sees the acknowledgement's reason
        JsonNode seen = api.get("/api/disclosures/" + id + "/findings", api.token("rv", PASSWORD)).json();
        assertThat(seen.toString()).contains("已与批复核对");
    }

    @Test
    void reviewStepsBelongToTheRegionsReviewerAndFollowTheWorkflow() throws Exception {
        String ed = api.token("ed", PASSWORD);
        String rv = api.token("rv", PASSWORD);
        String rv2 = api.token("rv2", PASSWORD);
        String root = api.token("root", PASSWORD);
        long id = uploadReference(ed).json().get("id").asLong();
        String base = "/api/disclosures/" + id;
        // a transition the status does not allow: approving or publishing a draft
        assertProblem(api.postJson(base + "/approve", rv, null), 409);
        assertProblem(api.postJson(base + "/publish", rv, null), 409);
        assertProblem(api.postJson(base + "/withdraw", rv, "{\"reason\":\"测试\"}"), 409);
        assertThat(api.postJson(base + "/submit", ed, acknowledgeAll(id, 1, ed)).status()).isEqualTo(200);

        for (String step : List.of("approve", "reject")) {
            String body = step.equals("reject") ? "{\"reason\":\"数字有误\"}" : null;
            assertProblem(api.postJson(base + "/" + step, null, body), 401);
            assertProblem(api.postJson(base + "/" + step, ed, body), 403);
            assertProblem(api.postJson(base + "/" + step, root, body), 403);
            assertProblem(api.postJson(base + "/" + step, rv2, body), 403);
        }
        assertProblem(api.postJson(base + "/reject", rv, "{}"), 400);
        Api.Answer rejected = api.postJson(base + "/reject", rv, "{\"reason\":\"数字有误\"}");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("draft");
        assertThat(api.postJson(base + "/submit", ed, acknowledgeAll(id, 1, ed)).status()).isEqualTo(200);
        Api.Answer approved = api.postJson(base + "/approve", rv, null);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("approved");

        for (String who : new String[] {null, ed, root, rv2}) {
            Api.Answer a = api.postJson(base + "/publish", who, null);
            assertThat(a.status()).isIn(who == null ? 401 : 403);
        }
        Api.Answer published = api.postJson(base + "/publish", rv, null);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("published");

        for (String who : new String[] {null, ed, root, rv2}) {
            Api.Answer a = api.postJson(base + "/withdraw", who, "{\"reason\":\"测试\"}");
            assertThat(a.status()).isIn(who == null ? 401 : 403);
            assertProblem(a, a.status());
        }
        Api.Answer withdrawn = api.postJson(base + "/withdraw", rv, "{\"reason\":\"批复调整\"}");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("withdrawn");
        assertProblem(api.get(base, null), 404);
    }

    // ---- what the public sees

    @Test
    void thePublicSeesOnlyThePublishedVersionAndNothingOfLaterDrafts() throws Exception {
        String ed = api.token("ed", PASSWORD);
        String rv = api.token("rv", PASSWORD);
        long id = uploadReference(ed).json().get("id").asLong();
        String base = "/api/disclosures/" + id;
        assertProblem(api.get(base, null), 404);
        assertProblem(api.get(base + "/versions/1", null), 404);
        assertProblem(api.get(base + "/files/json", null), 404);
        assertThat(api.get("/api/disclosures", null).json()).isEmpty();

        api.postJson(base + "/submit", ed, acknowledgeAll(id, 1, ed));
        api.postJson(base + "/approve", rv, null);
        assertThat(api.postJson(base + "/publish", rv, null).status()).isEqualTo(200);

        Api.Answer before = api.get(base, null);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json().get("version").get("number").asInt()).isEqualTo(1);
        byte[] jsonBefore = api.get(base + "/files/json", null).bytes();
        byte[] versionsBefore = api.get(base + "/versions", null).bytes();
        byte[] listBefore = api.get("/api/disclosures", null).bytes();

        // a later draft: the public's answers stay byte for byte the same
        assertThat(uploadReference(ed).json().get("version").asInt()).isEqualTo(2);
        assertThat(api.get(base, null).bytes()).isEqualTo(before.bytes());
        assertThat(api.get(base + "/files/json", null).bytes()).isEqualTo(jsonBefore);
        assertThat(api.get(base + "/versions", null).bytes()).isEqualTo(versionsBefore);
        assertThat(api.get("/api/disclosures", null).bytes()).isEqualTo(listBefore);
        assertProblem(api.get(base + "/versions/2", null), 404);
        assertProblem(api.get(base + "/versions/2/findings", null), 404);
        assertProblem(api.get(base + "/versions/2/files/json", null), 404);
        // the editor sees the draft
        assertThat(api.get(base, ed).json().get("latestVersion").asInt()).isEqualTo(2);
        assertThat(api.get(base, ed).json().get("status").asString()).isEqualTo("draft");
        assertThat(api.get("/api/disclosures?status=draft", null).json()).isEmpty();
    }

    @Test
    void aPublishedJsonHasAnETagAndIsAnswered304WhileUnchanged() throws Exception {
        String ed = api.token("ed", PASSWORD);
        String rv = api.token("rv", PASSWORD);
        long id = uploadReference(ed).json().get("id").asLong();
        String base = "/api/disclosures/" + id;
        api.postJson(base + "/submit", ed, acknowledgeAll(id, 1, ed));
        api.postJson(base + "/approve", rv, null);
        assertThat(api.postJson(base + "/publish", rv, null).status()).isEqualTo(200);

        Api.Answer first = api.get(base + "/files/json", null);
        assertThat(first.status()).isEqualTo(200);
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"").endsWith("\"");
        assertThat(first.header("Cache-Control")).contains("public").contains("no-cache");
        Api.Answer again = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base + base + "/files/json"))
                .header("If-None-Match", etag).GET().build());
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.bytes()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);
        Api.Answer other = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base + base + "/files/json"))
                .header("If-None-Match", "\"another\"").GET().build());
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.bytes()).isEqualTo(first.bytes());

        // the version's own address never changes: cached for a year
        Api.Answer v1 = api.get(base + "/versions/1/files/json", null);
        assertThat(v1.bytes()).isEqualTo(first.bytes());
        assertThat(v1.header("Cache-Control")).contains("max-age=31536000").contains("immutable").contains("public");

        // gzip when accepted: the same bytes once uncompressed
        Api.Answer gz = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base + base + "/files/json"))
                .header("Accept-Encoding", "gzip").GET().build());
        assertThat(gz.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gz.header("ETag")).isNotEqualTo(etag);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.bytes()))) {
            assertThat(in.readAllBytes()).isEqualTo(first.bytes());
        }
        Api.Answer refused = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base + base + "/files/json"))
                .header("Accept-Encoding", "gzip;q=0").GET().build());
        assertThat(refused.header("Content-Encoding")).isNull();

        // a draft is private; the disclosure's answer has a tag of its own and 304 too
        assertThat(uploadReference(ed).json().get("version").asInt()).isEqualTo(2);
        assertThat(api.get(base + "/versions/2/files/json", ed).header("Cache-Control")).contains("private");
        assertThat(api.get(base + "/files/json", null).header("ETag")).isEqualTo(etag);
        String detailTag = api.get(base, null).header("ETag");
        assertThat(detailTag).isNotNull();
        assertThat(api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base + base))
                .header("If-None-Match", detailTag).GET().build()).status()).isEqualTo(304);
    }

    @Test
    void filesAreRenderedThroughTheCorePipeline() throws Exception {
        String ed = api.token("ed", PASSWORD);
        long id = uploadReference(ed).json().get("id").asLong();
        String base = "/api/disclosures/" + id + "/versions/1/files/";
        Api.Answer pdf = api.get(base + "pdf", ed);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(utf8(Arrays.copyOf(pdf.bytes(), 5))).isEqualTo("%PDF-");
        // the second answer comes from the cache: the same bytes
        assertThat(api.get(base + "pdf", ed).bytes()).isEqualTo(pdf.bytes());
        Api.Answer html = api.get(base + "html", ed);
        assertThat(html.text()).contains("山西转型综合改革示范区建设与公用事业管理部").contains("城乡社区支出");
        Api.Answer xlsx = api.get(base + "xlsx", ed);
        assertThat(utf8(Arrays.copyOf(xlsx.bytes(), 2))).isEqualTo("PK");
        Api.Answer json = api.get(base + "json", ed);
        assertThat(json.json().toString()).contains("2120501");
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(api.get(base + "csv", ed).bytes()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("T01.csv", "T13.csv");
        assertProblem(api.get(base + "docx", ed), 404);
    }

    // ---- aggregate and CSV

    @Test
    void theAggregateNamesMembersByCodeAndNameInTheUnitAsked() throws Exception {
        String ed = api.token("ed", PASSWORD);
        String rv = api.token("rv", PASSWORD);
        long id = uploadReference(ed).json().get("id").asLong();
        String base = "/api/disclosures/" + id;
        api.postJson(base + "/submit", ed, acknowledgeAll(id, 1, ed));
        api.postJson(base + "/approve", rv, null);
        api.postJson(base + "/publish", rv, null);

        // 表三 (2026年预算支出总表), line 147 of the reference: 212 城乡社区支出 48875.05 万元
        JsonNode wan = api.get("/api/aggregate?drilldown=functionClass&cut=functionClass:212&unit=wan", null).json();
        assertThat(wan.get("unit").asString()).isEqualTo("wan");
        JsonNode cell = wan.get("cells").get(0);
        assertThat(cell.get("functionClass").get("code").asString()).isEqualTo("212");
        assertThat(cell.get("functionClass").get("name").asString()).isEqualTo("城乡社区支出");
        assertThat(cell.get("amount").decimalValue()).isEqualByComparingTo(new BigDecimal("48875.05"));
        JsonNode yuan = api.get("/api/aggregate?drilldown=functionClass&cut=functionClass:212%7Cyear:2026%7Cregion:140171&unit=yuan", null).json();
        assertThat(yuan.get("cells").get(0).get("amount").decimalValue()).isEqualByComparingTo(new BigDecimal("488750500.00"));
        assertThat(api.get("/api/aggregate?drilldown=functionClass&cut=year:2025", null).json().get("cells")).isEmpty();

        JsonNode byAmount = api.get("/api/aggregate?drilldown=functionClass&order=amount:desc&pagesize=1&unit=wan", null).json();
        assertThat(byAmount.get("cells")).hasSize(1);
        assertThat(byAmount.get("cells").get(0).get("functionClass").get("code").asString()).isEqualTo("212");
        assertThat(byAmount.get("totalCells").asLong()).isGreaterThan(1);

        byte[] csv = api.get("/api/aggregate?drilldown=functionClass&cut=functionClass:212&unit=wan&format=csv", null).bytes();
        assertThat(Arrays.copyOf(csv, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(utf8(csv)).contains("functionClassCode,functionClassName,amount,unit").contains("212,城乡社区支出,48875.05,wan");

        assertProblem(api.get("/api/aggregate?drilldown=nothing", null), 400);
        assertProblem(api.get("/api/aggregate?unit=dollar", null), 400);
        assertProblem(api.get("/api/aggregate?page=abc", null), 400);
        assertProblem(api.get("/api/aggregate?pagesize=0", null), 400);
        assertProblem(api.get("/api/aggregate?cut=year", null), 400);
    }

    @Test
    void everyListAnswersCsvWithBom() throws Exception {
        String ed = api.token("ed", PASSWORD);
        String root = api.token("root", PASSWORD);
        long id = uploadReference(ed).json().get("id").asLong();
        Map<String, String> lists = Map.of(
                "/api/disclosures?format=csv", "id,year,phase",
                "/api/disclosures/" + id + "/versions?format=csv", "number,status",
                "/api/disclosures/" + id + "/findings?format=csv", "id,rule,severity",
                "/api/regions?format=csv", "code,name,parent",
                "/api/departments?format=csv", "code,name,kind",
                "/api/users?format=csv", "username,role",
                "/api/aggregate?drilldown=year&format=csv", "yearCode,yearName,amount");
        for (Map.Entry<String, String> l : lists.entrySet()) {
            Api.Answer a = api.get(l.getKey(), l.getKey().startsWith("/api/users") ? root : ed);
            assertThat(a.status()).as(l.getKey()).isEqualTo(200);
            assertThat(a.contentType()).startsWith("text/csv");
            assertThat(Arrays.copyOf(a.bytes(), 3)).as(l.getKey()).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            assertThat(utf8(a.bytes()).substring(1)).as(l.getKey()).startsWith(l.getValue());
        }
        assertThat(utf8(api.get("/api/regions?format=csv", null).bytes())).contains("140100,太原市,140000");
        assertProblem(api.get("/api/regions?format=xml", null), 400);
    }

    @Test
    void unknownPathsAndBadBodiesAreProblems() throws Exception {
        String ed = api.token("ed", PASSWORD);
        assertProblem(api.get("/api/nothing-here", null), 404);
        assertProblem(api.get("/api/disclosures/abc", null), 400);
        assertProblem(api.postJson("/api/auth/token", null, "{not json"), 400);
        assertProblem(api.postJson("/api/disclosures/1/submit", ed, "{\"acknowledgements\": 5}"), 400);
    }
}
