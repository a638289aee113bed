package org.gongkai.core.check.engine;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a piece of a finding's evidence (依据) is: one name for the JSON report ({@link #key()}, kept
 * stable because stored reports are keyed by it) and one Chinese label for the text and HTML reports
 * ({@link #label()}). Rules can name evidence only through this type, so no report shows a key
 * without its label.
 */
public enum Evidence {
    EXPECTED("expected", "应为"),
    FOUND("found", "实际"),
    DIFFERENCE("difference", "差额"),
    TOLERANCE("tolerance", "尾差容许"),
    TERMS("terms", "参与求和的项"),
    BOUND("bound", "上限"),
    EXCESS("excess", "超出"),
    AGAINST("against", "对照"),
    PART("part", "部分"),
    WHOLE("whole", "总体"),
    DENOMINATOR("denominator", "分母"),
    SUBJECT("subject", "说明的对象"),
    FIGURE("figure", "数字"),
    CURRENT("current", "本年数"),
    PRIOR("prior", "上年数"),
    CHANGE("change", "增减额"),
    RATE("rate", "增减率"),
    FISCAL("fiscal", "财政拨款"),
    CARRYOVER("carryover", "上年结转"),
    CARRYOVER_BY_CODE("carryoverByCode", "按科目的上年结转"),
    OPERATING("operating", "公用经费"),
    BASIC_CODES("basicCodes", "基本支出科目"),
    TABLE("table", "表"),
    TITLE("title", "标题"),
    LABEL("label", "表号"),
    AFTER("after", "前一张表"),
    NOTE("note", "表注"),
    COLUMN("column", "列"),
    CODE("code", "科目编码"),
    NAME("name", "名称"),
    CLASS("class", "所属的类"),
    ELSEWHERE("elsewhere", "别处的名称"),
    CATALOGUE_YEAR("catalogueYear", "科目表年度"),
    YEAR("year", "年份"),
    FISCAL_YEAR("fiscalYear", "预算年度"),
    AMOUNT("amount", "金额"),
    PROJECT("project", "项目"),
    PROJECTS("projects", "项目金额"),
    FORM("form", "绩效目标表"),
    FIRST("first", "首次出现的行"),
    SECOND("second", "再次出现的行"),
    DISTANCE("distance", "相差字数"),
    FIELD("field", "栏目"),
    PERIOD("period", "实施期资金"),
    ANNUAL("annual", "年度资金"),
    LEVEL1("level1", "一级指标"),
    LEVEL2("level2", "二级指标"),
    VALUE("value", "指标值"),
    FUNDS("funds", "资金"),
    TOC("toc", "目录"),
    BODY("body", "正文"),
    SECTION("section", "部分"),
    PAGE("page", "页码"),
    PREVIOUS("previous", "前一项"),
    KEYWORD("keyword", "关键词"),
    MISSING("missing", "缺少"),
    /** A rule that could not run to its end: what went wrong inside it (the finding is the rule's own). */
    FAILURE("failure", "运行故障");

    private static final Map<String, Evidence> BY_KEY = Stream.of(values())
            .collect(Collectors.toUnmodifiableMap(Evidence::key, Function.identity()));

    private final String key;
    private final String label;

    Evidence(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name in the JSON report ("expected"). */
    public String key() {
        return key;
    }

    /** The Chinese label in the text and HTML reports ("应为"). */
    public String label() {
        return label;
    }

    /** The evidence a JSON key names, if any. */
    public static Optional<Evidence> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}
