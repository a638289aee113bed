package org.gongkai.core.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.PerformanceTarget;

/**
 * Pairs the 年度 indicators of a 项目支出绩效目标表 with its 实施期 indicators: a pure function of
 * the form, used wherever the two columns are shown or compared side by side (CSV, workbook, the
 * printed form, the checks).
 */
public final class IndicatorMerger {

    /** A row of the merged list while it is built. */
    private static final class Pair {
        final Indicator period;
        Indicator annual;

        Pair(Indicator period, Indicator annual) {
            this.period = period;
            this.annual = annual;
        }

        Indicator any() {
            return period != null ? period : annual;
        }

        String family() {
            return IndicatorFamilies.family(any().level2());
        }
    }

    private IndicatorMerger() {
    }

    /**
     * The indicators of a form with the 实施期 and 年度 columns side by side: each 年度 indicator is
     * paired with the first unpaired 实施期 indicator of the same 二级 family whose name equals it
     * (else starts with it, or is its prefix). Unpaired indicators of either column appear alone,
     * with the other value null.
     */
    public static List<MergedIndicator> merge(PerformanceTarget target) {
        return merge(target.periodIndicators(), target.annualIndicators());
    }

    /**
     * The same pairing as {@link #merge}, keeping both printed indicators of each row (the 年度
     * one with its own, possibly truncated, name), in the order of {@link #merge}.
     */
    public static List<IndicatorPair> pairs(PerformanceTarget target) {
        return pairs(target.periodIndicators(), target.annualIndicators());
    }

    static List<MergedIndicator> merge(List<Indicator> period, List<Indicator> annual) {
        return pairs(period, annual).stream().map(IndicatorMerger::toMerged).toList();
    }

    static List<IndicatorPair> pairs(List<Indicator> period, List<Indicator> annual) {
        List<Pair> pairs = new ArrayList<>();
        for (Indicator p : period) {
            pairs.add(new Pair(p, null));
        }
        int previous = -1;
        for (Indicator a : annual) {
            int match = findPartner(pairs, a);
            if (match >= 0) {
                pairs.get(match).annual = a;
                previous = Math.max(previous, match);
            } else {
                previous = insertionPoint(pairs, a, previous);
                pairs.add(previous, new Pair(null, a));
            }
        }
        return pairs.stream().map(p -> new IndicatorPair(p.period, p.annual)).toList();
    }

    /** The first unpaired 实施期 indicator of the same family with an equal name, else a prefix-related one. */
    private static int findPartner(List<Pair> pairs, Indicator annual) {
        int equal = find(pairs, annual, String::equals);
        return equal >= 0 ? equal : find(pairs, annual, IndicatorFamilies::sameName);
    }

    private static int find(List<Pair> pairs, Indicator annual, BiPredicate<String, String> sameName) {
        String family = IndicatorFamilies.family(annual.level2());
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            if (pair.period != null && pair.annual == null && Objects.equals(pair.family(), family)
                    && sameName.test(pair.period.name(), annual.name())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * After the last row of the same family; when there is none, after the furthest row a 年度
     * indicator went to so far (at the start when there is none either).
     */
    private static int insertionPoint(List<Pair> pairs, Indicator annual, int previous) {
        String family = IndicatorFamilies.family(annual.level2());
        for (int i = pairs.size() - 1; i >= 0; i--) {
            if (Objects.equals(pairs.get(i).family(), family)) {
                return i + 1;
            }
        }
        return previous + 1;
    }

    private static MergedIndicator toMerged(IndicatorPair pair) {
        Indicator first = pair.any();
        return new MergedIndicator(first.level1(), first.level2(), first.name(),
                pair.period() == null ? null : pair.period().value(),
                pair.annual() == null ? null : pair.annual().value(),
                first.source());
    }
}
