package org.gongkai.core.facts;

import java.math.BigDecimal;

/**
 * The atom of a budget: an amount (万元) of one 支出功能分类 项, from one source, of one period, of
 * one kind. Tables T1–T5 and T8 are sums of these.
 *
 * @param functionCode 7-digit 项 code (or the most detailed code known)
 */
public record BudgetLine(String functionCode, FundSource source, Period period, ExpenditureKind kind, BigDecimal amount) {
}
