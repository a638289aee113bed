package org.gongkai.core.profile;

import java.util.List;
import org.gongkai.core.model.Column;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.TableRole;

/**
 * One table of a profile.
 *
 * @param id            the profile's own key for the table (anchors, file names); code never
 *                      looks a table up by it — it looks up the {@code role}
 * @param tocName       the table's name as this profile prints it (目录, messages), e.g. "表一"
 * @param titleTemplate the printed title with "{year}" for the fiscal year
 * @param role          what the table is for; how it is derived from facts
 * @param headerRows    header rows as printed, "{year}" for the fiscal year
 * @param columns       body columns
 * @param notes         notes the profile always prints under the table (besides "本表无数据")
 * @param unit          the unit the table prints its amounts in ("单位：万元" → {@code WAN})
 * @param decimals      the decimals it prints; absent = 2. Each cell is rounded half-up to these on
 *                      its own, so a total and the sum of its rounded parts may differ by the 尾差
 * @param variants      other column trees the same table is printed with (a 单位 document's
 *                      收支总表 splits 基本支出 into 人员经费 and 公用经费): a reader takes the one whose
 *                      column count the printed table has; empty when there is one form only
 * @param totalLast     whether the 合计 row of a table by code is printed last (absent = first)
 * @param summary       how a 收支总表 lists its rows, when the profile says (else the 13-table form:
 *                      every source, every 类, 本年合计, 上年结转, 总计)
 */
public record TableSpec(
        String id,
        String tocName,
        String titleTemplate,
        TableRole role,
        List<List<String>> headerRows,
        List<Column> columns,
        List<String> notes,
        MoneyUnit unit,
        Integer decimals,
        List<Variant> variants,
        Boolean totalLast,
        SummaryRows summary) {

    /**
     * The rows of a 收支总表 as a profile prints them: its income rows, each the sum of some fund
     * sources (by their keys, "generalBudget"), the 类 with money only on the expenditure side, and
     * one total row.
     *
     * @param incomeRows       the income side, in printed order
     * @param incomeTotal      the total row's income label ("收入总计")
     * @param expenditureTotal the total row's expenditure label ("支出总计")
     */
    public record SummaryRows(List<IncomeRow> incomeRows, String incomeTotal, String expenditureTotal) {

        public SummaryRows {
            incomeRows = List.copyOf(incomeRows);
        }
    }

    /** One income row of a 收支总表: its label and the fund sources (keys) it sums. */
    public record IncomeRow(String label, List<String> sources) {

        public IncomeRow {
            sources = List.copyOf(sources);
        }
    }

    /** Another column tree of the table: its header rows and columns, and its own summary rows when they differ. */
    public record Variant(List<List<String>> headerRows, List<Column> columns, SummaryRows summary) {

        public Variant(List<List<String>> headerRows, List<Column> columns) {
            this(headerRows, columns, null);
        }

        public Variant {
            headerRows = headerRows.stream().map(List::copyOf).toList();
            columns = List.copyOf(columns);
        }
    }

    /** A table printed in one form. */
    public TableSpec(String id, String tocName, String titleTemplate, TableRole role, List<List<String>> headerRows,
            List<Column> columns, List<String> notes, MoneyUnit unit, Integer decimals) {
        this(id, tocName, titleTemplate, role, headerRows, columns, notes, unit, decimals, List.of());
    }

    /** A table without a row layout of its own. */
    public TableSpec(String id, String tocName, String titleTemplate, TableRole role, List<List<String>> headerRows,
            List<Column> columns, List<String> notes, MoneyUnit unit, Integer decimals, List<Variant> variants) {
        this(id, tocName, titleTemplate, role, headerRows, columns, notes, unit, decimals, variants, false, null);
    }

    /** This table in the form of one of its {@link #variants()}. */
    public TableSpec as(Variant v) {
        return new TableSpec(id, tocName, titleTemplate, role, v.headerRows(), v.columns(), notes, unit, decimals, List.of(),
                totalLast, v.summary() == null ? summary : v.summary());
    }

    /** The decimals of a table that does not say. */
    public static final int DEFAULT_DECIMALS = 2;

    public TableSpec {
        if (unit == null) {
            throw new IllegalArgumentException("table " + id + " has no unit");
        }
        decimals = decimals == null ? DEFAULT_DECIMALS : decimals;
        if (decimals < 0) {
            throw new IllegalArgumentException("table " + id + ": negative decimals " + decimals);
        }
        headerRows = headerRows.stream().map(List::copyOf).toList();
        columns = List.copyOf(columns);
        notes = notes == null ? List.of() : List.copyOf(notes);
        variants = variants == null ? List.of() : List.copyOf(variants);
        totalLast = Boolean.TRUE.equals(totalLast);
    }

    /** The table's name as the profile prints it, e.g. "表五": the one name every message uses. */
    public String name() {
        return tocName;
    }

    /** The title of a 部门 document (the default kind) for the year. */
    public String title(int year) {
        return title(year, "部门");
    }

    /** The title for the year, with {@code kindWord} where the template has "{kind}" ("预算单位"). */
    public String title(int year, String kindWord) {
        return titleTemplate.replace("{year}", Integer.toString(year)).replace("{kind}", kindWord);
    }

    /** The columns with "{year}" in their labels replaced. */
    public List<Column> columns(int year) {
        return columns.stream()
                .map(c -> new Column(c.key(), c.label().replace("{year}", Integer.toString(year)), c.type()))
                .toList();
    }

    public List<List<String>> headerRows(int year) {
        return headerRows.stream()
                .map(r -> r.stream().map(c -> c.replace("{year}", Integer.toString(year))).toList())
                .toList();
    }

    /** The same table with another title template. */
    public TableSpec withTitleTemplate(String template) {
        return new TableSpec(id, tocName, template, role, headerRows, columns, notes, unit, decimals, variants, totalLast, summary);
    }
}
