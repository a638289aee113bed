package org.gongkai.core.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.core.model.FilingDates;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.FundsBreakdown;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.performance.IndicatorMerger;
import org.gongkai.core.performance.IndicatorPair;

/**
 * A 项目支出绩效目标表 as a form, laid out like the printed one: eight columns, the header fields,
 * the 项目资金 grid (实施期 beside 年度), the texts, the goals, the indicators (一级, then 二级 /
 * 三级 / 指标值 of 实施期 beside those of 年度, 一级 and 二级 cells merged) and the signature row.
 */
final class PerformanceForms {

    static final int COLUMNS = 8;
    private static final double[] WIDTHS = {11, 10, 11, 17, 12, 11, 15.6, 12};

    private PerformanceForms() {
    }

    static void form(Html h, PerformanceTarget t, String id, int fiscalYear) {
        String name = nz(t.projectName());
        String title = t.title() == null || t.title().isBlank() ? "项目支出绩效目标表" : t.title().strip();
        h.open("section", "class", "perf-form", "id", id, "aria-labelledby", id + "-h").newline();
        h.open("h4", "class", "form-title", "id", id + "-h").text(title)
                .open("span", "class", "form-year").text("（" + fiscalYear + "年度）").close("span").close("h4").newline();
        // a box that scrolls sideways on a narrow screen: a keyboard reaches it (tabindex) to scroll it
        h.open("div", "class", "table-wrap", "role", "region", "aria-label", title + "：" + name, "tabindex", "0").newline();
        h.open("table", "class", "form").newline();
        h.element("caption", title + "：" + name, "class", "vh").newline();
        h.open("colgroup");
        for (double w : WIDTHS) {
            h.empty("col", "style", "width:" + w + "%");
        }
        h.close("colgroup").newline();
        h.open("tbody").newline();

        row(h).th("项目名称").td(name, COLUMNS - 1, "strong").end();
        row(h).th("主管部门及代码").td(nz(t.competentDepartment()), 3, null)
                .th("实施单位").td(nz(t.implementingUnit()), 3, null).end();
        row(h).th("项目属性").td(nz(t.attribute()), 3, null).th("项目期").td(nz(t.projectTerm()), 3, null).end();
        funds(h, t.periodFunds(), t.annualFunds());
        row(h).th("项目概况").td(nz(t.overview()), COLUMNS - 1, "text").end();
        row(h).th("立项依据").td(nz(t.basis()), COLUMNS - 1, "text").end();
        row(h).th("项目设立必要性").td(nz(t.necessity()), COLUMNS - 1, "text").end();
        row(h).th("保证项目实施的制度、措施").td(nz(t.measures()), COLUMNS - 1, "text").end();
        row(h).th("项目实施计划").td(nz(t.plan()), COLUMNS - 1, "text").end();
        h.open("tr").element("th", "总体目标", "scope", "row", "rowspan", "2");
        h.element("th", "实施期目标", "scope", "col", "colspan", "4");
        h.element("th", "年度目标", "scope", "col", "colspan", "3").close("tr").newline();
        row(h).td(nz(t.periodGoal()), 4, "text").td(nz(t.annualGoal()), 3, "text").end();
        // the indicator table goes on as a table of its own that a page break does not cut: a
        // merged 一级 or 二级 cell split over two pages prints its label on neither in full
        h.close("tbody").close("table").newline().close("div").newline();
        h.open("div", "class", "table-wrap form-indicators", "role", "region", "aria-label", title + "：" + name + "（绩效指标）",
                "tabindex", "0").newline();
        h.open("table", "class", "form").newline();
        h.element("caption", title + "：" + name + "（绩效指标）", "class", "vh").newline();
        h.open("colgroup");
        for (double w : WIDTHS) {
            h.empty("col", "style", "width:" + w + "%");
        }
        h.close("colgroup").newline();
        h.open("tbody").newline();
        indicators(h, t);
        h.open("tr", "class", "form-sign").open("td", "colspan", Integer.toString(COLUMNS));
        h.element("span", "负责人：" + nz(t.responsible()));
        h.element("span", "经办人：" + nz(t.handler()));
        h.element("span", "联系电话：" + nz(t.phone()));
        h.element("span", "填报日期：" + FilingDates.normalised(t.filingDate()));
        h.close("td").close("tr").newline();
        h.close("tbody").close("table").newline().close("div").newline();
        h.close("section").newline();
    }

    private static void funds(Html h, FundsBreakdown period, FundsBreakdown annual) {
        String[] periodLabels = {"实施期资金总额", "其中：中央财政资金", "省级财政资金", "市县（区）财政资金", "单位自筹", "其他资金"};
        String[] annualLabels = {"年度资金总额", "其中：中央财政资金", "省级财政资金", "市县（区）财政资金", "单位自筹", "其他资金"};
        for (int i = 0; i < periodLabels.length; i++) {
            h.open("tr");
            if (i == 0) {
                h.element("th", "项目资金（元）", "scope", "row", "rowspan", Integer.toString(periodLabels.length));
            }
            h.element("th", periodLabels[i], "scope", "row", "colspan", "2", "class", i == 0 ? null : "sub");
            h.element("td", money(part(period, i)), "class", "num");
            h.element("th", annualLabels[i], "scope", "row", "colspan", "2", "class", i == 0 ? null : "sub");
            h.element("td", money(part(annual, i)), "class", "num", "colspan", "2");
            h.close("tr").newline();
        }
    }

    private static Amount part(FundsBreakdown f, int i) {
        if (f == null) {
            return null;
        }
        return switch (i) {
            case 0 -> f.total();
            case 1 -> f.central();
            case 2 -> f.provincial();
            case 3 -> f.local();
            case 4 -> f.selfRaised();
            default -> f.other();
        };
    }

    /** "440,000" as printed on the forms; blank when not printed. */
    static String money(Amount a) {
        if (a == null) {
            return "";
        }
        BigDecimal v = a.value();
        int scale = Math.max(0, v.scale());
        return String.format(Locale.ROOT, "%,." + scale + "f", v);
    }

    /** A (一级, 二级) group of the indicator table with its rows. */
    private record Block(String level1, String level2, List<IndicatorPair> pairs) {

        int rows() {
            return Math.max(1, pairs.size());
        }
    }

    private static List<Block> blocks(PerformanceTarget t) {
        Map<String, Block> blocks = new LinkedHashMap<>();
        for (IndicatorGroup g : t.groups()) {
            blocks.putIfAbsent(key(g.level1(), g.level2()), new Block(nz(g.level1()), nz(g.level2()), new ArrayList<>()));
        }
        List<Block> ordered = new ArrayList<>(blocks.values());
        Block previous = null;
        for (IndicatorPair p : IndicatorMerger.pairs(t)) {
            Indicator any = p.any();
            Block b = blocks.get(key(any.level1(), any.level2()));
            if (b == null) {
                // a group only the 年度 column has: right after the group of the row the merger put
                // before it, so that the 年度 column reads in its own order (and merges the same
                // when the printed form is read back)
                b = new Block(nz(any.level1()), nz(any.level2()), new ArrayList<>());
                blocks.put(key(any.level1(), any.level2()), b);
                ordered.add(previous == null ? 0 : ordered.indexOf(previous) + 1, b);
            }
            b.pairs().add(p);
            previous = b;
        }
        return ordered;
    }

    private static void indicators(Html h, PerformanceTarget t) {
        List<Block> blocks = blocks(t);
        int bodyRows = blocks.stream().mapToInt(Block::rows).sum();
        h.open("tr");
        h.element("th", "绩效指标", "scope", "row", "rowspan", Integer.toString(bodyRows + 2));
        h.element("th", "一级指标", "scope", "col", "rowspan", "2");
        h.element("th", "实施期", "scope", "col", "colspan", "3");
        h.element("th", "年度", "scope", "col", "colspan", "3");
        h.close("tr").newline().open("tr");
        for (int i = 0; i < 2; i++) {
            h.element("th", "二级指标", "scope", "col");
            h.element("th", "三级指标", "scope", "col");
            h.element("th", "指标值", "scope", "col");
        }
        h.close("tr").newline();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            int level1Rows = 0;
            boolean firstOfLevel1 = b == 0 || !blocks.get(b - 1).level1().equals(block.level1());
            if (firstOfLevel1) {
                for (int k = b; k < blocks.size() && blocks.get(k).level1().equals(block.level1()); k++) {
                    level1Rows += blocks.get(k).rows();
                }
            }
            for (int r = 0; r < block.rows(); r++) {
                IndicatorPair p = r < block.pairs().size() ? block.pairs().get(r) : null;
                h.open("tr", "class", r == 0 ? "group-start" : null);
                if (r == 0 && firstOfLevel1) {
                    h.element("th", block.level1(), "scope", "row", "rowspan", Integer.toString(level1Rows), "class", "l1");
                }
                if (r == 0) {
                    h.element("th", block.level2(), "scope", "row", "rowspan", Integer.toString(block.rows()), "class", "l2");
                }
                Indicator period = p == null ? null : p.period();
                Indicator annual = p == null ? null : p.annual();
                h.element("td", period == null ? "" : nz(period.name()));
                h.element("td", period == null ? "" : nz(period.value()), "class", "value");
                if (r == 0) {
                    h.element("th", block.level2(), "scope", "row", "rowspan", Integer.toString(block.rows()), "class", "l2");
                }
                String annualName = annual == null ? "" : period != null ? nz(period.name()) : nz(annual.name());
                h.element("td", annualName);
                h.element("td", annual == null ? "" : nz(annual.value()), "class", "value");
                h.close("tr").newline();
            }
        }
    }

    private static String key(String level1, String level2) {
        return nz(level1) + "\u0000" + nz(level2);
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    private static RowWriter row(Html h) {
        return new RowWriter(h);
    }

    /** Writes one row of label/value cells. */
    private static final class RowWriter {
        private final Html h;

        RowWriter(Html h) {
            this.h = h;
            h.open("tr");
        }

        RowWriter th(String label) {
            h.element("th", label, "scope", "row");
            return this;
        }

        RowWriter td(String text, int colspan, String cssClass) {
            h.element("td", text, "colspan", colspan > 1 ? Integer.toString(colspan) : null, "class", cssClass);
            return this;
        }

        void end() {
            h.close("tr").newline();
        }
    }
}
