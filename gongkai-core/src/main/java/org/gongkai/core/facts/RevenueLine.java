package org.gongkai.core.facts;

import java.util.Objects;
import org.gongkai.core.model.Amount;

/**
 * Revenue of a fund budget by 收入科目 (政府性基金预算收入表, 国有资本经营预算收入), in 元.
 *
 * @param source GOVERNMENT_FUND or STATE_CAPITAL
 * @param code   收入科目编码 as printed, e.g. "1030148" (收支分类 收入科目, not a function code)
 * @param name   科目名称 as printed
 * @param amount in 元 ({@link Money})
 */
public record RevenueLine(FundSource source, String code, String name, Amount amount) {

    public RevenueLine {
        amount = Money.of(Objects.requireNonNull(amount, "amount"));
    }
}
