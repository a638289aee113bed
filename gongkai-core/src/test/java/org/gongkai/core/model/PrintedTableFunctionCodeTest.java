package org.gongkai.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The function code of a row, printed whole in one column or in 类|款|项 columns: rows typed by hand
 * from the reference's 预算收入总表 (lines 114–129).
 */
class PrintedTableFunctionCodeTest {

    private static PrintedTable table(List<Column> columns, List<TableRow> rows) {
        return new PrintedTable("X", TableRole.REVENUE_BY_FUNCTION, "表二", null, "2026年预算收入总表", null, MoneyUnit.WAN,
                List.of(), columns, rows, List.of(), SourceRef.line(103));
    }

    private static TableRow row(int line, String... cells) {
        return new TableRow(List.of(cells), line);
    }

    private static Optional<String> code(PrintedTable t, int index) {
        return t.functionCode(t.rows().get(index)).map(FunctionCode::digits);
    }

    @Test
    void oneCodeColumn() {
        PrintedTable t = table(List.of(new Column("code", "科目编码", ColumnType.CODE), new Column("name", "科目名称", ColumnType.TEXT),
                new Column("total", "合计", ColumnType.AMOUNT)), List.of(
                row(114, "合计", "", "48798.56"),
                row(118, "212", "城乡社区支出", "48783.56"),
                row(125, "21205", "城乡社区环境卫生", "21694.90"),
                row(126, "2120501", "城乡社区环境卫生", "21694.90"),
                row(127, " 21206 ", "建设市场管理与监督", "30.00")));
        assertThat(t.hasFunctionCodes()).isTrue();
        assertThat(code(t, 0)).isEmpty();
        assertThat(code(t, 1)).contains("212");
        assertThat(code(t, 2)).contains("21205");
        assertThat(code(t, 3)).contains("2120501");
        assertThat(code(t, 4)).contains("21206");
        assertThat(t.functionCode(t.rows().get(3)).orElseThrow().level()).isEqualTo(CodeLevel.ITEM);
    }

    @Test
    void three类款项ColumnsWithBlank类InheritedFromTheRowAbove() {
        PrintedTable t = table(List.of(new Column("codeClass", "类", ColumnType.CODE), new Column("codeSection", "款", ColumnType.CODE),
                new Column("codeItem", "项", ColumnType.CODE), new Column("name", "科目名称", ColumnType.TEXT),
                new Column("total", "合计", ColumnType.AMOUNT)), List.of(
                row(114, "合计", "", "", "", "48798.56"),
                row(118, "212", "", "", "城乡社区支出", "48783.56"),
                row(125, "", "05", "", "城乡社区环境卫生", "21694.90"),
                row(126, "", "05", "01", "城乡社区环境卫生", "21694.90"),
                row(127, "", "", "01", "建设市场管理与监督", "30.00"),
                row(129, "231", "", "", "债务还本支出", ""),
                row(130, "", "03", "", "地方政府一般债务还本支出", ""),
                row(131, "", "", "", "小计", ""),
                row(132, "", "03", "99", "地方政府其他一般债务还本支出", "")));
        assertThat(t.hasFunctionCodes()).isTrue();
        assertThat(code(t, 0)).isEmpty(); // 合计
        assertThat(code(t, 1)).contains("212");
        assertThat(code(t, 2)).contains("21205"); // 类 blank: 212 from the row above
        assertThat(code(t, 3)).contains("2120501");
        assertThat(code(t, 4)).contains("2120501"); // 类 and 款 blank: from the 项 above
        assertThat(code(t, 5)).contains("231");
        assertThat(code(t, 6)).contains("23103");
        assertThat(code(t, 7)).isEmpty(); // a row without a code ends the run
        assertThat(code(t, 8)).isEmpty(); // so nothing is inherited across it
        assertThat(t.functionCode(t.rows().get(2)).orElseThrow().level()).isEqualTo(CodeLevel.SECTION);
    }

    @Test
    void aTableWithoutCodeColumns() {
        PrintedTable t = table(List.of(new Column("item", "项目", ColumnType.TEXT), new Column("total", "合计", ColumnType.AMOUNT)),
                List.of(row(200, "212", "1.00")));
        assertThat(t.hasFunctionCodes()).isFalse();
        assertThat(code(t, 0)).isEmpty();
    }

    @Test
    void aRowOfAnotherTableHasNoCodeHere() {
        List<Column> columns = List.of(new Column("codeClass", "类", ColumnType.CODE), new Column("codeSection", "款", ColumnType.CODE),
                new Column("codeItem", "项", ColumnType.CODE));
        PrintedTable t = table(columns, List.of(row(118, "212", "05", "01")));
        assertThat(t.functionCode(row(118, "212", "05", "01"))).isEmpty();
        assertThat(code(t, 0)).contains("2120501");
    }
}
