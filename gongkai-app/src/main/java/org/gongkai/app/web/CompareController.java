package org.gongkai.app.web;

import static org.gongkai.app.web.PortalPage.esc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gongkai.app.store.Caller;
import org.gongkai.app.store.Department;
import org.gongkai.app.store.Directory;
import org.gongkai.app.store.DisclosureFilter;
import org.gongkai.app.store.DisclosureInfo;
import org.gongkai.app.store.Disclosures;
import org.gongkai.app.store.Region;
import org.gongkai.app.store.StoreException;
import org.gongkai.core.model.MoneyUnit;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compare (比较): a department across years — {@code /{region}/{department}/比较} by 类, and
 * {@code …/比较/{code}} the codes under a 类 or 款 — with each year's amount, the change from the year
 * before and its rate (Δ ÷ 上年 × 100, of the figures as shown); and a region's departments side by
 * side for one year by 类 ({@code /{region}/比较?year=}). What a year or a department does not have is
 * shown as “—”, never as 0. The budget (预算) by default; {@code ?phase=决算} and {@code ?kind=单位}
 * choose another kind of disclosure. Published versions only, as the public sees them.
 */
@RestController
class CompareController extends PortalErrors {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final String SEG = "(?!api$|assets$|vendor$)[^.]+";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Directory directory;
    private final Disclosures disclosures;
    private final MoneyTrees trees;

    CompareController(Directory directory, Disclosures disclosures, MoneyTrees trees) {
        this.directory = directory;
        this.disclosures = disclosures;
        this.trees = trees;
    }

    /** A year's tree of one disclosure. */
    private record Year(int year, DisclosureInfo info, MoneyTree tree) {
    }

    // ---- a department across years

    @GetMapping(value = "/{region:" + SEG + "}/{department:" + SEG + "}/" + PortalPlaces.COMPARE, produces = "text/html")
    ResponseEntity<String> department(@PathVariable String region, @PathVariable String department,
            @RequestParam(required = false) String phase, @RequestParam(required = false) String kind) {
        return departmentPage(region, department, "", phase, kind);
    }

    @GetMapping(value = "/{region:" + SEG + "}/{department:" + SEG + "}/" + PortalPlaces.COMPARE + "/{code:\\d{3}|\\d{5}}",
            produces = "text/html")
    ResponseEntity<String> departmentCode(@PathVariable String region, @PathVariable String department, @PathVariable String code,
            @RequestParam(required = false) String phase, @RequestParam(required = false) String kind) {
        return departmentPage(region, department, code, phase, kind);
    }

    private ResponseEntity<String> departmentPage(String region, String department, String code, String phaseWord, String kindWord) {
        Region r = directory.region(region).orElseThrow(() -> new StoreException.NotFound("没有这个地区：" + region));
        Department d = directory.department(department).filter(x -> x.region().equals(r.code()))
                .orElseThrow(() -> new StoreException.NotFound("本地区没有这个部门：" + department));
        String phase = phaseWord == null || phaseWord.isBlank() ? "budget"
                : PortalPaths.phaseCode(phaseWord.trim()).orElseThrow(() -> new StoreException.NotFound("没有这种公开文件：" + phaseWord));
        List<DisclosureInfo> all = disclosures.list(Caller.anonymous(), new DisclosureFilter(r.code(), d.code(), null, null));
        String kind = kindWord == null || kindWord.isBlank() ? defaultKind(all, phase, d.kind().code())
                : PortalPaths.kindCode(kindWord.trim()).orElseThrow(() -> new StoreException.NotFound("没有这种公开文件：" + kindWord));
        List<Year> years = new ArrayList<>();
        for (DisclosureInfo x : all) {
            if (x.phase().equals(phase) && x.kind().equals(kind) && x.publishedVersion() != null) {
                years.add(new Year(x.fiscalYear(), x, trees.of(disclosures.published(x.id()))));
            }
        }
        years.sort(Comparator.comparingInt(Year::year));
        if (!code.isEmpty() && years.stream().noneMatch(y -> y.tree().node(code).isPresent())) {
            throw new StoreException.NotFound("各年度均无这一科目：" + code);
        }
        String query = query(phase, kind, d.kind().code());
        String what = PortalController.kindTitle(phase, kind);
        PortalPage page = new PortalPage(d.name() + " " + what + "各年度比较").head(Charts.HEAD).bodyClass("compare-page");
        PortalPlaces.regionCrumbs(page, directory, r.code(), r.name());
        page.crumb(d.name(), PortalPaths.department(r.code(), d.code()));
        page.crumb("各年度比较", code.isEmpty() ? null : PortalPlaces.compare(r.code(), d.code(), "") + query);
        MoneyUnit unit = years.isEmpty() ? MoneyUnit.WAN : years.get(years.size() - 1).tree().unit();
        if (code.length() == 5) {
            String cls = code.substring(0, 3);
            page.crumb(label(years, cls), PortalPlaces.compare(r.code(), d.code(), cls) + query);
        }
        if (!code.isEmpty()) {
            page.crumb(label(years, code), null);
        }

        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(d.name())).append("<span class=\"sub\">").append(esc(what)).append("各年度比较")
                .append(code.isEmpty() ? "" : "：" + esc(label(years, code))).append("</span></h1>");
        b.append("<p class=\"lead\">").append(esc(r.name())).append(" · 按支出功能分类科目比较各年度已公开").append(esc(what))
                .append("的支出（本年预算与上年结转，各类资金来源）：金额、比上年增减额与增减率。</p>");
        choices(b, all, phase, kind, r.code(), d.code(), code, d.kind().code());
        if (years.isEmpty()) {
            b.append("<p>本部门尚无已公开的").append(esc(what)).append("。</p>");
            return ok(page.render(b.toString()));
        }
        if (years.size() == 1) {
            b.append("<p class=\"notice\" role=\"note\">本部门只有").append(years.get(0).year()).append("年的").append(esc(what))
                    .append("已公开，还不能与其他年度比较。</p>");
        }

        // the rows: the codes one level below (类 at the top), over all years
        TreeMap<String, String> codes = new TreeMap<>();
        for (Year y : years) {
            Optional<MoneyTree.Node> n = y.tree().node(code);
            n.ifPresent(node -> node.children().forEach(c -> codes.putIfAbsent(c.code(), MoneyController.label(c))));
        }
        // later years' names first (names change with the catalogue)
        for (int i = years.size() - 1; i >= 0; i--) {
            for (String c : codes.keySet()) {
                Optional<MoneyTree.Node> n = years.get(i).tree().node(c);
                if (n.isPresent() && n.get().name() != null) {
                    codes.put(c, MoneyController.label(n.get()));
                }
            }
        }
        String level = code.isEmpty() ? "类" : MoneyController.levelWord(code.length() == 3 ? 2 : 3);
        String heading = (code.isEmpty() ? "按类" : label(years, code) + "：按" + level) + "比较";

        // the chart: each 科目 a group of bars, one per year
        List<String> categories = new ArrayList<>();
        codes.values().forEach(categories::add);
        List<String> series = new ArrayList<>();
        List<List<BigDecimal>> values = new ArrayList<>();
        for (Year y : years) {
            series.add(y.year() + "年");
            List<BigDecimal> v = new ArrayList<>();
            for (String c : codes.keySet()) {
                v.add(y.tree().node(c).map(n -> MoneyTree.inUnit(n.total(), unit)).orElse(null));
            }
            values.add(v);
        }
        StringBuilder summary = new StringBuilder();
        Year last = years.get(years.size() - 1);
        BigDecimal lastTotal = amount(last, code, unit);
        summary.append(last.year()).append("年").append(code.isEmpty() ? "支出合计" : label(years, code)).append(Charts.money(lastTotal))
                .append(unit.label());
        if (years.size() > 1) {
            Year prev = years.get(years.size() - 2);
            BigDecimal p = amount(prev, code, unit);
            summary.append("，").append(prev.year()).append("年").append(Charts.money(p)).append(unit.label());
            if (p != null && lastTotal != null) {
                summary.append("，增减").append(Charts.signed(lastTotal.subtract(p))).append(unit.label()).append("（")
                        .append(rate(lastTotal, p)).append("）");
            }
        }
        summary.append("。");
        ObjectNode chart = Charts.chart("bars", d.name() + "各年度支出" + (code.isEmpty() ? "（按类" : "：" + label(years, code) + "（按" + level)
                + "，" + unit.label() + "）", summary.toString(), unit.label());
        Charts.bars(chart, categories, series, values, false);

        b.append("<section aria-labelledby=\"cmp-h\"><h2 id=\"cmp-h\">").append(esc(heading)).append("</h2>");
        b.append(Charts.script("chart-compare", chart));
        meta(b, d.name(), unit);
        b.append("<div class=\"wrap\"><table class=\"list money compare\" id=\"compare\"><caption class=\"vh\">").append(esc(heading))
                .append("（单位：").append(esc(unit.label())).append("）</caption><thead><tr><th scope=\"col\">科目</th>");
        for (int i = 0; i < years.size(); i++) {
            Year y = years.get(i);
            b.append("<th scope=\"col\" class=\"num\"><a href=\"").append(esc(moneyLink(y, code))).append("\">").append(y.year())
                    .append("年</a></th>");
            if (i > 0) {
                b.append("<th scope=\"col\" class=\"num\">比").append(years.get(i - 1).year()).append("年增减</th>")
                        .append("<th scope=\"col\" class=\"num\">增减率</th>");
            }
        }
        b.append("</tr></thead><tbody>");
        for (Map.Entry<String, String> c : codes.entrySet()) {
            b.append("<tr><th scope=\"row\">");
            if (c.getKey().length() < 7) {
                b.append("<a href=\"").append(esc(PortalPlaces.compare(r.code(), d.code(), c.getKey()) + query)).append("\">")
                        .append(esc(c.getValue())).append("</a>");
            } else {
                b.append(esc(c.getValue()));
            }
            b.append("</th>");
            cells(b, years, c.getKey(), unit);
            b.append("</tr>");
        }
        b.append("</tbody><tfoot><tr><th scope=\"row\">").append(code.isEmpty() ? "合计" : esc(label(years, code)) + " 合计").append("</th>");
        cells(b, years, code, unit);
        b.append("</tr></tfoot></table></div>");
        b.append("<p class=\"note\">“—”：该年度没有这一科目的支出，或该年度没有已公开的文件。增减额与增减率按表中所示金额计算"
                + "（增减率 = 增减额 ÷ 上年金额 × 100%，保留两位小数）；上年没有的科目记为“新增”。</p>");
        b.append("</section>");
        return ok(page.render(b.toString()));
    }

    /** A row's cells: per year the amount, and from the second year on the change and rate. */
    private static void cells(StringBuilder b, List<Year> years, String code, MoneyUnit unit) {
        BigDecimal prev = null;
        for (int i = 0; i < years.size(); i++) {
            BigDecimal v = amount(years.get(i), code, unit);
            b.append(v == null ? "<td class=\"num missing\">" + Charts.MISSING + "</td>" : "<td class=\"num\">" + Charts.money(v) + "</td>");
            if (i > 0) {
                if (v == null || prev == null) {
                    b.append("<td class=\"num missing\">").append(Charts.MISSING).append("</td><td class=\"num").append(v != null ? "" : " missing")
                            .append("\">").append(v != null ? "新增" : Charts.MISSING).append("</td>");
                } else {
                    BigDecimal delta = v.subtract(prev);
                    String cls = delta.signum() > 0 ? " up" : delta.signum() < 0 ? " down" : "";
                    b.append("<td class=\"num").append(cls).append("\">").append(Charts.signed(delta)).append("</td><td class=\"num")
                            .append(cls).append("\">").append(rate(v, prev)).append("</td>");
                }
            }
            prev = v;
        }
    }

    /** The year's amount of the code ("" for the total) in the unit, as shown; null when the year has none. */
    private static BigDecimal amount(Year y, String code, MoneyUnit unit) {
        return y.tree().node(code).map(n -> MoneyTree.inUnit(n.total(), unit)).orElse(null);
    }

    /** (this − last) ÷ last × 100, half-up to two decimals; 新增 when last year had 0. */
    static String rate(BigDecimal now, BigDecimal before) {
        if (before.signum() == 0) {
            return now.signum() == 0 ? "0.00%" : "新增";
        }
        BigDecimal r = now.subtract(before).multiply(HUNDRED).divide(before, 2, RoundingMode.HALF_UP);
        return (r.signum() > 0 ? "+" : "") + r.toPlainString() + "%";
    }

    private static String label(List<Year> years, String code) {
        for (int i = years.size() - 1; i >= 0; i--) {
            Optional<MoneyTree.Node> n = years.get(i).tree().node(code);
            if (n.isPresent()) {
                return MoneyController.label(n.get());
            }
        }
        return code;
    }

    private static String moneyLink(Year y, String code) {
        DisclosureInfo x = y.info();
        return PortalPlaces.money(x.region(), x.department(), x.fiscalYear(), x.phase(), x.kind(), 0,
                y.tree().node(code).isPresent() ? code : "");
    }

    /** The kind the department's own kind names, else the one it has published. */
    private static String defaultKind(List<DisclosureInfo> all, String phase, String own) {
        if (all.stream().anyMatch(x -> x.phase().equals(phase) && x.kind().equals(own)) || all.isEmpty()) {
            return own;
        }
        return all.stream().filter(x -> x.phase().equals(phase)).map(DisclosureInfo::kind).findFirst().orElse(own);
    }

    /** The query of a non-default choice ("" for the budget of the department's own kind). */
    private static String query(String phase, String kind, String own) {
        StringBuilder q = new StringBuilder();
        if (!phase.equals("budget")) {
            q.append("?phase=").append(PortalPaths.query(PortalPaths.phaseWord(phase)));
        }
        if (!kind.equals(own)) {
            q.append(q.length() == 0 ? "?" : "&").append("kind=").append(PortalPaths.query(PortalPaths.kindWord(kind)));
        }
        return q.toString();
    }

    /** Links to the other kinds of disclosure the department has published. */
    private static void choices(StringBuilder b, List<DisclosureInfo> all, String phase, String kind, String region, String dept,
            String code, String own) {
        Map<String, String[]> kinds = new LinkedHashMap<>();
        for (DisclosureInfo x : all) {
            kinds.putIfAbsent(x.phase() + "|" + x.kind(), new String[] {x.phase(), x.kind()});
        }
        if (kinds.size() < 2) {
            return;
        }
        b.append("<nav class=\"choose\" aria-label=\"比较的文件\"><span>比较：</span><ul>");
        for (String[] k : kinds.values()) {
            String t = PortalController.kindTitle(k[0], k[1]);
            if (k[0].equals(phase) && k[1].equals(kind)) {
                b.append("<li><strong aria-current=\"true\">").append(esc(t)).append("</strong></li>");
            } else {
                b.append("<li><a href=\"").append(esc(PortalPlaces.compare(region, dept, code) + query(k[0], k[1], own)))
                        .append("\">").append(esc(t)).append("</a></li>");
            }
        }
        b.append("</ul></nav>");
    }

    // ---- a region's departments side by side

    @GetMapping(value = "/{region:" + SEG + "}/" + PortalPlaces.COMPARE, produces = "text/html")
    ResponseEntity<String> region(@PathVariable String region, @RequestParam(required = false) String year,
            @RequestParam(required = false) String phase) {
        Region r = directory.region(region).orElseThrow(() -> new StoreException.NotFound("没有这个地区：" + region));
        String ph = phase == null || phase.isBlank() ? "budget"
                : PortalPaths.phaseCode(phase.trim()).orElseThrow(() -> new StoreException.NotFound("没有这种公开文件：" + phase));
        List<Department> depts = directory.departments(r.code());
        List<DisclosureInfo> published = disclosures.list(Caller.anonymous(), new DisclosureFilter(r.code(), null, null, null)).stream()
                .filter(x -> x.phase().equals(ph) && x.publishedVersion() != null).toList();
        TreeSet<Integer> years = new TreeSet<>();
        published.forEach(x -> years.add(x.fiscalYear()));
        int shown = year != null && year.matches("\\d{4}") ? Integer.parseInt(year) : years.isEmpty() ? 0 : years.last();
        String what = PortalPaths.phaseWord(ph);

        PortalPage page = new PortalPage(r.name() + " 各部门" + what + "比较").head(Charts.HEAD).bodyClass("compare-page");
        PortalPlaces.regionCrumbs(page, directory, r.code(), r.name());
        page.crumb("各部门比较", null);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(r.name())).append("<span class=\"sub\">各部门").append(esc(what)).append("支出比较")
                .append(shown > 0 ? "（" + shown + "年）" : "").append("</span></h1>");
        b.append("<p class=\"lead\">本地区各部门已公开").append(esc(what))
                .append("的支出按功能分类（类）并列（本年预算与上年结转，各类资金来源）。下级地区的部门见各下级地区的比较页。</p>");
        if (!years.isEmpty()) {
            b.append("<nav class=\"years\" aria-label=\"年度\"><span>年度：</span><ul class=\"inline\">");
            for (int y : years.descendingSet()) {
                if (y == shown) {
                    b.append("<li><strong aria-current=\"true\">").append(y).append("年</strong></li>");
                } else {
                    b.append("<li><a href=\"").append(esc(PortalPlaces.regionCompare(r.code()))).append("?year=").append(y)
                            .append(ph.equals("budget") ? "" : "&amp;phase=" + esc(PortalPaths.query(what))).append("\">").append(y)
                            .append("年</a></li>");
                }
            }
            b.append("</ul></nav>");
        }
        if (depts.isEmpty() || shown == 0) {
            b.append("<p>").append(depts.isEmpty() ? "本地区尚无部门。" : "本地区各部门尚无已公开的" + esc(what) + "。").append("</p>");
            return ok(page.render(b.toString()));
        }

        // each department's disclosure of the year (its own kind first)
        Map<Department, Year> of = new LinkedHashMap<>();
        for (Department d : depts) {
            DisclosureInfo pick = published.stream().filter(x -> x.department().equals(d.code()) && x.fiscalYear() == shown)
                    .min(Comparator.comparing(x -> x.kind().equals(d.kind().code()) ? 0 : 1)).orElse(null);
            of.put(d, pick == null ? null : new Year(shown, pick, trees.of(disclosures.published(pick.id()))));
        }
        MoneyUnit unit = of.values().stream().filter(y -> y != null).map(y -> y.tree().unit()).findFirst().orElse(MoneyUnit.WAN);
        TreeMap<String, String> classes = new TreeMap<>();
        BigDecimal regionTotal = BigDecimal.ZERO;
        for (Year y : of.values()) {
            if (y != null) {
                y.tree().root().children().forEach(c -> classes.putIfAbsent(c.code(), MoneyController.label(c)));
                regionTotal = regionTotal.add(y.tree().root().total());
            }
        }

        List<String> categories = new ArrayList<>();
        List<List<BigDecimal>> values = new ArrayList<>();
        classes.keySet().forEach(c -> values.add(new ArrayList<>()));
        for (Map.Entry<Department, Year> e : of.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            categories.add(e.getKey().name());
            int i = 0;
            for (String c : classes.keySet()) {
                values.get(i++).add(e.getValue().tree().node(c).map(n -> MoneyTree.inUnit(n.total(), unit)).orElse(null));
            }
        }
        StringBuilder summary = new StringBuilder().append(shown).append("年本地区").append(categories.size()).append("个部门已公开")
                .append(what).append("，支出合计").append(Charts.money(MoneyTree.inUnit(regionTotal, unit))).append(unit.label());
        List<Map.Entry<Department, Year>> bySize = of.entrySet().stream().filter(e -> e.getValue() != null)
                .sorted(Comparator.comparing((Map.Entry<Department, Year> e) -> e.getValue().tree().root().total()).reversed()).toList();
        if (!bySize.isEmpty()) {
            summary.append("；最多的是").append(bySize.get(0).getKey().name()).append(Charts.money(bySize.get(0).getValue().tree().inUnit(
                    bySize.get(0).getValue().tree().root().total()))).append(unit.label());
        }
        summary.append("。");
        String heading = shown + "年各部门支出（按类）";
        ObjectNode chart = Charts.chart("bars", heading + "（" + unit.label() + "）", summary.toString(), unit.label());
        Charts.bars(chart, categories, new ArrayList<>(classes.values()), values, true);

        b.append("<section aria-labelledby=\"side-h\"><h2 id=\"side-h\">").append(esc(heading)).append("</h2>");
        if (!categories.isEmpty()) {
            b.append(Charts.script("chart-side", chart));
        }
        b.append("<div class=\"table-meta-line\"><span class=\"meta-dept\">地区：").append(esc(r.name()))
                .append("</span><span class=\"meta-unit\">单位：").append(esc(unit.label())).append("</span></div>")
                .append("<p class=\"scroll-hint\" aria-hidden=\"true\">表格较宽：左右滑动查看更多列 →</p>");
        b.append("<div class=\"wrap\"><table class=\"list money side\" id=\"side\"><caption class=\"vh\">").append(esc(heading))
                .append("（单位：").append(esc(unit.label())).append("）</caption><thead><tr><th scope=\"col\">部门</th>")
                .append("<th scope=\"col\" class=\"num\">合计</th><th scope=\"col\" class=\"num\">占本地区合计</th>");
        for (String name : classes.values()) {
            b.append("<th scope=\"col\" class=\"num\">").append(esc(name)).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (Map.Entry<Department, Year> e : of.entrySet()) {
            Department d = e.getKey();
            Year y = e.getValue();
            b.append("<tr><th scope=\"row\"><a href=\"").append(esc(PortalPlaces.compare(r.code(), d.code(), "")
                    + (ph.equals("budget") ? "" : "?phase=" + PortalPaths.query(what)))).append("\">").append(esc(d.name())).append("</a></th>");
            if (y == null) {
                b.append("<td class=\"num missing\">未公开</td><td class=\"num missing\">").append(Charts.MISSING).append("</td>");
            } else {
                b.append("<td class=\"num\"><a href=\"").append(esc(moneyLink(y, ""))).append("\">")
                        .append(Charts.money(MoneyTree.inUnit(y.tree().root().total(), unit))).append("</a></td><td class=\"num\">")
                        .append(Charts.percent(MoneyTree.share(y.tree().root().total(), regionTotal))).append("</td>");
            }
            for (String c : classes.keySet()) {
                BigDecimal v = y == null ? null : y.tree().node(c).map(n -> MoneyTree.inUnit(n.total(), unit)).orElse(null);
                b.append(v == null ? "<td class=\"num missing\">" + Charts.MISSING + "</td>" : "<td class=\"num\">" + Charts.money(v) + "</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody><tfoot><tr><th scope=\"row\">合计</th><td class=\"num\">").append(Charts.money(MoneyTree.inUnit(regionTotal, unit)))
                .append("</td><td class=\"num\">").append(regionTotal.signum() == 0 ? Charts.MISSING : "100.00%").append("</td>");
        for (String c : classes.keySet()) {
            BigDecimal s = BigDecimal.ZERO;
            for (Year y : of.values()) {
                if (y != null) {
                    s = s.add(y.tree().node(c).map(MoneyTree.Node::total).orElse(BigDecimal.ZERO));
                }
            }
            b.append("<td class=\"num\">").append(Charts.money(MoneyTree.inUnit(s, unit))).append("</td>");
        }
        b.append("</tr></tfoot></table></div>");
        b.append("<p class=\"note\">“—”：该部门没有这一类的支出；“未公开”：该部门").append(shown).append("年没有已公开的").append(esc(what))
                .append("。合计为已公开部门之和。</p></section>");
        return ok(page.render(b.toString()));
    }

    private static void meta(StringBuilder b, String dept, MoneyUnit unit) {
        b.append("<div class=\"table-meta-line\"><span class=\"meta-dept\">部门：").append(esc(dept))
                .append("</span><span class=\"meta-unit\">单位：").append(esc(unit.label())).append("</span></div>")
                .append("<p class=\"scroll-hint\" aria-hidden=\"true\">表格较宽：左右滑动查看更多列 →</p>");
    }

    private static ResponseEntity<String> ok(String html) {
        return ResponseEntity.ok().contentType(HTML).body(html);
    }}
