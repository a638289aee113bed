package org.gongkai.core.check.performance;

import java.util.List;
import java.util.Set;

/**
 * The indicator tree of a performance form (domain.md §4): 一级 产出 / 效益 / 满意度 and their
 * 二级 families, in the 财预〔2015〕88号 layout (成本指标 a 二级 under 产出) and the 财预〔2021〕101号
 * layout (成本指标 a 一级 with 经济 / 社会 / 生态环境成本指标). Labels are recognised by their key
 * words, so "经济效益" and "经济效益指标", "可持续影响" and "可持续发展影响" are one family.
 */
public final class PerformanceLevels {

    static final String OUTPUT = "产出指标";
    static final String BENEFIT = "效益指标";
    static final String SATISFACTION = "满意度指标";
    static final String COST = "成本指标";

    /** The 一级 every form needs at least one indicator under. */
    static final List<String> REQUIRED = List.of(OUTPUT, BENEFIT, SATISFACTION);

    /** A 二级 family. */
    enum Family {
        QUANTITY("数量指标", Set.of(OUTPUT)),
        QUALITY("质量指标", Set.of(OUTPUT)),
        TIMELINESS("时效指标", Set.of(OUTPUT)),
        /** 成本指标: under 产出 (88号), or the 101号 一级 itself printed as 二级 too */
        COST("成本指标", Set.of(OUTPUT, PerformanceLevels.COST)),
        ECONOMIC("经济效益指标", Set.of(BENEFIT)),
        SOCIAL("社会效益指标", Set.of(BENEFIT)),
        ECOLOGICAL("生态效益指标", Set.of(BENEFIT)),
        SUSTAINABILITY("可持续影响指标", Set.of(BENEFIT)),
        SERVICE_SATISFACTION("服务对象满意度指标", Set.of(SATISFACTION)),
        ECONOMIC_COST("经济成本指标", Set.of(PerformanceLevels.COST)),
        SOCIAL_COST("社会成本指标", Set.of(PerformanceLevels.COST)),
        ECOLOGICAL_COST("生态环境成本指标", Set.of(PerformanceLevels.COST));

        private final String label;
        private final Set<String> level1;

        Family(String label, Set<String> level1) {
            this.label = label;
            this.level1 = level1;
        }

        /** The canonical 二级 name. */
        String label() {
            return label;
        }

        /** The 一级 this family may stand under. */
        Set<String> level1() {
            return level1;
        }

        /** The 一级 to name in a message: 产出指标 for 88号 cost, 成本指标 for the 101号 ones. */
        String expectedLevel1() {
            return level1.contains(OUTPUT) ? OUTPUT : level1.iterator().next();
        }
    }

    private PerformanceLevels() {
    }

    /** The family of a printed 二级 label; null when the label is not one of the tree. */
    static Family family(String level2) {
        if (level2 == null) {
            return null;
        }
        String s = PerformanceNames.squeeze(level2).replace('續', '续');
        if (s.contains("满意")) {
            return Family.SERVICE_SATISFACTION;
        }
        if (s.contains("成本")) {
            if (s.contains("经济成本")) {
                return Family.ECONOMIC_COST;
            }
            if (s.contains("社会成本")) {
                return Family.SOCIAL_COST;
            }
            if (s.contains("生态环境成本") || s.contains("生态成本")) {
                return Family.ECOLOGICAL_COST;
            }
            return Family.COST;
        }
        if (s.contains("数量")) {
            return Family.QUANTITY;
        }
        if (s.contains("质量")) {
            return Family.QUALITY;
        }
        if (s.contains("时效")) {
            return Family.TIMELINESS;
        }
        if (s.contains("经济效益")) {
            return Family.ECONOMIC;
        }
        if (s.contains("社会效益")) {
            return Family.SOCIAL;
        }
        if (s.contains("生态效益")) {
            return Family.ECOLOGICAL;
        }
        if (s.contains("可持续")) {
            return Family.SUSTAINABILITY;
        }
        return null;
    }

    /** The canonical 一级 of a printed 一级 label ("产出" → 产出指标); null when unknown. */
    static String level1(String printed) {
        if (printed == null) {
            return null;
        }
        String s = PerformanceNames.squeeze(printed);
        if (s.contains("产出")) {
            return OUTPUT;
        }
        if (s.contains("效益")) {
            return BENEFIT;
        }
        if (s.contains("满意度")) {
            return SATISFACTION;
        }
        if (s.contains("成本")) {
            return COST;
        }
        return null;
    }

    /** A cost indicator whose value should be money: 88号 成本指标, 101号 经济成本指标. */
    static boolean isMoneyCost(String level1, String level2) {
        Family f = family(level2);
        return f == Family.COST || f == Family.ECONOMIC_COST
                || (f == null && COST.equals(level1(level1)));
    }

    /** Any cost indicator (money or not). */
    static boolean isCost(String level1, String level2) {
        Family f = family(level2);
        return f == Family.COST || f == Family.ECONOMIC_COST || f == Family.SOCIAL_COST
                || f == Family.ECOLOGICAL_COST || COST.equals(level1(level1));
    }

    static boolean isSatisfaction(String level1, String level2) {
        return family(level2) == Family.SERVICE_SATISFACTION || SATISFACTION.equals(level1(level1));
    }

    static boolean isTimeliness(String level2) {
        return family(level2) == Family.TIMELINESS;
    }
}
