package org.gongkai.core.check.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Reading 指标值: operator, number, unit, or a word. */
class PerformanceIndicatorValueTest {

    private static IndicatorValue value(String printed) {
        return IndicatorValueParser.parse(printed).orElseThrow(() -> new AssertionError("not read: " + printed));
    }

    private static void quantity(String printed, String operator, String number, String unit) {
        IndicatorValue v = value(printed);
        assertThat(v.kind()).isEqualTo(IndicatorValue.Kind.QUANTITY);
        assertThat(v.operator()).isEqualTo(operator);
        assertThat(v.number()).isEqualByComparingTo(number);
        assertThat(v.unit()).isEqualTo(unit);
    }

    @Test
    void quantities() {
        quantity("≥5个", "≥", "5", "个");
        quantity("100%", "", "100", "%");
        quantity("≤88000元", "≤", "88000", "元");
        quantity("≤650元/月/人", "≤", "650", "元/月/人");
        quantity("≥360天/年", "≥", "360", "天/年");
        quantity("≤681103m ²", "≤", "681103", "m²");
        quantity(">1种", ">", "1", "种");
        quantity("≤2,850,000元", "≤", "2850000", "元");
        quantity("12688.79吨", "", "12688.79", "吨");
        quantity("≥12月", "≥", "12", "月");
        quantity("＞１种", ">", "1", "种");
        quantity(">=90%", "≥", "90", "%");
        quantity("不低于90%", "≥", "90", "%");
        quantity("-5%", "", "-5", "%");
    }

    @Test
    void dates() {
        quantity("12月31日", "", "12", "月31日");
        quantity("≥2026年底", "≥", "2026", "年底");
        quantity("2026年12月31日前", "", "2026", "年12月31日前");
        quantity("2026年11月底前", "", "2026", "年11月底前");
    }

    @Test
    void ranges() {
        IndicatorValue v = value("5-10个");
        assertThat(v.kind()).isEqualTo(IndicatorValue.Kind.RANGE);
        assertThat(v.number()).isEqualByComparingTo("5");
        assertThat(v.upper()).isEqualByComparingTo("10");
        assertThat(v.unit()).isEqualTo("个");
        IndicatorValue both = value("90%~95%");
        assertThat(both.kind()).isEqualTo(IndicatorValue.Kind.RANGE);
        assertThat(both.upper()).isEqualByComparingTo("95");
        assertThat(both.isPercent()).isTrue();
        assertThat(value("90~95%").upper()).isEqualByComparingTo("95");
    }

    @Test
    void words() {
        for (String word : new String[] {"及时", "符合", "满足办公要求", "小于", "建筑市场违法违规行为"}) {
            IndicatorValue v = value(word);
            assertThat(v.kind()).isEqualTo(IndicatorValue.Kind.WORD);
            assertThat(v.isPercent()).isFalse();
            assertThat(v.isMoney()).isFalse();
        }
    }

    @Test
    void money() {
        assertThat(value("≤5万元").isMoney()).isTrue();
        assertThat(value("≤5万元").yuan()).isEqualByComparingTo("50000");
        assertThat(value("≤3500万").yuan()).isEqualByComparingTo("35000000");
        assertThat(value("≤132.9万元").yuan()).isEqualByComparingTo(new BigDecimal("1329000"));
        assertThat(value("<250000元").isCeiling()).isTrue();
        assertThat(value("1.56元/吨").isMoney()).isFalse();
        assertThat(value("1.56元/吨").isMoneyPerUnit()).isTrue();
        assertThat(value("≤0次").isMoney()).isFalse();
        assertThat(value("≥85%").isFloor()).isTrue();
    }

    @Test
    void notValues() {
        for (String bad : new String[] {"≥", "≥提高", "%", "≥5个以上的企业参与项目建设", "完成5个", "", "  ",
                "这是一段很长的说明文字而不是一个指标值应该有的样子"}) {
            assertThat(IndicatorValueParser.parse(bad)).as(bad).isEmpty();
        }
        assertThat(IndicatorValueParser.parse(null)).isEmpty();
    }
}
