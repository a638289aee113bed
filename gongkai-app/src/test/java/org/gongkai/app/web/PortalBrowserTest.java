package org.gongkai.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public portal in headless Chromium, as an anonymous visitor uses it. The data, through the
 * REST API as editors and reviewers make it: the reference (山西转型综合改革示范区建设与公用事业管理部
 * 2026年部门预算) published as version 1 and again as version 2 (a correction with its reason), a third
 * version left a draft with a project renamed 鲲鹏测绘专项; the department's 2025 budget entered as
 * facts by hand (201 一般公共服务支出 12.50万元; 212 城乡社区支出 26,196.37万元) and published; and a
 * draft of 平城区教育局 (大同市) that was never published. Every expected figure is typed from the
 * reference's tables (表三 预算支出总表, 表十三 项目支出预算表（上年结转）) or from those hand-made facts.
 */
class PortalBrowserTest extends BrowserContract {

    private static final String DEPT = "山西转型综合改革示范区建设与公用事业管理部";
    private static final String PAGE = "/140171/608/2026/预算/部门";
    private static final String MONEY = PAGE + "/支出";
    private static final String DRAFT_WORD = "鲲鹏";

    /** The 2025 budget, typed by hand: {@link MoneyWebTest#FACTS_2025}. */
    private static final String FACTS_2025 = MoneyWebTest.FACTS_2025;

    long id;

    @Override
    void data() throws Exception {
        id = upload("ed", "shanxi-zonggai-jianguanbu-2026.txt", reference(), "2026-01-20");
        publish(id, 1, "ed", "rv", null);
        upload("ed", "shanxi-zonggai-jianguanbu-2026.txt", reference(), "2026-01-20");
        publish(id, 2, "ed", "rv", "更正表六的项目名称");
        String renamed = new String(reference(), StandardCharsets.UTF_8).replace("临时人员工资", "鲲鹏测绘专项");
        upload("ed", "draft.txt", renamed.getBytes(StandardCharsets.UTF_8), "2026-01-20");
        long earlier = upload("ed", "608-2025.json", FACTS_2025.getBytes(StandardCharsets.UTF_8), "2025-01-20");
        publish(earlier, 1, "ed", "rv", null);
        upload("ed2", "shanxi-zonggai-jianguanbu-2026.txt", reference(), "2026-01-20");
    }

    @Test
    void aVisitorFindsTheReferenceBySearchAndLandsOnTheSectionItWasFoundIn() {
        width(WIDE);
        open("/");
        WebElement box = find("#home-q");
        box.sendKeys("临时人员工资");
        box.sendKeys(Keys.ENTER);
        settle();
        assertThat(path()).isEqualTo("/search?q=临时人员工资");
        List<WebElement> hits = driver.findElements(By.cssSelector("ol.hits h3.hit-title a"));
        assertThat(hits).isNotEmpty();
        // the reference's first 项目支出绩效目标表 (line 467): 项目名称 临时人员工资
        assertThat(hits.get(0).getText()).isEqualTo(DEPT + " · 2026年部门预算 · 临时人员工资 绩效目标表");
        hits.get(0).click();
        settle();
        assertThat(path()).isEqualTo(PAGE + "#form-1");
        WebElement form = find("#form-1");
        assertThat(form.getText()).contains("临时人员工资");
        // the browser scrolled to it: its top is at the top of the window
        Number top = (Number) js("return arguments[0].getBoundingClientRect().top", form);
        assertThat(top.doubleValue()).isBetween(-2.0, 120.0);
    }

    @Test
    void aVisitorDrillsDownFromTheClassesToTheProjectsOfAnItem() {
        width(WIDE);
        open(PAGE);
        link("支出去向：按类、款、项直至项目").click();
        settle();
        assertThat(path()).isEqualTo(MONEY);
        // 表三 2026年预算支出总表: 合计 48966.85万元
        assertThat(find(".figure-line").getText()).contains("48,966.85万元");
        assertThat(driver.findElements(By.cssSelector("figure.chart svg"))).isNotEmpty();
        link("212 城乡社区支出").click();
        settle();
        assertThat(path()).isEqualTo(MONEY + "/212");
        link("21205 城乡社区环境卫生").click();
        settle();
        assertThat(path()).isEqualTo(MONEY + "/21205");
        link("2120501 城乡社区环境卫生").click();
        settle();
        assertThat(path()).isEqualTo(MONEY + "/2120501");
        // 表十三: three carried-over projects 生活垃圾处理费收运费用返还资金 31.00 + 30.90 + 20.00 = 81.90
        List<String> rows = driver.findElements(By.xpath("//main//table//tbody/tr[th[normalize-space(.)='生活垃圾处理费收运费用返还资金']]"))
                .stream().map(WebElement::getText).toList();
        assertThat(rows).hasSize(3);
        assertThat(String.join("\n", rows)).contains("31.00").contains("30.90").contains("20.00");
        assertThat(driver.findElement(By.xpath("//main//table//tr[th[normalize-space(.)='项目合计']]")).getText()).contains("81.90");
        // the breadcrumbs lead back up, each level a link
        String crumbs = find("nav.crumbs").getText();
        assertThat(crumbs).contains("支出去向").contains("212 城乡社区支出").contains("21205 城乡社区环境卫生")
                .endsWith("2120501 城乡社区环境卫生");
        driver.findElement(By.xpath("//nav[@class='crumbs']//a[normalize-space(.)='212 城乡社区支出']")).click();
        settle();
        assertThat(path()).isEqualTo(MONEY + "/212");
    }

    @Test
    void aVisitorComparesTwoYearsOfTheDepartmentAndTheRegionsDepartments() {
        width(WIDE);
        open("/140171/608");
        link("各年度支出比较（按科目）").click();
        settle();
        assertThat(path()).isEqualTo("/140171/608/比较");
        // 201: 12.50 (2025, by hand) → 15.00 (2026, 表三): +2.50, 2.50 ÷ 12.50 = +20.00%
        List<String> row201 = cells("201 一般公共服务支出");
        assertThat(row201).containsExactly("201 一般公共服务支出", "12.50", "15.00", "+2.50", "+20.00%");
        // 231 债务还本支出 has no 2025 figure: shown as missing, never 0
        assertThat(cells("231 债务还本支出")).containsExactly("231 债务还本支出", "—", "76.80", "—", "新增");
        assertThat(driver.findElements(By.cssSelector("figure.chart svg"))).isNotEmpty();

        open("/140171?year=2026");
        link("2026年各部门支出比较（按类）").click();
        settle();
        assertThat(path()).isEqualTo("/140171/比较?year=2026");
        // the only published department of 示范区: its 表三 total 48,966.85 and 100.00% of the region
        assertThat(cells(DEPT)).startsWith(DEPT, "48,966.85", "100.00%", "15.00", "48,875.05", "76.80");
    }

    /** The texts of the cells of the table row whose header is this text. */
    private List<String> cells(String header) {
        WebElement row = driver.findElement(By.xpath("//main//table//tr[th[normalize-space(.)=\"" + header + "\"]]"));
        return row.findElements(By.xpath("./th|./td")).stream().map(e -> e.getText().strip()).toList();
    }

    @Test
    void aVisitorDownloadsThePdfWithTheDepartmentsNameInItsText() throws Exception {
        width(WIDE);
        open(PAGE);
        try (Stream<Path> old = Files.list(downloads)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        link("PDF 文件").click();
        Path pdf = new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(10);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains(DEPT).contains("城乡社区环境卫生");
        }
    }

    @Test
    void aVisitorCannotReachADraft() {
        width(WIDE);
        // version 3 is a draft: its address is the portal's 404 page
        open(PAGE + "/v3");
        assertNotFoundPage();
        open(PAGE + "/v3/支出");
        assertNotFoundPage();
        // 平城区教育局's only version is a draft: its current address is the 404 page
        open("/140200/7101/2026/预算/部门");
        assertNotFoundPage();
        // the draft's renamed project is not found; the published versions' name is, and their page has no trace of the draft
        open("/search?q=" + DRAFT_WORD);
        assertThat(find("#results-h").getText()).isEqualTo("没有找到“" + DRAFT_WORD + "”");
        assertThat(driver.findElements(By.cssSelector("ol.hits li"))).isEmpty();
        open(PAGE);
        assertThat(find("main").getText()).doesNotContain("鲲鹏测绘专项").contains("临时人员工资");
    }

    private void assertNotFoundPage() {
        assertThat(driver.getTitle()).startsWith("页面不存在");
        assertThat(find("main h1").getText()).isEqualTo("页面不存在");
        assertThat((String) js("return document.documentElement.lang")).isEqualTo("zh-CN");
    }

    @Test
    void everyPageTypeHasNoSeriousOrCriticalAxeViolationAtEitherWidth() throws Exception {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("region", "/140171?year=2026");
        pages.put("region-parent", "/140100");
        pages.put("department", "/140171/608");
        pages.put("disclosure", PAGE);
        pages.put("disclosure-v1", PAGE + "/v1");
        pages.put("money", MONEY);
        pages.put("money-class", MONEY + "/212");
        pages.put("money-section", MONEY + "/21205");
        pages.put("money-item", MONEY + "/2120501");
        pages.put("compare-department", "/140171/608/比较");
        pages.put("compare-department-class", "/140171/608/比较/212");
        pages.put("compare-region", "/140171/比较?year=2026");
        pages.put("search", "/search?q=三公");
        pages.put("search-none", "/search?q=" + DRAFT_WORD);
        pages.put("search-empty", "/search");
        pages.put("login", "/login");
        pages.put("404", "/140171/nope");
        List<String> problems = new ArrayList<>();
        for (int w : new int[] {WIDE, NARROW}) {
            width(w);
            for (Map.Entry<String, String> p : pages.entrySet()) {
                open(p.getValue());
                look(p.getKey(), problems);
            }
            // 403: the login form sent without its CSRF token
            open("/login");
            js("document.querySelector('input[name=_csrf]').remove()");
            find("input[name=username]").sendKeys("ed");
            find("input[name=password]").sendKeys("wrong", Keys.ENTER);
            settle();
            assertThat(find("main h1").getText()).isEqualTo("无权访问");
            look("403", problems);
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** axe-core on the page, a screenshot, and on a phone no sideways scrolling of the page. */
    private void look(String name, List<String> problems) throws Exception {
        problems.addAll(axe());
        screenshot(name);
        if (pageScrollsSideways()) {
            problems.add(path() + " @" + js("return window.innerWidth") + "px: the page scrolls sideways (scrollWidth "
                    + js("return document.documentElement.scrollWidth") + ")");
        }
    }

    @Test
    void everyFunctionIsReachableByKeyboard() {
        width(WIDE);
        open(PAGE);
        List<WebElement> order = tab(400, e -> String.valueOf(e.getAttribute("href")).endsWith("/%E6%AF%94%E8%BE%83"));
        // the first stop is the skip link, shown when focused
        assertThat(order.get(0).getAttribute("class")).isEqualTo("skip");
        assertThat(order.get(0).getAttribute("textContent")).isEqualTo("跳到正文");
        List<String> hrefs = order.stream().map(e -> String.valueOf(e.getAttribute("href"))).toList();
        List<String> ids = order.stream().map(e -> String.valueOf(e.getAttribute("id"))).toList();
        assertThat(ids).contains("site-q");
        for (String f : new String[] {"pdf", "xlsx", "csv", "json"}) {
            assertThat(hrefs).as(f).anyMatch(h -> h.endsWith("/api/disclosures/" + id + "/versions/2/files/" + f));
        }
        assertThat(hrefs).anyMatch(h -> h.endsWith("/%E6%94%AF%E5%87%BA")).anyMatch(h -> h.endsWith("/%E6%AF%94%E8%BE%83"));

        // the skip link moves to the content
        open(PAGE);
        tab(1, e -> false);
        assertThat((Boolean) js("var r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.left >= 0 && r.width > 0"))
                .as("the skip link is visible when focused").isTrue();
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(driver.getCurrentUrl()).endsWith("#main");

        // the 目录's list of 绩效目标表 opens with Enter and its entries are links
        open(PAGE);
        tab(600, e -> "SUMMARY".equalsIgnoreCase(e.getTagName()));
        assertThat(activeTag()).isEqualTo("summary");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat((Boolean) js("return document.activeElement.parentElement.open")).isTrue();
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("临时人员工资");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(driver.getCurrentUrl()).endsWith("#form-1");

        // the search box in the header: Enter submits
        open("/140171/608");
        tab(40, e -> "site-q".equals(e.getAttribute("id")));
        new Actions(driver).sendKeys("三公").sendKeys(Keys.ENTER).perform();
        settle();
        assertThat(path()).isEqualTo("/search?q=三公");
        // a result is a link reached by Tab and followed by Enter
        tab(60, e -> e.getAttribute("href") != null && e.getAttribute("href").contains("#section-7"));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        settle();
        assertThat(path()).isEqualTo(PAGE + "#section-7");

        // where the money goes: each level's rows are links
        open(MONEY);
        tab(60, e -> "212 城乡社区支出".equals(e.getText()) && e.findElements(By.xpath("ancestor::table")).size() == 1);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        settle();
        assertThat(path()).isEqualTo(MONEY + "/212");
    }

    /**
     * Presses Tab up to {@code max} times from the current focus, or until the focused element
     * matches; the elements focused in order. Each focused element shows that it is (an outline).
     */
    private List<WebElement> tab(int max, java.util.function.Predicate<WebElement> until) {
        List<WebElement> seen = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement e = driver.switchTo().activeElement();
            if (!seen.isEmpty() && e.equals(seen.get(seen.size() - 1)) || "body".equalsIgnoreCase(e.getTagName())) {
                break;
            }
            seen.add(e);
            String outline = (String) js("var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth", e);
            assertThat(outline).as("focus shown on " + e.getTagName() + " " + e.getText()).doesNotStartWith("none").doesNotEndWith(" 0px");
            if (until.test(e)) {
                return seen;
            }
        }
        return seen;
    }

    private String activeTag() {
        return driver.switchTo().activeElement().getTagName().toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void onAPhoneWideTablesScrollInTheirBoxWithTheFirstColumnFixedAndAHint() throws Exception {
        width(NARROW);
        List<String> problems = new ArrayList<>();
        int wide = 0;
        for (String p : List.of(PAGE, MONEY, MONEY + "/2120501", "/140171/608/比较", "/140171/比较?year=2026", "/140171?year=2026")) {
            open(p);
            if (pageScrollsSideways()) {
                problems.add(p + ": the page scrolls sideways");
            }
            @SuppressWarnings("unchecked")
            List<Object> found = (List<Object>) js(WIDE_BOXES);
            wide += ((Number) found.get(0)).intValue();
            for (Object o : found.subList(1, found.size())) {
                problems.add(p + ": " + o);
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
        // the reference's budget tables are wider than a phone
        assertThat(wide).isGreaterThan(5);
        // the department and unit line of 表一 stands above its box
        open(PAGE);
        WebElement meta = driver.findElement(By.xpath("//section[@id='table-T1']//div[@class='table-meta-line']"));
        assertThat(meta.getText()).contains("部门名称：" + DEPT).contains("单位：万元");
        // what a reader sees there: 表一 and the first 绩效目标表, scrolled sideways
        for (String at : List.of("table-T1", "table-T3", "form-1")) {
            js("document.getElementById(arguments[0]).scrollIntoView()", at);
            screenshotOfWindow("disclosure-" + at);
            js("document.getElementById(arguments[0]).querySelector('.table-wrap').scrollLeft = 240", at);
            screenshotOfWindow("disclosure-" + at + "-scrolled");
        }
    }

    /**
     * For every box in {@code <main>} whose table is wider than it: [count, problems…] — the box
     * scrolls (overflow-x), a visible hint comes just before it, the first cell of each body row is
     * sticky and stays at the box's left edge when the box is scrolled.
     */
    private static final String WIDE_BOXES = """
            var out = [0];
            // where a cell starts in its table, at the box's scroll position 0
            function x(cell) { return cell.getBoundingClientRect().left - cell.closest('table').getBoundingClientRect().left; }
            document.querySelectorAll('main .table-wrap, main .wrap').forEach(function (box) {
              if (box.scrollWidth <= box.clientWidth + 1) { return; }
              out[0]++;
              var t = box.querySelector('table');
              var name = (t && (t.id || (t.caption && t.caption.textContent) || t.className)) || box.className;
              if (!/(auto|scroll)/.test(getComputedStyle(box).overflowX)) { out.push(name + ': the box does not scroll'); }
              var hint = null;
              for (var s = box.previousElementSibling, k = 0; s && k < 3; s = s.previousElementSibling, k++) {
                if (s.classList.contains('scroll-hint')) { hint = s; break; }
              }
              if (!hint || hint.offsetHeight === 0 || getComputedStyle(hint).visibility === 'hidden') {
                out.push(name + ': no visible hint that more columns lie to the right');
              }
              // the cells of the first column: a row's first cell at the table's left edge (a row that goes on
              // under a cell spanning rows starts further right)
              var rows = box.querySelectorAll('tbody tr');
              for (var i = 0, n = 0; i < rows.length && n < 6; i++) {
                var cell = rows[i].firstElementChild;
                if (!cell || x(cell) > 1 || cell.offsetWidth >= box.scrollWidth - 4) { continue; } // a row of one cell: no column
                n++;
                if (getComputedStyle(cell).position !== 'sticky') { out.push(name + ': row ' + i + ' first cell not sticky'); continue; }
                var before = box.scrollLeft;
                box.scrollLeft = box.scrollWidth;
                var moved = cell.getBoundingClientRect().left - box.getBoundingClientRect().left - box.clientLeft;
                box.scrollLeft = before;
                if (Math.abs(moved) > 1.5) { out.push(name + ': row ' + i + ' first cell moves by ' + moved + 'px'); }
              }
              if (n === 0) { out.push(name + ': no row starts at the left edge'); }
              // the header: the heading of the first column alone stays above it, none spanning more columns sticks
              var heads = box.querySelectorAll('thead th');
              var before = box.scrollLeft, stays = 0, first = 0, start = [];
              box.scrollLeft = 0;
              for (var j = 0; j < heads.length; j++) { start.push(x(heads[j])); }
              box.scrollLeft = box.scrollWidth;
              for (var j = 0; j < heads.length; j++) {
                var th = heads[j];
                var left = th.getBoundingClientRect().left - box.getBoundingClientRect().left - box.clientLeft;
                var inFirst = start[j] <= 1 && th.colSpan === 1;
                if (inFirst) { first++; if (Math.abs(left) <= 1.5) { stays++; } }
                if (!inFirst && getComputedStyle(th).position === 'sticky') {
                  out.push(name + ': the heading ' + th.textContent + ' sticks at the left but is not that of the first column');
                }
              }
              box.scrollLeft = before;
              if (first > 0 && stays < first) { out.push(name + ': the heading of the first column scrolls away'); }
            });
            return out;
            """;
}
