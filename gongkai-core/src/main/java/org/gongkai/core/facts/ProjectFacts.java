package org.gongkai.core.facts;

import java.util.Map;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.FunctionCode;

/**
 * A project (项目) of the project tables (项目支出预算表 本年预算 or 上年结转), in 元 by source.
 *
 * @param name         pro_name
 * @param unit         the 单位 that runs it (the department itself in a one-unit department)
 * @param fundYear     current year or carryover: which of the two project tables prints it
 * @param category     其他运转类 / 特定目标类 / 人员类 where known, else null
 * @param functionCode 功能科目 where known, else null
 * @param amounts      amount by source, in 元 ({@link Money}); sources without money are absent
 */
public record ProjectFacts(
        String name,
        String unit,
        FundYear fundYear,
        ProjectCategory category,
        FunctionCode functionCode,
        Map<FundSource, Amount> amounts) {

    public ProjectFacts {
        amounts = Money.of(amounts);
    }

    /** Σ of the sources, in 元. */
    public Amount total() {
        return Money.sum(amounts.values());
    }

    /** The amount of one source, null when the project has none from it. */
    public Amount amount(FundSource source) {
        return amounts.get(source);
    }
}
