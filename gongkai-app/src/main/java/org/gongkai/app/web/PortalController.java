package org.gongkai.app.web;

import static org.gongkai.app.web.PortalPage.esc;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.app.store.AggregateQuery;
import org.gongkai.app.store.AggregateResult;
import org.gongkai.app.store.BudgetLines;
import org.gongkai.app.store.Caller;
import org.gongkai.app.store.Department;
import org.gongkai.app.store.Dimension;
import org.gongkai.app.store.Directory;
import org.gongkai.app.store.DisclosureFilter;
import org.gongkai.app.store.DisclosureInfo;
import org.gongkai.app.store.Disclosures;
import org.gongkai.app.store.Publications;
import org.gongkai.app.store.Region;
import org.gongkai.app.store.StoreException;
import org.gongkai.app.store.StoreSettings;
import org.gongkai.app.store.VersionDocument;
import org.gongkai.app.store.VersionInfo;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public portal (公众): home, region, department and disclosure pages, server-rendered in the
 * {@link PortalPage} frame. Everyone sees what the public sees — current published versions and,
 * by {@code /v{n}}, earlier published ones; any other address (a draft's included) is the portal's
 * 404 page. A published disclosure's page carries an ETag; a version's page never changes (it
 * shows that version only) and is cached for a year, the current address (which a correction
 * moves on, and which shows the version history) for ten minutes.
 */
@RestController
class PortalController extends PortalErrors {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    /** A path segment of the portal: not the API's nor the assets' root, no dot (files such as /favicon.ico). */
    private static final String SEG = "(?!api$|assets$)[^.]+";
    private static final int LATEST = 12;

    private final Directory directory;
    private final Disclosures disclosures;
    private final Publications publications;
    private final BudgetLines budgetLines;
    private final RenderedFiles files;
    private final Clock clock;
    private final StoreSettings settings;
    /** Rendered disclosure pages by version (a version's content never changes). */
    private final Map<String, byte[]> pages = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > 64;
        }
    });
    private final Map<String, String> etags = new ConcurrentHashMap<>();

    PortalController(Directory directory, Disclosures disclosures, Publications publications, BudgetLines budgetLines,
            RenderedFiles files, Clock clock, StoreSettings settings) {
        this.directory = directory;
        this.disclosures = disclosures;
        this.publications = publications;
        this.budgetLines = budgetLines;
        this.files = files;
        this.clock = clock;
        this.settings = settings;
    }

    // ---- home

    @GetMapping(value = "/", produces = "text/html")
    ResponseEntity<String> home() {
        List<Region> regions = directory.regions();
        StringBuilder b = new StringBuilder();
        b.append("<h1>部门预决算公开</h1>")
                .append("<p class=\"lead\">按地区查找部门，阅读、下载各部门公开的预算和决算文件及其数据。</p>");
        SearchController.form(b, "", "home-q", "检索已公开文件");
        b.append("<div class=\"columns\"><section class=\"box\" aria-labelledby=\"regions-h\"><h2 id=\"regions-h\">地区</h2>");
        Set<String> codes = new HashSet<>();
        regions.forEach(r -> codes.add(r.code()));
        List<Region> roots = regions.stream().filter(r -> r.parent() == null || !codes.contains(r.parent())).toList();
        if (roots.isEmpty()) {
            b.append("<p>尚未设立地区。</p>");
        } else {
            b.append("<ul class=\"tree\">");
            for (Region r : roots) {
                tree(b, r, regions, 0);
            }
            b.append("</ul>");
        }
        b.append("</section><section class=\"box\" aria-labelledby=\"latest-h\"><h2 id=\"latest-h\">最新公开</h2>");
        List<Publications.Publication> latest = publications.latest(LATEST);
        if (latest.isEmpty()) {
            b.append("<p>尚无已公开的文件。</p>");
        } else {
            b.append("<ul class=\"latest\">");
            for (Publications.Publication p : latest) {
                b.append("<li><a href=\"").append(esc(PortalPaths.disclosure(p.region(), p.department(), p.fiscalYear(), p.phase(), p.kind())))
                        .append("\">").append(esc(p.departmentName())).append(" ").append(p.fiscalYear()).append("年")
                        .append(esc(kindTitle(p.phase(), p.kind()))).append("</a><span class=\"meta\">")
                        .append(esc(p.regionName()));
                if (p.publishedDate() != null) {
                    b.append(" · ").append(date(p.publishedDate())).append("公开");
                }
                if (p.version() > 1) {
                    b.append(" · 第").append(p.version()).append("版");
                }
                b.append("</span></li>");
            }
            b.append("</ul>");
        }
        b.append("</section></div>");
        return ok(new PortalPage("首页").withoutSearchBox().render(b.toString()));
    }

    private void tree(StringBuilder b, Region r, List<Region> all, int depth) {
        b.append("<li><a href=\"").append(esc(PortalPaths.region(r.code()))).append("\">").append(esc(r.name())).append("</a>");
        List<Region> children = all.stream().filter(c -> r.code().equals(c.parent())).toList();
        if (!children.isEmpty() && depth < 8) {
            b.append("<ul>");
            for (Region c : children) {
                tree(b, c, all, depth + 1);
            }
            b.append("</ul>");
        }
        b.append("</li>");
    }

    // ---- region

    @GetMapping(value = "/{region:" + SEG + "}", produces = "text/html")
    ResponseEntity<String> region(@PathVariable String region, @RequestParam(required = false) String year) {
        Region r = directory.region(region).orElseThrow(() -> new StoreException.NotFound("没有这个地区：" + region));
        List<Region> all = directory.regions();
        List<String> within = Directory.within(r.code(), all);
        List<DisclosureInfo> published = new ArrayList<>();
        for (String code : within) {
            published.addAll(disclosures.list(Caller.anonymous(), new DisclosureFilter(code, null, null, null)));
        }
        TreeSet<Integer> years = new TreeSet<>();
        published.forEach(d -> years.add(d.fiscalYear()));
        int thisYear = LocalDate.now(clock.withZone(settings.zone())).getYear();
        int shown = parseYear(year).orElse(years.isEmpty() ? thisYear : years.contains(thisYear) ? thisYear : years.last());
        years.add(shown);

        PortalPage page = new PortalPage(r.name());
        ancestors(page, r, all, false);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(r.name())).append("</h1>");
        List<Region> children = all.stream().filter(c -> r.code().equals(c.parent())).toList();
        if (!children.isEmpty()) {
            b.append("<nav class=\"subregions\" aria-label=\"下级地区\"><h2>下级地区</h2><ul class=\"inline\">");
            for (Region c : children) {
                b.append("<li><a href=\"").append(esc(PortalPaths.region(c.code()))).append("\">").append(esc(c.name())).append("</a></li>");
            }
            b.append("</ul></nav>");
        }
        b.append("<nav class=\"years\" aria-label=\"年度\"><span>年度：</span><ul class=\"inline\">");
        for (int y : years.descendingSet()) {
            if (y == shown) {
                b.append("<li><strong aria-current=\"true\">").append(y).append("年</strong></li>");
            } else {
                b.append("<li><a href=\"").append(esc(PortalPaths.region(r.code()))).append("?year=").append(y).append("\">")
                        .append(y).append("年</a></li>");
            }
        }
        b.append("</ul></nav>");

        // departments with this year's status
        b.append("<section aria-labelledby=\"depts-h\"><h2 id=\"depts-h\">").append(shown).append("年各部门公开情况</h2>");
        List<Department> depts = directory.departments(r.code());
        if (depts.isEmpty()) {
            b.append("<p>本地区尚无部门").append(children.isEmpty() ? "。" : "，请从下级地区查看。").append("</p>");
        } else {
            b.append("<div class=\"wrap\"><table class=\"list\"><thead><tr><th scope=\"col\">部门</th><th scope=\"col\">预算</th>")
                    .append("<th scope=\"col\">决算</th></tr></thead><tbody>");
            for (Department d : depts) {
                b.append("<tr><th scope=\"row\"><a href=\"").append(esc(PortalPaths.department(r.code(), d.code()))).append("\">")
                        .append(esc(d.name())).append("</a></th>");
                for (String phase : List.of("budget", "final-account")) {
                    List<DisclosureInfo> of = published.stream().filter(x -> x.department().equals(d.code()) && x.fiscalYear() == shown
                            && x.region().equals(r.code()) && x.phase().equals(phase)).toList();
                    b.append("<td>");
                    if (of.isEmpty()) {
                        b.append("<span class=\"status none\">未公开</span>");
                    } else {
                        for (DisclosureInfo x : of) {
                            b.append("<a class=\"status done\" href=\"").append(esc(link(x))).append("\">已公开")
                                    .append(of.size() > 1 ? "（" + esc(PortalPaths.kindWord(x.kind())) + "）" : "")
                                    .append(x.publishedVersion() > 1 ? "（第" + x.publishedVersion() + "版）" : "").append("</a> ");
                        }
                    }
                    b.append("</td>");
                }
                b.append("</tr>");
            }
            b.append("</tbody></table></div>");
            b.append("<p class=\"see-also\"><a href=\"").append(esc(PortalPlaces.regionCompare(r.code()))).append("?year=").append(shown)
                    .append("\">").append(shown).append("年各部门支出比较（按类）</a></p>");
        }
        b.append("</section>");

        // totals by 功能分类 类
        AggregateResult totals = budgetLines.query(new AggregateQuery(List.of(Dimension.FUNCTION_CLASS),
                Map.of(Dimension.YEAR, Set.of(Integer.toString(shown)), Dimension.REGION, new LinkedHashSet<>(within)),
                AggregateQuery.AmountUnit.WAN, List.of(), 1, 1000));
        b.append("<section aria-labelledby=\"totals-h\"><h2 id=\"totals-h\">").append(shown)
                .append("年支出按功能分类（类）汇总</h2>");
        if (totals.cells().isEmpty()) {
            b.append("<p>").append(shown).append("年尚无已公开的预算数据。</p>");
        } else {
            b.append("<p class=\"note\">").append(esc(r.name())).append(children.isEmpty() ? "" : "及下级地区")
                    .append("各部门已公开预算的支出合计（本年与上年结转，各类资金）。</p>");
            b.append("<div class=\"table-meta-line\"><span class=\"meta-dept\">地区：").append(esc(r.name()))
                    .append("</span><span class=\"meta-unit\">单位：万元</span></div>");
            b.append("<div class=\"wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"totals-h\"><table class=\"list totals\"><thead><tr><th scope=\"col\" class=\"code\">科目编码</th><th scope=\"col\">科目名称</th>")
                    .append("<th scope=\"col\" class=\"num\">金额</th><th scope=\"col\" class=\"num\">占比</th></tr></thead><tbody>");
            for (AggregateResult.Cell c : totals.cells()) {
                AggregateResult.Member m = c.members().get(Dimension.FUNCTION_CLASS.key());
                b.append("<tr><td class=\"code\">").append(esc(m.code())).append("</td><th scope=\"row\">").append(esc(m.name()))
                        .append("</th><td class=\"num\">").append(money(c.amount())).append("</td><td class=\"num\">")
                        .append(share(c.amount(), totals.total())).append("</td></tr>");
            }
            b.append("</tbody><tfoot><tr><td></td><th scope=\"row\">合计</th><td class=\"num\">").append(money(totals.total()))
                    .append("</td><td class=\"num\">100.00%</td></tr></tfoot></table></div>");
            String cut = "year:" + shown + "|region:" + String.join(",", within);
            b.append("<p class=\"downloads\"><a href=\"/api/aggregate?drilldown=department,functionClass,functionSection,functionItem,fundSource,expenditureKind&amp;cut=")
                    .append(esc(PortalPaths.query(cut))).append("&amp;unit=yuan&amp;pagesize=10000&amp;format=csv\" download>下载")
                    .append(shown).append("年已公开的预算支出明细（CSV，UTF-8，元）</a></p>");
            b.append("<p class=\"downloads\">开放数据：<a href=\"").append(esc(OpenDataController.href(r.code(), shown, false)))
                    .append("\" download>预算支出明细（CSV，含公开文件阶段与资金年度）</a> · <a href=\"")
                    .append(esc(OpenDataController.href(r.code(), shown, true)))
                    .append("\">数据包说明（Fiscal Data Package，datapackage.json）</a></p>");
        }
        b.append("</section>");
        return ok(page.render(b.toString()));
    }

    /** The breadcrumbs of the region's ancestors and (linked or not) the region. */
    private static void ancestors(PortalPage page, Region r, List<Region> all, boolean linkSelf) {
        List<Region> chain = new ArrayList<>();
        Region c = r;
        for (int i = 0; c != null && i < 16; i++) {
            chain.add(0, c);
            String parent = c.parent();
            c = parent == null ? null : all.stream().filter(x -> x.code().equals(parent)).findFirst().orElse(null);
        }
        for (Region x : chain) {
            page.crumb(x.name(), x == r && !linkSelf ? null : PortalPaths.region(x.code()));
        }
    }

    // ---- department

    @GetMapping(value = "/{region:" + SEG + "}/{department:" + SEG + "}", produces = "text/html")
    ResponseEntity<String> department(@PathVariable String region, @PathVariable String department) {
        Region r = directory.region(region).orElseThrow(() -> new StoreException.NotFound("没有这个地区：" + region));
        Department d = directory.department(department).filter(x -> x.region().equals(r.code()))
                .orElseThrow(() -> new StoreException.NotFound("本地区没有这个部门：" + department));
        PortalPage page = new PortalPage(d.name());
        ancestors(page, r, directory.regions(), true);
        page.crumb(d.name(), null);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(d.name())).append("</h1><p class=\"lead\">").append(esc(r.name())).append(" · ")
                .append(esc(d.kind().label())).append("</p>");
        List<DisclosureInfo> list = disclosures.list(Caller.anonymous(), new DisclosureFilter(r.code(), d.code(), null, null));
        b.append("<section aria-labelledby=\"years-h\"><h2 id=\"years-h\">各年度公开文件</h2>");
        if (list.isEmpty()) {
            b.append("<p>本部门尚无已公开的文件。</p>");
        } else {
            b.append("<div class=\"wrap\"><table class=\"list\"><thead><tr><th scope=\"col\">年度</th><th scope=\"col\">文件</th>")
                    .append("<th scope=\"col\">版本</th></tr></thead><tbody>");
            for (DisclosureInfo x : list) {
                b.append("<tr><th scope=\"row\">").append(x.fiscalYear()).append("年</th><td><a href=\"").append(esc(link(x))).append("\">")
                        .append(x.fiscalYear()).append("年").append(esc(kindTitle(x.phase(), x.kind()))).append("</a></td><td>第")
                        .append(x.publishedVersion()).append("版").append(x.publishedVersion() > 1 ? "（含更正）" : "").append("</td></tr>");
            }
            b.append("</tbody></table></div>");
            b.append("<p class=\"see-also\"><a href=\"").append(esc(PortalPlaces.compare(r.code(), d.code(), "")))
                    .append("\">各年度支出比较（按科目）</a></p>");
        }
        b.append("</section>");
        return ok(page.render(b.toString()));
    }

    // ---- disclosure

    @GetMapping(value = "/{region:" + SEG + "}/{department:" + SEG + "}/{year:\\d{4}}/{phase}/{kind}", produces = "text/html")
    ResponseEntity<byte[]> disclosure(@PathVariable String region, @PathVariable String department, @PathVariable int year,
            @PathVariable String phase, @PathVariable String kind, HttpServletRequest request) {
        long id = find(region, department, year, phase, kind);
        VersionDocument doc = disclosures.published(id);
        return page(doc, false, request);
    }

    @GetMapping(value = "/{region:" + SEG + "}/{department:" + SEG + "}/{year:\\d{4}}/{phase}/{kind}/v{number:\\d{1,6}}",
            produces = "text/html")
    ResponseEntity<byte[]> version(@PathVariable String region, @PathVariable String department, @PathVariable int year,
            @PathVariable String phase, @PathVariable String kind, @PathVariable int number, HttpServletRequest request) {
        long id = find(region, department, year, phase, kind);
        VersionDocument doc = disclosures.document(Caller.anonymous(), id, number);
        return page(doc, true, request);
    }

    private long find(String region, String department, int year, String phase, String kind) {
        String p = PortalPaths.phaseCode(phase).orElseThrow(() -> new StoreException.NotFound("没有这种公开文件：" + phase));
        String k = PortalPaths.kindCode(kind).orElseThrow(() -> new StoreException.NotFound("没有这种公开文件：" + kind));
        return publications.find(region, department, year, p, k)
                .orElseThrow(() -> new StoreException.NotFound("没有这份公开文件"));
    }

    private ResponseEntity<byte[]> page(VersionDocument doc, boolean pinned, HttpServletRequest request) {
        // a version's page shows that version only (it never changes); the current address also its history
        List<VersionInfo> versions = pinned ? List.of() : disclosures.versions(Caller.anonymous(), doc.disclosure().id());
        StringBuilder key = new StringBuilder().append(doc.disclosure().id()).append('-').append(doc.version().number()).append('-')
                .append(doc.version().fileSha256()).append(pinned ? "-v" : "");
        versions.forEach(o -> key.append('|').append(o.number()).append(o.superseded() ? 's' : 'c'));
        byte[] body = pages.get(key.toString());
        if (body == null) {
            body = render(doc, pinned, versions).getBytes(StandardCharsets.UTF_8);
            pages.put(key.toString(), body);
        }
        byte[] b = body;
        String etag = etags.computeIfAbsent(key.toString(), k -> "\"" + org.gongkai.app.store.Hashes.sha256(b).substring(0, 32) + "\"");
        CacheControl cache = pinned ? CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable()
                : CacheControl.maxAge(java.time.Duration.ofMinutes(10)).cachePublic();
        String inm = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (inm != null && (inm.contains(etag) || inm.contains("W/" + etag))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(HTML).eTag(etag).cacheControl(cache).body(body);
    }

    private String render(VersionDocument doc, boolean pinned, List<VersionInfo> versions) {
        DisclosureInfo x = doc.disclosure();
        VersionInfo v = doc.version();
        DocumentView view = DocumentView.of(new String(files.get(doc, RenderedFiles.Format.HTML), StandardCharsets.UTF_8));
        String title = x.fiscalYear() + "年" + kindTitle(x.phase(), x.kind());
        PortalPage page = new PortalPage(x.departmentName() + " " + title + (pinned ? "（第" + v.number() + "版）" : ""))
                .head("<style>" + view.css() + "</style>").bodyClass("disclosure-page");
        Region r = directory.region(x.region()).orElse(new Region(x.region(), x.regionName(), null));
        ancestors(page, r, directory.regions(), true);
        page.crumb(x.departmentName(), PortalPaths.department(x.region(), x.department()));
        page.crumb(title + (pinned ? "（第" + v.number() + "版）" : ""), null);

        StringBuilder b = new StringBuilder();
        b.append("<div class=\"doc-head\"><h1>").append(esc(x.departmentName())).append("<span class=\"sub\">").append(esc(title))
                .append("</span></h1><p class=\"lead\">").append(esc(x.regionName())).append(" · 第").append(v.number()).append("版");
        if (v.publishedDate() != null) {
            b.append(" · ").append(date(v.publishedDate())).append("公开");
        }
        b.append("</p>");
        if (pinned) {
            b.append("<p class=\"notice\" role=\"note\">这是本文件第").append(v.number()).append("版的固定地址，内容不再改变；")
                    .append("若有更正，以<a href=\"").append(esc(link(x))).append("\">本文件的现行版本</a>为准。</p>");
        }
        String api = "/api/disclosures/" + x.id() + "/versions/" + v.number() + "/files/";
        b.append("<section class=\"box downloads\" id=\"downloads\" aria-labelledby=\"downloads-h\"><h2 id=\"downloads-h\">下载</h2><ul>")
                .append("<li><a href=\"").append(api).append("pdf\">PDF 文件</a></li>")
                .append("<li><a href=\"").append(api).append("xlsx\">Excel 表格（XLSX）</a></li>")
                .append("<li><a href=\"").append(api).append("csv\">报表数据（CSV，压缩包）</a></li>")
                .append("<li><a href=\"").append(api).append("json\">结构化数据（JSON）</a></li></ul></section>");
        b.append("<section class=\"box versions\" id=\"versions\" aria-labelledby=\"versions-h\"><h2 id=\"versions-h\">版本记录</h2><ol>");
        List<VersionInfo> shown = pinned ? List.of(v) : versions;
        for (int i = shown.size() - 1; i >= 0; i--) {
            VersionInfo o = shown.get(i);
            b.append("<li>");
            String label = "第" + o.number() + "版";
            if (o.number() == v.number()) {
                b.append("<strong>").append(label).append("</strong>");
            } else {
                b.append("<a href=\"").append(esc(PortalPaths.version(x.region(), x.department(), x.fiscalYear(), x.phase(), x.kind(), o.number())))
                        .append("\">").append(label).append("</a>");
            }
            if (o.publishedDate() != null) {
                b.append(" ").append(date(o.publishedDate())).append("公开");
            }
            if (!pinned) {
                b.append(o.superseded() ? "（已被更正）" : "（现行）");
            }
            if (o.publishReason() != null && !o.publishReason().isBlank()) {
                b.append("<br><span class=\"reason\">更正原因：").append(esc(o.publishReason())).append("</span>");
            }
            b.append("</li>");
        }
        if (pinned) {
            b.append("<li><a href=\"").append(esc(link(x))).append("\">全部版本记录</a></li>");
        }
        b.append("</ol></section>");
        String money = PortalPlaces.money(x.region(), x.department(), x.fiscalYear(), x.phase(), x.kind(), pinned ? v.number() : 0, "");
        b.append(PortalPlaces.disclosureLinks(money, PortalPlaces.compare(x.region(), x.department(), ""))).append("</div>");
        b.append("<article class=\"document\" aria-label=\"公开文件全文\">").append(PortalPlaces.moneyInToc(view.body(), money))
                .append("</article>");
        b.append("<p class=\"to-toc floating\"><a href=\"#toc\">↑ 目录</a></p>");
        return page.render(b.toString());
    }

    // ---- errors of these pages


    static ResponseEntity<String> error(HttpStatus status) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore()).body(errorPage(status));
    }

    /** The portal's page for an error status: 404, 403, 500 and the rest, no technical detail. */
    static String errorPage(HttpStatus status) {
        String title;
        String text;
        switch (status.value()) {
            case 404 -> {
                title = "页面不存在";
                text = "没有找到这个页面：地址可能有误，或者这份文件尚未公开。";
            }
            case 403 -> {
                title = "无权访问";
                text = "您没有访问这个页面的权限。工作人员请先登录。";
            }
            case 400 -> {
                title = "请求有误";
                text = "这个请求无法处理，请检查地址或参数。";
            }
            default -> {
                title = status.is5xxServerError() ? "服务器出错" : "无法完成请求";
                text = status.is5xxServerError() ? "服务器处理这个页面时出错，请稍后再试。问题已记录。" : "这个请求无法完成。";
            }
        }
        return new PortalPage(title).crumb(title, null).render("<div class=\"error\"><p class=\"status\">" + status.value()
                + "</p><h1>" + title + "</h1><p>" + text + "</p><p><a href=\"/\">返回首页</a></p></div>");
    }

    // ---- helpers

    private static String link(DisclosureInfo x) {
        return PortalPaths.disclosure(x.region(), x.department(), x.fiscalYear(), x.phase(), x.kind());
    }

    /** "部门预算", "单位决算". */
    static String kindTitle(String phase, String kind) {
        return PortalPaths.kindWord(kind) + PortalPaths.phaseWord(phase);
    }

    private static Optional<Integer> parseYear(String s) {
        if (s == null || !s.matches("\\d{4}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(s));
    }

    private static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String money(BigDecimal v) {
        return v == null ? "" : String.format(java.util.Locale.ROOT, "%,.2f", v);
    }

    private static String share(BigDecimal part, BigDecimal total) {
        if (part == null || total == null || total.signum() == 0) {
            return "";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(total, 2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static ResponseEntity<String> ok(String html) {
        return ResponseEntity.ok().contentType(HTML).body(html);
    }
}
