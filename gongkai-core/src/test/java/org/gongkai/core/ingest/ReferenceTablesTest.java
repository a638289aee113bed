package org.gongkai.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Phase;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.junit.jupiter.api.Test;

/**
 * Golden test of the tables: every expected value below was typed by hand from the reference text
 * (line numbers given), not taken from the program's output.
 */
class ReferenceTablesTest {

    private final Disclosure d = Reference.disclosure();

    private PrintedTable t(String id) {
        return d.table(id).orElseThrow();
    }

    /** The row whose cell in the given column equals {@code label}. */
    private static TableRow row(PrintedTable t, String column, String label) {
        return t.rows().stream().filter(r -> t.text(r, column).equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(t.id() + " has no row " + label));
    }

    private static String cell(PrintedTable t, String column, String label, String valueColumn) {
        return t.text(row(t, column, label), valueColumn);
    }

    @Test
    void metadata() {
        assertThat(d.metadata().department()).isEqualTo("山西转型综合改革示范区建设与公用事业管理部");
        assertThat(d.metadata().fiscalYear()).isEqualTo(2026);
        assertThat(d.metadata().unitCode()).isEqualTo("608");
        assertThat(d.metadata().phase()).isEqualTo(Phase.BUDGET);
        assertThat(d.metadata().kind()).isEqualTo(DisclosureKind.DEPARTMENT);
        assertThat(d.metadata().title()).isEqualTo("2026年度部门预算公开");
    }

    @Test
    void allThirteenTablesWithTitlesUnitsAndLines() {
        assertThat(d.tables()).extracting(PrintedTable::id)
                .containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12", "T13");
        assertThat(d.tables()).allSatisfy(t -> assertThat(t.unit()).isEqualTo(MoneyUnit.WAN));
        assertThat(t("T1").title()).isEqualTo("2026年预算收支总表");
        assertThat(t("T1").line()).isEqualTo(59);
        assertThat(t("T1").label()).isEqualTo("预算公开表1");
        assertThat(t("T9").label()).isEqualTo("部门公开表9");
        assertThat(t("T10").title()).isEqualTo("2026年财政拨款安排“三公”经费支出预算表");
        assertThat(t("T13").title()).isEqualTo("2026年项目支出预算表（上年结转）");
        assertThat(t("T6").department()).isEqualTo("山西转型综合改革示范区建设与公用事业管理部");
        assertThat(d.readingNotes()).noneMatch(n -> n.field().startsWith("T"));
    }

    @Test
    void table1() {
        PrintedTable t = t("T1");
        assertThat(cell(t, "incomeItem", "一、一般公共预算", "incomeAmount")).isEqualTo("48798.56");
        TableRow urban = row(t, "expenditureItem", "十二、城乡社区支出");
        assertThat(List.of(t.text(urban, "total"), t.text(urban, "currentYear"), t.text(urban, "carryover")))
                .containsExactly("48875.05", "48783.56", "91.49");
        TableRow debt = row(t, "expenditureItem", "二十七、债务还本支出");
        assertThat(t.text(debt, "total")).isEqualTo("76.80");
        assertThat(t.text(debt, "currentYear")).isEmpty();
        assertThat(t.text(debt, "carryover")).isEqualTo("76.80");
        // wrapped names joined (lines 89, 90, 96, 97)
        assertThat(t.rows()).extracting(r -> t.text(r, "expenditureItem"))
                .contains("二十二、国有资本经营预算支出", "二十三、灾害防治及应急管理支出", "二十九、债务发行费用支出", "三十、抗疫特别国债安排的支出");
        assertThat(t.rows().stream().filter(r -> t.text(r, "expenditureItem").matches("^[一二三四五六七八九十]+、.*"))).hasSize(30);
        assertThat(cell(t, "incomeItem", "本年收入合计", "incomeAmount")).isEqualTo("48798.56");
        assertThat(cell(t, "incomeItem", "上年结转", "incomeAmount")).isEqualTo("168.29");
        TableRow total = row(t, "incomeItem", "收入总计");
        assertThat(total.cells()).containsExactly("收入总计", "48966.85", "支出总计", "48966.85", "48798.56", "168.29");
        assertThat(total.line()).isEqualTo(100);
        assertThat(t.notes()).containsExactly("注：本套报表因取数时四舍五入，部分金额可能存在尾差");
    }

    @Test
    void table2RevenueByCodeAndSource() {
        PrintedTable t = t("T2");
        assertThat(row(t, "code", "合计").cells())
                .containsExactly("合计", "", "48798.56", "48798.56", "", "", "", "", "168.29");
        assertThat(row(t, "code", "2120399").cells())
                .containsExactly("2120399", "其他城乡社区公共设施支出", "5377.10", "5377.10", "", "", "", "", "9.59");
        assertThat(cell(t, "code", "2120501", "carryover")).isEqualTo("81.90");
        assertThat(cell(t, "code", "2310399", "name")).isEqualTo("地方政府其他一般债务还本支出");
        assertThat(cell(t, "code", "2310399", "total")).isEmpty();
        assertThat(cell(t, "code", "2310399", "carryover")).isEqualTo("76.80");
        assertThat(row(t, "code", "2310399").line()).isEqualTo(132);
        assertThat(t.rows()).hasSize(18);
    }

    @Test
    void tables3to5() {
        PrintedTable t3 = t("T3");
        assertThat(row(t3, "code", "合计").cells()).containsExactly("合计", "", "48966.85", "15.00", "48951.85");
        assertThat(cell(t3, "code", "2120501", "project")).isEqualTo("21776.80");
        assertThat(cell(t3, "code", "21203", "total")).isEqualTo("5386.69");

        PrintedTable t4 = t("T4");
        assertThat(cell(t4, "incomeItem", "本年收入合计", "incomeAmount")).isEqualTo("48798.56");
        assertThat(cell(t4, "incomeItem", "本年收入合计", "subtotal")).isEqualTo("48966.85");
        assertThat(cell(t4, "incomeItem", "上年财政拨款结转", "incomeAmount")).isEqualTo("168.29");
        assertThat(cell(t4, "expenditureItem", "十二、城乡社区支出", "generalBudget")).isEqualTo("48875.05");
        assertThat(cell(t4, "incomeItem", "收入总计", "generalBudget")).isEqualTo("48966.85");

        PrintedTable t5 = t("T5");
        assertThat(row(t5, "code", "合计").cells()).containsExactly("合计", "", "48798.56", "15.00", "48783.56");
        assertThat(cell(t5, "code", "2120106", "project")).isEqualTo("21236.56");
        assertThat(cell(t5, "code", "2010350", "basic")).isEqualTo("15.00");
        assertThat(t5.rows()).hasSize(15);
    }

    @Test
    void table6ByEconomicName() {
        PrintedTable t = t("T6");
        assertThat(row(t, "deptEconomicName", "合计").cells()).containsExactly("合计", "", "15.00", "", "15.00");
        assertThat(row(t, "deptEconomicName", "办公费").cells()).containsExactly("办公费", "商品和服务支出", "8.50", "", "8.50");
        assertThat(cell(t, "deptEconomicName", "邮电费", "operating")).isEqualTo("1.00");
        assertThat(cell(t, "deptEconomicName", "会议费", "total")).isEqualTo("0.50");
        assertThat(cell(t, "deptEconomicName", "其他商品和服务支出", "total")).isEqualTo("4.50");
        assertThat(row(t, "deptEconomicName", "办公设备购置").cells()).containsExactly("办公设备购置", "资本性支出", "0.50", "", "0.50");
    }

    @Test
    void emptyTablesKeepTheirNote() {
        for (String id : List.of("T7", "T8", "T9", "T10", "T11")) {
            assertThat(t(id).notes()).as(id).containsExactly("注：本表无数据");
            assertThat(t(id).rows()).as(id).allSatisfy(r -> assertThat(r.cells().subList(1, r.cells().size())).allMatch(String::isEmpty));
        }
        assertThat(t("T10").rows()).extracting(r -> r.cell(0))
                .containsExactly("因公出国（境）费", "公务接待费", "公务用车购置及运行费", "①公务用车购置费", "②公务用车运行维护费", "合计");
        assertThat(t("T11").rows()).extracting(r -> r.cell(0)).containsExactly("部门合计");
    }

    @Test
    void table12HasFortyFourProjectsSummingToTheTotal() {
        PrintedTable t = t("T12");
        List<TableRow> projects = t.rows().subList(2, t.rows().size());
        assertThat(projects).hasSize(44);
        BigDecimal sum = projects.stream().map(r -> t.amount(r, "total").orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("48783.56");
        assertThat(t.text(t.rows().get(0), "total")).isEqualTo("48783.56");
        assertThat(cell(t, "projectName", "山西转型综合改革示范区道路建设导则", "total")).isEqualTo("30.00");
        assertThat(cell(t, "projectName", "山西转型综合改革示范区生态示范城一期工程A、B、C标准化厂房建设项目202电池车间2工程结构安全性鉴定", "total"))
                .isEqualTo("200.00");
        assertThat(cell(t, "projectName", "PPP综合管廊缺口补助费用", "generalBudget")).isEqualTo("20000.00");
        assertThat(cell(t, "projectName", "临聘人员工资", "total")).isEqualTo("44.00");
        assertThat(cell(t, "projectName", "物业管理工作（非三定）", "total")).isEqualTo("150.00");
        assertThat(row(t, "projectName", "应急工程款").line()).isEqualTo(360);
    }

    @Test
    void table13HasFiveCarriedOverProjects() {
        PrintedTable t = t("T13");
        List<TableRow> projects = t.rows().subList(2, t.rows().size());
        assertThat(projects).extracting(r -> t.text(r, "total")).containsExactly("31.00", "30.90", "9.59", "76.80", "20.00");
        assertThat(projects.get(3).cells().get(0)).isEqualTo("2025年省级基本建设（第一批）专项资金");
    }
}
