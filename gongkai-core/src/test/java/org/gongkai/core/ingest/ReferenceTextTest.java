package org.gongkai.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.core.Reference;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.TocEntry;
import org.junit.jupiter.api.Test;

/** Golden test of everything but the tables; values typed by hand from the reference text. */
class ReferenceTextTest {

    private final Disclosure d = Reference.disclosure();

    @Test
    void tableOfContents() {
        assertThat(d.tableOfContents()).hasSize(33);
        TocEntry t12 = d.tableOfContents().stream().filter(e -> e.title().startsWith("表十二")).findFirst().orElseThrow();
        assertThat(t12.title()).isEqualTo("表十二2026年项目支出预算表（本年预算）");
        assertThat(t12.page()).isEqualTo(15);
        assertThat(d.tableOfContents().get(0)).isEqualTo(new TocEntry(1, "第一部分 概况", 1, 10));
        assertThat(d.tableOfContents().get(d.tableOfContents().size() - 1).title()).isEqualTo("第四部分 名词解释");
        assertThat(d.tableOfContents().get(d.tableOfContents().size() - 1).page()).isEqualTo(66);
    }

    @Test
    void overview() {
        assertThat(d.overview().duties()).hasSize(1);
        assertThat(d.overview().duties().get(0).text()).startsWith("建设与公用事业管理部负责统筹全区建设协调综合管理工作。");
        assertThat(d.overview().organization().get(0).text()).contains("设5个内设科室");
        assertThat(d.overview().organization().get(0).line()).isEqualTo(53);
    }

    @Test
    void narrativeSectionsWithHeadingNumbers() {
        assertThat(d.narrative().heading()).isEqualTo("第三部分 2026年度部门预算情况说明");
        assertThat(d.narrative().sections()).extracting(NarrativeSection::number)
                .containsExactly("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二");
        NarrativeSection s1 = d.narrative().section("一").orElseThrow();
        assertThat(s1.heading()).isEqualTo("部门预算收支数据变动情况及原因");
        assertThat(s1.text()).contains("比上年增加22769.98万元，增长86.92%");
        assertThat(d.narrative().section("七").orElseThrow().text()).isEqualTo("本部门无“三公”经费预算。");
        // a sentence cut by a page break (lines 412/414) is joined
        assertThat(d.narrative().section("四").orElseThrow().text()).contains("政府性基金预算拨款0万元，国有资本经营预算拨款0万元");
        // the joined paragraph keeps the line it starts on
        assertThat(d.narrative().section("四").orElseThrow().paragraphs().get(0).line()).isEqualTo(412);
        NarrativeSection s10 = d.narrative().section("十").orElseThrow();
        assertThat(s10.text()).contains("二级项目44个，共计金额48,783.56万元").doesNotContain("绩效指标");
        assertThat(d.narrative().section("五").orElseThrow().text()).contains("一般公共预算当年拨款结构图");
    }

    @Test
    void procurementAssetsGlossary() {
        assertThat(d.procurement().total().value()).isEqualByComparingTo("4100.76");
        assertThat(d.procurement().goods().value()).isEqualByComparingTo("154.40");
        assertThat(d.procurement().works().value()).isEqualByComparingTo("0");
        assertThat(d.procurement().services().value()).isEqualByComparingTo("3946.36");
        assertThat(d.procurement().line()).isEqualTo(449);

        assertThat(d.assets().asOf()).isEqualTo("2026年2月5日");
        assertThat(d.assets().vehicleQuota()).isZero();
        assertThat(d.assets().vehiclesActual()).isZero();
        assertThat(d.assets().vehicles()).hasSize(7);
        assertThat(d.assets().vehicles().get(3).category()).isEqualTo("执法执勤用车");
        assertThat(d.assets().officeAreaSquareMetres()).isEqualByComparingTo("261");
        assertThat(d.assets().equipment()).hasSize(2);
        assertThat(d.assets().equipment().get(1).threshold()).isEqualByComparingTo("100");

        assertThat(d.glossary()).hasSize(12);
        assertThat(d.glossary().get(0).term()).isEqualTo("基本支出");
        assertThat(d.glossary().get(5).term()).isEqualTo("财政专户管理资金");
        assertThat(d.glossary().get(5).definition()).startsWith("专指教育收费");
        assertThat(d.glossary().get(11).term()).isEqualTo("财政拨款");
    }
}
