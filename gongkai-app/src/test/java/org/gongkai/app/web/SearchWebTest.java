package org.gongkai.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.app.search.SearchHealth;
import org.gongkai.app.search.SearchIndex;
import org.gongkai.app.search.DocumentHtml;
import org.gongkai.app.store.Disclosures;
import org.gongkai.app.store.Publications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal's search on H2 over HTTP: the reference (山西转型综合改革示范区建设与公用事业管理部 2026)
 * published, a correction of it uploaded as a draft; words typed by hand from the reference find its
 * sections, each result's link opens the section's anchor on the disclosure page; a draft is never
 * found, a publication is, a correction replaces what it corrects and a withdrawal removes it; odd
 * queries get a page, never an error; the readiness follows the index.
 */
class SearchWebTest extends WebContract {

    private static final String DEPT = "山西转型综合改革示范区建设与公用事业管理部";
    private static final String PAGE = "/140171/608/2026/%E9%A2%84%E7%AE%97/%E9%83%A8%E9%97%A8";
    private static final Pattern HIT = Pattern.compile("<li><h3 class=\"hit-title\"><a href=\"([^\"]+)\">(.*?)</a></h3>", Pattern.DOTALL);
    private static final Pattern TOTAL = Pattern.compile("共找到 (\\d+) 处");

    @Autowired SearchIndex index;
    @Autowired Disclosures disclosures;
    @Autowired Publications publications;
    @Autowired DocumentHtml pages;

    String ed;
    String rv;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry r) throws IOException {
        String dir = Files.createTempDirectory("gongkai-search-").toString();
        r.add("gongkai.data", () -> dir);
    }

    @BeforeEach
    void publishTheReference() throws Exception {
        index.rebuild(); // the directory was emptied under it
        ed = api.token("ed", PASSWORD);
        rv = api.token("rv", PASSWORD);
        Api.Answer up = uploadReference(ed);
        assertThat(up.status()).as(up.text()).isEqualTo(201);
        long id = up.json().get("id").asLong();
        publish(id, 1, ed, rv, null);
        assertThat(uploadReference(ed).status()).isEqualTo(201);
    }

    private record Hit(String href, String title) {
    }

    private record Page(int status, String html, int total, List<Hit> hits) {
    }

    private Page search(String q) throws Exception {
        return get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    private Page get(String path) throws Exception {
        Api.Answer a = api.get(path, null);
        String t = a.text();
        Matcher total = TOTAL.matcher(t);
        List<Hit> hits = new ArrayList<>();
        Matcher m = HIT.matcher(t);
        while (m.find()) {
            hits.add(new Hit(m.group(1).replace("&amp;", "&"), m.group(2).replaceAll("<[^>]*>", "")));
        }
        return new Page(a.status(), t, total.find() ? Integer.parseInt(total.group(1)) : 0, hits);
    }

    private static void assertSearchPage(Page p) {
        assertThat(p.status()).as(p.html()).isEqualTo(200);
        assertThat(p.html()).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">").contains("<header class=\"site\">")
                .contains("<form class=\"search-form\" role=\"search\" action=\"/search\" method=\"get\">")
                .doesNotContain("<script").doesNotContain("Exception");
    }

    @Test
    void aProjectNameFindsItsPerformanceFormAndTheLinkOpensThatAnchor() throws Exception {
        // the reference's first 项目支出绩效目标表 (line 467): 项目名称 临时人员工资
        Page p = search("临时人员工资");
        assertSearchPage(p);
        assertThat(p.hits()).isNotEmpty();
        Hit first = p.hits().get(0);
        assertThat(first.title()).isEqualTo(DEPT + " · 2026年部门预算 · 临时人员工资 绩效目标表");
        assertThat(first.href()).isEqualTo(PAGE + "#form-1");
        assertThat(p.html()).contains("<mark>临时人员工资</mark>");

        Api.Answer doc = api.get(first.href().substring(0, first.href().indexOf('#')), null);
        assertThat(doc.status()).isEqualTo(200);
        String html = doc.text();
        int at = html.indexOf("id=\"form-1\"");
        assertThat(at).isPositive();
        assertThat(html.substring(at, html.indexOf("</section>", at))).contains("临时人员工资");
    }

    @Test
    void aTwoCharacterWordFindsTheNarrativeSectionAndTheTable() throws Exception {
        // 七、“三公”经费增减变动原因说明 (the seventh section of 情况说明), 表十 …“三公”经费支出预算表
        Page p = search("三公");
        assertSearchPage(p);
        assertThat(p.hits()).extracting(Hit::href).contains(PAGE + "#section-7", PAGE + "#table-T10");
        assertThat(p.hits()).extracting(Hit::title).contains(DEPT + " · 2026年部门预算 · 七、“三公”经费增减变动原因说明");
        String page = api.get(PAGE, null).text();
        assertThat(page).contains("id=\"section-7\"").contains("id=\"table-T10\"");
    }

    @Test
    void aClassificationNameFindsTheBudgetTablesThatPrintIt() throws Exception {
        // 2120501 城乡社区环境卫生 (表二, line 126 of the reference)
        Page p = search("城乡社区环境卫生");
        assertSearchPage(p);
        assertThat(p.hits()).extracting(Hit::href).contains(PAGE + "#table-T2");
        assertThat(p.html()).contains("<mark>城乡社区环境卫生</mark>");
    }

    @Test
    void aDraftIsNotFoundAPublicationIsACorrectionReplacesItAndAWithdrawalRemovesIt() throws Exception {
        String ed2 = api.token("ed2", PASSWORD);
        String rv2 = api.token("rv2", PASSWORD);
        String text = new String(reference(), StandardCharsets.UTF_8);
        byte[] first = text.replace("临时人员工资", "鲲鹏测绘专项").getBytes(StandardCharsets.UTF_8);
        Api.Answer up = api.upload(ed2, "draft.txt", first, Map.of("approvalDate", "2026-01-20"));
        assertThat(up.status()).as(up.text()).isEqualTo(201);
        long id = up.json().get("id").asLong();
        assertThat(search("鲲鹏").total()).isZero();
        assertThat(search("鲲鹏").html()).contains("没有找到“鲲鹏”");

        publish(id, 1, ed2, rv2, null);
        Page found = search("鲲鹏");
        assertThat(found.hits()).extracting(Hit::title).contains("平城区教育局 · 2026年部门预算 · 鲲鹏测绘专项 绩效目标表");

        // a correction: the new version's words replace the old ones
        byte[] second = text.replace("临时人员工资", "麒麟勘察专项").getBytes(StandardCharsets.UTF_8);
        assertThat(api.upload(ed2, "draft.txt", second, Map.of("approvalDate", "2026-01-20")).status()).isEqualTo(201);
        assertThat(search("麒麟").total()).isZero();
        publish(id, 2, ed2, rv2, "更正项目名称");
        assertThat(search("鲲鹏").total()).isZero();
        assertThat(search("麒麟").hits()).extracting(Hit::title).contains("平城区教育局 · 2026年部门预算 · 麒麟勘察专项 绩效目标表");

        Api.Answer w = api.postJson("/api/disclosures/" + id + "/withdraw", rv2, "{\"reason\":\"撤回核对\"}");
        assertThat(w.status()).as(w.text()).isEqualTo(200);
        assertThat(search("麒麟").total()).isZero();
        // the other disclosure is still found
        assertThat(search("临时人员工资").hits()).extracting(Hit::href).containsExactly(PAGE + "#form-1");
    }

    @Test
    void oddQueriesGetAPageNeverAnError() throws Exception {
        Page none = get("/search");
        assertSearchPage(none);
        assertThat(none.html()).contains("可以检索各部门已公开的预算、决算文件");
        assertThat(search("").html()).contains("请输入要检索的词语");
        assertThat(search("   \t ").html()).contains("请输入要检索的词语");
        Page tooLong = search("三".repeat(101));
        assertSearchPage(tooLong);
        assertThat(tooLong.html()).contains("检索词过长：最多100个字");
        for (String q : List.of("AND", "OR NOT", "\"(", "a:b OR c*", "[1 TO 2}", "\\", "!!!", "？？", "<script>alert(1)</script>",
                "title:三公", "三公~2", "/正则/", "&amp;", "三".repeat(100))) {
            Page p = search(q);
            assertSearchPage(p);
            assertThat(p.html()).doesNotContain("<script>alert");
        }
        // a query-syntax character is taken as text: the words around it still find the section
        assertThat(search("三公*").hits()).extracting(Hit::href).contains(PAGE + "#section-7");
        assertThat(search("\"三公\"").hits()).extracting(Hit::href).contains(PAGE + "#section-7");
        assertThat(get("/search?q=%E4%B8%89%E5%85%AC&page=abc").status()).isEqualTo(200);
    }

    @Test
    void manyResultsArePaged() throws Exception {
        // 支出 appears in most sections of the reference: more than one page of ten
        Page p1 = search("支出");
        assertSearchPage(p1);
        assertThat(p1.total()).isGreaterThan(SearchIndex.PAGE_SIZE);
        assertThat(p1.hits()).hasSize(SearchIndex.PAGE_SIZE);
        assertThat(p1.html()).contains("rel=\"next\" href=\"/search?q=%E6%94%AF%E5%87%BA&amp;page=2\"");
        Page p2 = get("/search?q=%E6%94%AF%E5%87%BA&page=2");
        assertThat(p2.html()).contains("rel=\"prev\"").contains("<ol class=\"hits\" start=\"11\">");
        assertThat(p2.hits()).doesNotContainAnyElementsOf(p1.hits());
        // past the last page: the last page
        int last = (p1.total() + SearchIndex.PAGE_SIZE - 1) / SearchIndex.PAGE_SIZE;
        Page beyond = get("/search?q=%E6%94%AF%E5%87%BA&page=9999");
        assertThat(beyond.html()).contains("第 " + last + " 页");
        assertThat(beyond.hits()).isNotEmpty();
    }

    @Test
    void theFrameAndTheHomePageHoldTheSearchBox() throws Exception {
        String home = api.get("/", null).text();
        assertThat(home).contains("<form class=\"search-form\" role=\"search\" action=\"/search\" method=\"get\">");
        String region = api.get("/140171", null).text();
        assertThat(region).contains("<form class=\"site-search\" role=\"search\" action=\"/search\" method=\"get\">")
                .contains("<label class=\"vh\" for=\"site-q\">");
    }

    @Test
    void readinessIsOutOfServiceUntilTheIndexIsBuilt() throws Exception {
        SearchIndex fresh = new SearchIndex(disclosures, publications, pages);
        SearchHealth health = new SearchHealth(fresh);
        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(fresh.search("临时人员工资", 1).total()).isZero();
        assertThat(fresh.rebuild()).isEqualTo(1);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(fresh.search("临时人员工资", 1).total()).isEqualTo(1);
        // the server's own index was built at start
        Api.Answer h = api.get("/actuator/health", null);
        assertThat(h.status()).isEqualTo(200);
        assertThat(h.text()).contains("\"status\":\"UP\"");
    }
}
