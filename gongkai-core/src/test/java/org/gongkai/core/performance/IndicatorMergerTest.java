package org.gongkai.core.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.model.Indicator;
import org.junit.jupiter.api.Test;

/** Pairing the 实施期 and 年度 columns of a performance form. */
class IndicatorMergerTest {

    @Test
    void mergePrefersEqualNamesThenPrefixes() {
        List<Indicator> period = List.of(
                new Indicator("产出指标", "数量指标", "控制在预算批复金额内", "≤5万元", 1),
                new Indicator("产出指标", "数量指标", "控制在预算批复", "≤4万元", 2),
                new Indicator("效益指标", "社会效益", "提升效率", "提升", 3));
        List<Indicator> annual = List.of(
                new Indicator("产出指标", "数量指标", "控制在预算批复", "≤4万元", 1),
                new Indicator("产出指标", "数量指标", "控制在预算", "≤5万元", 2),
                new Indicator("产出指标", "质量指标", "合格率", "100%", 2),
                new Indicator("效益指标", "社会效益指标", "提升效率", "提升", 3));
        assertThat(IndicatorMerger.merge(period, annual)).containsExactly(
                new MergedIndicator("产出指标", "数量指标", "控制在预算批复金额内", "≤5万元", "≤5万元", 1),
                new MergedIndicator("产出指标", "数量指标", "控制在预算批复", "≤4万元", "≤4万元", 2),
                new MergedIndicator("产出指标", "质量指标", "合格率", null, "100%", 2),
                new MergedIndicator("效益指标", "社会效益", "提升效率", "提升", "提升", 3));
    }
}
