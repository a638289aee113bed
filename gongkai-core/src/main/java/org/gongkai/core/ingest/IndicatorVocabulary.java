package org.gongkai.core.ingest;

import static org.gongkai.core.performance.IndicatorFamilies.BENEFIT;
import static org.gongkai.core.performance.IndicatorFamilies.COST;
import static org.gongkai.core.performance.IndicatorFamilies.OUTPUT;
import static org.gongkai.core.performance.IndicatorFamilies.SATISFACTION;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.performance.IndicatorFamilies;

/**
 * The words of the indicator table of a 项目支出绩效目标表 (财预〔2015〕88号, and 财预〔2021〕101号
 * where 成本指标 is a 一级 indicator): which printed cell is a 一级 label, a 二级 label, a value or
 * a name. The 二级 labels and their 一级 are {@link IndicatorFamilies}.
 */
final class IndicatorVocabulary {

    /** What a non-empty cell of an indicator row is. */
    enum Kind {
        /** a word of the header rows: 绩效指标, 一级指标, 二级指标, 三级指标, 指标值; 实施期 and 年度 over their columns */
        HEADER,
        /** 一级指标 label */
        LEVEL1,
        /** 二级指标 label */
        LEVEL2,
        /** a label-like word that is neither a 一级 nor a 二级 label (reported, not read) */
        STRAY_LABEL,
        /** 指标值 */
        VALUE,
        /** 三级指标 name */
        NAME
    }

    private static final Set<String> HEADER_WORDS = Set.of("绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "实施期", "年度");

    private static final Set<String> LEVEL1_LABELS = Set.of(OUTPUT, BENEFIT, SATISFACTION);

    /** 二级 labels of the 101号 layout, under the 一级 成本指标. */
    private static final Set<String> COST_LEVEL2 = Set.of("经济成本指标", "社会成本指标", "生态环境成本指标");

    /** Printed in the 一级 column of one seed form (l.665) beside the 二级 label 可持續影响. */
    private static final Set<String> STRAY_LABELS = Set.of("可持续性指标");

    /** Qualitative 指标值 printed in the seed. */
    private static final Set<String> QUALITATIVE = Set.of(
            "及时", "符合", "提高", "提升", "健全", "良好", "深远", "保障", "保证", "专业", "标准", "准确",
            "小于", "齐全", "完成", "降低", "减少", "减轻", "增强", "加强", "改善", "优化", "节约", "有效",
            "规范", "安全", "长期", "预留", "控制", "达标", "满足", "维护", "解决", "实现", "完善", "满意",
            "促进", "鼓励", "稳定");

    /** Operator, number, then a short unit: "≥5个", "100%", "≤650元/月/人", "12月31日", "≤681103m ²". */
    private static final Pattern QUANTITY = Pattern.compile("[≥≤=<>＞＜≧≦]?\\s*\\d[\\d,]*(\\.\\d+)?(?<unit>.{0,8})");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final int MAX_HAN_IN_UNIT = 4;

    private IndicatorVocabulary() {
    }

    /**
     * Classifies one cell. 成本指标 comes out as a 二级 label; {@link #isLevel1Cost} tells when the
     * row makes it a 一级 label.
     */
    static Kind classify(String cell) {
        if (HEADER_WORDS.contains(cell)) {
            return Kind.HEADER;
        }
        if (LEVEL1_LABELS.contains(cell)) {
            return Kind.LEVEL1;
        }
        if (IndicatorFamilies.isLevel2(cell)) {
            return Kind.LEVEL2;
        }
        if (STRAY_LABELS.contains(cell)) {
            return Kind.STRAY_LABEL;
        }
        return isValue(cell) ? Kind.VALUE : Kind.NAME;
    }

    /** 成本指标 is a 一级 label when the next label is one of the 101号 cost 二级 labels. */
    static boolean isLevel1Cost(String cell, String nextLabel) {
        return COST.equals(cell) && nextLabel != null && COST_LEVEL2.contains(nextLabel);
    }

    /** Whether the cell is a 指标值: a quantity with a short unit, or a qualitative word. */
    static boolean isValue(String cell) {
        if (QUALITATIVE.contains(cell)) {
            return true;
        }
        Matcher m = QUANTITY.matcher(cell);
        if (!m.matches()) {
            return false;
        }
        return HAN.matcher(m.group("unit")).results().count() <= MAX_HAN_IN_UNIT;
    }

    /** Whether the cell is a 一级 or 二级 label word. */
    static boolean isLabelWord(String cell) {
        return LEVEL1_LABELS.contains(cell) || IndicatorFamilies.isLevel2(cell) || STRAY_LABELS.contains(cell);
    }
}
