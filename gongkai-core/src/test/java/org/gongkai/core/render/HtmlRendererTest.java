package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The HTML document: language, semantic tables, merged headers, no external request. */
class HtmlRendererTest {

    private final Document dom = RenderedReference.dom();

    @Test
    void isChineseSelfContainedXhtml() {
        String html = RenderedReference.html();
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(dom.getDocumentElement().getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(elements("meta")).anyMatch(m -> m.getAttribute("name").equals("viewport"));
        assertThat(elements("script")).isEmpty();
        assertThat(elements("link")).isEmpty();
        assertThat(elements("img")).isEmpty();
        for (String attribute : List.of("src", "href", "srcset", "action", "data")) {
            for (Element e : all()) {
                assertThat(e.getAttribute(attribute)).as(e.getTagName() + "@" + attribute).doesNotContainIgnoringCase("http");
            }
        }
        assertThat(elements("style").get(0).getTextContent()).doesNotContain("url(").doesNotContain("@import");
    }

    @Test
    void everyTableHasACaptionAndScopedHeaders() {
        List<Element> tables = elements("table");
        // 13 budget tables, 43 performance forms of two tables (the form, its indicators), 3 chart data tables
        assertThat(tables).hasSize(13 + 43 * 2 + 3);
        for (Element table : tables) {
            NodeList captions = table.getElementsByTagName("caption");
            assertThat(captions.getLength()).as("caption of table %s", table.getAttribute("class")).isEqualTo(1);
            assertThat(captions.item(0).getTextContent()).isNotBlank();
        }
        for (Element th : elements("th")) {
            assertThat(th.getAttribute("scope")).as("th %s", th.getTextContent()).isIn("col", "row");
        }
    }

    @Test
    void budgetTablesShowTitleDepartmentAndUnit() {
        Element t12 = byId("table-T12");
        assertThat(text(child(t12, "h3"))).isEqualTo("表十二 2026年项目支出预算表（本年预算）");
        Element table = table(t12);
        assertThat(text(child(table, "caption"))).contains("2026年项目支出预算表（本年预算）").contains("单位：万元");
        Element meta = child(table, "thead");
        assertThat(text(meta)).contains("部门名称：山西转型综合改革示范区建设与公用事业管理部").contains("单位：万元");
        assertThat(RenderedReference.html().split("单位：万元", -1).length - 1).isGreaterThanOrEqualTo(26);
        for (Element section : elements("section")) {
            if (section.getAttribute("class").contains("budget-table")) {
                assertThat(text(section)).as(section.getAttribute("id")).contains("单位：万元");
            }
        }
    }

    @Test
    void headerRowsAreMergedAsPrinted() {
        Element t2 = child(table(byId("table-T2")), "thead");
        assertThat(header(t2, "项目")).isEqualTo("colspan=2 rowspan=1");
        assertThat(header(t2, "本年收入")).isEqualTo("colspan=6 rowspan=1");
        assertThat(header(t2, "上年结转")).isEqualTo("colspan=1 rowspan=2");
        Element t4 = child(table(byId("table-T4")), "thead");
        assertThat(header(t4, "支出")).isEqualTo("colspan=5 rowspan=1");
        assertThat(headers(t4, "金额")).containsExactly("colspan=1 rowspan=2", "colspan=4 rowspan=1");
        assertThat(headers(t4, "项目")).containsExactly("colspan=1 rowspan=2", "colspan=1 rowspan=2");
        Element t9 = child(table(byId("table-T9")), "thead");
        assertThat(header(t9, "项目")).isEqualTo("colspan=2 rowspan=1");
        assertThat(header(t9, "国有资本经营收入预算")).isEqualTo("colspan=1 rowspan=2");
        Element t12 = child(table(byId("table-T12")), "thead");
        assertThat(header(t12, "项目名称")).isEqualTo("colspan=1 rowspan=2");
        assertThat(header(t12, "2026年财政拨款")).isEqualTo("colspan=3 rowspan=1");
        assertThat(header(t12, "财政专户管理资金")).isEqualTo("colspan=1 rowspan=2");
    }

    @Test
    void amountsAreRightAlignedCellsAndBlanksStayBlank() {
        Element t1 = child(table(byId("table-T1")), "tbody");
        List<Element> rows = children(t1, "tr");
        List<Element> first = cells(rows.get(0));
        assertThat(first.stream().map(HtmlRendererTest::text).toList())
                .containsExactly("一、一般公共预算", "48798.56", "一、一般公共服务支出", "15.00", "15.00", "");
        assertThat(first.get(1).getAttribute("class")).isEqualTo("num");
        assertThat(first.get(5).getAttribute("class")).isEqualTo("num");
        List<Element> second = cells(rows.get(1));
        assertThat(text(second.get(1))).isEmpty();
        assertThat(text(rows.get(rows.size() - 1))).contains("收入总计").contains("48966.85");
        assertThat(rows.get(rows.size() - 1).getAttribute("class")).isEqualTo("total");
        assertThat(RenderedReference.html()).contains("二十二、国有资本经营预算支出");
    }

    @Test
    void tocLinksPointAtHeadings() {
        Set<String> ids = new HashSet<>();
        for (Element e : all()) {
            if (!e.getAttribute("id").isEmpty()) {
                assertThat(ids.add(e.getAttribute("id"))).as("unique id " + e.getAttribute("id")).isTrue();
            }
        }
        List<Element> links = new ArrayList<>();
        for (Element a : elements("a")) {
            links.add(a);
            assertThat(a.getAttribute("href")).startsWith("#");
            assertThat(ids).contains(a.getAttribute("href").substring(1));
        }
        assertThat(links).hasSize(4 + 2 + 13 + 12 + 2);
        assertThat(text(links.get(0))).isEqualTo("第一部分 概况");
        assertThat(links.stream().map(HtmlRendererTest::text)).contains("表十二 2026年项目支出预算表（本年预算）",
                "五、一般公共预算支出情况说明", "（一）政府购买服务指导性目录", "第四部分 名词解释");
    }

    @Test
    void chartsSitInSectionsThreeAndFive() {
        Element structure = byId("chart-general-budget");
        assertThat(text(child((Element) structure.getParentNode(), "h3"))).isEqualTo("五、一般公共预算支出情况说明");
        assertThat(text(child(structure, "figcaption"))).isEqualTo("一般公共预算当年拨款结构图");
        assertThat(text((Element) byId("chart-expenditure-function").getParentNode().getFirstChild().getNextSibling()))
                .isEqualTo("三、支出预算情况说明");
        assertThat(byId("chart-basic-project").getParentNode()).isSameAs(byId("chart-expenditure-function").getParentNode());
        // the paragraph that only named the lost picture is now the figure's caption
        assertThat(RenderedReference.html()).doesNotContain("<p>一般公共预算当年拨款结构图</p>");
    }

    @Test
    void chartDataTablesHoldTheFigures() {
        assertThat(rows(byId("chart-general-budget"))).containsExactly(
                "一般公共服务支出|15.00|0.03%", "城乡社区支出|48783.56|99.97%", "合计|48798.56|100.00%");
        assertThat(rows(byId("chart-expenditure-function"))).containsExactly(
                "一般公共服务支出|15.00|0.03%", "城乡社区支出|48875.05|99.81%", "债务还本支出|76.80|0.16%",
                "合计|48966.85|100.00%");
        assertThat(rows(byId("chart-basic-project"))).containsExactly(
                "基本支出|15.00|0.03%", "项目支出|48951.85|99.97%", "合计|48966.85|100.00%");
        Element svg = child(byId("chart-general-budget"), "svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).isEqualTo(
                "一般公共预算当年拨款结构图：一般公共服务支出15.00万元，占0.03%；城乡社区支出48783.56万元，占99.97%。");
    }

    @Test
    void performanceFormsAreLaidOutLikeThePrintedOnes() {
        Element form = byId("form-1");
        assertThat(text(child(form, "h4"))).contains("项目支出绩效目标表").contains("（2026年度）");
        String t = text(form);
        assertThat(t).contains("临时人员工资", "608-山西转型综合改革示范区建设与公用事业管理部", "经常性项目(长期开展)", "99年",
                "实施期资金总额", "440,000", "年度资金总额", "聘用人员满意度", "≥85%", "填报日期：2025-12-24");
        // the indicator table is a table of its own under the form's, so that a page break does not cut it
        Element table = descendants(form, "table").get(1);
        assertThat(text(descendants(table, "th").get(0))).isEqualTo("绩效指标");
        List<Element> l1 = new ArrayList<>();
        for (Element th : descendants(table, "th")) {
            if (th.getAttribute("class").equals("l1")) {
                l1.add(th);
            }
        }
        assertThat(l1.stream().map(e -> text(e) + ":" + e.getAttribute("rowspan")).toList())
                .containsExactly("产出指标:5", "效益指标:4", "满意度指标:1");
        // 应急经费: the 年度 column has indicators the 实施期 column lacks; both sides shown
        String third = text(byId("form-3"));
        assertThat(third).contains("应急物资质量合格率", "防疫物资采购完成率");
        // its 年度 funds are not in the text: blank cells, never "null" or 0
        assertThat(third).contains("年度资金总额").doesNotContain("null");
        assertThat(RenderedReference.html()).doesNotContain(">null<");
        assertThat(elements("section").stream().filter(s -> s.getAttribute("class").equals("perf-form"))).hasSize(43);
    }

    // --- helpers

    private static String header(Element thead, String text) {
        List<String> found = headers(thead, text);
        assertThat(found).as("header " + text).hasSize(1);
        return found.get(0);
    }

    private static List<String> headers(Element thead, String text) {
        List<String> found = new ArrayList<>();
        for (Element th : descendants(thead, "th")) {
            if (text(th).equals(text)) {
                String cs = th.getAttribute("colspan");
                String rs = th.getAttribute("rowspan");
                found.add("colspan=" + (cs.isEmpty() ? "1" : cs) + " rowspan=" + (rs.isEmpty() ? "1" : rs));
            }
        }
        return found;
    }

    private static List<String> rows(Element figure) {
        List<String> out = new ArrayList<>();
        for (Element tr : descendants(child(child(figure, "table"), "tbody"), "tr")) {
            out.add(String.join("|", cells(tr).stream().map(HtmlRendererTest::text).toList()));
        }
        return out;
    }

    private List<Element> elements(String tag) {
        return descendants(dom.getDocumentElement(), tag);
    }

    private List<Element> all() {
        return elements("*");
    }

    private Element byId(String id) {
        for (Element e : all()) {
            if (e.getAttribute("id").equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no element #" + id);
    }

    /** The table of a budget-table section (inside its scrolling wrapper). */
    static Element table(Element section) {
        return child(child(section, "div"), "table");
    }

    static List<Element> descendants(Element root, String tag) {
        NodeList list = root.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static Element child(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        if (found.isEmpty()) {
            throw new AssertionError("no <" + tag + "> in <" + parent.getTagName() + " id=" + parent.getAttribute("id") + ">");
        }
        return found.get(0);
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    static List<Element> cells(Element tr) {
        List<Element> out = new ArrayList<>();
        for (var n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (e.getTagName().equals("td") || e.getTagName().equals("th"))) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element e) {
        return e.getTextContent().strip();
    }
}
