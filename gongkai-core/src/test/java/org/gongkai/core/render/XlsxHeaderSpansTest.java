package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.render.HeaderSpans.Span;
import org.junit.jupiter.api.Test;

/** Merged header cells recovered from the header rows as printed in the reference. */
class XlsxHeaderSpansTest {

    private static List<Span> spans(String id) {
        PrintedTable t = Reference.disclosure().table(id).orElseThrow();
        return HeaderSpans.of(t.headerRows(), t.columns().size());
    }

    private static Span span(int firstRow, int lastRow, int firstCol, int lastCol, String text) {
        return new Span(firstRow, lastRow, firstCol, lastCol, text);
    }

    @Test
    void budgetSummaryHasIncomeAndExpenditureOverTheirColumns() {
        assertThat(spans("T1")).containsExactly(
                span(0, 0, 0, 1, "收入"),
                span(0, 0, 2, 5, "支出"),
                span(1, 1, 0, 0, "项目"),
                span(1, 1, 1, 1, "2026年"),
                span(1, 1, 2, 2, "项目"),
                span(1, 1, 3, 3, "2026年合计"),
                span(1, 1, 4, 4, "当年预算安排"),
                span(1, 1, 5, 5, "上年结转安排"));
    }

    @Test
    void fiscalSummaryRunsItemAndAmountDownAndSplitsTheExpenditureAmount() {
        assertThat(spans("T4")).filteredOn(Span::isMerged).containsExactly(
                span(0, 0, 0, 1, "收入"),
                span(0, 0, 2, 6, "支出"),
                span(1, 2, 0, 0, "项目"),
                span(1, 2, 1, 1, "金额"),
                span(1, 2, 2, 2, "项目"),
                span(1, 1, 3, 6, "金额"));
        assertThat(spans("T4")).filteredOn(s -> s.firstRow() == 2).extracting(Span::text)
                .containsExactly("小计", "一般公共预算", "政府性基金预算", "国有资本经营预算");
    }

    @Test
    void stateCapitalHeaderHasThreeRows() {
        List<Span> spans = spans("T9");
        // the first row is left out: as read from the text, 国有资本经营预算支出 starts one column
        // early (see the report of this change)
        assertThat(spans).filteredOn(s -> s.firstRow() > 0).containsExactly(
                span(1, 1, 0, 1, "项目"),
                span(1, 2, 2, 2, "国有资本经营收入预算"),
                span(1, 2, 3, 3, "科目编码"),
                span(1, 2, 4, 4, "科目名称"),
                span(1, 2, 5, 5, "合计"),
                span(1, 2, 6, 6, "基本支出"),
                span(1, 2, 7, 7, "项目支出"),
                span(2, 2, 0, 0, "收入科目编码"),
                span(2, 2, 1, 1, "科目名称"));
    }

    @Test
    void projectTableKeepsTheNumberingRowApart() {
        assertThat(spans("T12")).filteredOn(Span::isMerged).containsExactly(
                span(0, 1, 0, 0, "项目名称"),
                span(0, 1, 1, 1, "合计"),
                span(0, 0, 2, 4, "2026年财政拨款"),
                span(0, 1, 5, 5, "财政专户管理资金"),
                span(0, 1, 6, 6, "单位资金"));
        assertThat(spans("T12")).filteredOn(s -> s.firstRow() == 2).extracting(Span::text)
                .containsExactly("1", "2", "3", "4", "5", "6", "7");
    }

    @Test
    void revenueTableRunsCarryoverDown() {
        assertThat(spans("T2")).filteredOn(Span::isMerged).containsExactly(
                span(0, 0, 0, 1, "项目"),
                span(0, 0, 2, 7, "本年收入"),
                span(0, 1, 8, 8, "上年结转"));
    }

    @Test
    void aWideLabelOverAnEmptyRowRunsDownWhole() {
        List<List<String>> rows = List.of(
                List.of("A", "", "B"),
                List.of("", "", "C"),
                List.of("x", "y", "z"));
        assertThat(HeaderSpans.of(rows, 3)).containsExactly(
                span(0, 1, 0, 1, "A"),
                span(0, 0, 2, 2, "B"),
                span(1, 1, 2, 2, "C"),
                span(2, 2, 0, 0, "x"),
                span(2, 2, 1, 1, "y"),
                span(2, 2, 2, 2, "z"));
    }

    @Test
    void aLeadingEmptyCellStaysBlankAndShortRowsArePadded() {
        List<List<String>> rows = List.of(List.of("", "A"), List.of("B"));
        assertThat(HeaderSpans.of(rows, 3)).containsExactly(
                span(0, 1, 1, 2, "A"),
                span(1, 1, 0, 0, "B"));
    }
}
