package org.gongkai.core.performance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.gongkai.core.model.SourceRef;

/**
 * One 三级 indicator of a performance form with its 实施期 and 年度 values side by side: a row of
 * the CSV export {@code project, level1, level2, level3, period_value, annual_value}.
 *
 * @param level1      一级指标
 * @param level2      二级指标 as printed (of the 实施期 column when the indicator is there)
 * @param name        三级指标 (the 实施期 name when there: the 年度 column often prints it truncated)
 * @param periodValue 实施期 指标值; null when the 实施期 column has no such indicator or no value
 * @param annualValue 年度 指标值; null when the 年度 column has no such indicator or no value
 * @param source      where it was read: the 实施期 indicator, else the 年度 one
 */
public record MergedIndicator(String level1, String level2, String name, String periodValue, String annualValue,
                              SourceRef source) {

    public MergedIndicator(String level1, String level2, String name, String periodValue, String annualValue, int line) {
        this(level1, level2, name, periodValue, annualValue, SourceRef.line(line));
    }

    /** The source line (0 when unknown). */
    @JsonIgnore
    public int line() {
        return source.line();
    }
}
