package org.gongkai.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The public portal on the embedded H2 database: every page type, the Chinese addresses in both
 * forms, drafts out of sight, no link to another host, caching of published pages, error pages.
 * The reference (山西转型综合改革示范区建设与公用事业管理部 2026) is published as version 1, then a
 * correction is uploaded as a draft (version 2).
 */
class PortalWebTest extends WebContract {

    private static final String DEPT = "山西转型综合改革示范区建设与公用事业管理部";
    private static final String PAGE = "/140171/608/2026/%E9%A2%84%E7%AE%97/%E9%83%A8%E9%97%A8";
    private static final String RAW_PAGE = "/140171/608/2026/预算/部门";
    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");

    long id;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry r) throws IOException {
        String dir = Files.createTempDirectory("gongkai-portal-").toString();
        r.add("gongkai.data", () -> dir);
    }

    @BeforeEach
    void publishTheReference() throws Exception {
        String ed = api.token("ed", PASSWORD);
        String rv = api.token("rv", PASSWORD);
        Api.Answer up = uploadReference(ed);
        assertThat(up.status()).as(up.text()).isEqualTo(201);
        id = up.json().get("id").asLong();
        publish(id, 1, ed, rv, null);
        assertThat(uploadReference(ed).status()).isEqualTo(201);
    }

    private static void assertPortalPage(Api.Answer a) {
        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("text/html");
        assertThat(a.text()).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">").contains("<header class=\"site\">")
                .contains("<footer class=\"site\">").doesNotContain("<script");
    }

    @Test
    void aMissingFileIsThePortals404PageAndAMissingApiAddressAProblem() throws Exception {
        Api.Answer png = api.get("/x.png", null);
        assertThat(png.status()).isEqualTo(404);
        assertThat(png.contentType()).startsWith("text/html");
        assertThat(png.text()).contains("<html lang=\"zh-CN\">").contains("<header class=\"site\">").contains("页面不存在");
        WebContract.assertProblem(api.get("/api/nothing-here", null), 404);
    }

    @Test
    void aRequestLineWithRawUtf8IsRefusedWithThePortalsPageNotTheContainers() throws Exception {
        // a client that does not percent-encode: the container refuses the request line (400) before the application
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", Integer.parseInt(env.getProperty("local.server.port")))) {
            socket.getOutputStream().write(("GET /140171/608/2026/预算/部门 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("<html lang=\"zh-CN\">").contains("请求有误")
                    .doesNotContain("HTTP Status 400").doesNotContain("Apache Tomcat");
        }
    }

    @Test
    void theHomePageListsTheRegionTreeAndTheLatestPublication() throws Exception {
        Api.Answer home = api.get("/", null);
        assertPortalPage(home);
        String t = home.text();
        // province › city › district, nested
        assertThat(t).containsPattern("山西省</a><ul><li><a href=\"/140100\">太原市</a><ul><li><a href=\"/140171\">示范区</a>");
        assertThat(t).contains("<a href=\"" + PAGE + "\">" + DEPT + " 2026年部门预算</a>");
        // the search box (SearchWebTest searches)
        assertThat(t).contains("action=\"/search\"");
    }

    @Test
    void theRegionPageShowsItsDepartmentsTheTotalsByClassAndTheCsvLink() throws Exception {
        Api.Answer region = api.get("/140171?year=2026", null);
        assertPortalPage(region);
        String t = region.text();
        assertThat(t).contains("<a href=\"/140171/608\">" + DEPT + "</a>").contains("\">已公开</a>").contains("2026年各部门公开情况");
        // 表三 2026年预算支出总表 of the reference: 合计 48966.85, 212 城乡社区支出 48875.05, 231 债务还本支出 76.80 (万元)
        assertThat(t).contains("<td class=\"code\">212</td><th scope=\"row\">城乡社区支出</th><td class=\"num\">48,875.05</td>");
        assertThat(t).contains("<td class=\"code\">231</td><th scope=\"row\">债务还本支出</th><td class=\"num\">76.80</td>");
        assertThat(t).contains("<th scope=\"row\">合计</th><td class=\"num\">48,966.85</td>");
        // the city counts its districts' departments
        assertThat(api.get("/140100?year=2026", null).text()).contains("<td class=\"num\">48,966.85</td>");
        // another region's department is not listed, its draft nowhere
        assertThat(t).doesNotContain("平城区教育局");

        Matcher csv = Pattern.compile("href=\"(/api/aggregate\\?[^\"]+format=csv)\"").matcher(t);
        assertThat(csv.find()).isTrue();
        Api.Answer data = api.get(csv.group(1).replace("&amp;", "&"), null);
        assertThat(data.status()).isEqualTo(200);
        byte[] b = data.bytes();
        assertThat(new byte[] {b[0], b[1], b[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(utf8(b)).contains("2120501").contains("城乡社区环境卫生").contains(DEPT);
    }

    @Test
    void theDepartmentPageListsItsDisclosuresByYear() throws Exception {
        Api.Answer dept = api.get("/140171/608", null);
        assertPortalPage(dept);
        assertThat(dept.text()).contains("<h1>" + DEPT + "</h1>").contains("<a href=\"" + PAGE + "\">2026年部门预算</a>")
                .contains("第1版");
        // a department is found under its own region only
        assertThat(api.get("/140200/608", null).status()).isEqualTo(404);
    }

    @Test
    void theDisclosurePageHoldsTheWholeDocumentWithItsContentsDownloadsAndVersions() throws Exception {
        Api.Answer page = api.get(PAGE, null);
        assertPortalPage(page);
        String t = page.text();
        // one document, not a nested one
        assertThat(t.split("<html", -1)).hasSize(2);
        assertThat(t.split("<main", -1)).hasSize(2);
        assertThat(t).contains(DEPT);
        // line 126 of the reference: 2120501 城乡社区环境卫生 21694.90 (万元)
        assertThat(t).contains("城乡社区环境卫生</th><td class=\"num\">21694.90</td>");
        // the contents reach each project's 绩效目标表 by its name, and each form leads back
        assertThat(t).contains("<a href=\"#form-1\"><span class=\"toc-text\">临时人员工资</span></a>");
        assertThat(t).contains("各项目绩效目标表（43个）");
        assertThat(t).contains("id=\"toc\"").contains("<a href=\"#toc\">返回目录</a>");
        Matcher forms = Pattern.compile("<section class=\"perf-form\" id=\"(form-\\d+)\"").matcher(t);
        int n = 0;
        while (forms.find()) {
            assertThat(t).contains("href=\"#" + forms.group(1) + "\"");
            n++;
        }
        assertThat(n).isEqualTo(43);
        // the department and unit line above the scrolling box
        assertThat(t).containsPattern("<div class=\"table-meta-line\"><span class=\"meta-dept\">部门名称：" + DEPT
                + "</span><span class=\"meta-unit\">单位：万元</span></div><p class=\"scroll-hint\"[^>]*>[^<]+</p><div class=\"table-wrap\"");
        // downloads by the API's addresses
        for (String f : new String[] {"pdf", "xlsx", "csv", "json"}) {
            String href = "/api/disclosures/" + id + "/versions/1/files/" + f;
            assertThat(t).contains("href=\"" + href + "\"");
        }
        Api.Answer pdf = api.get("/api/disclosures/" + id + "/versions/1/files/pdf", null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // version history: only the published version; the draft is not shown
        assertThat(t).contains("<strong>第1版</strong>").doesNotContain("第2版");
    }

    @Test
    void encodedAndRawChinesePathsBothAnswer() throws Exception {
        String encoded = api.get(PAGE, null).text();
        // the address typed with its Chinese as is: a client sends it as UTF-8 percent-escapes (RFC 3986), as a browser does
        String typed = new URI(null, null, RAW_PAGE, null).toASCIIString();
        assertThat(api.get(typed, null).text()).isEqualTo(encoded);
        // lower-case escapes are the same address
        assertThat(api.get(PAGE.toLowerCase(java.util.Locale.ROOT), null).text()).isEqualTo(encoded);
        assertThat(encoded).contains("城乡社区环境卫生</th><td class=\"num\">21694.90</td>");
        // the links the portal writes are the encoded form
        assertThat(api.get("/140171/608", null).text()).contains("href=\"" + PAGE + "\"").doesNotContain("href=\"" + RAW_PAGE);
    }

    @Test
    void aDraftIsNotVisibleToThePublic() throws Exception {
        // version 2 is a draft: its address is the portal's 404 page, the current address still shows version 1
        Api.Answer draft = api.get(PAGE + "/v2", null);
        assertThat(draft.status()).isEqualTo(404);
        assertThat(draft.text()).contains("<html lang=\"zh-CN\">").contains("页面不存在").contains("<header class=\"site\">");
        assertThat(api.get(PAGE + "/v1", null).status()).isEqualTo(200);
        // a disclosure with no published version at all
        String ed2 = api.token("ed2", PASSWORD);
        assertThat(api.upload(ed2, "shanxi-zonggai-jianguanbu-2026.txt", reference(), java.util.Map.of("approvalDate", "2026-01-20"))
                .status()).isEqualTo(201);
        assertThat(api.get("/140200/7101/2026/%E9%A2%84%E7%AE%97/%E9%83%A8%E9%97%A8", null).status()).isEqualTo(404);
        assertThat(api.get("/140200/7101", null).text()).contains("本部门尚无已公开的文件").doesNotContain("2026年部门预算");
        assertThat(api.get("/140200?year=2026", null).text()).contains("未公开").doesNotContain("\">已公开</a>");
        assertThat(api.get("/", null).text()).doesNotContain("平城区教育局");
    }

    @Test
    void aCorrectionKeepsBothAddressesAndShowsItsReason() throws Exception {
        String before = api.get(PAGE + "/v1", null).text();
        String ed = api.token("ed", PASSWORD);
        String rv = api.token("rv", PASSWORD);
        assertThat(api.postJson("/api/disclosures/" + id + "/submit", ed, acknowledgeAll(id, 2, ed)).status()).isEqualTo(200);
        assertThat(api.postJson("/api/disclosures/" + id + "/approve", rv, null).status()).isEqualTo(200);
        Api.Answer pub = api.postJson("/api/disclosures/" + id + "/publish", rv, "{\"reason\":\"更正表六的项目名称\"}");
        assertThat(pub.status()).as(pub.text()).isEqualTo(200);
        String current = api.get(PAGE, null).text();
        assertThat(current).contains("<strong>第2版</strong>").contains("更正原因：更正表六的项目名称")
                .contains("<a href=\"" + PAGE + "/v1\">第1版</a>");
        Api.Answer old = api.get(PAGE + "/v1", null);
        assertPortalPage(old);
        // the version's page does not change with the correction: it points to the current address
        assertThat(old.text()).contains("这是本文件第1版的固定地址").contains("<a href=\"" + PAGE + "\">本文件的现行版本</a>")
                .doesNotContain("更正表六的项目名称");
        assertThat(old.text()).isEqualTo(before);
    }

    @Test
    void noPageLinksToAnotherHostAndEveryLinkOfThePagesAnswers() throws Exception {
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        todo.add("/");
        todo.add("/login");
        todo.add("/140171/nope");
        todo.add(PAGE + "/v1");
        int pages = 0;
        while (!todo.isEmpty()) {
            String path = todo.poll();
            if (!seen.add(path)) {
                continue;
            }
            Api.Answer a = api.get(path, null);
            assertThat(a.status()).as(path).isIn(200, 404);
            if (!a.contentType().startsWith("text/html")) {
                continue;
            }
            assertThat(a.text()).as(path).contains("<html lang=\"zh-CN\">");
            pages++;
            Matcher m = LINK.matcher(a.text());
            while (m.find()) {
                String href = m.group(1).replace("&amp;", "&");
                assertThat(href).as(path + " → " + href).doesNotStartWith("//").doesNotContainPattern("^[A-Za-z][A-Za-z0-9+.-]*:");
                // Chinese in a path is percent-encoded
                assertThat(href).as(path + " → " + href).matches("[\\x21-\\x7e]*");
                if (href.startsWith("/") && !href.startsWith("/api/disclosures/") && !href.startsWith("/swagger-ui")) {
                    String p = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                    if (!seen.contains(p)) {
                        todo.add(p);
                    }
                }
            }
        }
        // home, login, region tree (4), departments (2), the disclosure and its version, the 404 page at least
        assertThat(pages).isGreaterThanOrEqualTo(10);
        assertThat(seen).contains(PAGE, "/140171/608", "/140000", "/140100", "/140171", "/140200", "/assets/portal.css");
    }

    @Test
    void aPublishedPageHasAnEtagAndLongCaching() throws Exception {
        Api.Answer first = api.get(PAGE, null);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Cache-Control")).contains("public").containsPattern("max-age=\\d{3,}");
        Api.Answer again = api.send(HttpRequest.newBuilder(URI.create(api.base + PAGE)).header("If-None-Match", etag).GET().build());
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.bytes()).isEmpty();
        // a version's page never changes
        Api.Answer v1 = api.get(PAGE + "/v1", null);
        assertThat(v1.header("Cache-Control")).contains("max-age=31536000").contains("immutable");
        Api.Answer v1Again = api.send(HttpRequest.newBuilder(URI.create(api.base + PAGE + "/v1"))
                .header("If-None-Match", v1.header("ETag")).GET().build());
        assertThat(v1Again.status()).isEqualTo(304);
        // another ETag gets the page
        Api.Answer other = api.send(HttpRequest.newBuilder(URI.create(api.base + PAGE)).header("If-None-Match", "\"x\"").GET().build());
        assertThat(other.status()).isEqualTo(200);
    }

    @Test
    void errorPagesAreThePortalsInChinese() throws Exception {
        for (String path : new String[] {"/999999", "/140171/nope", PAGE.replace("2026", "2019"), "/140171/608/2026/%E9%A2%84%E7%AE%97/x"}) {
            Api.Answer a = api.get(path, null);
            assertThat(a.status()).as(path).isEqualTo(404);
            assertThat(a.contentType()).startsWith("text/html");
            assertThat(a.text()).contains("<html lang=\"zh-CN\">").contains("页面不存在").contains("<a href=\"/\">返回首页</a>")
                    .doesNotContain("Whitelabel").doesNotContain("Exception");
        }
        // a form sent without its CSRF token: 403 in the frame
        Api.Answer forbidden = api.postForm("/login", "username=ed&password=x");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.text()).contains("<html lang=\"zh-CN\">").contains("无权访问").doesNotContain("Whitelabel");
        // a stored version whose content no longer matches its hash: 500 in the frame, no detail
        jdbc.sql("UPDATE versions SET content_sha256 = ? WHERE disclosure_id = ? AND number = 1").params("0".repeat(64), id).update();
        Api.Answer broken = api.get(PAGE.replace("2026", "2026") + "/v1", null);
        assertThat(broken.status()).isEqualTo(500);
        assertThat(broken.text()).contains("<html lang=\"zh-CN\">").contains("服务器出错").doesNotContain("sha256")
                .doesNotContain("Exception");
        // the API keeps its problem+json
        assertProblem(api.get("/api/disclosures/999999", null), 404);
    }
}
