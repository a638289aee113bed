package org.gongkai.core.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.ExpenditureKind;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.facts.PriorYear;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.facts.ThreePublicFacts;
import org.gongkai.core.ingest.JsonInput;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * Money in the facts is held in 元, whatever unit it was entered in; the tables print it in their
 * profile's unit, each cell rounded half-up on its own; the narrative states it in the profile's
 * narrative unit.
 */
class FactsUnitsTest {

    private final Catalogue catalogue = Catalogue.forYear(2026);
    private final Profile profile = Profile.load("shanxi-13");

    private static BudgetLine line(String code, Amount amount) {
        return new BudgetLine(FunctionCode.of(code), FundSource.GENERAL_BUDGET, FundYear.CURRENT_YEAR, ExpenditureKind.PROJECT,
                amount);
    }

    @Test
    void anAmountIsHeldIn元WhateverItWasEnteredIn() {
        BudgetLine wan = line("2120501", Amount.wan("21694.90"));
        BudgetLine yuan = line("2120501", Amount.yuan("216949000"));
        assertThat(wan).isEqualTo(yuan);
        assertThat(wan.amount()).isEqualTo(new Amount(new java.math.BigDecimal("216949000.00"), MoneyUnit.YUAN));
        // finer than 分 stays exact
        assertThat(line("2120501", Amount.wan("0.000001")).amount().value()).isEqualByComparingTo("0.01");
        assertThat(new ProjectFacts("项目", "单位", FundYear.CURRENT_YEAR, null, null,
                Map.of(FundSource.GENERAL_BUDGET, Amount.wan("1.5"))).total()).isEqualTo(Amount.yuan("15000.00"));
    }

    @Test
    void factsJsonMayStateAmountsInAnyUnit() {
        String json = """
                {"format": "gongkai-facts", "version": 2, "facts": {
                  "department": "小部门", "fiscalYear": 2026, "profile": "shanxi-13", "units": ["小部门"],
                  "lines": [{"functionCode": "2010101", "source": "GENERAL_BUDGET", "fundYear": "CURRENT_YEAR",
                             "kind": "BASIC", "amount": {"value": 10.5, "unit": "WAN"}}],
                  "carryforward": {"value": 2000, "unit": "YUAN"},
                  "basicByEconomic": [], "projects": [], "agencyOperating": []}}""";
        BudgetFacts f = JsonInput.read("facts.json", json.getBytes(StandardCharsets.UTF_8)).facts();
        assertThat(f.lines().get(0).amount()).isEqualTo(Amount.yuan("105000.00"));
        assertThat(f.lines().get(0).functionCode()).isEqualTo(FunctionCode.of("2010101"));
        assertThat(f.carryforward()).isEqualTo(Amount.yuan("2000.00"));
    }

    @Test
    void eachCellIsRoundedHalfUpOnItsOwnInTheTablesUnit() {
        // 1,250元 = 0.125万元 → 0.13 twice; their 款 and 类 are 2,500元 = 0.25万元, not 0.26 (尾差 0.01)
        BudgetFacts f = new BudgetFacts("小部门", null, null, 2026, "shanxi-13", List.of("小部门"),
                List.of(line("2010101", Amount.yuan("1250")), line("2010102", Amount.yuan("1250"))), null, List.of(),
                List.of(), ThreePublicFacts.none(), List.of(), null, null, PriorYear.unknown(), null, null, List.of());
        PrintedTable revenue = new TableDeriver(profile, catalogue).derive(f).stream()
                .filter(t -> t.role() == TableRole.REVENUE_BY_FUNCTION).findFirst().orElseThrow();
        assertThat(revenue.unit()).isEqualTo(MoneyUnit.WAN);
        assertThat(revenue.rows()).extracting(r -> r.cell(0) + " " + r.cell(2)).containsExactly(
                "合计 0.25", "201 0.25", "20101 0.25", "2010101 0.13", "2010102 0.13");
        String one = new NarrativeWriter(profile, catalogue).write(f).narrative().section("一").orElseThrow().text();
        assertThat(one).contains("预算收入总计0.25万元");
    }

    @Test
    void theInferrerConvertsEachTableFromItsPrintedUnit() {
        BudgetFacts f = new BudgetFacts("小部门", null, null, 2026, "shanxi-13", List.of("小部门"),
                List.of(line("2010101", Amount.wan("12.34"))), null, List.of(), List.of(), ThreePublicFacts.none(), List.of(),
                null, null, PriorYear.unknown(), null, null, List.of());
        var built = new DisclosureBuilder(profile, catalogue).build(f).disclosure();
        // the same table printed in 元: 123,400.00元
        PrintedTable wan = built.table(TableRole.REVENUE_BY_FUNCTION).orElseThrow();
        List<TableRow> rows = wan.rows().stream().map(r -> new TableRow(r.cells().stream()
                .map(c -> c.equals("12.34") ? "123400.00" : c).toList(), r.source())).toList();
        PrintedTable yuan = new PrintedTable(wan.id(), wan.role(), wan.name(), wan.label(), wan.title(), wan.department(),
                MoneyUnit.YUAN, wan.headerRows(), wan.columns(), rows, wan.notes(), wan.source());
        List<PrintedTable> tables = built.tables().stream().map(t -> t == wan ? yuan : t).toList();
        var inYuan = new org.gongkai.core.model.Disclosure(built.metadata(), built.tableOfContents(), built.overview(), tables,
                built.narrative(), built.performanceTargets(), built.procurement(), built.assets(), built.glossary(),
                built.readingNotes());
        assertThat(new FactsInferrer(catalogue).infer(inYuan).lines()).isEqualTo(f.lines());
        assertThat(new FactsInferrer(catalogue).infer(built).lines()).isEqualTo(f.lines());
    }
}
