package org.gongkai.core.facts;

import java.util.Objects;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.FunctionCode;

/**
 * The atom of a budget: an amount of one 支出功能分类 项, from one source, of one fund year, of one
 * kind. The tables by function code and the summaries (预算收支总表, 预算收入总表, 预算支出总表,
 * 财政拨款收支总表, 一般公共预算支出表, 政府性基金预算支出表) are sums of these.
 *
 * @param functionCode the 项 (or the most detailed code known)
 * @param fundYear     本年 or 上年结转
 * @param amount       in 元 ({@link Money}): an amount entered in another unit is converted
 */
public record BudgetLine(FunctionCode functionCode, FundSource source, FundYear fundYear, ExpenditureKind kind,
        Amount amount) {

    public BudgetLine {
        Objects.requireNonNull(functionCode, "functionCode");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fundYear, "fundYear");
        Objects.requireNonNull(kind, "kind");
        amount = Money.of(Objects.requireNonNull(amount, "amount"));
    }
}
