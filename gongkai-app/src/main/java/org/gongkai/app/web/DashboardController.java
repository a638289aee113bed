package org.gongkai.app.web;

import static org.gongkai.app.web.PortalPage.esc;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gongkai.app.store.AggregateQuery;
import org.gongkai.app.store.AggregateResult;
import org.gongkai.app.store.BudgetLines;
import org.gongkai.app.store.Dimension;
import org.gongkai.app.store.Directory;
import org.gongkai.app.store.Oversight;
import org.gongkai.app.store.Oversight.Dashboard;
import org.gongkai.app.store.Oversight.Row;
import org.gongkai.app.store.Oversight.Summary;
import org.gongkai.app.store.Region;
import org.gongkai.app.store.StoreSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * The finance bureau's dashboard (财政部门工作台) of a region's year: every department with its
 * status (未提交 / 已提交 / 已审核 / 已公开, and 逾期 when past 批复 + 20 days), whether it was
 * published within 20 days, its errors and warnings, its score on the measurable dimensions of the
 * Ministry of Finance's inspections ({@link Oversight}); the re-check of all; the region's roll-up
 * of published expenditure by 功能分类 类 across departments as table, chart and CSV. Reviewers of the
 * region and admins only (the store refuses anyone else).
 */
@RestController
class DashboardController extends PortalErrors {

    private static final String HTML = "text/html;charset=UTF-8";

    private final Oversight oversight;
    private final BudgetLines budgetLines;
    private final Directory directory;
    private final java.time.Clock clock;
    private final StoreSettings settings;

    DashboardController(Oversight oversight, BudgetLines budgetLines, Directory directory, java.time.Clock clock,
            StoreSettings settings) {
        this.oversight = oversight;
        this.budgetLines = budgetLines;
        this.directory = directory;
        this.clock = clock;
        this.settings = settings;
    }

    static String path(String region, Integer year) {
        return StaffController.HOME + "/regions/" + PortalPaths.seg(region) + (year == null ? "" : "?year=" + year);
    }

    @GetMapping(value = StaffController.HOME + "/regions/{region}", produces = HTML)
    ResponseEntity<String> dashboard(@PathVariable String region, @RequestParam(required = false) String year,
            @RequestParam(required = false) String done, HttpServletRequest request) {
        int y = year(year);
        Dashboard d = oversight.dashboard(Callers.current(), region, y);
        String notice = null;
        if (done != null && done.matches("\\d{1,6}-\\d{1,6}-\\d{1,7}-\\d{1,7}")) {
            String[] p = done.split("-");
            notice = "<p class=\"notice\" role=\"status\">已按现行规则重新核对 " + p[0] + " 份公开文件的最新版本："
                    + p[2] + " 项错误，" + p[3] + " 项警告" + ("0".equals(p[1]) ? "" : "；" + p[1] + " 份无法读取") + "。</p>";
        }
        return StaffController.page(page(d), body(d, notice, request), HttpStatus.OK);
    }

    @PostMapping(value = StaffController.HOME + "/regions/{region}/recheck", produces = HTML)
    ResponseEntity<String> recheck(@PathVariable String region, @RequestParam(required = false) String year) {
        int y = year(year);
        Oversight.RecheckResult r = oversight.recheckAll(Callers.current(), region, y);
        return StaffController.redirect(path(region, y) + "&done=" + r.versions() + "-" + r.unreadable() + "-" + r.errors() + "-"
                + r.warnings());
    }

    @GetMapping(StaffController.HOME + "/regions/{region}/status.csv")
    ResponseEntity<byte[]> csv(@PathVariable String region, @RequestParam(required = false) String year) {
        int y = year(year);
        Dashboard d = oversight.dashboard(Callers.current(), region, y);
        List<String> header = List.of("region", "departmentCode", "departmentName", "kind", "status", "statusName", "latestVersion",
                "approvalDate", "dueDate", "publishedDate", "publishedWithin20Days", "late", "errors", "warnings",
                "completenessErrors", "detailShare", "score");
        List<List<?>> rows = new ArrayList<>();
        for (Row r : d.rows()) {
            rows.add(java.util.Arrays.asList(r.department().region(), r.department().code(), r.department().name(),
                    r.disclosure() == null ? null : r.disclosure().kind(), r.standing().code(), r.standing().label(),
                    r.latest() == null ? null : r.latest().number(), r.latest() == null ? null : r.latest().approvalDate(),
                    r.dueDate(), r.published() == null ? null : r.published().publishedDate(), r.onTime(), r.late(), r.errors(),
                    r.warnings(), r.completenessErrors(), r.detail(), r.score()));
        }
        return Csv.answer(region + "-" + y + "-status", header, rows);
    }

    private PortalPage page(Dashboard d) {
        return new PortalPage(d.region().name() + d.year() + "年预算公开情况").head(Charts.HEAD).crumb("工作台", StaffController.HOME)
                .crumb(d.region().name() + d.year() + "年公开情况", null);
    }

    private String body(Dashboard d, String notice, HttpServletRequest request) {
        StringBuilder b = new StringBuilder();
        String region = d.region().code();
        b.append("<h1>").append(esc(d.region().name())).append(d.year()).append("年部门预算公开情况</h1>");
        if (notice != null) {
            b.append(notice);
        }
        b.append("<nav class=\"years\" aria-label=\"年度\"><span>年度：</span><ul class=\"inline\">");
        for (int y = d.today().getYear() + 1; y >= d.today().getYear() - 3; y--) {
            b.append(y == d.year() ? "<li><strong aria-current=\"true\">" + y + "年</strong></li>"
                    : "<li><a href=\"" + esc(path(region, y)) + "\">" + y + "年</a></li>");
        }
        b.append("</ul></nav>");
        b.append(summary(d.summary(), d));
        b.append(Forms.post(StaffController.HOME + "/regions/" + PortalPaths.seg(region) + "/recheck?year=" + d.year(), request,
                "<p><button type=\"submit\">按现行规则重新核对全部</button> <span class=\"hint\">重新读取并核对每份预算公开文件的最新版本；"
                        + "各版本原有的核对结果不变，新结果记在旁边</span></p>"));
        b.append(rows(d));
        b.append(rollUp(d));
        return b.toString();
    }

    private static String summary(Summary s, Dashboard d) {
        StringBuilder b = new StringBuilder("<section aria-labelledby=\"sum-h\"><h2 id=\"sum-h\">概况</h2><dl class=\"facts scores\">");
        b.append("<dt>部门</dt><dd>").append(s.departments()).append(" 个：已提交 ").append(s.submitted()).append("，已公开 ")
                .append(s.published()).append("，逾期 ").append(s.late()).append("</dd>");
        b.append("<dt>核对</dt><dd>").append(s.errors()).append(" 项错误，").append(s.warnings()).append(" 项警告</dd>");
        b.append("<dt>公开率</dt><dd>").append(percent(s.publicationRate())).append("<span class=\"hint\">（已公开预算的部门 ÷ 全部部门）</span></dd>");
        b.append("<dt>及时性</dt><dd>").append(percent(s.timeliness()))
                .append("<span class=\"hint\">（批复后20日内公开的 ÷ 已公开且有批复日期的）</span></dd>");
        b.append("<dt>完整性</dt><dd>").append(percent(s.completeness()))
                .append("<span class=\"hint\">（最新版本没有完整性错误的：报表、说明和绩效目标表齐全）</span></dd>");
        b.append("<dt>细化程度</dt><dd>").append(percent(s.detail()))
                .append("<span class=\"hint\">（已公开的按功能分类支出中细化到“项”的金额占比，各部门平均）</span></dd>");
        b.append("<dt>准确性</dt><dd>").append(percent(s.accuracy()))
                .append("<span class=\"hint\">（最新版本核对没有错误的：报表平衡、说明与报表一致、绩效目标表与报表一致）</span></dd>");
        b.append("<dt>得分</dt><dd><strong>").append(s.score() == null ? "—" : s.score().toPlainString())
                .append("</strong><span class=\"hint\">（每个部门按可计量的上述五项各占一份、满分100，再取平均；")
                .append("财政部检查中的其他方面，如公开内容的真实性，需人工判断，不在此计分）</span></dd>");
        b.append("</dl><p class=\"note\">截至 ").append(d.today()).append("：批复后20日内未公开的为逾期。</p></section>");
        return b.toString();
    }

    private static String rows(Dashboard d) {
        StringBuilder b = new StringBuilder("<section aria-labelledby=\"depts-h\"><h2 id=\"depts-h\">各部门</h2>");
        b.append("<p class=\"downloads\"><a href=\"").append(esc(StaffController.HOME + "/regions/" + PortalPaths.seg(d.region().code())
                + "/status.csv?year=" + d.year())).append("\" download>下载本表（CSV）</a></p>");
        if (d.rows().isEmpty()) {
            return b.append("<p>本地区尚无部门。</p></section>").toString();
        }
        b.append("<div class=\"wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"depts-h\"><table class=\"list dashboard\"><caption class=\"vh\">").append(esc(d.region().name()))
                .append(d.year()).append("年各部门预算公开情况</caption><thead><tr><th scope=\"col\">部门</th><th scope=\"col\">状态</th>")
                .append("<th scope=\"col\">批复日期</th><th scope=\"col\">公开期限</th><th scope=\"col\">公开日期</th>")
                .append("<th scope=\"col\">20日内公开</th><th scope=\"col\" class=\"num\">错误</th><th scope=\"col\" class=\"num\">警告</th>")
                .append("<th scope=\"col\" class=\"num\">完整性错误</th><th scope=\"col\" class=\"num\">细化到项</th>")
                .append("<th scope=\"col\" class=\"num\">得分</th></tr></thead><tbody>");
        for (Row r : d.rows()) {
            b.append("<tr").append(r.late() ? " class=\"late\"" : "").append("><th scope=\"row\">");
            if (r.disclosure() != null) {
                b.append("<a href=\"").append(esc(StaffController.path(r.disclosure().id()))).append("\">").append(esc(r.department().name()))
                        .append("</a>").append("unit".equals(r.disclosure().kind()) ? "（单位预算）" : "");
            } else {
                b.append(esc(r.department().name()));
            }
            b.append("</th><td><span class=\"status ").append(esc(r.standing().code())).append("\">").append(esc(r.standing().label()))
                    .append("</span>").append(r.late() ? " <strong class=\"status late\">逾期</strong>" : "").append("</td><td>")
                    .append(r.latest() == null || r.latest().approvalDate() == null ? "—" : r.latest().approvalDate().toString())
                    .append("</td><td>").append(r.dueDate() == null ? "—" : r.dueDate().toString()).append("</td><td>")
                    .append(r.published() == null || r.published().publishedDate() == null ? "—" : r.published().publishedDate().toString())
                    .append("</td><td>").append(r.onTime() == null ? "—" : r.onTime() ? "是" : "否").append("</td><td class=\"num\">")
                    .append(r.disclosure() == null ? "—" : Integer.toString(r.errors()))
                    .append(r.rechecked() ? "<span class=\"hint\" title=\"重新核对的结果\">*</span>" : "").append("</td><td class=\"num\">")
                    .append(r.disclosure() == null ? "—" : Integer.toString(r.warnings())).append("</td><td class=\"num\">")
                    .append(r.completenessErrors() == null ? "—" : r.completenessErrors().toString()).append("</td><td class=\"num\">")
                    .append(percent(r.detail())).append("</td><td class=\"num\">").append(r.score().toPlainString()).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
        if (d.rows().stream().anyMatch(Row::rechecked)) {
            b.append("<p class=\"note\">* 按现行规则重新核对的结果。</p>");
        }
        return b.append("</section>").toString();
    }

    /** The region's published expenditure by 功能分类 类 across its departments: table, chart, CSV. */
    private String rollUp(Dashboard d) {
        List<String> within = directory.within(d.region().code());
        Map<Dimension, Set<String>> cut = Map.of(Dimension.YEAR, Set.of(Integer.toString(d.year())), Dimension.REGION,
                new LinkedHashSet<>(within));
        AggregateResult r = budgetLines.query(new AggregateQuery(List.of(Dimension.FUNCTION_CLASS, Dimension.DEPARTMENT), cut,
                AggregateQuery.AmountUnit.WAN, List.of(), 1, 10_000));
        StringBuilder b = new StringBuilder("<section aria-labelledby=\"roll-h\"><h2 id=\"roll-h\">").append(d.year())
                .append("年已公开预算支出按功能分类（类）汇总</h2>");
        if (r.cells().isEmpty()) {
            return b.append("<p>尚无已公开的预算数据。</p></section>").toString();
        }
        record ClassTotal(String code, String name, BigDecimal amount, Set<String> departments) {
        }
        Map<String, ClassTotal> classes = new LinkedHashMap<>();
        for (AggregateResult.Cell c : r.cells()) {
            AggregateResult.Member m = c.members().get(Dimension.FUNCTION_CLASS.key());
            AggregateResult.Member dept = c.members().get(Dimension.DEPARTMENT.key());
            ClassTotal t = classes.computeIfAbsent(m.code(), k -> new ClassTotal(m.code(), m.name(), BigDecimal.ZERO, new TreeSet<>()));
            classes.put(m.code(), new ClassTotal(t.code, t.name, t.amount.add(c.amount()), t.departments));
            t.departments.add(dept.code());
        }
        List<ClassTotal> sorted = new ArrayList<>(classes.values());
        sorted.sort(java.util.Comparator.comparing(ClassTotal::code));
        BigDecimal total = sorted.stream().map(ClassTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> categories = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (ClassTotal t : sorted) {
            categories.add(t.code + " " + t.name);
            values.add(t.amount);
        }
        ClassTotal largest = sorted.stream().max(java.util.Comparator.comparing(ClassTotal::amount)).orElseThrow();
        ObjectNode chart = Charts.chart("bars", d.region().name() + d.year() + "年已公开预算支出（按类，万元）",
                "共" + sorted.size() + "类，合计" + Charts.money(total) + "万元；最大的是" + largest.code + " " + largest.name + "，"
                        + Charts.money(largest.amount) + "万元。", "万元");
        Charts.bars(chart, categories, List.of("支出"), List.of(values), false);
        b.append(Charts.script("chart-rollup", chart));
        b.append("<div class=\"table-meta-line\"><span class=\"meta-dept\">地区：").append(esc(d.region().name()))
                .append("</span><span class=\"meta-unit\">单位：万元</span></div>");
        b.append("<div class=\"wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"roll-h\"><table class=\"list totals\"><caption class=\"vh\">按功能分类汇总（万元）</caption><thead><tr>")
                .append("<th scope=\"col\" class=\"code\">科目编码</th><th scope=\"col\">科目名称</th><th scope=\"col\" class=\"num\">金额</th>")
                .append("<th scope=\"col\" class=\"num\">占比</th><th scope=\"col\" class=\"num\">部门数</th></tr></thead><tbody>");
        for (ClassTotal t : sorted) {
            b.append("<tr><td class=\"code\">").append(esc(t.code)).append("</td><th scope=\"row\">").append(esc(t.name))
                    .append("</th><td class=\"num\">").append(Charts.money(t.amount)).append("</td><td class=\"num\">")
                    .append(share(t.amount, total)).append("</td><td class=\"num\">").append(t.departments.size()).append("</td></tr>");
        }
        b.append("</tbody><tfoot><tr><td></td><th scope=\"row\">合计</th><td class=\"num\">").append(Charts.money(total))
                .append("</td><td class=\"num\">100.00%</td><td></td></tr></tfoot></table></div>");
        String cutText = "year:" + d.year() + "|region:" + String.join(",", within);
        b.append("<p class=\"downloads\"><a href=\"/api/aggregate?drilldown=functionClass,department&amp;cut=")
                .append(esc(PortalPaths.query(cutText))).append("&amp;unit=yuan&amp;pagesize=10000&amp;format=csv\" download>")
                .append("下载各部门按类的支出（CSV，元）</a></p>");
        return b.append("</section>").toString();
    }

    private int year(String s) {
        if (s != null && s.matches("\\d{4}")) {
            return Integer.parseInt(s);
        }
        return LocalDate.now(clock.withZone(settings.zone())).getYear();
    }

    private static String percent(BigDecimal ratio) {
        return ratio == null ? "—" : ratio.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String share(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? "" : part.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
