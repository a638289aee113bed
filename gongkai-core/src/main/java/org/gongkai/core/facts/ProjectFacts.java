package org.gongkai.core.facts;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A project (项目) of tables 12 (current year) or 13 (carried over), 万元 by source.
 *
 * @param name         pro_name
 * @param unit         the 单位 that runs it (the department itself in a one-unit department)
 * @param period       current year (T12) or carryover (T13)
 * @param category     其他运转类 / 特定目标类 / 人员类 where known, else null
 * @param functionCode 功能科目 where known, else null
 * @param amounts      amount by source; sources without money are absent
 */
public record ProjectFacts(
        String name,
        String unit,
        Period period,
        ProjectCategory category,
        String functionCode,
        Map<FundSource, BigDecimal> amounts) {

    public ProjectFacts {
        amounts = Map.copyOf(amounts);
    }

    public BigDecimal total() {
        return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal amount(FundSource source) {
        return amounts.get(source);
    }
}
