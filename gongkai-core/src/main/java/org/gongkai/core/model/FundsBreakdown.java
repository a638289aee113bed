package org.gongkai.core.model;

/**
 * 项目资金 of one column of a performance table (实施期 or 年度), in 元. A null field was not
 * printed (not the same as 0); {@link PerformanceTarget#missing()} says where it was looked for.
 *
 * @param total      实施期资金总额 / 年度资金总额
 * @param central    中央财政资金
 * @param provincial 省级财政资金
 * @param local      市县(区)财政资金
 * @param selfRaised 单位自筹
 * @param other      其他资金
 */
public record FundsBreakdown(
        Amount total,
        Amount central,
        Amount provincial,
        Amount local,
        Amount selfRaised,
        Amount other) {
}
