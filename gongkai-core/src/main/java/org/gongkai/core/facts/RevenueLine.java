package org.gongkai.core.facts;

import java.math.BigDecimal;

/**
 * Revenue of a fund budget by 收入科目 (T7 政府性基金预算收入, T9 国有资本经营预算收入), 万元.
 *
 * @param source GOVERNMENT_FUND or STATE_CAPITAL
 * @param code   收入科目编码 as printed, e.g. "1030148"
 * @param name   科目名称 as printed
 */
public record RevenueLine(FundSource source, String code, String name, BigDecimal amount) {
}
