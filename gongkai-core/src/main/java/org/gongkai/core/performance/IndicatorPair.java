package org.gongkai.core.performance;

import org.gongkai.core.model.Indicator;

/**
 * A 实施期 indicator and the 年度 indicator paired with it (see {@link IndicatorMerger#pairs}),
 * either of them null when the other column has no partner.
 */
public record IndicatorPair(Indicator period, Indicator annual) {

    /** The 实施期 indicator when there is one, else the 年度 one. */
    public Indicator any() {
        return period != null ? period : annual;
    }
}
