package org.gongkai.core.check.table;

import org.gongkai.core.check.TableEdits;
import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Tolerance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.check.TableEdits.cell;
import static org.gongkai.core.check.TableEdits.check;
import static org.gongkai.core.check.TableEdits.where;

import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.junit.jupiter.api.Test;

/**
 * 表内勾稽 on the reference and on damaged copies of it. Every figure below was typed by hand from
 * samples/shanxi-zonggai-jianguanbu-2026.txt (line numbers given).
 */
class TableArithmeticTest {

    private static final List<Rule> RULES = ArithmeticRules.all();
    private final Disclosure reference = Reference.disclosure();

    @Test
    void ruleIdsAndFamily() {
        assertThat(RULES).extracting(r -> r.info().id())
                .containsExactly("arith.total", "arith.hierarchy", "arith.row-identity", "arith.summary");
        assertThat(RULES).allSatisfy(r -> {
            assertThat(r.info().category()).isEqualTo(Category.ARITHMETIC);
            assertThat(r.info().description()).isNotBlank();
        });
    }

    @Test
    void everyTableOfTheReferenceAddsUp() {
        // T1 本年支出合计 48966.85 = 15.00 + 48875.05 + 76.80; T3 合计 48966.85 = 15.00 + 48951.85;
        // T6 15.00 = 14.50 + 0.50; T12 48783.56 = Σ 44 projects; T13 168.29 = 31.00+30.90+9.59+76.80+20.00.
        assertThat(check(reference, RULES)).isEmpty();
    }

    @Test
    void t3TotalOffByFiveCents() {
        // line 143: 合计 48966.85 printed as 48966.80 (基本 15.00 and 项目 48951.85 left as they are)
        Disclosure d = cell(reference, "T3", 143, "total", "48966.80");
        List<Finding> f = check(d, RULES);
        assertThat(f).extracting(TableEdits::where).containsExactlyInAnyOrder(
                "arith.total|error|表三|合计|合计|143",
                "arith.row-identity|error|表三|合计|合计|143");
        Finding total = f.stream().filter(x -> x.rule().equals("arith.total")).findFirst().orElseThrow();
        assertThat(total.message()).isEqualTo("表三“合计”行“合计”列应等于各类之和 48966.85，实际为 48966.80，相差 0.05");
        assertThat(total.evidence()).containsEntry("expected", "48966.85").containsEntry("found", "48966.80")
                .containsEntry("difference", "0.05")
                .containsEntry("terms", "201 一般公共服务支出=15.00；212 城乡社区支出=48875.05；231 债务还本支出=76.80");
        Finding identity = f.stream().filter(x -> x.rule().equals("arith.row-identity")).findFirst().orElseThrow();
        assertThat(identity.message()).isEqualTo("表三“合计”行“合计”列应等于“基本支出”、“项目支出”之和 48966.85，实际为 48966.80，相差 0.05");
    }

    @Test
    void roundingOverThreeClassesIsInformation() {
        // T3 合计 (line 143) is Σ of 3 类 rows: envelope (3+1) × 0.005 = 0.02. Raise 合计 and 项目支出 by 0.01.
        Disclosure d = cell(cell(reference, "T3", 143, "total", "48966.86"), "T3", 143, "project", "48951.86");
        List<Finding> f = check(d, RULES);
        assertThat(f).extracting(TableEdits::where).containsExactlyInAnyOrder(
                "arith.total|info|表三|合计|合计|143",
                "arith.total|info|表三|合计|项目支出|143");
        assertThat(f.get(0).message()).contains("相差 0.01").contains("尾差");
    }

    @Test
    void fiveCentsOverThreeClassesIsAnError() {
        Disclosure d = cell(cell(reference, "T3", 143, "total", "48966.90"), "T3", 143, "project", "48951.90");
        assertThat(check(d, RULES)).extracting(TableEdits::where).containsExactlyInAnyOrder(
                "arith.total|error|表三|合计|合计|143",
                "arith.total|error|表三|合计|项目支出|143");
    }

    @Test
    void toleranceEnvelope() {
        assertThat(Tolerance.compare(new java.math.BigDecimal("48966.85"), new java.math.BigDecimal("48966.86"), 3))
                .isEqualTo(Tolerance.Outcome.ROUNDING);
        assertThat(Tolerance.compare(new java.math.BigDecimal("48966.85"), new java.math.BigDecimal("48966.90"), 3))
                .isEqualTo(Tolerance.Outcome.MISMATCH);
    }

    @Test
    void t6SectionChangedBreaksItsClass() {
        // line 243: 办公费 8.50 → 8.40 in 合计 and 公用经费; class 商品和服务支出 (line 242) stays 14.50
        Disclosure d = cell(cell(reference, "T6", 243, "total", "8.40"), "T6", 243, "operating", "8.40");
        List<Finding> f = check(d, RULES);
        assertThat(f).extracting(TableEdits::where).containsExactlyInAnyOrder(
                "arith.hierarchy|error|表六|商品和服务支出|合计|242",
                "arith.hierarchy|error|表六|商品和服务支出|公用经费|242");
        assertThat(f.get(0).message()).endsWith("应等于所属各款之和 14.40，实际为 14.50，相差 0.10");
    }

    @Test
    void t2ItemChangedBreaksItsSectionAndTheRow() {
        // line 124: 2120399 其他城乡社区公共设施支出, 合计 5377.10 → 5377.00 (一般公共预算 stays 5377.10)
        Disclosure d = cell(reference, "T2", 124, "total", "5377.00");
        List<Finding> f = check(d, RULES);
        assertThat(f).extracting(TableEdits::where).containsExactlyInAnyOrder(
                "arith.hierarchy|error|表二|21203 城乡社区公共设施|合计|123",
                "arith.row-identity|error|表二|2120399 其他城乡社区公共设施支出|合计|124");
        Finding h = f.stream().filter(x -> x.rule().equals("arith.hierarchy")).findFirst().orElseThrow();
        assertThat(h.message()).isEqualTo("表二“21203 城乡社区公共设施”行“合计”列应等于所属各项之和 5377.00，实际为 5377.10，相差 0.10");
    }

    @Test
    void t1CarryoverChangedBreaksTheIncomeTotal() {
        // line 99: 上年结转 168.29 → 168.20; 收入总计 (line 100) 48966.85 ≠ 48798.56 + 168.20
        Disclosure d = cell(reference, "T1", 99, "incomeAmount", "168.20");
        List<Finding> f = check(d, RULES);
        assertThat(f).extracting(TableEdits::where).containsExactly("arith.summary|error|表一|收入总计|收入金额|100");
        assertThat(f.get(0).message())
                .isEqualTo("表一“收入总计”行“收入金额”列应等于“本年收入合计”与“上年结转”之和 48966.76，实际为 48966.85，相差 0.09");
    }

    @Test
    void t4ExpenditureTotalAgainstIncomeTotal() {
        // line 207: 支出总计 小计 and 一般公共预算 48966.85 → 48966.95: 支出总计 ≠ 本年支出合计 + 年终结转, ≠ 收入总计
        Disclosure d = cell(cell(reference, "T4", 207, "subtotal", "48966.95"), "T4", 207, "generalBudget", "48966.95");
        assertThat(check(d, RULES)).extracting(TableEdits::where).containsExactlyInAnyOrder(
                "arith.summary|error|表四|支出总计|小计|207",
                "arith.summary|error|表四|支出总计|一般公共预算|207",
                "arith.summary|error|表四|收入总计|收入金额|207");
    }

    @Test
    void t12ProjectChangedBreaksItsUnit() {
        // line 330: 污水、污泥处置费 5800.00 → 5900.00 (合计 and 一般公共预算); unit row line 329 stays 48783.56
        Disclosure d = cell(cell(reference, "T12", 330, "total", "5900.00"), "T12", 330, "generalBudget", "5900.00");
        List<Finding> f = check(d, RULES);
        String unit = "山西转型综合改革示范区建设与公用事业管理部";
        assertThat(f).extracting(TableEdits::where).containsExactlyInAnyOrder(
                "arith.hierarchy|error|表十二|" + unit + "|合计|329",
                "arith.hierarchy|error|表十二|" + unit + "|一般公共预算|329");
        assertThat(f.get(0).message()).endsWith("应等于本单位各项目之和 48883.56，实际为 48783.56，相差 100.00");
    }

    @Test
    void blankTotalCellWhereTheDetailHasFigures() {
        // line 217: T5 合计 基本支出 15.00 left blank
        Disclosure d = cell(reference, "T5", 217, "basic", "");
        List<Finding> f = check(d, RULES);
        assertThat(f).extracting(TableEdits::where).containsExactlyInAnyOrder(
                "arith.total|error|表五|合计|基本支出|217",
                "arith.row-identity|error|表五|合计|合计|217");
        Finding total = f.stream().filter(x -> x.rule().equals("arith.total")).findFirst().orElseThrow();
        assertThat(total.message()).isEqualTo("表五“合计”行“基本支出”列应等于各类之和 15.00，实际为 空白，相差 15.00");
    }

    @Test
    void threePublicTableWithFigures() {
        // T10 (lines 298–303) filled in: 出国 1.00, 接待 2.00, 用车 3.00 = 购置 1.00 + 运维 2.00, 合计 6.00
        Disclosure d = threePublic("1.00", "2.00", "3.00", "1.00", "2.00", "6.00");
        assertThat(check(d, RULES)).isEmpty();
        Disclosure wrongTotal = threePublic("1.00", "2.00", "3.00", "1.00", "2.00", "7.00");
        assertThat(check(wrongTotal, RULES)).extracting(TableEdits::where).containsExactlyInAnyOrder(
                "arith.total|error|表十|合计|合计|303",
                "arith.total|error|表十|合计|一般公共预算|303");
        Disclosure wrongVehicles = threePublic("1.00", "2.00", "3.00", "1.50", "2.00", "6.00");
        assertThat(check(wrongVehicles, RULES)).extracting(TableEdits::where).containsExactlyInAnyOrder(
                "arith.hierarchy|error|表十|公务用车购置及运行费|合计|300",
                "arith.hierarchy|error|表十|公务用车购置及运行费|一般公共预算|300");
    }

    @Test
    void projectTableWithTwoUnitsNamedInT11() {
        // T12 rebuilt: department 100.00 = 单位甲 60.00 (项目一 10.00 + 项目二 50.00) + 单位乙 40.00 (项目三 40.00);
        // T11 names the two units
        Disclosure d = withUnitsInT11(twoUnitProjects("40.00"));
        assertThat(check(d, RULES)).isEmpty();
        Disclosure damaged = withUnitsInT11(twoUnitProjects("41.00"));
        assertThat(check(damaged, RULES)).extracting(TableEdits::where).containsExactlyInAnyOrder(
                "arith.hierarchy|error|表十二|单位乙|合计|332",
                "arith.hierarchy|error|表十二|单位乙|一般公共预算|332");
    }

    @Test
    void projectTableWithUnitsFoundByTheirTotals() {
        // the same T12 with T11 naming no unit: the unit rows are found because each equals the rows after it
        assertThat(check(twoUnitProjects("40.00"), RULES)).isEmpty();
    }

    private Disclosure twoUnitProjects(String third) {
        String[][] rows = {
            {"山西转型综合改革示范区建设与公用事业管理部", "100.00"}, {"单位甲", "60.00"}, {"项目一", "10.00"},
            {"项目二", "50.00"}, {"单位乙", "40.00"}, {"项目三", third}};
        return TableEdits.table(reference, "T12", t -> {
            List<TableRow> out = new java.util.ArrayList<>();
            for (int i = 0; i < rows.length; i++) {
                out.add(new TableRow(List.of(rows[i][0], rows[i][1], rows[i][1], "", "", "", ""), 328 + i));
            }
            return TableEdits.withRows(t, out);
        });
    }

    private static Disclosure withUnitsInT11(Disclosure d) {
        return TableEdits.table(d, "T11", t -> TableEdits.withRows(t, List.of(
                new TableRow(List.of("部门合计", "", "", "", ""), 315),
                new TableRow(List.of("单位甲", "", "", "", ""), 316),
                new TableRow(List.of("单位乙", "", "", "", ""), 317))));
    }

    @Test
    void stateCapitalTableWithOneTotalRowForBothSides() {
        // T9 (lines 284ff.) filled in: income 1030148 5.00, expenditure 223 国有资本经营预算支出 5.00 (项目支出)
        Disclosure d = stateCapital("5.00");
        assertThat(check(d, RULES)).isEmpty();
        assertThat(check(stateCapital("6.00"), RULES)).extracting(TableEdits::where).containsExactlyInAnyOrder(
                "arith.total|error|表九|合计|合计|284",
                "arith.row-identity|error|表九|合计|合计|284");
    }

    private Disclosure stateCapital(String expenditureTotal) {
        return TableEdits.table(reference, "T9", t -> TableEdits.withRows(t, List.of(
                new TableRow(List.of("合计", "", "5.00", "", "", expenditureTotal, "", "5.00"), 284),
                new TableRow(List.of("1030148", "国有资本经营收入", "5.00", "223", "国有资本经营预算支出", "5.00", "", "5.00"), 285))));
    }

    /** T10 with the same figure in 合计 and 一般公共预算 of each row. */
    private Disclosure threePublic(String outbound, String reception, String vehicles, String purchase, String operation,
                                   String total) {
        String[] values = {outbound, reception, vehicles, purchase, operation, total};
        return TableEdits.table(reference, "T10", t -> {
            List<TableRow> rows = new java.util.ArrayList<>();
            for (int i = 0; i < t.rows().size(); i++) {
                TableRow r = t.rows().get(i);
                rows.add(new TableRow(List.of(r.cell(0), values[i], values[i], "", ""), r.line()));
            }
            PrintedTable filled = TableEdits.withRows(t, rows);
            return TableEdits.withNotes(filled, List.of());
        });
    }
}
