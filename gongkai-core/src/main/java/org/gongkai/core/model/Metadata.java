package org.gongkai.core.model;

/**
 * What a disclosure is: whose, which year, which phase, which regional template (profile).
 *
 * @param title        the document title as printed, e.g. "2026年度部门预算公开"
 * @param region       财政区划 as printed (from the performance-table titles in the seed profile), may be null
 * @param department   部门名称
 * @param unitCode     单位代码, e.g. "608"; null when the document does not print it
 * @param fiscalYear   预算年度
 * @param phase        预算 / 调整预算 / 决算
 * @param kind         部门 / 单位
 * @param profile      id of the regional template, e.g. "shanxi-13"
 * @param amountUnit   the unit of the budget tables
 * @param sourceName   file name the disclosure was read from (no directories), null when built
 */
public record Metadata(
        String title,
        String region,
        String department,
        String unitCode,
        int fiscalYear,
        Phase phase,
        DisclosureKind kind,
        String profile,
        MoneyUnit amountUnit,
        String sourceName) {
}
