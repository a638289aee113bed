package org.gongkai.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Where the money goes and compare, on the embedded H2 database: the reference (2026) published as
 * version 1 with a correction uploaded as a draft (version 2), and a 2025 budget of the same
 * department entered as facts by hand (201 一般公共服务支出 12.50万元; 212 城乡社区支出 26,196.37万元 =
 * 2120106 20,000.00 + 2120501 6,196.37). Every expected figure is typed from the reference's tables
 * (表二 预算收入总表, 表三 预算支出总表, 表十三 项目支出预算表（上年结转）) or from those hand-made facts.
 */
class MoneyWebTest extends WebContract {

    private static final String PAGE = "/140171/608/2026/%E9%A2%84%E7%AE%97/%E9%83%A8%E9%97%A8";
    private static final String MONEY = PAGE + "/%E6%94%AF%E5%87%BA";
    private static final String RAW_MONEY = "/140171/608/2026/预算/部门/支出";
    private static final String COMPARE = "/140171/608/%E6%AF%94%E8%BE%83";
    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
    private static final Pattern SHARE_OF_TOTAL = Pattern.compile("<td class=\"num\">([0-9.]+)%</td></tr>");

    /** The 2025 budget, typed by hand: three lines in 万元 (the browser tests publish it too). */
    static final String FACTS_2025 = """
            {"format": "gongkai-facts", "version": 2, "facts": {
              "department": "山西转型综合改革示范区建设与公用事业管理部", "unitCode": "608", "region": "山西转型综合改革示范区",
              "fiscalYear": 2025, "profile": "shanxi-13", "units": ["山西转型综合改革示范区建设与公用事业管理部"],
              "lines": [
                {"functionCode": "2010350", "source": "GENERAL_BUDGET", "fundYear": "CURRENT_YEAR", "kind": "BASIC",
                 "amount": {"value": 12.50, "unit": "WAN"}},
                {"functionCode": "2120106", "source": "GENERAL_BUDGET", "fundYear": "CURRENT_YEAR", "kind": "PROJECT",
                 "amount": {"value": 20000.00, "unit": "WAN"}},
                {"functionCode": "2120501", "source": "GENERAL_BUDGET", "fundYear": "CURRENT_YEAR", "kind": "PROJECT",
                 "amount": {"value": 6196.37, "unit": "WAN"}}
              ],
              "threePublic": {"outboundTravel": {}, "reception": {}, "vehiclePurchase": {}, "vehicleOperation": {}},
              "basicByEconomic": [], "projects": [], "agencyOperating": [], "performanceTargets": [], "fundRevenue": []
            }}
            """;

    long id;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry r) throws IOException {
        String dir = Files.createTempDirectory("gongkai-money-").toString();
        r.add("gongkai.data", () -> dir);
    }

    @BeforeEach
    void publish() throws Exception {
        String ed = api.token("ed", PASSWORD);
        Api.Answer up = uploadReference(ed);
        assertThat(up.status()).as(up.text()).isEqualTo(201);
        id = up.json().get("id").asLong();
        String rv = api.token("rv", PASSWORD);
        publish(id, 1, ed, rv, null);
        Api.Answer earlier = api.upload(ed, "608-2025.json", FACTS_2025.getBytes(StandardCharsets.UTF_8), Map.of("approvalDate", "2025-01-20"));
        assertThat(earlier.status()).as(earlier.text()).isEqualTo(201);
        publish(earlier.json().get("id").asLong(), 1, ed, rv, null);
        // a correction of 2026, not yet published
        assertThat(uploadReference(ed).status()).isEqualTo(201);
    }

    private Api.Answer page(String path) throws Exception {
        Api.Answer a = api.get(path, null);
        assertThat(a.status()).as(path + " " + a.text()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("text/html");
        assertThat(a.text()).contains("<html lang=\"zh-CN\">").contains("<header class=\"site\">");
        return a;
    }

    @Test
    void theTopLevelShowsTheReferencesClassesTheirSharesAndTheTotal() throws Exception {
        String t = page(MONEY).text();
        // 表三 2026年预算支出总表: 合计 48966.85 (基本 15.00, 项目 48951.85); 201 15.00; 212 48875.05; 231 76.80 (万元)
        assertThat(t).contains("单位：万元").contains("支出合计 <strong>48,966.85万元</strong>");
        assertThat(t).contains(">201 一般公共服务支出</a></th><td class=\"num\">15.00</td><td class=\"num\">15.00</td><td class=\"num\"></td>"
                + "<td class=\"num\">0.03%</td>");
        assertThat(t).contains(">212 城乡社区支出</a></th><td class=\"num\">48,875.05</td><td class=\"num\"></td>"
                + "<td class=\"num\">48,875.05</td><td class=\"num\">99.81%</td>");
        assertThat(t).contains(">231 债务还本支出</a></th><td class=\"num\">76.80</td>");
        assertThat(t).contains("<th scope=\"row\">合计</th><td class=\"num\">48,966.85</td><td class=\"num\">15.00</td>"
                + "<td class=\"num\">48,951.85</td><td class=\"num\">100.00%</td>");
        // the classes' shares of the total add up to 100% (0.03 + 99.81 + 0.16)
        String classes = t.substring(t.indexOf("<table class=\"list money\" id=\"by\""), t.indexOf("</tbody>", t.indexOf("id=\"by\"")));
        BigDecimal sum = BigDecimal.ZERO;
        Matcher m = SHARE_OF_TOTAL.matcher(classes);
        int rows = 0;
        while (m.find()) {
            sum = sum.add(new BigDecimal(m.group(1)));
            rows++;
        }
        assertThat(rows).isEqualTo(3);
        assertThat(sum).isEqualByComparingTo("100.00");
        // the chart's data beside the table, and the scripts from this server
        assertThat(t).contains("<script type=\"application/json\" class=\"chart-data\"").contains("\"kind\" : \"treemap\"")
                .contains("<script src=\"/vendor/echarts.min.js\" defer></script>").contains("<script src=\"/assets/charts.js\" defer></script>");
        // the projects of the 本年 table name no 功能科目: listed as they are, saying so (表十二: 污水、污泥处置费 5800.00)
        assertThat(t).contains("未标明功能科目的项目").contains("<th scope=\"row\">污水、污泥处置费</th><td class=\"fund-year\">本年预算</td>"
                + "<td class=\"num\">5,800.00</td>");
    }

    @Test
    void aClassAndASectionPageListTheLevelBelowWithSharesOfTheLevelAbove() throws Exception {
        String t = page(MONEY + "/212").text();
        // 表三: 21201 21236.56, 21202 445.00, 21203 5386.69, 21205 21776.80, 21206 30.00; 212 48875.05
        assertThat(t).contains(">21201 城乡社区管理事务</a></th><td class=\"num\">21,236.56</td>");
        assertThat(t).contains(">21202 城乡社区规划与管理</a></th><td class=\"num\">445.00</td>");
        assertThat(t).contains(">21203 城乡社区公共设施</a></th><td class=\"num\">5,386.69</td>");
        assertThat(t).contains(">21205 城乡社区环境卫生</a></th><td class=\"num\">21,776.80</td>");
        assertThat(t).contains(">21206 建设市场管理与监督</a></th><td class=\"num\">30.00</td>");
        assertThat(t).contains("<th scope=\"row\">212 城乡社区支出 合计</th><td class=\"num\">48,875.05</td>");
        // 21205 is 21776.80 / 48875.05 = 44.56% of its class
        assertThat(t).contains("21,776.80</td><td class=\"num\"></td><td class=\"num\">21,776.80</td><td class=\"num\">44.56%</td>");
        // breadcrumbs: … › the disclosure › 支出去向 › 212
        assertThat(t).contains("<a href=\"" + MONEY + "\">支出去向</a></li><li aria-current=\"page\">212 城乡社区支出</li>");

        String s = page(MONEY + "/21205").text();
        assertThat(s).contains(">2120501 城乡社区环境卫生</a></th><td class=\"num\">21,776.80</td>");
        assertThat(s).contains("<a href=\"" + MONEY + "/212\">212 城乡社区支出</a>");
    }

    @Test
    void anItemPageListsItsProjectsAndSaysWhatTheDocumentLeavesUncoded() throws Exception {
        // 表十三: 购置清雪除冰机械设备项目 9.59, the 上年结转 of 2120399 in 表二; the 本年 5377.10 of the item has no project named to it
        String t = page(MONEY + "/2120399").text();
        assertThat(t).contains("<th scope=\"row\">购置清雪除冰机械设备项目</th><td class=\"fund-year\">上年结转</td><td class=\"num\">9.59</td>");
        assertThat(t).contains("其余5,377.10万元的项目").contains("未标明其功能科目");
        // 2120501: three carried-over projects 31.00 + 30.90 + 20.00 = 81.90
        String u = page(MONEY + "/2120501").text();
        assertThat(u).contains("<td class=\"fund-year\">上年结转</td><td class=\"num\">31.00</td>")
                .contains("<td class=\"fund-year\">上年结转</td><td class=\"num\">30.90</td>")
                .contains("<td class=\"fund-year\">上年结转</td><td class=\"num\">20.00</td>")
                .contains("<th scope=\"row\">项目合计</th><td></td><td class=\"num\">81.90</td>");
        // 2310399: 2025年省级基本建设（第一批）专项资金 76.80, the whole item
        assertThat(page(MONEY + "/2310399").text()).contains("<th scope=\"row\">2025年省级基本建设（第一批）专项资金</th>"
                + "<td class=\"fund-year\">上年结转</td><td class=\"num\">76.80</td><td class=\"num\">100.00%</td>");
    }

    @Test
    void encodedAndRawAddressesAnswerTheSame() throws Exception {
        String encoded = page(MONEY + "/21205").text();
        assertThat(api.get(new URI(null, null, RAW_MONEY + "/21205", null).toASCIIString(), null).text()).isEqualTo(encoded);
        assertThat(api.get(MONEY.toLowerCase(java.util.Locale.ROOT) + "/21205", null).text()).isEqualTo(encoded);
        assertThat(api.get(new URI(null, null, "/140171/608/比较", null).toASCIIString(), null).text())
                .isEqualTo(page(COMPARE).text());
    }

    @Test
    void aDraftOrAnUnknownCodeIsThePortals404() throws Exception {
        // version 2 is a draft
        Api.Answer draft = api.get(PAGE + "/v2/%E6%94%AF%E5%87%BA", null);
        assertThat(draft.status()).isEqualTo(404);
        assertThat(draft.text()).contains("<html lang=\"zh-CN\">").contains("页面不存在");
        assertThat(api.get(PAGE + "/v2/%E6%94%AF%E5%87%BA/212", null).status()).isEqualTo(404);
        // version 1 is published: its own address, cached for a year
        Api.Answer v1 = page(PAGE + "/v1/%E6%94%AF%E5%87%BA/212");
        assertThat(v1.header("Cache-Control")).contains("max-age=31536000").contains("immutable");
        assertThat(v1.text()).contains("21,776.80");
        // a code the document has no money under
        assertThat(api.get(MONEY + "/205", null).status()).isEqualTo(404);
        // a disclosure with no published version at all
        String ed2 = api.token("ed2", PASSWORD);
        assertThat(api.upload(ed2, "shanxi-zonggai-jianguanbu-2026.txt", reference(), Map.of("approvalDate", "2026-01-20")).status())
                .isEqualTo(201);
        assertThat(api.get("/140200/7101/2026/%E9%A2%84%E7%AE%97/%E9%83%A8%E9%97%A8/%E6%94%AF%E5%87%BA", null).status()).isEqualTo(404);
        assertThat(api.get("/140200/7101/%E6%AF%94%E8%BE%83", null).text()).contains("本部门尚无已公开的部门预算");
    }

    @Test
    void aMoneyPageHasAnEtagAndLongCaching() throws Exception {
        Api.Answer first = page(MONEY + "/212");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Cache-Control")).contains("public").containsPattern("max-age=\\d{3,}");
        Api.Answer again = api.send(HttpRequest.newBuilder(URI.create(api.base + MONEY + "/212")).header("If-None-Match", etag).GET().build());
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.bytes()).isEmpty();
    }

    @Test
    void theDepartmentAcrossYearsShowsChangeAndRate() throws Exception {
        String t = page(COMPARE).text();
        assertThat(t).contains(">2025年</a></th>").contains(">2026年</a></th>").contains("比2025年增减");
        // 201: 12.50 (2025, by hand) → 15.00 (2026, 表三): +2.50, 2.50 ÷ 12.50 = +20.00%
        assertThat(t).contains(">201 一般公共服务支出</a></th><td class=\"num\">12.50</td><td class=\"num\">15.00</td>"
                + "<td class=\"num up\">+2.50</td><td class=\"num up\">+20.00%</td>");
        // 231 has no 2025 figure: shown as missing, not 0; the rate is 新增
        assertThat(t).contains(">231 债务还本支出</a></th><td class=\"num missing\">—</td><td class=\"num\">76.80</td>"
                + "<td class=\"num missing\">—</td><td class=\"num\">新增</td>");
        assertThat(t).contains("\"kind\" : \"bars\"");
        // down to 款: 21201 20,000.00 → 21,236.56: +1,236.56, 1236.56 ÷ 20000 = +6.18%
        String s = page(COMPARE + "/212").text();
        assertThat(s).contains(">21201 城乡社区管理事务</a></th><td class=\"num\">20,000.00</td><td class=\"num\">21,236.56</td>"
                + "<td class=\"num up\">+1,236.56</td><td class=\"num up\">+6.18%</td>");
        assertThat(s).contains("21203 城乡社区公共设施</a></th><td class=\"num missing\">—</td><td class=\"num\">5,386.69</td>");
    }

    @Test
    void theRegionsDepartmentsSideBySide() throws Exception {
        String t = page("/140171/%E6%AF%94%E8%BE%83?year=2026").text();
        // the department's total (表三 48966.85), its share of the region (the only department published), then 201, 212, 231
        assertThat(t).containsPattern("山西转型综合改革示范区建设与公用事业管理部</a></th><td class=\"num\"><a href=\"[^\"]+\">48,966.85</a></td>"
                + "<td class=\"num\">100.00%</td><td class=\"num\">15.00</td><td class=\"num\">48,875.05</td><td class=\"num\">76.80</td>");
        String y2025 = page("/140171/%E6%AF%94%E8%BE%83?year=2025").text();
        // 12.50 + 26,196.37 = 26,208.87
        assertThat(y2025).contains(">26,208.87</a></td><td class=\"num\">100.00%</td><td class=\"num\">12.50</td><td class=\"num\">26,196.37</td>");
    }

    @Test
    void thePagesLinkEachOther() throws Exception {
        String doc = page(PAGE).text();
        // the disclosure page and its 目录
        assertThat(doc).contains("<a href=\"" + MONEY + "\">支出去向：按类、款、项直至项目</a>");
        assertThat(doc).contains("<li class=\"toc-l1 toc-money\"><a href=\"" + MONEY + "\">");
        assertThat(doc).contains("<a href=\"" + COMPARE + "\">本部门各年度比较</a>");
        assertThat(page("/140171/608").text()).contains("href=\"" + COMPARE + "\"");
        assertThat(page("/140171?year=2026").text()).contains("href=\"/140171/%E6%AF%94%E8%BE%83?year=2026\"");
    }

    @Test
    void theChartScriptIsServedFromTheJarAndNoPageLinksToAnotherHost() throws Exception {
        Api.Answer echarts = api.get("/vendor/echarts.min.js", null);
        assertThat(echarts.status()).isEqualTo(200);
        assertThat(echarts.contentType()).containsPattern("^(text|application)/javascript");
        assertThat(echarts.text()).contains("version=\"6.");
        // a megabyte: kept by the browser, and sent compressed to a client that accepts it
        assertThat(echarts.header("Cache-Control")).contains("public").containsPattern("max-age=\\d{4,}");
        Api.Answer gz = api.send(HttpRequest.newBuilder(URI.create(api.base + "/vendor/echarts.min.js")).header("Accept-Encoding", "gzip")
                .GET().build());
        assertThat(gz.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gz.bytes().length).isLessThan(echarts.bytes().length / 2);
        Api.Answer axe = api.get("/vendor/axe.min.js", null);
        assertThat(axe.status()).isEqualTo(200);
        assertThat(axe.contentType()).containsPattern("^(text|application)/javascript");
        assertThat(api.get("/assets/charts.js", null).contentType()).containsPattern("^(text|application)/javascript");
        assertThat(api.get("/assets/charts.css", null).contentType()).startsWith("text/css");

        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        todo.add(MONEY);
        todo.add(COMPARE);
        todo.add("/140171/%E6%AF%94%E8%BE%83");
        int pages = 0;
        while (!todo.isEmpty() && pages < 60) {
            String path = todo.poll();
            if (!seen.add(path)) {
                continue;
            }
            Api.Answer a = api.get(path, null);
            assertThat(a.status()).as(path).isIn(200, 404);
            if (!a.contentType().startsWith("text/html")) {
                continue;
            }
            pages++;
            Matcher m = LINK.matcher(a.text());
            while (m.find()) {
                String href = m.group(1).replace("&amp;", "&");
                assertThat(href).as(path + " → " + href).doesNotStartWith("//").doesNotContainPattern("^[A-Za-z][A-Za-z0-9+.-]*:");
                assertThat(href).as(path + " → " + href).matches("[\\x21-\\x7e]*");
                boolean ours = href.contains("%E6%94%AF%E5%87%BA") || href.contains("%E6%AF%94%E8%BE%83");
                if (ours && !href.contains("#")) {
                    todo.add(href);
                }
            }
        }
        assertThat(pages).isGreaterThanOrEqualTo(15);
        assertThat(seen).contains(MONEY + "/212", MONEY + "/21205", MONEY + "/2120501", COMPARE + "/212");
    }
}
