package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.model.Disclosure;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The SVG charts: data taken from the tables, shares, accessible figure, bars to scale. */
class SvgChartsTest {

    private final Disclosure d = RenderedReference.disclosure();

    @Test
    void generalBudgetStructureIsT5ByClass() {
        SvgCharts.Chart chart = SvgCharts.generalBudgetStructure(d).orElseThrow();
        assertThat(chart.title()).isEqualTo("一般公共预算当年拨款结构图");
        assertThat(chart.unit()).isEqualTo("万元");
        assertThat(chart.data()).containsExactly(
                new SvgCharts.Datum("一般公共服务支出", new BigDecimal("15.00")),
                new SvgCharts.Datum("城乡社区支出", new BigDecimal("48783.56")));
        assertThat(chart.total()).isEqualByComparingTo("48798.56");
        assertThat(chart.share(chart.data().get(0))).isEqualByComparingTo("0.03");
        assertThat(chart.share(chart.data().get(1))).isEqualByComparingTo("99.97");
    }

    @Test
    void expenditureChartsAreT3ByClassAndItsTotalRow() {
        SvgCharts.Chart byFunction = SvgCharts.expenditureByFunction(d).orElseThrow();
        assertThat(byFunction.data().stream().map(x -> x.label() + " " + x.value()).toList())
                .containsExactly("一般公共服务支出 15.00", "城乡社区支出 48875.05", "债务还本支出 76.80");
        assertThat(byFunction.total()).isEqualByComparingTo("48966.85");
        SvgCharts.Chart basic = SvgCharts.basicVersusProject(d).orElseThrow();
        assertThat(basic.data().stream().map(x -> x.label() + " " + x.value()).toList())
                .containsExactly("基本支出 15.00", "项目支出 48951.85");
    }

    @Test
    void figureHasCaptionAccessibleSvgAndDataTable() {
        SvgCharts.Chart chart = new SvgCharts.Chart("c1", "测试图", "万元", List.of(
                new SvgCharts.Datum("甲", new BigDecimal("300.00")),
                new SvgCharts.Datum("乙", new BigDecimal("100.00")),
                new SvgCharts.Datum("丙<&>", new BigDecimal("100.00"))));
        Document doc = RenderedReference.parse(SvgCharts.figure(chart));
        Element figure = doc.getDocumentElement();
        assertThat(figure.getTagName()).isEqualTo("figure");
        assertThat(HtmlRendererTest.text(HtmlRendererTest.child(figure, "figcaption"))).isEqualTo("测试图");
        Element svg = HtmlRendererTest.child(figure, "svg");
        assertThat(svg.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label"))
                .isEqualTo("测试图：甲300.00万元，占60.00%；乙100.00万元，占20.00%；丙<&>100.00万元，占20.00%。");
        // bars to scale: the largest is 200 units long, the others a third of it
        List<Double> widths = new ArrayList<>();
        for (Element rect : HtmlRendererTest.descendants(svg, "rect")) {
            if (!rect.getAttribute("height").equals("6")) {
                widths.add(Double.parseDouble(rect.getAttribute("width")));
            }
        }
        assertThat(widths).containsExactly(200.0, 66.7, 66.7);
        // three shades; the third hatched so that it differs in grey print too
        List<String> fills = HtmlRendererTest.descendants(svg, "rect").stream()
                .filter(r -> !r.getAttribute("height").equals("6")).map(r -> r.getAttribute("fill")).toList();
        assertThat(fills).containsExactly("#1f3864", "#4f7cc0", "url(#c1-hatch)");
        Element table = HtmlRendererTest.child(figure, "table");
        assertThat(HtmlRendererTest.text(HtmlRendererTest.child(table, "caption"))).isEqualTo("测试图（数据）");
        assertThat(HtmlRendererTest.text(table)).contains("丙<&>").contains("500.00").contains("100.00%");
    }

    @Test
    void tinyAmountsStillGetAVisibleBarAndZeroTotalsNoShare() {
        SvgCharts.Chart chart = new SvgCharts.Chart("c2", "图", "万元", List.of(
                new SvgCharts.Datum("大", new BigDecimal("48783.56")), new SvgCharts.Datum("小", new BigDecimal("0.01"))));
        String svg = SvgCharts.figure(chart);
        assertThat(svg).contains("width=\"2.0\"");
        SvgCharts.Chart zero = new SvgCharts.Chart("c3", "图", "万元", List.of(new SvgCharts.Datum("无", BigDecimal.ZERO)));
        assertThat(zero.share(zero.data().get(0))).isEqualByComparingTo("0");
        assertThat(SvgCharts.figure(zero)).contains("width=\"0.0\"");
    }
}
