package org.gongkai.core.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Column;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.profile.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A second profile, as data only ({@code variant-13.json} among the test resources): the
 * reference's 13 tables in another order, numbered 表1…表13 under other titles, the
 * 一般公共预算支出表 in 元 instead of 万元, and function codes in 类|款|项 columns. The reference's
 * facts derived with it give the reference's figures, the narrative still derives, and the facts
 * inferred back from the derived document are the same facts.
 */
class SecondProfileTest {

    private static final String RESOURCE = "/org/gongkai/core/profile/variant-13.json";

    private final Disclosure printed = Reference.disclosure();
    private final Catalogue catalogue = Catalogue.forYear(2026);
    private final Profile shanxi = Profile.load("shanxi-13");
    private final Profile variant = read();
    private final BudgetFacts facts = new FactsInferrer(catalogue).infer(printed);
    private final Publication ours = new DisclosureBuilder(shanxi, catalogue).build(facts);
    private final Publication theirs = new DisclosureBuilder(variant, catalogue).build(facts);

    private static Profile read() {
        try (InputStream in = SecondProfileTest.class.getResourceAsStream(RESOURCE)) {
            return Profile.read(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private PrintedTable table(TableRole role) {
        return theirs.disclosure().table(role).orElseThrow();
    }

    @Test
    void theProfileIsDataFoundByIdOnTheClasspathToo() {
        assertThat(Profile.load("variant-13")).isEqualTo(variant);
        assertThat(variant.tables()).hasSize(13);
    }

    @Test
    void tablesInTheProfilesOrderWithItsNamesTitlesAndUnits() {
        List<PrintedTable> tables = theirs.disclosure().tables();
        assertThat(tables).extracting(PrintedTable::role).containsExactly(TableRole.REVENUE_BY_FUNCTION,
                TableRole.EXPENDITURE_BY_FUNCTION, TableRole.BUDGET_SUMMARY, TableRole.GENERAL_BUDGET_BY_FUNCTION,
                TableRole.BASIC_BY_ECONOMIC, TableRole.FISCAL_SUMMARY, TableRole.THREE_PUBLIC, TableRole.AGENCY_OPERATING,
                TableRole.GOVERNMENT_FUND_REVENUE, TableRole.GOVERNMENT_FUND_EXPENDITURE, TableRole.STATE_CAPITAL,
                TableRole.PROJECTS_CARRYOVER, TableRole.PROJECTS_CURRENT_YEAR);
        assertThat(tables).extracting(PrintedTable::name).containsExactly("表1", "表2", "表3", "表4", "表5", "表6", "表7",
                "表8", "表9", "表10", "表11", "表12", "表13");
        assertThat(table(TableRole.GENERAL_BUDGET_BY_FUNCTION).title()).isEqualTo("2026年一般公共预算支出情况表");
        assertThat(table(TableRole.GENERAL_BUDGET_BY_FUNCTION).unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(tables).filteredOn(t -> t.role() != TableRole.GENERAL_BUDGET_BY_FUNCTION)
                .allMatch(t -> t.unit() == MoneyUnit.WAN);
        assertThat(theirs.disclosure().metadata().profile()).isEqualTo("variant-13");
        assertThat(theirs.disclosure().metadata().amountUnit()).isEqualTo(MoneyUnit.WAN);
        assertThat(theirs.disclosure().tableOfContents()).extracting(e -> e.title())
                .contains("表4" + "2026年一般公共预算支出情况表", "第二部分 2026年部门预算公开表");
    }

    /** Every row of every table: the reference's as printed, the 元 table × 10000, the code parts joined. */
    @ParameterizedTest
    @EnumSource(TableRole.class)
    void everyFigureIsThePrintedReferences(TableRole role) {
        PrintedTable reference = printed.table(role).orElseThrow();
        PrintedTable derived = table(role);
        assertThat(derived.notes()).isEqualTo(reference.notes());
        assertThat(derived.rows()).hasSameSizeAs(reference.rows());
        BigDecimal factor = reference.unit().yuanPerUnit().divide(derived.unit().yuanPerUnit());
        for (int i = 0; i < reference.rows().size(); i++) {
            TableRow ref = reference.rows().get(i);
            TableRow row = derived.rows().get(i);
            for (Column c : reference.columns()) {
                String expected = reference.text(ref, c.key());
                String where = role + " row " + i + " " + c.key();
                if (c.key().equals(PrintedTable.CODE) && !derived.hasColumn(PrintedTable.CODE)) {
                    String joined = PrintedTable.CODE_PARTS.stream().map(k -> derived.text(row, k)).reduce("", String::concat);
                    assertThat(joined).as(where).isEqualTo(expected);
                    assertThat(derived.functionCode(row)).as(where).isEqualTo(reference.functionCode(ref));
                } else if (c.type() == ColumnType.AMOUNT && !expected.isEmpty()) {
                    BigDecimal value = Numbers.parseAmount(derived.text(row, c.key()));
                    assertThat(value).as(where).isEqualByComparingTo(Numbers.parseAmount(expected).multiply(factor));
                    assertThat(value.scale()).as(where).isEqualTo(2);
                } else {
                    assertThat(derived.text(row, c.key())).as(where).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void theYuanTableAndTheCodeColumnsByHand() {
        PrintedTable general = table(TableRole.GENERAL_BUDGET_BY_FUNCTION);
        // 48,798.56万元 = 487,985,600.00元; 2120501 21,694.90万元 = 216,949,000.00元, all 项目支出
        assertThat(general.rows().get(0).cells()).containsExactly("合计", "", "", "", "487985600.00", "150000.00", "487835600.00");
        assertThat(row(general, "2120501").cells())
                .containsExactly("212", "05", "01", "城乡社区环境卫生", "216949000.00", "", "216949000.00");
        // a 款 prints its 类 and 款, the 项 column blank; a 类 prints only its 类
        PrintedTable revenue = table(TableRole.REVENUE_BY_FUNCTION);
        assertThat(row(revenue, "21205").cells().subList(0, 4)).containsExactly("212", "05", "", "城乡社区环境卫生");
        assertThat(row(revenue, "212").cells().subList(0, 4)).containsExactly("212", "", "", "城乡社区支出");
    }

    private static TableRow row(PrintedTable t, String code) {
        FunctionCode c = FunctionCode.of(code);
        return t.rows().stream().filter(r -> t.functionCode(r).filter(c::equals).isPresent()).findFirst().orElseThrow();
    }

    @Test
    void theNarrativeStillDerivesAndNamesThisProfilesTables() {
        assertThat(theirs.disclosure().narrative()).isEqualTo(ours.disclosure().narrative());
        GeneratedNarrative generated = new GeneratedNarrative(theirs.disclosure().narrative(), theirs.sources());
        NarrativeSources.assertSentencesHoldTheirFigures(generated);
        NarrativeSources.assertCellsResolve(generated, theirs.disclosure().tables());
        // "城乡社区支出48,783.56万元" is the 元 table's cell 212/合计: 487,835,600.00元
        FigureSource urban = theirs.sources().stream().flatMap(s -> s.figures().stream())
                .filter(f -> f.role() == TableRole.GENERAL_BUDGET_BY_FUNCTION && "212".equals(f.row())).findFirst().orElseThrow();
        assertThat(urban.printed()).isEqualTo("48,783.56万元");
        assertThat(urban.table()).isEqualTo("表4");
        assertThat(urban.amount().to(MoneyUnit.YUAN).value()).isEqualByComparingTo("487835600.00");
    }

    @Test
    void inferringBackGivesTheSameFacts() {
        BudgetFacts back = new FactsInferrer(catalogue).infer(theirs.disclosure());
        BudgetFacts backFromOurs = new FactsInferrer(catalogue).infer(ours.disclosure());
        assertThat(back.profile()).isEqualTo("variant-13");
        // the same facts whatever the profile printed them with
        assertThat(back).usingRecursiveComparison().ignoringFields("profile").isEqualTo(backFromOurs);
        // and the facts the document was built from; only where the printed reference was read is not built
        assertThat(back).usingRecursiveComparison()
                .ignoringFields("profile", "procurement.source", "assets.source", "texts.glossary.source")
                .isEqualTo(facts);
        assertThat(back.lines()).isEqualTo(facts.lines());
        assertThat(back.projects()).isEqualTo(facts.projects());
        assertThat(back.priorYear()).isEqualTo(facts.priorYear());
    }
}
