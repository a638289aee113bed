package org.gongkai.core.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.core.model.CodeLevel;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.profile.ProfileSource;

/**
 * Charts of a disclosure as inline SVG, each in a {@code <figure>} with its title, an accessible
 * name and the same figures as a small table. Horizontal bars with direct labels (name, amount,
 * share), so that neither colour nor a legend is needed to read them; the three shades (dark,
 * medium, light with hatching) stay apart in grey print.
 */
public final class SvgCharts {

    /** One bar: a label and an amount in the chart's unit. */
    public record Datum(String label, BigDecimal value) {
    }

    /**
     * A chart.
     *
     * @param id    element id of the figure
     * @param title the title (figcaption), e.g. "一般公共预算当年拨款结构图"
     * @param unit  the unit of the amounts as printed, e.g. "万元" (the table's own); "" when unknown
     * @param data  the bars in order
     */
    public record Chart(String id, String title, String unit, List<Datum> data) {

        public Chart {
            unit = unit == null ? "" : unit;
            data = List.copyOf(data);
        }

        public BigDecimal total() {
            return data.stream().map(Datum::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** The share of a bar in per cent, two decimals ("99.97"). */
        public BigDecimal share(Datum d) {
            BigDecimal total = total();
            if (total.signum() == 0) {
                return BigDecimal.ZERO.setScale(2);
            }
            return d.value().multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP);
        }
    }

    static final String FONT_FAMILY = "'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

    private static final String[] FILLS = {"#1f3864", "#4f7cc0", "#bcd0ec"};
    private static final int WIDTH = 360;
    private static final int DISPLAY_WIDTH = 432;
    private static final int LEFT = 4;
    private static final int BAR_MAX = 200;
    private static final int FONT = 13;
    private static final int BAR = 16;
    private static final int ROW = 46;
    private static final int PAD = 6;

    private SvgCharts() {
    }

    /**
     * 一般公共预算当年拨款结构图: the 一般公共预算 of the year (the table of that role) by 类, in the
     * table's unit. These public forms look the disclosure's profile up among the shipped ones (for
     * a table that does not state its unit); the renderers pass theirs.
     */
    public static Optional<Chart> generalBudgetStructure(Disclosure d) {
        return generalBudgetStructure(d, RenderProfile.of(d, ProfileSource.shipped()));
    }

    static Optional<Chart> generalBudgetStructure(Disclosure d, RenderProfile profile) {
        return d.table(TableRole.GENERAL_BUDGET_BY_FUNCTION)
                .map(t -> new Chart("chart-general-budget", "一般公共预算当年拨款结构图", profile.unitLabel(t), byClass(t)))
                .filter(c -> !c.data().isEmpty());
    }

    /** 支出预算按功能分类（类）: the 预算支出总表 by 类. */
    public static Optional<Chart> expenditureByFunction(Disclosure d) {
        return expenditureByFunction(d, RenderProfile.of(d, ProfileSource.shipped()));
    }

    static Optional<Chart> expenditureByFunction(Disclosure d, RenderProfile profile) {
        return d.table(TableRole.EXPENDITURE_BY_FUNCTION)
                .map(t -> new Chart("chart-expenditure-function", "支出预算按功能分类（类级科目）", profile.unitLabel(t),
                        byClass(t)))
                .filter(c -> !c.data().isEmpty());
    }

    /** 基本支出与项目支出: the 合计 row of the 预算支出总表. */
    public static Optional<Chart> basicVersusProject(Disclosure d) {
        return basicVersusProject(d, RenderProfile.of(d, ProfileSource.shipped()));
    }

    static Optional<Chart> basicVersusProject(Disclosure d, RenderProfile profile) {
        return d.table(TableRole.EXPENDITURE_BY_FUNCTION).flatMap(t -> {
            if (!t.hasColumn("basic") || !t.hasColumn("project")) {
                return Optional.empty();
            }
            for (TableRow r : t.rows()) {
                if (isTotalRow(t, r)) {
                    List<Datum> data = new ArrayList<>();
                    t.amount(r, "basic").ifPresent(v -> data.add(new Datum("基本支出", v)));
                    t.amount(r, "project").ifPresent(v -> data.add(new Datum("项目支出", v)));
                    return data.isEmpty() ? Optional.empty()
                            : Optional.of(new Chart("chart-basic-project", "基本支出与项目支出", profile.unitLabel(t), data));
                }
            }
            return Optional.empty();
        });
    }

    /** The chart as a figure: caption, SVG (role="img", aria-label) and the data table. */
    public static String figure(Chart chart) {
        Html h = new Html(4096);
        String captionId = chart.id() + "-title";
        h.open("figure", "class", "chart", "id", chart.id()).newline();
        h.element("figcaption", chart.title(), "id", captionId).newline();
        svg(h, chart);
        dataTable(h, chart);
        h.close("figure").newline();
        return h.toString();
    }

    /** "一般公共预算当年拨款结构图：一般公共服务支出15.00万元，占0.03%；…". */
    static String description(Chart chart) {
        StringBuilder sb = new StringBuilder(chart.title()).append('：');
        for (int i = 0; i < chart.data().size(); i++) {
            Datum d = chart.data().get(i);
            sb.append(i == 0 ? "" : "；").append(d.label()).append(amount(d.value())).append(chart.unit())
                    .append("，占").append(chart.share(d).toPlainString()).append('%');
        }
        return sb.append('。').toString();
    }

    /**
     * One row per bar: the name above, the bar below it from a common baseline, the amount and
     * share after the bar's end. Narrow enough (360 units) to stay legible on a phone.
     */
    private static void svg(Html h, Chart chart) {
        int n = chart.data().size();
        int height = 2 * PAD + n * ROW;
        BigDecimal max = chart.data().stream().map(Datum::value).filter(v -> v.signum() > 0)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + height,
                "width", Integer.toString(DISPLAY_WIDTH), "height", Integer.toString(height * DISPLAY_WIDTH / WIDTH),
                "role", "img", "aria-label", description(chart), "class", "chart-svg",
                "font-family", FONT_FAMILY, "font-size", Integer.toString(FONT)).newline();
        h.element("title", description(chart)).newline();
        h.raw("<defs><pattern id=\"" + chart.id() + "-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\""
                + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"" + FILLS[2] + "\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#1f3864\" stroke-width=\"1.2\"/></pattern></defs>")
                .newline();
        h.empty("line", "x1", Integer.toString(LEFT), "y1", Integer.toString(PAD),
                "x2", Integer.toString(LEFT), "y2", Integer.toString(height - PAD),
                "stroke", "#333333", "stroke-width", "1").newline();
        for (int i = 0; i < n; i++) {
            Datum d = chart.data().get(i);
            int top = PAD + i * ROW;
            int barTop = top + FONT + 6;
            double length = d.value().signum() <= 0 ? 0
                    : Math.max(2.0, d.value().doubleValue() / max.doubleValue() * BAR_MAX);
            String fill = i % 3 == 2 ? "url(#" + chart.id() + "-hatch)" : FILLS[i % 3];
            h.element("text", shorten(d.label(), 24), "x", Integer.toString(LEFT + 4),
                    "y", Integer.toString(top + FONT), "fill", "#1a1a1a").newline();
            h.empty("rect", "x", Integer.toString(LEFT), "y", Integer.toString(barTop),
                    "width", format(length), "height", Integer.toString(BAR), "fill", fill,
                    "stroke", "#1f3864", "stroke-width", "0.8").newline();
            h.element("text", amount(d.value()) + chart.unit() + "（" + chart.share(d).toPlainString() + "%）",
                    "x", format(LEFT + length + 6), "y", Integer.toString(barTop + BAR / 2 + FONT / 2 - 1),
                    "fill", "#1a1a1a").newline();
        }
        h.close("svg").newline();
    }

    private static void dataTable(Html h, Chart chart) {
        h.open("table", "class", "chart-data").newline();
        h.element("caption", chart.title() + "（数据）");
        h.open("thead").open("tr");
        h.element("th", "项目", "scope", "col");
        h.element("th", chart.unit().isEmpty() ? "金额" : "金额（" + chart.unit() + "）", "scope", "col");
        h.element("th", "占比", "scope", "col");
        h.close("tr").close("thead").newline().open("tbody").newline();
        for (Datum d : chart.data()) {
            h.open("tr").element("th", d.label(), "scope", "row");
            h.element("td", amount(d.value()), "class", "num");
            h.element("td", chart.share(d).toPlainString() + "%", "class", "num");
            h.close("tr").newline();
        }
        h.open("tr", "class", "total").element("th", "合计", "scope", "row");
        h.element("td", amount(chart.total()), "class", "num");
        h.element("td", chart.total().signum() == 0 ? "" : "100.00%", "class", "num");
        h.close("tr").newline();
        h.close("tbody").close("table").newline();
    }

    /** The 类 rows (by the level of their function code, printed whole or in 类|款|项 columns) with their 合计. */
    private static List<Datum> byClass(PrintedTable t) {
        List<Datum> data = new ArrayList<>();
        if (!t.hasFunctionCodes() || !t.hasColumn("name") || !t.hasColumn("total")) {
            return data;
        }
        List<Optional<FunctionCode>> codes = t.functionCodes();
        for (int i = 0; i < t.rows().size(); i++) {
            TableRow r = t.rows().get(i);
            if (codes.get(i).filter(c -> c.level() == CodeLevel.CLASS).isPresent()) {
                t.amount(r, "total").ifPresent(v -> data.add(new Datum(t.text(r, "name").strip(), v)));
            }
        }
        return data;
    }

    private static boolean isTotalRow(PrintedTable t, TableRow r) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).type() != ColumnType.AMOUNT && r.cell(i).strip().equals("合计")) {
                return true;
            }
        }
        return false;
    }

    private static String amount(BigDecimal v) {
        return Numbers.tableCell(v);
    }

    private static String shorten(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1) + "…";
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
