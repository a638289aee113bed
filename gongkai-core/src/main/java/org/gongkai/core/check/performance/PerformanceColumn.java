package org.gongkai.core.check.performance;

import java.util.List;
import org.gongkai.core.model.FundsBreakdown;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.performance.MergedIndicator;

/** The two columns of a performance form: 实施期 (the whole life of the project) and 年度 (the budget year). */
public enum PerformanceColumn {
    /** 实施期 */
    PERIOD("实施期", "periodIndicators", "periodFunds"),
    /** 年度 */
    ANNUAL("年度", "annualIndicators", "annualFunds");

    private final String label;
    private final String indicatorField;
    private final String fundsField;

    PerformanceColumn(String label, String indicatorField, String fundsField) {
        this.label = label;
        this.indicatorField = indicatorField;
        this.fundsField = fundsField;
    }

    /** "实施期" / "年度". */
    String label() {
        return label;
    }

    /** The {@link org.gongkai.core.model.ReadingNote#field()} prefix of this column's indicators. */
    String indicatorField() {
        return indicatorField;
    }

    /** The {@link org.gongkai.core.model.ReadingNote#field()} prefix of this column's funds. */
    String fundsField() {
        return fundsField;
    }

    FundsBreakdown funds(PerformanceTarget t) {
        return this == PERIOD ? t.periodFunds() : t.annualFunds();
    }

    List<Indicator> indicators(PerformanceTarget t) {
        return this == PERIOD ? t.periodIndicators() : t.annualIndicators();
    }

    /** This column's value of a merged indicator (null when the column has no such indicator or no value). */
    String value(MergedIndicator m) {
        return this == PERIOD ? m.periodValue() : m.annualValue();
    }
}
