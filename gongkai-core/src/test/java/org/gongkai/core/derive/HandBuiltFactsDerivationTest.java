package org.gongkai.core.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.facts.AgencyOperatingFacts;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.EconomicLine;
import org.gongkai.core.facts.ExpenditureKind;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.facts.PriorYear;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.facts.RevenueLine;
import org.gongkai.core.facts.ThreePublicFacts;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.EconomicCode;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * A small department typed by hand — two units, three sources, personnel and operating, 三公 —
 * derived to the 13 tables; every expected cell computed by hand.
 */
class HandBuiltFactsDerivationTest {

    /** An amount in 万元, the unit these figures were typed in (the facts hold it in 元). */
    private static Amount m(String v) {
        return Amount.wan(v);
    }

    private final BudgetFacts facts = new BudgetFacts("测试部", "999", null, 2026, "shanxi-13", List.of("测试部机关", "测试中心"),
            List.of(
                    new BudgetLine(FunctionCode.of("2010101"), FundSource.GENERAL_BUDGET, FundYear.CURRENT_YEAR, ExpenditureKind.BASIC_PERSONNEL, m("100.00")),
                    new BudgetLine(FunctionCode.of("2010101"), FundSource.GENERAL_BUDGET, FundYear.CURRENT_YEAR, ExpenditureKind.BASIC_OPERATING, m("20.50")),
                    new BudgetLine(FunctionCode.of("2010102"), FundSource.GENERAL_BUDGET, FundYear.CURRENT_YEAR, ExpenditureKind.PROJECT, m("30.00")),
                    new BudgetLine(FunctionCode.of("2120501"), FundSource.GOVERNMENT_FUND, FundYear.CURRENT_YEAR, ExpenditureKind.PROJECT, m("50.25")),
                    new BudgetLine(FunctionCode.of("2120501"), FundSource.UNIT_FUNDS, FundYear.CURRENT_YEAR, ExpenditureKind.PROJECT, m("5.00")),
                    new BudgetLine(FunctionCode.of("2120501"), FundSource.GENERAL_BUDGET, FundYear.CARRYOVER, ExpenditureKind.PROJECT, m("7.75"))),
            null,
            List.of(new EconomicLine(EconomicCode.of("30101"), "基本工资", EconomicCode.of("50101"), "工资奖金津补贴", m("100.00"), null),
                    new EconomicLine(EconomicCode.of("30201"), "办公费", EconomicCode.of("50201"), "办公经费", null, m("18.50")),
                    new EconomicLine(EconomicCode.of("30217"), "公务接待费", EconomicCode.of("50206"), "公务接待费", null, m("2.00"))),
            List.of(new ProjectFacts("项目甲", "测试部机关", FundYear.CURRENT_YEAR, null, FunctionCode.of("2010102"), Map.of(FundSource.GENERAL_BUDGET, m("30.00"))),
                    new ProjectFacts("项目乙", "测试中心", FundYear.CURRENT_YEAR, null, FunctionCode.of("2120501"),
                            Map.of(FundSource.GOVERNMENT_FUND, m("50.25"), FundSource.UNIT_FUNDS, m("5.00"))),
                    new ProjectFacts("结转项目", "测试中心", FundYear.CARRYOVER, null, FunctionCode.of("2120501"), Map.of(FundSource.GENERAL_BUDGET, m("7.75")))),
            new ThreePublicFacts(Map.of(), Map.of(FundSource.GENERAL_BUDGET, m("2.00")), Map.of(),
                    Map.of(FundSource.GENERAL_BUDGET, m("3.10"))),
            List.of(new AgencyOperatingFacts("测试部机关", Map.of(FundSource.GENERAL_BUDGET, m("20.50")))),
            null, null, PriorYear.unknown(), List.of(), null,
            List.of(new RevenueLine(FundSource.GOVERNMENT_FUND, "1030148", "国有土地使用权出让收入", m("60.00"))));

    private final Catalogue catalogue = Catalogue.forYear(2026);
    private final List<PrintedTable> tables = new TableDeriver(Profile.load("shanxi-13"), catalogue).derive(facts);

    private PrintedTable t(String id) {
        return tables.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> row(PrintedTable t, String firstCell) {
        return t.rows().stream().filter(r -> r.cell(0).equals(firstCell)).findFirst().map(TableRow::cells).orElseThrow();
    }

    private static List<String> rowByColumn(PrintedTable t, int column, String value) {
        return t.rows().stream().filter(r -> r.cell(column).equals(value)).findFirst().map(TableRow::cells).orElseThrow();
    }

    @Test
    void table1() {
        PrintedTable t1 = t("T1");
        assertThat(t1.rows().get(0).cells()).containsExactly("一、一般公共预算", "150.50", "一、一般公共服务支出", "150.50", "150.50", "");
        assertThat(t1.rows().get(1).cells()).containsExactly("二、政府性基金预算", "50.25", "二、外交支出", "", "", "");
        assertThat(t1.rows().get(4).cells()).containsExactly("五、单位资金", "5.00", "五、教育支出", "", "", "");
        assertThat(rowByColumn(t1, 2, "十二、城乡社区支出")).containsExactly("", "", "十二、城乡社区支出", "63.00", "55.25", "7.75");
        assertThat(row(t1, "本年收入合计")).containsExactly("本年收入合计", "205.75", "本年支出合计", "213.50", "205.75", "7.75");
        assertThat(row(t1, "上年结转")).containsExactly("上年结转", "7.75", "年终结转", "", "", "");
        assertThat(row(t1, "收入总计")).containsExactly("收入总计", "213.50", "支出总计", "213.50", "205.75", "7.75");
        assertThat(t1.rows()).hasSize(33);
    }

    @Test
    void tables2to5() {
        assertThat(row(t("T2"), "合计")).containsExactly("合计", "", "205.75", "150.50", "50.25", "", "", "5.00", "7.75");
        assertThat(row(t("T2"), "2120501")).containsExactly("2120501", "城乡社区环境卫生", "55.25", "", "50.25", "", "", "5.00", "7.75");
        assertThat(t("T2").rows()).extracting(r -> r.cell(0))
                .containsExactly("合计", "201", "20101", "2010101", "2010102", "212", "21205", "2120501");
        assertThat(row(t("T3"), "201")).containsExactly("201", "一般公共服务支出", "150.50", "120.50", "30.00");
        assertThat(row(t("T3"), "合计")).containsExactly("合计", "", "213.50", "120.50", "93.00");
        assertThat(row(t("T5"), "合计")).containsExactly("合计", "", "150.50", "120.50", "30.00");
        assertThat(t("T5").rows()).extracting(r -> r.cell(0)).doesNotContain("212");
        PrintedTable t4 = t("T4");
        assertThat(row(t4, "本年收入合计")).containsExactly("本年收入合计", "200.75", "本年支出合计", "208.50", "158.25", "50.25", "");
        assertThat(row(t4, "一、一般公共预算")).containsExactly("一、一般公共预算", "150.50", "一、一般公共服务支出", "150.50", "150.50", "", "");
        assertThat(row(t4, "收入总计")).containsExactly("收入总计", "208.50", "支出总计", "208.50", "158.25", "50.25", "");
    }

    @Test
    void tables6to13() {
        PrintedTable t6 = t("T6");
        assertThat(t6.rows()).extracting(TableRow::cells).containsExactly(
                List.of("合计", "", "120.50", "100.00", "20.50"),
                List.of("工资福利支出", "", "100.00", "100.00", ""),
                List.of("基本工资", "工资奖金津补贴", "100.00", "100.00", ""),
                List.of("商品和服务支出", "", "20.50", "", "20.50"),
                List.of("办公费", "办公经费", "18.50", "", "18.50"),
                List.of("公务接待费", "公务接待费", "2.00", "", "2.00"));
        assertThat(t("T7").rows()).extracting(TableRow::cells).containsExactly(
                List.of("合计", "", "60.00"), List.of("1030148", "国有土地使用权出让收入", "60.00"));
        assertThat(row(t("T8"), "2120501")).containsExactly("2120501", "城乡社区环境卫生", "50.25", "", "50.25");
        assertThat(t("T8").notes()).isEmpty();
        assertThat(t("T9").notes()).containsExactly("注：本表无数据");
        assertThat(t("T10").rows()).extracting(TableRow::cells).containsExactly(
                List.of("因公出国（境）费", "", "", "", ""),
                List.of("公务接待费", "2.00", "2.00", "", ""),
                List.of("公务用车购置及运行费", "3.10", "3.10", "", ""),
                List.of("①公务用车购置费", "", "", "", ""),
                List.of("②公务用车运行维护费", "3.10", "3.10", "", ""),
                List.of("合计", "5.10", "5.10", "", ""));
        assertThat(t("T11").rows()).extracting(TableRow::cells).containsExactly(
                List.of("部门合计", "20.50", "20.50", "", ""), List.of("测试部机关", "20.50", "20.50", "", ""));
        assertThat(t("T12").rows()).extracting(TableRow::cells).containsExactly(
                List.of("测试部", "85.25", "30.00", "50.25", "", "", "5.00"),
                List.of("测试部机关", "30.00", "30.00", "", "", "", ""),
                List.of("项目甲", "30.00", "30.00", "", "", "", ""),
                List.of("测试中心", "55.25", "", "50.25", "", "", "5.00"),
                List.of("项目乙", "55.25", "", "50.25", "", "", "5.00"));
        assertThat(t("T13").rows()).extracting(TableRow::cells).containsExactly(
                List.of("测试部", "7.75", "7.75", "", ""), List.of("测试中心", "7.75", "7.75", "", ""),
                List.of("结转项目", "7.75", "7.75", "", ""));
    }
}
