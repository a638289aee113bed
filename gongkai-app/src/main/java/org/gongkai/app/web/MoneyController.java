package org.gongkai.app.web;

import static org.gongkai.app.web.PortalPage.esc;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.app.store.Caller;
import org.gongkai.app.store.Directory;
import org.gongkai.app.store.DisclosureInfo;
import org.gongkai.app.store.Disclosures;
import org.gongkai.app.store.Hashes;
import org.gongkai.app.store.Publications;
import org.gongkai.app.store.StoreException;
import org.gongkai.app.store.VersionDocument;
import org.gongkai.app.store.VersionInfo;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.facts.ProjectFacts;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where the money goes (支出去向) of a published disclosure: 类 → 款 → 项 → projects, each level at its
 * own permanent address under the disclosure's — {@code …/{部门|单位}/支出}, {@code …/支出/212},
 * {@code …/支出/21205}, {@code …/支出/2120501}, and the same under {@code /v{n}} for one version —
 * as a table (always) and a treemap (drawn by the page's script from the data beside the table).
 * Amounts in the unit the document prints, shares of the level above and of the total. Published
 * versions only (a draft's address is the portal's 404); ETag, and the disclosure page's caching:
 * ten minutes at the current address, a year at a version's.
 */
@RestController
class MoneyController extends PortalErrors {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final String SEG = "(?!api$|assets$|vendor$)[^.]+";
    private static final String BASE = "/{region:" + SEG + "}/{department:" + SEG + "}/{year:\\d{4}}/{phase}/{kind}";
    private static final String CODE = "{code:\\d{3}|\\d{5}|\\d{7}}";

    private final Directory directory;
    private final Disclosures disclosures;
    private final Publications publications;
    private final MoneyTrees trees;
    private final Map<String, byte[]> pages = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > 256;
        }
    });

    MoneyController(Directory directory, Disclosures disclosures, Publications publications, MoneyTrees trees) {
        this.directory = directory;
        this.disclosures = disclosures;
        this.publications = publications;
        this.trees = trees;
    }

    @GetMapping(value = BASE + "/" + PortalPlaces.MONEY, produces = "text/html")
    ResponseEntity<byte[]> all(@PathVariable String region, @PathVariable String department, @PathVariable int year,
            @PathVariable String phase, @PathVariable String kind, HttpServletRequest request) {
        return current(region, department, year, phase, kind, "", request);
    }

    @GetMapping(value = BASE + "/" + PortalPlaces.MONEY + "/" + CODE, produces = "text/html")
    ResponseEntity<byte[]> code(@PathVariable String region, @PathVariable String department, @PathVariable int year,
            @PathVariable String phase, @PathVariable String kind, @PathVariable String code, HttpServletRequest request) {
        return current(region, department, year, phase, kind, code, request);
    }

    @GetMapping(value = BASE + "/v{number:\\d{1,6}}/" + PortalPlaces.MONEY, produces = "text/html")
    ResponseEntity<byte[]> versionAll(@PathVariable String region, @PathVariable String department, @PathVariable int year,
            @PathVariable String phase, @PathVariable String kind, @PathVariable int number, HttpServletRequest request) {
        return version(region, department, year, phase, kind, number, "", request);
    }

    @GetMapping(value = BASE + "/v{number:\\d{1,6}}/" + PortalPlaces.MONEY + "/" + CODE, produces = "text/html")
    ResponseEntity<byte[]> versionCode(@PathVariable String region, @PathVariable String department, @PathVariable int year,
            @PathVariable String phase, @PathVariable String kind, @PathVariable int number, @PathVariable String code,
            HttpServletRequest request) {
        return version(region, department, year, phase, kind, number, code, request);
    }

    private ResponseEntity<byte[]> current(String region, String department, int year, String phase, String kind, String code,
            HttpServletRequest request) {
        VersionDocument doc = disclosures.published(find(region, department, year, phase, kind));
        return page(doc, false, code, request);
    }

    private ResponseEntity<byte[]> version(String region, String department, int year, String phase, String kind, int number,
            String code, HttpServletRequest request) {
        VersionDocument doc = disclosures.document(Caller.anonymous(), find(region, department, year, phase, kind), number);
        return page(doc, true, code, request);
    }

    private long find(String region, String department, int year, String phase, String kind) {
        String p = PortalPaths.phaseCode(phase).orElseThrow(() -> new StoreException.NotFound("没有这种公开文件：" + phase));
        String k = PortalPaths.kindCode(kind).orElseThrow(() -> new StoreException.NotFound("没有这种公开文件：" + kind));
        return publications.find(region, department, year, p, k).orElseThrow(() -> new StoreException.NotFound("没有这份公开文件"));
    }

    private ResponseEntity<byte[]> page(VersionDocument doc, boolean pinned, String code, HttpServletRequest request) {
        MoneyTree tree = trees.of(doc);
        MoneyTree.Node node = tree.node(code).orElseThrow(() -> new StoreException.NotFound("本文件没有这一科目的支出：" + code));
        String key = doc.disclosure().id() + "-" + doc.version().number() + "-" + doc.contentSha256() + "-" + code + (pinned ? "-v" : "");
        byte[] body = pages.get(key);
        if (body == null) {
            body = render(doc, tree, node, pinned).getBytes(StandardCharsets.UTF_8);
            pages.put(key, body);
        }
        String etag = "\"" + Hashes.sha256(body).substring(0, 32) + "\"";
        CacheControl cache = pinned ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                : CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();
        String inm = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (inm != null && (inm.contains(etag) || inm.contains("W/" + etag))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(HTML).eTag(etag).cacheControl(cache).body(body);
    }

    // ---- the page

    private String render(VersionDocument doc, MoneyTree tree, MoneyTree.Node node, boolean pinned) {
        DisclosureInfo x = doc.disclosure();
        VersionInfo v = doc.version();
        int number = pinned ? v.number() : 0;
        String title = x.fiscalYear() + "年" + PortalController.kindTitle(x.phase(), x.kind()) + (pinned ? "（第" + v.number() + "版）" : "");
        String unit = tree.unit().label();
        MoneyTree.Node root = tree.root();
        String here = node.level() == 0 ? "支出去向" : label(node);

        PortalPage page = new PortalPage(x.departmentName() + " " + title + " " + here).head(Charts.HEAD).bodyClass("money-page");
        PortalPlaces.regionCrumbs(page, directory, x.region(), x.regionName());
        page.crumb(x.departmentName(), PortalPaths.department(x.region(), x.department()));
        page.crumb(title, pinned ? PortalPaths.version(x.region(), x.department(), x.fiscalYear(), x.phase(), x.kind(), v.number())
                : PortalPaths.disclosure(x.region(), x.department(), x.fiscalYear(), x.phase(), x.kind()));
        page.crumb("支出去向", node.level() == 0 ? null : link(x, number, ""));
        List<MoneyTree.Node> chain = tree.ancestors(node);
        for (MoneyTree.Node a : chain) {
            page.crumb(label(a), link(x, number, a.code()));
        }
        if (node.level() > 0) {
            page.crumb(label(node), null);
        }

        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(x.departmentName())).append("<span class=\"sub\">").append(esc(title)).append(" · 支出去向")
                .append(node.level() == 0 ? "" : "：" + esc(label(node))).append("</span></h1>");
        b.append("<p class=\"lead\">").append(esc(x.regionName())).append(" · 第").append(v.number()).append("版 · ")
                .append("按支出功能分类科目（类、款、项）列出本文件的全部支出（本年预算与上年结转，各类资金来源），直至项目。</p>");
        if (pinned) {
            b.append("<p class=\"notice\" role=\"note\">这是本文件第").append(v.number()).append("版的固定地址，内容不再改变；若有更正，以<a href=\"")
                    .append(esc(link(x, 0, node.code()))).append("\">现行版本</a>为准。</p>");
        }
        // the figure of this level
        b.append("<p class=\"figure-line\">");
        if (node.level() == 0) {
            b.append("支出合计 <strong>").append(Charts.money(tree.inUnit(root.total()))).append(esc(unit)).append("</strong>");
        } else {
            MoneyTree.Node parent = chain.isEmpty() ? root : chain.get(chain.size() - 1);
            b.append(esc(levelWord(node.level()))).append(" ").append(esc(label(node))).append(" <strong>")
                    .append(Charts.money(tree.inUnit(node.total()))).append(esc(unit)).append("</strong>，占支出合计的")
                    .append(Charts.percent(MoneyTree.share(node.total(), root.total())));
            if (parent != root) {
                b.append("，占所属").append(esc(levelWord(parent.level()))).append("（").append(esc(label(parent))).append("）的")
                        .append(Charts.percent(MoneyTree.share(node.total(), parent.total())));
            }
            if (node.basic().signum() == 0 || node.project().signum() == 0) {
                b.append("，全部为").append(node.basic().signum() == 0 ? "项目支出" : "基本支出").append("。");
            } else {
                b.append("，其中基本支出").append(Charts.money(tree.inUnit(node.basic()))).append(esc(unit)).append("，项目支出")
                        .append(Charts.money(tree.inUnit(node.project()))).append(esc(unit)).append("。");
            }
        }
        b.append("</p>");
        b.append("<p class=\"see-also\"><a href=\"").append(esc(pinned ? PortalPaths.version(x.region(), x.department(), x.fiscalYear(),
                x.phase(), x.kind(), v.number()) : PortalPaths.disclosure(x.region(), x.department(), x.fiscalYear(), x.phase(), x.kind())))
                .append("\">阅读公开文件全文</a> · <a href=\"").append(esc(PortalPlaces.compare(x.region(), x.department(),
                        node.level() == 0 || node.level() == 3 ? (node.level() == 3 ? node.code().substring(0, 5) : "") : node.code())))
                .append("\">与其他年度比较</a></p>");

        if (!node.children().isEmpty()) {
            children(b, x, tree, node, number, unit);
        }
        if (node.level() > 0 && (node.level() == 3 || !node.projects().isEmpty())) {
            projects(b, x, tree, node, unit);
        }
        if (node.level() == 0 && !tree.uncoded().isEmpty()) {
            uncoded(b, x, tree, unit);
        }
        return page.render(b.toString());
    }

    /** The table (and treemap) of the codes one level below. */
    private void children(StringBuilder b, DisclosureInfo x, MoneyTree tree, MoneyTree.Node node, int number, String unit) {
        MoneyTree.Node root = tree.root();
        String below = levelWord(node.level() + 1);
        String heading = (node.level() == 0 ? "各类支出" : label(node) + "：按" + below);
        b.append("<section aria-labelledby=\"by-h\"><h2 id=\"by-h\">").append(esc(heading)).append("</h2>");

        List<MoneyTree.Node> bySize = new ArrayList<>(node.children());
        bySize.sort(Comparator.comparing(MoneyTree.Node::total).reversed());
        StringBuilder summary = new StringBuilder(node.level() == 0 ? "支出合计" : label(node)).append(Charts.money(tree.inUnit(node.total())))
                .append(unit).append("，其中");
        for (int i = 0; i < bySize.size() && i < 8; i++) {
            MoneyTree.Node c = bySize.get(i);
            summary.append(i == 0 ? "" : "、").append(name(c)).append(Charts.money(tree.inUnit(c.total()))).append(unit).append("（")
                    .append(Charts.percent(MoneyTree.share(c.total(), node.total()))).append("）");
        }
        summary.append(bySize.size() > 8 ? "等" + bySize.size() + "项。" : "。");
        ObjectNode chart = Charts.chart("treemap", heading + "（" + unit + "）", summary.toString(), unit);
        ArrayNode tiles = chart.putArray("tiles");
        for (MoneyTree.Node c : bySize) {
            ObjectNode tile = Charts.tile(tiles, label(c), tree.inUnit(c.total()), Charts.money(tree.inUnit(c.total())) + unit + " · "
                    + Charts.percent(MoneyTree.share(c.total(), node.total())), link(x, number, c.code()));
            if (tile != null && c.children().size() > 1) {
                // the level below inside each tile
                ArrayNode inner = tile.putArray("children");
                for (MoneyTree.Node g : c.children()) {
                    Charts.tile(inner, label(g), tree.inUnit(g.total()), Charts.money(tree.inUnit(g.total())) + unit + " · "
                            + Charts.percent(MoneyTree.share(g.total(), node.total())), link(x, number, g.code()));
                }
            }
        }
        b.append(Charts.script("chart-by", chart));
        meta(b, x, unit);
        b.append("<div class=\"wrap\"><table class=\"list money\" id=\"by\"><caption class=\"vh\">").append(esc(heading)).append("（单位：")
                .append(esc(unit)).append("）</caption><thead><tr><th scope=\"col\">科目</th><th scope=\"col\" class=\"num\">合计</th>")
                .append("<th scope=\"col\" class=\"num\">基本支出</th><th scope=\"col\" class=\"num\">项目支出</th>");
        if (node.level() > 0) {
            b.append("<th scope=\"col\" class=\"num\">占").append(esc(levelWord(node.level()))).append("</th>");
        }
        b.append("<th scope=\"col\" class=\"num\">占支出合计</th></tr></thead><tbody>");
        for (MoneyTree.Node c : node.children()) {
            b.append("<tr><th scope=\"row\"><a href=\"").append(esc(link(x, number, c.code()))).append("\">").append(esc(label(c)))
                    .append("</a></th>");
            row(b, tree, c.total(), c.basic(), c.project(), node, root);
            b.append("</tr>");
        }
        if (node.own().signum() != 0) {
            // lines the facts book on this code itself, not on a code below it
            b.append("<tr><th scope=\"row\">未细分到").append(esc(below)).append("的支出</th>");
            row(b, tree, node.own(), null, null, node, root);
            b.append("</tr>");
        }
        b.append("</tbody><tfoot><tr><th scope=\"row\">").append(node.level() == 0 ? "合计" : esc(label(node)) + " 合计").append("</th>");
        row(b, tree, node.total(), node.basic(), node.project(), node, root);
        b.append("</tr></tfoot></table></div>");
        b.append("<p class=\"note\">金额按公开文件的单位分别四舍五入，合计与各行之和可能有尾差；占比由未经舍入的金额计算，保留两位小数。</p>");
        b.append("</section>");
    }

    private static void row(StringBuilder b, MoneyTree tree, BigDecimal total, BigDecimal basic, BigDecimal project,
            MoneyTree.Node parent, MoneyTree.Node root) {
        b.append("<td class=\"num\">").append(Charts.money(tree.inUnit(total))).append("</td>");
        b.append("<td class=\"num\">").append(basic == null ? "" : amountOrBlank(tree, basic)).append("</td>");
        b.append("<td class=\"num\">").append(project == null ? "" : amountOrBlank(tree, project)).append("</td>");
        if (parent.level() > 0) {
            b.append("<td class=\"num\">").append(Charts.percent(MoneyTree.share(total, parent.total()))).append("</td>");
        }
        b.append("<td class=\"num\">").append(Charts.percent(MoneyTree.share(total, root.total()))).append("</td>");
    }

    /** A part (基本/项目) as the document prints it: blank when there is none. */
    private static String amountOrBlank(MoneyTree tree, BigDecimal v) {
        return v.signum() == 0 ? "" : Charts.money(tree.inUnit(v));
    }

    /** The projects booked on this code, and what of its 项目支出 the document leaves without a code. */
    private void projects(StringBuilder b, DisclosureInfo x, MoneyTree tree, MoneyTree.Node node, String unit) {
        MoneyTree.Node root = tree.root();
        List<ProjectFacts> ps = node.projects();
        boolean units = ps.stream().anyMatch(p -> p.unit() != null && !p.unit().equals(x.departmentName()));
        b.append("<section aria-labelledby=\"projects-h\"><h2 id=\"projects-h\">").append(esc(label(node))).append("：项目</h2>");
        if (ps.isEmpty()) {
            b.append("<p>公开文件没有列出功能科目为本").append(esc(levelWord(node.level()))).append("的项目。</p>");
        } else {
            meta(b, x, unit);
            // a table without links: the box itself takes the focus, so a keyboard can scroll it
            b.append("<div class=\"wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"projects-h\"><table class=\"list money\" id=\"projects\"><caption class=\"vh\">").append(esc(label(node)))
                    .append("的项目（单位：").append(esc(unit)).append("）</caption><thead><tr><th scope=\"col\">项目名称</th>")
                    .append("<th scope=\"col\">资金</th>").append(units ? "<th scope=\"col\">实施单位</th>" : "")
                    .append("<th scope=\"col\" class=\"num\">金额</th>")
                    .append("<th scope=\"col\" class=\"num\">占本").append(esc(levelWord(node.level()))).append("</th>")
                    .append("<th scope=\"col\" class=\"num\">占支出合计</th></tr></thead><tbody>");
            for (ProjectFacts p : ps) {
                projectRow(b, tree, p, node, root, units);
            }
            b.append("</tbody><tfoot><tr><th scope=\"row\">项目合计</th><td></td>").append(units ? "<td></td>" : "").append("<td class=\"num\">")
                    .append(Charts.money(tree.inUnit(node.projectsTotal()))).append("</td><td class=\"num\">")
                    .append(Charts.percent(MoneyTree.share(node.projectsTotal(), node.total()))).append("</td><td class=\"num\">")
                    .append(Charts.percent(MoneyTree.share(node.projectsTotal(), root.total()))).append("</td></tr></tfoot></table></div>");
        }
        BigDecimal rest = node.project().subtract(node.projectsTotal());
        if (rest.signum() > 0) {
            b.append("<p class=\"notice\" role=\"note\">本").append(esc(levelWord(node.level()))).append("的项目支出")
                    .append(Charts.money(tree.inUnit(node.project()))).append(esc(unit)).append("中，")
                    .append(ps.isEmpty() ? "" : "以上项目合计" + Charts.money(tree.inUnit(node.projectsTotal())) + esc(unit) + "；其余")
                    .append(Charts.money(tree.inUnit(rest))).append(esc(unit))
                    .append("的项目，公开文件的项目支出预算表未标明其功能科目，无法归入本").append(esc(levelWord(node.level())))
                    .append("，见<a href=\"").append(esc(link(x, 0, ""))).append("#uncoded\">未标明功能科目的项目</a>。</p>");
        }
        b.append("</section>");
    }

    private static void projectRow(StringBuilder b, MoneyTree tree, ProjectFacts p, MoneyTree.Node node, MoneyTree.Node root,
            boolean units) {
        BigDecimal total = p.total().value();
        b.append("<tr><th scope=\"row\">").append(esc(p.name())).append("</th><td class=\"fund-year\">")
                .append(p.fundYear() == FundYear.CARRYOVER ? "上年结转" : "本年预算").append("</td>")
                .append(units ? "<td>" + esc(p.unit()) + "</td>" : "").append("<td class=\"num\">").append(Charts.money(tree.inUnit(total))).append("</td>");
        if (node != null) {
            b.append("<td class=\"num\">").append(Charts.percent(MoneyTree.share(total, node.total()))).append("</td>");
        }
        b.append("<td class=\"num\">").append(Charts.percent(MoneyTree.share(total, root.total()))).append("</td></tr>");
    }

    /** Projects the document gives no 功能科目 for: listed as they are, saying so. */
    private void uncoded(StringBuilder b, DisclosureInfo x, MoneyTree tree, String unit) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ProjectFacts p : tree.uncoded()) {
            sum = sum.add(p.total().value());
        }
        b.append("<section aria-labelledby=\"uncoded-h\" id=\"uncoded\"><h2 id=\"uncoded-h\">未标明功能科目的项目（")
                .append(tree.uncoded().size()).append("个，合计").append(Charts.money(tree.inUnit(sum))).append(esc(unit)).append("）</h2>")
                .append("<p>公开文件的项目支出预算表列出了这些项目及其金额，但没有标明各项目的支出功能分类科目，因此不能归入上表的类、款、项。")
                .append("它们的金额包含在上表各科目的项目支出中。</p>");
        meta(b, x, unit);
        boolean units = tree.uncoded().stream().anyMatch(p -> p.unit() != null && !p.unit().equals(x.departmentName()));
        b.append("<div class=\"wrap\" role=\"region\" tabindex=\"0\" aria-label=\"未标明功能科目的项目\"><table class=\"list money\" id=\"uncoded-projects\"><caption class=\"vh\">未标明功能科目的项目（单位：")
                .append(esc(unit)).append("）</caption><thead><tr><th scope=\"col\">项目名称</th><th scope=\"col\">资金</th>")
                .append(units ? "<th scope=\"col\">实施单位</th>" : "")
                .append("<th scope=\"col\" class=\"num\">金额</th><th scope=\"col\" class=\"num\">占支出合计</th></tr></thead><tbody>");
        for (ProjectFacts p : tree.uncoded()) {
            projectRow(b, tree, p, null, tree.root(), units);
        }
        b.append("</tbody><tfoot><tr><th scope=\"row\">合计</th><td></td>").append(units ? "<td></td>" : "").append("<td class=\"num\">").append(Charts.money(tree.inUnit(sum)))
                .append("</td><td class=\"num\">").append(Charts.percent(MoneyTree.share(sum, tree.root().total())))
                .append("</td></tr></tfoot></table></div></section>");
    }

    private static void meta(StringBuilder b, DisclosureInfo x, String unit) {
        b.append("<div class=\"table-meta-line\"><span class=\"meta-dept\">部门：").append(esc(x.departmentName()))
                .append("</span><span class=\"meta-unit\">单位：").append(esc(unit)).append("</span></div>")
                .append("<p class=\"scroll-hint\" aria-hidden=\"true\">表格较宽：左右滑动查看更多列 →</p>");
    }

    private static String link(DisclosureInfo x, int number, String code) {
        return PortalPlaces.money(x.region(), x.department(), x.fiscalYear(), x.phase(), x.kind(), number, code);
    }

    /** "212 城乡社区支出" (the code alone when the catalogue does not know it). */
    static String label(MoneyTree.Node n) {
        return n.name() == null ? n.code() : n.code() + " " + n.name();
    }

    static String name(MoneyTree.Node n) {
        return n.name() == null ? n.code() : n.name();
    }

    static String levelWord(int level) {
        return switch (level) {
            case 1 -> "类";
            case 2 -> "款";
            default -> "项";
        };
    }}
