package org.gongkai.core.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.ExpenditureKind;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.EconomicCode;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.profile.Profile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The facts inferred from the reference, derived back to T1–T13, equal the printed tables cell for
 * cell; and the inferred facts hold what the document says (values typed by hand).
 */
class ReferenceDerivationTest {

    private final Disclosure d = Reference.disclosure();
    private final Catalogue catalogue = Catalogue.forYear(2026);
    private final BudgetFacts facts = new FactsInferrer(catalogue).infer(d);
    private final List<PrintedTable> derived = new TableDeriver(Profile.load("shanxi-13"), catalogue).derive(facts);

    @ParameterizedTest
    @ValueSource(strings = {"T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12", "T13"})
    void derivedTableEqualsPrintedCellForCell(String id) {
        PrintedTable printed = d.table(id).orElseThrow();
        PrintedTable made = derived.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        assertThat(made.title()).isEqualTo(printed.title());
        assertThat(made.columns()).isEqualTo(printed.columns());
        // header labels as printed; where the text lost a tab (T9) only the spans differ
        assertThat(labels(made.headerRows())).isEqualTo(labels(printed.headerRows()));
        assertThat(made.notes()).isEqualTo(printed.notes());
        assertThat(made.rows()).hasSameSizeAs(printed.rows());
        for (int i = 0; i < printed.rows().size(); i++) {
            assertThat(made.rows().get(i).cells()).as("%s row %d (line %d)", id, i, printed.rows().get(i).line())
                    .isEqualTo(printed.rows().get(i).cells());
        }
    }

    @Test
    void budgetLinesAreTheDocumentsFacts() {
        assertThat(sum(facts.lines(), FundYear.CURRENT_YEAR)).isEqualByComparingTo("48798.56");
        assertThat(sum(facts.lines(), FundYear.CARRYOVER)).isEqualByComparingTo("168.29");
        assertThat(facts.lines()).contains(
                new BudgetLine(FunctionCode.of("2120501"), FundSource.GENERAL_BUDGET, FundYear.CURRENT_YEAR, ExpenditureKind.PROJECT, Amount.wan("21694.90")),
                new BudgetLine(FunctionCode.of("2120501"), FundSource.GENERAL_BUDGET, FundYear.CARRYOVER, ExpenditureKind.PROJECT, Amount.wan("81.90")),
                new BudgetLine(FunctionCode.of("2310399"), FundSource.GENERAL_BUDGET, FundYear.CARRYOVER, ExpenditureKind.PROJECT, Amount.wan("76.80")),
                // T5 gives 15.00 basic for the only code with basic expenditure; T6 says all of it is 公用经费
                new BudgetLine(FunctionCode.of("2010350"), FundSource.GENERAL_BUDGET, FundYear.CURRENT_YEAR, ExpenditureKind.BASIC_OPERATING, Amount.wan("15.00")));
        assertThat(facts.lines()).allMatch(l -> l.source() == FundSource.GENERAL_BUDGET);
    }

    @Test
    void economicLinesResolveCodes() {
        assertThat(facts.basicByEconomic()).extracting(l -> l.deptEconomicCode().digits())
                .containsExactly("30201", "30207", "30215", "30299", "31002");
        assertThat(wan(facts.basicByEconomic().get(0).operating())).isEqualByComparingTo("8.50");
        assertThat(facts.basicByEconomic().get(0).govEconomicName()).isEqualTo("商品和服务支出");
    }

    @Test
    void projectsAndCarryoverFunctionCodes() {
        List<ProjectFacts> current = facts.projects().stream().filter(p -> p.fundYear() == FundYear.CURRENT_YEAR).toList();
        List<ProjectFacts> carry = facts.projects().stream().filter(p -> p.fundYear() == FundYear.CARRYOVER).toList();
        assertThat(current).hasSize(44);
        assertThat(carry).hasSize(5);
        assertThat(facts.units()).containsExactly("山西转型综合改革示范区建设与公用事业管理部");
        // 9.59 → 21203, 31.00 + 30.90 + 20.00 = 81.90 → 21205, 76.80 → 231 (domain.md §3)
        assertThat(carry).extracting(p -> p.functionCode().digits())
                .containsExactly("2120501", "2120501", "2120399", "2310399", "2120501");
        assertThat(current.get(0).name()).isEqualTo("污水、污泥处置费");
        assertThat(wan(current.get(0).amount(FundSource.GENERAL_BUDGET))).isEqualByComparingTo("5800.00");
    }

    @Test
    void priorYearFromTheNarrative() {
        // 48,966.85 − 22,769.98 = 26,196.87 (section 一); 48,798.56 − 22,663.59 = 26,134.97 (section 五)
        assertThat(wan(facts.priorYear().revenueTotal())).isEqualByComparingTo("26196.87");
        assertThat(wan(facts.priorYear().expenditureTotal())).isEqualByComparingTo("26196.87");
        assertThat(wan(facts.priorYear().generalBudgetCurrentYear())).isEqualByComparingTo("26134.97");
        assertThat(facts.threePublic().isEmpty()).isTrue();
        assertThat(facts.agencyOperating()).isEmpty();
        assertThat(facts.carryforward()).isNull();
    }

    @Test
    void textsTheMachineCannotKnowAreCarried() {
        assertThat(facts.texts().revenueChangeReason()).isEqualTo("PPP综合管廊缺口等补助类费用增加");
        assertThat(facts.texts().expenditureChangeReason()).isEqualTo("PPP综合管廊缺口等补助类费用增加");
        assertThat(facts.texts().generalBudgetChangeReason()).isNull();
        assertThat(facts.texts().personnelCovers()).isEqualTo("无");
        assertThat(facts.texts().operatingCovers()).isEqualTo("会议费、邮电费、办公费、办公设备购置、其他商品和服务支出等");
        assertThat(facts.texts().purchaseServicesCatalogue()).isEqualTo("无");
        assertThat(facts.texts().otherNotes()).isEqualTo("无");
        assertThat(facts.texts().duties().get(0)).startsWith("建设与公用事业管理部负责统筹全区建设协调综合管理工作");
        assertThat(facts.texts().glossary()).hasSize(12);
    }

    private static List<List<String>> labels(List<List<String>> headerRows) {
        return headerRows.stream().map(r -> r.stream().filter(c -> !c.isEmpty()).toList()).toList();
    }

    /** Σ of the lines of one fund year, in 万元 (the unit the figures above were typed in). */
    private static BigDecimal sum(List<BudgetLine> lines, FundYear y) {
        return lines.stream().filter(l -> l.fundYear() == y).map(l -> wan(l.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal wan(Amount a) {
        return a.to(MoneyUnit.WAN).value();
    }
}
