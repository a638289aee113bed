package org.gongkai.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.app.store.Caller;
import org.gongkai.app.store.Department;
import org.gongkai.app.store.DepartmentKind;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The staff's pages on H2, as a browser without script uses them (forms, session cookie, CSRF
 * token): the editor uploads the reference, reads the findings by part, fills the reason the
 * reference lacks, saves (a new version, checked again) and submits; the reviewer approves and
 * publishes, and reads the bureau's dashboard, re-checks all, downloads its CSV. Every write is
 * also tried by the wrong caller.
 */
class StaffWebTest extends WebContract {

    /** The reference's 一般公共预算 sentence that gives no reason (typed from the reference, 五、 section). */
    private static final String REASON = "PPP综合管廊缺口补助等项目支出增加";

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry r) throws IOException {
        String dir = Files.createTempDirectory("gongkai-staff-").toString();
        r.add("gongkai.data", () -> dir);
    }

    private LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void anEditorUploadsFillsTheMissingReasonAndSubmitsAndTheReviewerPublishesFromTheDashboard() throws Exception {
        Api ed = login("ed");
        // the 工作台 offers the upload form
        Api.Answer home = ed.get("/staff", null);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text()).contains("<html lang=\"zh-CN\"").contains("上传公开文件").contains("enctype=\"multipart/form-data\"");

        String approval = today().minusDays(5).toString();
        Api.Answer up = ed.upload("/staff/upload", null, "shanxi-zonggai-jianguanbu-2026.txt", reference(),
                Map.of("_csrf", csrf(home.text()), "approvalDate", approval));
        assertThat(up.status()).as(up.text()).isEqualTo(303);
        String location = up.header("Location");
        assertThat(location).matches("/staff/disclosures/\\d+\\?done=uploaded");
        String page = location.substring(0, location.indexOf('?'));
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));

        Api.Answer first = ed.get(location, null);
        String html = first.text();
        String found = findingsOf(html);
        assertThat(html).contains("已上传并核对").contains("第1版").contains("草稿");
        // findings grouped by part, in the document's order: 表十一 (line 315) before 表十二 (371), the
        // 情况说明's parts in their order, the 绩效目标表 last
        int t11 = found.indexOf(">表十一（");
        int t12 = found.indexOf(">表十二（");
        int s2 = found.indexOf(">二、收入预算情况说明（");
        int s5 = found.indexOf(">五、一般公共预算支出情况说明（");
        int s10 = found.indexOf(">十、绩效管理情况（");
        int perf = found.indexOf(">绩效目标表（");
        assertThat(List.of(t11, t12, s2, s5, s10, perf)).allMatch(i -> i > 0);
        assertThat(t11).isLessThan(t12);
        assertThat(t12).isLessThan(s2);
        assertThat(s2).isLessThan(s5);
        assertThat(s5).isLessThan(s10);
        assertThat(s10).isLessThan(perf);
        // each finding with its line
        assertThat(found).contains("表十二 项目“质量安全技术服务”（第371行）");
        assertThat(found.substring(s5, s10)).contains("未说明增减原因");
        // the form of the department's words: the reason is missing, the 公用经费 words are there
        assertThat(html).contains("一般公共预算当年支出增减的主要原因 <strong class=\"missing\">（未填写）</strong>")
                .contains("会议费、邮电费、办公费、办公设备购置、其他商品和服务支出等");

        // another department's editor sees nothing of it and cannot write it
        Api ed2 = login("ed2");
        assertThat(ed2.get(page, null).status()).isEqualTo(404);
        String other = csrf(ed2.get("/staff", null).text());
        Api.Answer foreign = ed2.postForm(page + "/words", "_csrf=" + other + "&generalBudgetChangeReason=x");
        assertThat(foreign.status()).isEqualTo(404);
        // the public is sent to the login
        Api anonymous = new Api(env.getProperty("local.server.port"));
        Api.Answer anon = anonymous.get(page, null);
        assertThat(anon.status()).isEqualTo(302);
        assertThat(anon.header("Location")).endsWith("/login");
        // a write without the session's CSRF token is refused (the portal's 403 page)
        Api.Answer noToken = ed.postForm(page + "/words", "generalBudgetChangeReason=x");
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(noToken.text()).contains("<html lang=\"zh-CN\"").contains("无权访问");

        // the editor fills the reason and saves: version 2, checked again
        String token = csrf(html);
        Map<String, String> words = new LinkedHashMap<>();
        words.put("_csrf", token);
        Matcher m = Pattern.compile("<textarea id=\"w-(\\w+)\" name=\"(\\w+)\"[^>]*>([^<]*)</textarea>").matcher(html);
        while (m.find()) {
            words.put(m.group(2), org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(3)));
        }
        assertThat(words).containsKeys("generalBudgetChangeReason", "operatingCovers");
        words.put("generalBudgetChangeReason", REASON);
        Api.Answer saved = ed.postForm(page + "/words", form(words));
        assertThat(saved.status()).as(saved.text()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo(page + "?done=words");
        String second = ed.get(saved.header("Location"), null).text();
        assertThat(second).contains("第2版").contains(REASON).doesNotContain("（未填写）</strong></label><textarea id=\"w-generalBudgetChangeReason\"");
        // the 一般公共预算 part no longer lacks its reason
        assertThat(findingsOf(second)).doesNotContain("未说明增减原因");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM versions WHERE disclosure_id = ?").param(id).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT file_name FROM versions WHERE disclosure_id = ? AND number = 2").param(id).query(String.class).single())
                .isEqualTo("shanxi-zonggai-jianguanbu-2026.facts.json");

        // submitting while errors remain without a reason is refused, the page says why
        Api.Answer refused = ed.postForm(page + "/submit", "_csrf=" + csrf(second));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("未完成：尚有").contains("项错误未确认");
        // with a reason for each error it goes
        Map<String, String> acks = new LinkedHashMap<>();
        acks.put("_csrf", csrf(refused.text()));
        Matcher a = Pattern.compile("name=\"(ack-[0-9a-f-]+)\"").matcher(refused.text());
        while (a.find()) {
            acks.put(a.group(1), "已与批复文件核对，原表如此");
        }
        assertThat(acks).hasSizeGreaterThan(1);
        Api.Answer submitted = ed.postForm(page + "/submit", form(acks));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(303);
        assertThat(ed.get(page, null).text()).contains("已提交").contains("不改正的理由（ed）：已与批复文件核对");
        // the editor cannot approve their own
        Api.Answer selfApprove = ed.postForm(page + "/approve", "_csrf=" + csrf(ed.get("/staff", null).text()));
        assertThat(selfApprove.status()).isEqualTo(403);

        // a reviewer of another region sees nothing; the region's reviewer approves and publishes
        Api rv2 = login("rv2");
        assertThat(rv2.get(page, null).status()).isEqualTo(404);
        assertThat(rv2.get("/staff/regions/140100?year=2026", null).status()).isEqualTo(403);
        Api rv = login("rv");
        String review = rv.get(page, null).text();
        // the reviewer neither uploads nor writes the department's words; the editor neither publishes nor withdraws
        String rvToken = csrf(review);
        assertThat(rv.upload("/staff/upload", null, "x.txt", reference(), Map.of("_csrf", rvToken)).status()).isEqualTo(403);
        assertThat(rv.postForm(page + "/words", "_csrf=" + rvToken + "&generalBudgetChangeReason=x").status()).isEqualTo(403);
        String edToken = csrf(ed.get("/staff", null).text());
        assertThat(ed.postForm(page + "/publish", "_csrf=" + edToken).status()).isEqualTo(403);
        assertThat(ed.postForm(page + "/withdraw", "_csrf=" + edToken + "&reason=x").status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM versions WHERE disclosure_id = ?").param(id).query(Integer.class).single()).isEqualTo(2);
        assertThat(review).contains("审核通过").contains("退回修改");
        assertThat(rv.postForm(page + "/approve", "_csrf=" + csrf(review)).status()).isEqualTo(303);
        Api.Answer published = rv.postForm(page + "/publish", "_csrf=" + csrf(rv.get(page, null).text()));
        assertThat(published.status()).as(published.text()).isEqualTo(303);
        // the public now reads version 2 with the reason
        Api.Answer portal = anonymous.get("/140171/608/2026/%E9%A2%84%E7%AE%97/%E9%83%A8%E9%97%A8", null);
        assertThat(portal.status()).isEqualTo(200);
        assertThat(portal.text()).contains(REASON);

        // the dashboard: 608 published on time, the department without a disclosure not submitted
        directory.createDepartment(Caller.admin("setup"), new Department("609", "示范区统计局", DepartmentKind.DEPARTMENT, null, "140171"));
        String dash = rv.get("/staff/regions/140100?year=2026", null).text();
        String row608 = rowOf(dash, "山西转型综合改革示范区建设与公用事业管理部");
        assertThat(row608).contains("已公开").contains(approval).contains(today().toString()).contains(">是<").doesNotContain("逾期");
        assertThat(rowOf(dash, "示范区统计局")).contains("未提交");
        assertThat(dash).contains("2 个：已提交 1，已公开 1，逾期 0").contains("公开率</dt><dd>50.0%").contains("及时性</dt><dd>100.0%")
                // the reference keeps errors of its own (acknowledged, not corrected): not 准确
                .contains("准确性</dt><dd>0.0%");
        // the roll-up: the reference's 2026 expenditure in all, 48,966.85 万元 (表一 支出总计)
        assertThat(dash).contains("已公开预算支出按功能分类（类）汇总").contains("48,966.85").contains("class=\"chart-data\"");

        // re-check all: every latest version checked again, kept beside it
        Api.Answer recheck = rv.postForm("/staff/regions/140100/recheck?year=2026", "_csrf=" + csrf(dash));
        assertThat(recheck.status()).isEqualTo(303);
        assertThat(rv.get(recheck.header("Location"), null).text()).contains("已按现行规则重新核对 1 份");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rechecks").query(Integer.class).single()).isEqualTo(1);
        // …which only a reviewer of the region may ask for
        assertThat(ed.postForm("/staff/regions/140100/recheck?year=2026", "_csrf=" + csrf(ed.get("/staff", null).text())).status())
                .isEqualTo(403);

        // the dashboard's table as CSV
        Api.Answer csv = rv.get("/staff/regions/140100/status.csv?year=2026", null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).contains("608,山西转型综合改革示范区建设与公用事业管理部,department,published,已公开,2,")
                .contains("609,示范区统计局,,not-submitted,未提交");
    }

    @Test
    void aDashboardShowsADepartmentPastItsTwentyDaysAsLate() throws Exception {
        Api ed = login("ed");
        String approval = today().minusDays(30).toString();
        Api.Answer up = ed.upload("/staff/upload", null, "shanxi-zonggai-jianguanbu-2026.txt", reference(),
                Map.of("_csrf", csrf(ed.get("/staff", null).text()), "approvalDate", approval));
        assertThat(up.status()).isEqualTo(303);
        String dash = login("rv").get("/staff/regions/140171?year=2026", null).text();
        String row = rowOf(dash, "山西转型综合改革示范区建设与公用事业管理部");
        assertThat(row).contains("未提交").contains("逾期").contains(today().minusDays(10).toString());
        assertThat(dash).contains("逾期 1");
    }

    @Test
    void aBadUploadIsTheFormAgainWithItsMessage() throws Exception {
        Api ed = login("ed");
        Api.Answer up = ed.upload("/staff/upload", null, "notes.txt", "这不是公开文件".getBytes(StandardCharsets.UTF_8),
                Map.of("_csrf", csrf(ed.get("/staff", null).text())));
        assertThat(up.status()).isIn(400, 422);
        assertThat(up.text()).contains("<html lang=\"zh-CN\"").contains("上传未完成").contains("notes.txt").doesNotContain("Exception");
        Api.Answer badDate = ed.upload("/staff/upload", null, "x.txt", reference(),
                Map.of("_csrf", csrf(ed.get("/staff", null).text()), "approvalDate", "明天"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.text()).contains("批复日期应为日期");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM versions").query(Integer.class).single()).isZero();
    }

    // ---- helpers

    private Api login(String user) throws Exception {
        Api client = new Api(env.getProperty("local.server.port"));
        Api.Answer a = client.postForm("/login", "username=" + user + "&password=" + PASSWORD + "&_csrf=" + csrf(client.get("/login", null).text()));
        assertThat(a.status()).isEqualTo(302);
        assertThat(a.header("Location")).endsWith("/staff");
        return client;
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF field in the page").isTrue();
        return m.group(1);
    }

    private static String form(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }

    private static String findingsOf(String html) {
        int from = html.indexOf("id=\"findings-h\"");
        int to = html.indexOf("id=\"words-h\"");
        return html.substring(from, to > from ? to : html.length());
    }

    private static String rowOf(String html, String department) {
        int at = html.indexOf(">" + department + "<");
        assertThat(at).as(department + " in the dashboard").isPositive();
        int start = html.lastIndexOf("<tr", at);
        return html.substring(start, html.indexOf("</tr>", at));
    }
}
