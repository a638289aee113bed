package org.gongkai.core.check.cross;

import org.gongkai.core.check.TableEdits;
import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.check.TableEdits.cell;
import static org.gongkai.core.check.TableEdits.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.TableRow;
import org.junit.jupiter.api.Test;

/**
 * 表间勾稽 on the reference and on damaged copies of it. Figures typed by hand from
 * samples/shanxi-zonggai-jianguanbu-2026.txt (line numbers given).
 */
class CrossTableRulesTest {

    private static final List<Rule> RULES = CrossTableRules.all();
    private static final String DEPT = "山西转型综合改革示范区建设与公用事业管理部";
    private final Disclosure reference = Reference.disclosure();

    private static Finding only(List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    @Test
    void ruleIdsAndFamily() {
        assertThat(RULES).extracting(r -> r.info().id()).containsExactly("cross.revenue-total-summary", "cross.expenditure-revenue-codes", "cross.summary-classes",
                "cross.fiscal-summary-income", "cross.fiscal-summary-classes", "cross.fiscal-classes-budgets", "cross.general-budget-revenue", "cross.government-fund-revenue", "cross.state-capital-revenue", "cross.basic-economic-total",
                "cross.current-projects-total", "cross.carryover-projects-total", "cross.carryover-projects-codes", "cross.three-public-basic", "cross.agency-operating-basic", "cross.empty-note");
        assertThat(RULES).allSatisfy(r -> assertThat(r.info().category()).isEqualTo(Category.CROSS_TABLE));
    }

    @Test
    void theReferenceTablesAgree() {
        // T2 合计 48798.56 = T1 本年收入合计; T2 上年结转 168.29 = T1 上年结转; T3 212 48875.05 = 48783.56 + 91.49;
        // T4 十二 48875.05 ≥ T5 48783.56; T5 基本 15.00 = T6 合计; T12 48783.56 = T5 项目; T13 168.29 = T2 上年结转;
        // T13 splits as 9.59 → 2120399, 31.00 + 30.90 + 20.00 = 81.90 → 2120501, 76.80 → 2310399.
        // The one finding: T11 is empty while T6 公用经费 is 15.00, all under 2010350 事业运行 — information only.
        List<Finding> f = check(reference, RULES);
        assertThat(f).extracting(TableEdits::where).containsExactly("cross.agency-operating-basic|info|表十一|部门合计|合计|315");
        assertThat(f.get(0).message()).contains("15.00").contains("事业运行").contains("2010350");
    }

    @Test
    void t1IncomeFromGeneralBudgetChanged() {
        // line 67: T1 一、一般公共预算 48798.56 → 48798.50; T2 合计 (line 114) and T4 (line 171) still say 48798.56
        Disclosure d = cell(reference, "T1", 67, "incomeAmount", "48798.50");
        List<Finding> f = check(d, RULES);
        assertThat(f).extracting(TableEdits::where).contains(
                "cross.revenue-total-summary|error|表二|合计|一般公共预算|114",
                "cross.fiscal-summary-income|error|表四|一、一般公共预算|收入金额|171");
        assertThat(f.stream().filter(x -> x.severity() != Severity.INFO)).hasSize(2);
        Finding t2 = f.stream().filter(x -> x.rule().equals("cross.revenue-total-summary")).findFirst().orElseThrow();
        assertThat(t2.message()).isEqualTo(
                "表二“合计”行“一般公共预算”列应等于表一“一、一般公共预算”行“收入金额”列 48798.50，实际为 48798.56，相差 0.06");
        assertThat(t2.evidence()).containsEntry("against", "表一 行“一、一般公共预算” 列“收入金额”（第67行）");
    }

    @Test
    void t3ItemTransposed() {
        // line 155: T3 2120501 合计 21776.80 → 21767.80; T2 line 126: 21694.90 + 81.90 = 21776.80
        Disclosure d = cell(cell(reference, "T3", 155, "total", "21767.80"), "T3", 155, "project", "21767.80");
        Finding f = only(TableEdits.serious(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("cross.expenditure-revenue-codes|error|表三|2120501 城乡社区环境卫生|合计|155");
        assertThat(f.message()).isEqualTo(
                "表三“2120501 城乡社区环境卫生”行“合计”列应等于表二同一科目本年收入“合计”与“上年结转”之和 21776.80，实际为 21767.80，相差 9.00");
    }

    @Test
    void t1ClassCarryoverChanged() {
        // line 78: T1 十二、城乡社区支出 上年结转安排 91.49 → 19.49; T2 212 上年结转 (line 118) is 91.49
        Disclosure d = cell(reference, "T1", 78, "carryover", "19.49");
        Finding f = only(TableEdits.serious(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("cross.summary-classes|error|表一|十二、城乡社区支出|上年结转安排|78");
        assertThat(f.message()).isEqualTo("表一“十二、城乡社区支出”行“上年结转安排”列应等于表二该类“上年结转” 91.49，实际为 19.49，相差 72.00");
    }

    @Test
    void t4ClassWithoutCarryover() {
        // line 182: T4 十二、城乡社区支出 小计 48875.05 → 48783.56 (the 上年结转 91.49 left out)
        Disclosure d = cell(reference, "T4", 182, "subtotal", "48783.56");
        Finding f = only(TableEdits.serious(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("cross.fiscal-summary-classes|error|表四|十二、城乡社区支出|小计|182");
        assertThat(f.message()).endsWith("应等于表二该类财政拨款本年收入（三本预算）与“上年结转”之和 48875.05，实际为 48783.56，相差 91.49");
    }

    @Test
    void t4GeneralBudgetBelowT5() {
        // line 182: T4 一般公共预算 48875.05 → 48700.00, below T5 212 48783.56 (line 221)
        Disclosure d = cell(reference, "T4", 182, "generalBudget", "48700.00");
        Finding f = only(TableEdits.serious(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("cross.fiscal-classes-budgets|error|表四|十二、城乡社区支出|一般公共预算|182");
        assertThat(f.message()).isEqualTo(
                "表五“212 城乡社区支出”行“合计”列 48783.56 不应大于表四“十二、城乡社区支出”行“一般公共预算”列 48700.00，超出 83.56");
    }

    @Test
    void t5ItemDiffersFromT2() {
        // line 225: T5 2120201 445.00 → 454.00; T2 line 122 一般公共预算 445.00
        Disclosure d = cell(cell(reference, "T5", 225, "total", "454.00"), "T5", 225, "project", "454.00");
        Finding f = only(TableEdits.serious(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("cross.general-budget-revenue|error|表五|2120201 城乡社区规划与管理|合计|225");
        assertThat(f.message()).endsWith("应等于表二同一科目“一般公共预算”列 445.00，实际为 454.00，相差 9.00");
    }

    @Test
    void t5LacksASectionOfT2() {
        // T5 without lines 230–231 (21206 / 2120601 建设市场管理与监督 30.00): reported once, at the 款
        Disclosure d = TableEdits.table(reference, "T5", t -> TableEdits.withRows(t,
                t.rows().stream().filter(r -> r.line() != 230 && r.line() != 231).toList()));
        Finding f = only(TableEdits.serious(d, List.of(CrossFundRules.GENERAL_BUDGET_REVENUE)));
        assertThat(TableEdits.where(f)).isEqualTo("cross.general-budget-revenue|error|表五|21206 建设市场管理与监督|合计|209");
        assertThat(f.message()).isEqualTo("表五没有科目“21206 建设市场管理与监督”，而表二该科目“一般公共预算”列为 30.00");
    }

    @Test
    void t6TotalDiffersFromT5Basic() {
        // line 241: T6 合计 15.00 → 16.00; T5 合计 基本支出 (line 217) 15.00
        Disclosure d = cell(reference, "T6", 241, "total", "16.00");
        Finding f = only(TableEdits.serious(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("cross.basic-economic-total|error|表五|合计|基本支出|217");
        assertThat(f.message()).isEqualTo("表五“合计”行“基本支出”列应等于表六“合计”行“合计”列 16.00，实际为 15.00，相差 1.00");
    }

    @Test
    void t12TotalDiffersFromT5Project() {
        // line 328: T12 department row 一般公共预算 48783.56 → 48783.65; T5 项目支出 (line 217) 48783.56
        Disclosure d = cell(reference, "T12", 328, "generalBudget", "48783.65");
        Finding f = only(TableEdits.serious(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("cross.current-projects-total|error|表十二|" + DEPT + "|一般公共预算|328");
        assertThat(f.message()).endsWith("应等于表五“合计”行“项目支出”列 48783.56，实际为 48783.65，相差 0.09");
    }

    @Test
    void t13TotalDiffersFromT2Carryover() {
        // line 385: T13 department row 168.29 → 168.92; T2 上年结转 (line 114) 168.29
        Disclosure d = cell(reference, "T13", 385, "total", "168.92");
        Finding f = only(TableEdits.serious(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("cross.carryover-projects-total|error|表十三|" + DEPT + "|合计|385");
        assertThat(f.message()).endsWith("应等于表二“合计”行“上年结转”列 168.29，实际为 168.92，相差 0.63");
    }

    @Test
    void t13ProjectsThatDoNotSplitOverTheCodes() {
        // lines 387 and 389: 31.00 → 30.64 and 9.59 → 9.95 (the total 168.29 unchanged); nothing adds up to 9.59 (2120399)
        Disclosure d = cell(cell(cell(cell(reference, "T13", 387, "total", "30.64"), "T13", 387, "generalBudget", "30.64"),
                "T13", 389, "total", "9.95"), "T13", 389, "generalBudget", "9.95");
        Finding f = only(TableEdits.serious(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("cross.carryover-projects-codes|warning|表十三|null|null|376");
        assertThat(f.message()).contains("2120399 其他城乡社区公共设施支出=9.59").contains("2120501 城乡社区环境卫生=81.90")
                .contains("2310399 地方政府其他一般债务还本支出=76.80");
    }

    @Test
    void receptionInT6ButNotInT10() {
        // line 245: 会议费 0.50 renamed 公务接待费 (30217); T10 公务接待费 (line 299) is blank
        Disclosure d = cell(reference, "T6", 245, "deptEconomicName", "公务接待费");
        Finding f = only(TableEdits.serious(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("cross.three-public-basic|error|表十|公务接待费|一般公共预算|299");
        assertThat(f.message()).isEqualTo("表六“公务接待费”行“合计”列 0.50 不应大于表十“公务接待费”行“一般公共预算”列 0（空白），超出 0.50");
    }

    @Test
    void agencyOperatingAboveOperatingExpenses() {
        // T11 部门合计 (line 315) 20.00, note removed; T6 公用经费 (line 241) 15.00
        Disclosure d = agencyOperating("20.00");
        Finding f = only(TableEdits.serious(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("cross.agency-operating-basic|error|表十一|部门合计|合计|315");
        assertThat(f.message()).isEqualTo("表十一“部门合计”行“合计”列 20.00 不应大于表六“合计”行“公用经费”列 15.00，超出 5.00");
    }

    @Test
    void agencyOperatingBelowOperatingExpensesOfAnAdministrativeUnit() {
        // T5 line 220: basic expenditure moved from 2010350 事业运行 to 2010301 行政运行; T11 10.00 < T6 15.00
        Disclosure d = cell(cell(agencyOperating("10.00"), "T5", 220, "code", "2010301"), "T5", 220, "name", "行政运行");
        Finding f = only(check(d, List.of(CrossBasicRules.AGENCY_OPERATING_BASIC)));
        assertThat(TableEdits.where(f)).isEqualTo("cross.agency-operating-basic|warning|表十一|部门合计|合计|315");
        assertThat(f.message()).contains("10.00").contains("15.00").contains("相差 5.00");
    }

    private Disclosure agencyOperating(String amount) {
        return TableEdits.table(reference, "T11", t -> {
            List<TableRow> rows = new ArrayList<>();
            for (TableRow r : t.rows()) {
                rows.add(new TableRow(List.of(r.cell(0), amount, amount, "", ""), r.line()));
            }
            return TableEdits.withNotes(TableEdits.withRows(t, rows), List.of());
        });
    }

    @Test
    void partOfTheCarryoverIsNotFiscal() {
        // T4 上年财政拨款结转 (lines 203–204) 100.00 of T2's 168.29: T4 小计 per 类 must lie between T2's fiscal
        // current-year figure and that plus the 上年结转 (212: 48783.56 … 48875.05)
        Disclosure d = cell(cell(reference, "T4", 203, "incomeAmount", "100.00"), "T4", 204, "incomeAmount", "100.00");
        assertThat(TableEdits.serious(d, RULES)).isEmpty();
        Finding above = only(TableEdits.serious(cell(d, "T4", 182, "subtotal", "48900.00"), RULES));
        assertThat(TableEdits.where(above)).isEqualTo("cross.fiscal-summary-classes|error|表四|十二、城乡社区支出|小计|182");
        assertThat(above.message()).isEqualTo("表四“十二、城乡社区支出”行“小计”列 48900.00 不应大于"
                + "表二该类财政拨款本年收入（三本预算）与“上年结转”之和 48875.05，超出 24.95");
        Finding below = only(TableEdits.serious(cell(d, "T4", 182, "subtotal", "48700.00"), RULES));
        assertThat(below.message()).isEqualTo("表二该类财政拨款本年收入（三本预算）之和 48783.56 不应大于"
                + "表四“十二、城乡社区支出”行“小计”列 48700.00，超出 83.56");
    }

    @Test
    void fiscalCarryoverAboveAllCarryover() {
        // line 203: T4 上年财政拨款结转 168.29 → 200.00, more than T1 上年结转 168.29 (line 99)
        Disclosure d = cell(reference, "T4", 203, "incomeAmount", "200.00");
        Finding f = only(TableEdits.serious(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("cross.fiscal-summary-income|error|表四|上年财政拨款结转|收入金额|203");
        assertThat(f.message()).isEqualTo("表四“上年财政拨款结转”行“收入金额”列 200.00 不应大于表一“上年结转”行“收入金额”列 168.29，超出 31.71");
    }

    @Test
    void emptyTableWithoutItsNote() {
        // T8 (line 262) is blank; its note "注：本表无数据" (line 271) removed
        Disclosure d = TableEdits.table(reference, "T8", t -> TableEdits.withNotes(t, List.of()));
        Finding f = only(TableEdits.serious(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("cross.empty-note|warning|表八|null|null|262");
        assertThat(f.message()).isEqualTo("表八没有任何金额，但未注明“本表无数据”");
    }

    @Test
    void tableWithFiguresAndTheNoDataNote() {
        // T10 公务接待费 (line 299) 2.00 and 合计 (line 303) 2.00, the note "注：本表无数据" kept
        Disclosure d = cell(cell(cell(cell(reference, "T10", 299, "total", "2.00"), "T10", 299, "generalBudget", "2.00"),
                "T10", 303, "total", "2.00"), "T10", 303, "generalBudget", "2.00");
        Finding f = only(TableEdits.serious(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("cross.empty-note|error|表十|null|null|290");
        assertThat(f.message()).isEqualTo("表十注明“本表无数据”，但表中有金额：“公务接待费”行“合计”列 2.00（第299行）");
    }
}
