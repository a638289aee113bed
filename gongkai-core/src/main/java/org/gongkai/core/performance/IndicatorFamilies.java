package org.gongkai.core.performance;

import java.util.Map;

/**
 * The 二级指标 of a 项目支出绩效目标表 (财预〔2015〕88号, and 财预〔2021〕101号 where 成本指标 is a
 * 一级 indicator): each printed 二级 label with its canonical name (its "family", by which the
 * 实施期 and 年度 columns are paired) and the 一级 it belongs to.
 */
public final class IndicatorFamilies {

    /** 一级指标 产出指标. */
    public static final String OUTPUT = "产出指标";
    /** 一级指标 效益指标. */
    public static final String BENEFIT = "效益指标";
    /** 一级指标 满意度指标. */
    public static final String SATISFACTION = "满意度指标";
    /** 成本指标: a 二级 under 产出 (88号), a 一级 of its own (101号). */
    public static final String COST = "成本指标";

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

    private IndicatorFamilies() {
    }

    /** Whether the text is a printed 二级 label. */
    public static boolean isLevel2(String label) {
        return label != null && LEVEL2_LABELS.containsKey(label);
    }

    /** The canonical name of a printed 二级 label ("经济效益" → "经济效益指标"); null when unknown. */
    public static String family(String level2) {
        return level2 == null ? null : LEVEL2_LABELS.get(level2);
    }

    /** The 一级 a printed 二级 label belongs to; null when unknown. */
    public static String level1Of(String level2) {
        String family = family(level2);
        return family == null ? null : LEVEL1_OF.get(family);
    }

    /** Whether two names are the same indicator: equal, or one a (truncated) prefix of the other. */
    public static boolean sameName(String a, String b) {
        return a != null && b != null && (a.startsWith(b) || b.startsWith(a));
    }
}
