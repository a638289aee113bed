package org.gongkai.core.ingest;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the indicator table of a 项目支出绩效目标表 (财预〔2015〕88号, and 财预〔2021〕101号
 * where 成本指标 is a 一级 indicator): which printed cell is a 一级 label, a 二级 label, a value or
 * a name, and which 一级 a 二级 belongs to.
 */
final class IndicatorVocabulary {

    static final String OUTPUT = "产出指标";
    static final String BENEFIT = "效益指标";
    static final String SATISFACTION = "满意度指标";
    static final String COST = "成本指标";

    /** What a non-empty cell of an indicator row is. */
    enum Kind {
        /** a word of the header row: 绩效指标, 一级指标, 二级指标, 三级指标, 指标值 */
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

    private static final Set<String> HEADER_WORDS = Set.of("绩效指标", "一级指标", "二级指标", "三级指标", "指标值");

    private static final Set<String> LEVEL1_LABELS = Set.of(OUTPUT, BENEFIT, SATISFACTION);

    /** 二级 labels of the 101号 layout, under the 一级 成本指标. */
    private static final Set<String> COST_LEVEL2 = Set.of("经济成本指标", "社会成本指标", "生态环境成本指标");

    /** Every 二级 label as printed → its canonical name (its "family" for pairing columns). */
    private static final Map<String, String> LEVEL2_LABELS = Map.ofEntries(
            Map.entry("数量指标", "数量指标"),
            Map.entry("质量指标", "质量指标"),
            Map.entry("时效指标", "时效指标"),
            Map.entry(COST, COST),
            Map.entry("经济效益", "经济效益指标"),
            Map.entry("经济效益指标", "经济效益指标"),
            Map.entry("社会效益", "社会效益指标"),
            Map.entry("社会效益指标", "社会效益指标"),
            Map.entry("生态效益", "生态效益指标"),
            Map.entry("生态效益指标", "生态效益指标"),
            Map.entry("可持续影响", "可持续影响指标"),
            Map.entry("可持续影响指标", "可持续影响指标"),
            Map.entry("可持续性影响", "可持续影响指标"),
            Map.entry("可持续发展", "可持续影响指标"),
            Map.entry("可持续发展影响", "可持续影响指标"),
            Map.entry("可持續影响", "可持续影响指标"),
            Map.entry("服务对象满意度", "服务对象满意度指标"),
            Map.entry("服务对象满意度指标", "服务对象满意度指标"),
            Map.entry("经济成本指标", "经济成本指标"),
            Map.entry("社会成本指标", "社会成本指标"),
            Map.entry("生态环境成本指标", "生态环境成本指标"));

    /** The 一级 of each canonical 二级. */
    private static final Map<String, String> LEVEL1_OF = Map.ofEntries(
            Map.entry("数量指标", OUTPUT),
            Map.entry("质量指标", OUTPUT),
            Map.entry("时效指标", OUTPUT),
            Map.entry(COST, OUTPUT),
            Map.entry("经济效益指标", BENEFIT),
            Map.entry("社会效益指标", BENEFIT),
            Map.entry("生态效益指标", BENEFIT),
            Map.entry("可持续影响指标", BENEFIT),
            Map.entry("服务对象满意度指标", SATISFACTION),
            Map.entry("经济成本指标", COST),
            Map.entry("社会成本指标", COST),
            Map.entry("生态环境成本指标", COST));

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
        if (LEVEL2_LABELS.containsKey(cell)) {
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
        return LEVEL1_LABELS.contains(cell) || LEVEL2_LABELS.containsKey(cell) || STRAY_LABELS.contains(cell);
    }

    /** The canonical name of a printed 二级 label ("经济效益" → "经济效益指标"); null when unknown. */
    static String family(String level2) {
        return level2 == null ? null : LEVEL2_LABELS.get(level2);
    }

    /** The 一级 a printed 二级 label belongs to; null when unknown. */
    static String level1Of(String level2) {
        String family = family(level2);
        return family == null ? null : LEVEL1_OF.get(family);
    }

    /** Whether two names are the same indicator: equal, or one a (truncated) prefix of the other. */
    static boolean sameName(String a, String b) {
        return a != null && b != null && (a.startsWith(b) || b.startsWith(a));
    }
}
