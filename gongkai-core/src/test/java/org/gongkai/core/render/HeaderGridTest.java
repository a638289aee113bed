package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Merges derived from printed header rows: an empty cell continues the one to its left or above. */
class HeaderGridTest {

    private static List<String> cells(List<List<String>> rows, int columns) {
        return HeaderGrid.of(rows, columns).stream().flatMap(List::stream)
                .map(c -> c.row() + "," + c.column() + " " + c.rowSpan() + "x" + c.colSpan() + " " + c.text()).toList();
    }

    @Test
    void fiscalSummaryThreeRows() {
        List<List<String>> t4 = List.of(
                List.of("收入", "", "支出", "", "", "", ""),
                List.of("项目", "金额", "项目", "金额", "", "", ""),
                List.of("", "", "", "小计", "一般公共预算", "政府性基金预算", "国有资本经营预算"));
        assertThat(cells(t4, 7)).containsExactly(
                "0,0 1x2 收入", "0,2 1x5 支出",
                "1,0 2x1 项目", "1,1 2x1 金额", "1,2 2x1 项目", "1,3 1x4 金额",
                "2,3 1x1 小计", "2,4 1x1 一般公共预算", "2,5 1x1 政府性基金预算", "2,6 1x1 国有资本经营预算");
    }

    @Test
    void emptyCellUnderASingleColumnGrowsItDown() {
        List<List<String>> t2 = List.of(
                List.of("项目", "", "本年收入", "", "上年结转"),
                List.of("科目编码", "科目名称", "合计", "一般公共预算", ""));
        assertThat(cells(t2, 5)).containsExactly(
                "0,0 1x2 项目", "0,2 1x2 本年收入", "0,4 2x1 上年结转",
                "1,0 1x1 科目编码", "1,1 1x1 科目名称", "1,2 1x1 合计", "1,3 1x1 一般公共预算");
    }

    @Test
    void stateCapitalTable() {
        List<List<String>> t9 = List.of(
                List.of("国有资本经营预算收入", "", "国有资本经营预算支出", "", ""),
                List.of("项目", "", "国有资本经营收入预算", "科目编码", "合计"),
                List.of("收入科目编码", "科目名称", "", "", ""));
        assertThat(cells(t9, 5)).containsExactly(
                "0,0 1x2 国有资本经营预算收入", "0,2 1x3 国有资本经营预算支出",
                "1,0 1x2 项目", "1,2 2x1 国有资本经营收入预算", "1,3 2x1 科目编码", "1,4 2x1 合计",
                "2,0 1x1 收入科目编码", "2,1 1x1 科目名称");
    }

    @Test
    void blankCornerAndShortRows() {
        List<List<String>> rows = List.of(List.of("", "合计"), List.of("", "一般"));
        assertThat(cells(rows, 3)).containsExactly("0,0 2x1 ", "0,1 1x2 合计", "1,1 1x2 一般");
    }
}
