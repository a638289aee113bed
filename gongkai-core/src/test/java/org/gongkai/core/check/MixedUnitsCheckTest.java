package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.Reference;
import org.gongkai.core.catalogue.CatalogueSource;
import org.gongkai.core.check.cross.CrossTableRules;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.check.table.ArithmeticRules;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.ProfileSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The table rules on a profile that prints one table in 元 and the codes in 类|款|项 columns (the
 * test profile {@code variant-13}): a 元 figure is compared with a 万元 one at the 万元 figure's
 * precision, and a table's 合计 is the sum of the 类 rows its three code columns print. Figures typed
 * from the reference text: line 229 "2120501 城乡社区环境卫生 … 21694.90" (一般公共预算支出, 万元;
 * here 216,949,000.00元), line 126 the same row of the 收入 table, line 115 "合计 48798.56".
 */
class MixedUnitsCheckTest {

    private static ProfileSource profiles;
    private static Profile variant;
    private static Disclosure clean;

    @BeforeAll
    static void build() throws IOException {
        try (InputStream in = MixedUnitsCheckTest.class.getResourceAsStream("/org/gongkai/core/profile/variant-13.json")) {
            variant = Profile.read(in);
        }
        profiles = id -> id.equals(variant.id()) ? Optional.of(variant) : ProfileSource.shipped().find(id);
        BudgetFacts facts = Pipeline.standard().infer(Reference.disclosure());
        clean = new org.gongkai.core.derive.DisclosureBuilder(variant, org.gongkai.core.catalogue.Catalogue.forYear(2026))
                .build(facts).disclosure();
    }

    private static List<Finding> check(Disclosure d, List<Rule> rules) {
        return new Checker(rules, profiles, CatalogueSource.shipped()).check(d).findings();
    }

    /** The disclosure with the cell {@code key} of the row whose code columns read 类|款|项 set to {@code value}. */
    private static Disclosure withCell(TableRole role, List<String> code, String key, String value) {
        PrintedTable t = clean.tables().stream().filter(x -> x.role() == role).findFirst().orElseThrow();
        int cls = t.columnIndex("codeClass");
        int at = t.columnIndex(key);
        List<TableRow> rows = new ArrayList<>();
        boolean done = false;
        for (TableRow r : t.rows()) {
            List<String> cells = r.cells();
            if (!done && cells.subList(cls, cls + 3).equals(code)) {
                List<String> edited = new ArrayList<>(cells);
                edited.set(at, value);
                rows.add(new TableRow(edited, r.source()));
                done = true;
            } else {
                rows.add(r);
            }
        }
        assertThat(done).as("row " + code).isTrue();
        return TableEdits.table(clean, t.id(), x -> TableEdits.withRows(x, rows));
    }

    @Test
    void theCleanDocumentPassesTheTableRules() {
        List<Rule> rules = new ArrayList<>(ArithmeticRules.all());
        rules.addAll(CrossTableRules.all());
        assertThat(check(clean, rules)).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }

    @Test
    void aYuanFigureThatDiffersByTenThousandYuanFromTheWanTableIsAnError() {
        // 216,949,000.00 → 216,959,000.00元: 21,695.90万元 against 21,694.90万元
        Disclosure d = withCell(TableRole.GENERAL_BUDGET_BY_FUNCTION, List.of("212", "05", "01"), "total", "216959000.00");
        List<Finding> found = check(d, CrossTableRules.all()).stream()
                .filter(f -> f.rule().equals("cross.general-budget-revenue") && f.severity() == Severity.ERROR).toList();
        assertThat(found).singleElement().satisfies(f -> assertThat(f.message())
                .contains("表4“2120501 城乡社区环境卫生”行“合计”列（元折合万元）", "21694.90", "实际为 21695.90", "相差 1.00"));
    }

    @Test
    void aYuanFigureWithinTheRoundingOfTheWanFigureIsOnlyNoted() {
        // 216,949,040.00元 = 21,694.904万元: within half a cent of 万元 (50元) of the printed 21,694.90
        Disclosure d = withCell(TableRole.GENERAL_BUDGET_BY_FUNCTION, List.of("212", "05", "01"), "total", "216949040.00");
        List<Finding> found = check(d, CrossTableRules.all()).stream()
                .filter(f -> f.rule().equals("cross.general-budget-revenue")).toList();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("21694.904", "21694.90");
        });
    }

    @Test
    void theTotalOfATableWithCodesInThreeColumnsIsTheSumOfItsClasses() {
        PrintedTable revenue = clean.tables().stream().filter(x -> x.role() == TableRole.REVENUE_BY_FUNCTION).findFirst().orElseThrow();
        int total = revenue.columnIndex("total");
        TableRow sum = revenue.rows().stream().filter(r -> r.cells().contains("合计")).findFirst().orElseThrow();
        assertThat(sum.cell(total)).isEqualTo("48798.56");
        List<TableRow> rows = revenue.rows().stream().map(r -> {
            if (r != sum) {
                return r;
            }
            List<String> cells = new ArrayList<>(r.cells());
            cells.set(total, "48799.56");
            return new TableRow(cells, r.source());
        }).toList();
        Disclosure d = TableEdits.table(clean, revenue.id(), x -> TableEdits.withRows(x, rows));
        assertThat(check(d, ArithmeticRules.all())).filteredOn(f -> f.rule().equals("arith.total"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("表1“合计”行“合计”列应等于各类之和 48798.56", "实际为 48799.56"));
    }
}
