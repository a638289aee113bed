package org.gongkai.app.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.gongkai.core.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the portal's chart pages share: the {@code <head>} that loads the chart script (ECharts and
 * {@code /assets/charts.js}, both served by this server), a chart's data embedded beside its table
 * ({@code <script type="application/json" class="chart-data">}, which charts.js turns into a chart:
 * without script the table alone is the page), and the figures as the tables print them.
 */
final class Charts {

    /** The head of a page with charts: its style sheet and the two scripts (deferred). */
    static final String HEAD = "<link rel=\"stylesheet\" href=\"/assets/charts.css\">"
            + "<script src=\"/vendor/echarts.min.js\" defer></script><script src=\"/assets/charts.js\" defer></script>";

    /** The sign for a figure that is not there (a year or a 科目 missing): never 0. */
    static final String MISSING = "—";

    private Charts() {
    }

    /** A chart's data: the title, the text summary (the chart's accessible name), its kind. */
    static ObjectNode chart(String kind, String title, String summary, String unit) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("kind", kind);
        o.put("title", title);
        o.put("summary", summary);
        o.put("unit", unit);
        return o;
    }

    /** A treemap tile: its label, value (for the area), shown figure and link; null (none) for no money. */
    static ObjectNode tile(ArrayNode tiles, String name, BigDecimal value, String shown, String url) {
        if (value == null || value.signum() <= 0) {
            return null;
        }
        ObjectNode t = tiles.addObject();
        t.put("name", name);
        t.put("value", value);
        t.put("shown", shown);
        if (url != null) {
            t.put("url", url);
        }
        return t;
    }

    /** Bars: categories and, per series, one value per category (null when missing). */
    static void bars(ObjectNode chart, List<String> categories, List<String> seriesNames, List<List<BigDecimal>> values,
            boolean stacked) {
        ArrayNode c = chart.putArray("categories");
        categories.forEach(c::add);
        ArrayNode s = chart.putArray("series");
        for (int i = 0; i < seriesNames.size(); i++) {
            ObjectNode one = s.addObject();
            one.put("name", seriesNames.get(i));
            ArrayNode v = one.putArray("values");
            for (BigDecimal x : values.get(i)) {
                if (x == null) {
                    v.addNull();
                } else {
                    v.add(x);
                }
            }
        }
        chart.put("stacked", stacked);
    }

    /** The chart's data as a script element (JSON with {@code <} escaped, so no text ends the element). */
    static String script(String id, ObjectNode chart) {
        String json = Json.mapper().writeValueAsString(chart).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        return "<script type=\"application/json\" class=\"chart-data\" id=\"" + id + "\">" + json + "</script>";
    }

    /** 48,875.05 — two decimals, thousands separated; "—" for null. */
    static String money(BigDecimal v) {
        return v == null ? MISSING : String.format(Locale.ROOT, "%,.2f", v);
    }

    /** +1,234.00 / -12.50 / 0.00 */
    static String signed(BigDecimal v) {
        return v == null ? MISSING : (v.signum() > 0 ? "+" : "") + money(v);
    }

    /** 99.81% — "—" for null. */
    static String percent(BigDecimal v) {
        return v == null ? MISSING : v.toPlainString() + "%";
    }
}
