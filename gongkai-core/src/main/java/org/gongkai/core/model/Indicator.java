package org.gongkai.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A 三级 performance indicator of one column (实施期 or 年度) of a performance table.
 *
 * @param level1 一级指标 (产出指标, 效益指标, 满意度指标, or 成本指标 in the 101号 layout)
 * @param level2 二级指标 (数量指标, 质量指标, …, 服务对象满意度指标), as printed
 * @param name   三级指标 name as printed (the 年度 column often prints it truncated)
 * @param value  指标值 as printed ("≥5个", "100%", "及时"); null when the text holds none
 * @param source  source line
 */
public record Indicator(String level1, String level2, String name, String value, SourceRef source) {

    public Indicator {
        source = source == null ? SourceRef.NONE : source;
    }

    public Indicator(String level1, String level2, String name, String value, int line) {
        this(level1, level2, name, value, SourceRef.line(line));
    }

    /** The source line (0 when unknown); the whole place is {@link #source()}. */
    @JsonIgnore
    public int line() {
        return source.line();
    }
}
