package org.gongkai.core.check;

import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TextBlock;
import org.gongkai.core.testing.RandomFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property, second half: a clean generated document, damaged in one place, makes exactly the
 * expected rule fire at the damaged place — for many random departments.
 */
class GeneratedDocumentDamageTest {

    private static Disclosure clean(long seed) {
        BudgetFacts facts = new RandomFacts(seed).next();
        return GeneratedDocumentPropertyTest.build(facts);
    }

    private static List<Finding> problems(Disclosure d) {
        return Checker.standard().check(d).findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    private static Disclosure withTable(Disclosure d, String id, UnaryOperator<PrintedTable> change) {
        List<PrintedTable> tables = new ArrayList<>();
        for (PrintedTable t : d.tables()) {
            tables.add(t.id().equals(id) ? change.apply(t) : t);
        }
        return new Disclosure(d.metadata(), d.tableOfContents(), d.overview(), tables, d.narrative(), d.performanceTargets(),
                d.procurement(), d.assets(), d.glossary(), d.readingNotes());
    }

    private static PrintedTable withRow(PrintedTable t, String firstCell, UnaryOperator<List<String>> change) {
        List<TableRow> rows = new ArrayList<>();
        boolean done = false;
        for (TableRow r : t.rows()) {
            if (!done && r.cell(0).equals(firstCell)) {
                rows.add(new TableRow(change.apply(new ArrayList<>(r.cells())), r.line()));
                done = true;
            } else {
                rows.add(r);
            }
        }
        assertThat(done).as("row " + firstCell).isTrue();
        return t.withRows(rows);
    }

    private static String plus(String cell, String delta) {
        return new BigDecimal(cell).add(new BigDecimal(delta)).toPlainString();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aDamagedEconomicCellBreaksItsClassSum(long seed) {
        Disclosure d = clean(seed);
        assertThat(problems(d)).isEmpty();
        // 办公费: total and 公用经费 both +1.00 — the row still adds up, its class row 商品和服务支出 does not
        Disclosure damaged = withTable(d, "T6", t -> withRow(t, "办公费", c -> {
            c.set(2, plus(c.get(2), "1.00"));
            c.set(4, plus(c.get(4), "1.00"));
            return c;
        }));
        List<Finding> found = problems(damaged);
        assertThat(found).extracting(Finding::rule).containsOnly("arith.hierarchy");
        assertThat(found).allSatisfy(f -> {
            assertThat(f.location().table()).isEqualTo("表六");
            assertThat(f.location().row()).contains("商品和服务支出");
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aWrongNameIsReportedAtItsRow(long seed) {
        Disclosure d = clean(seed);
        PrintedTable t2 = d.table("T2").orElseThrow();
        TableRow item = t2.rows().stream().filter(r -> r.cell(0).length() == 7).findFirst().orElseThrow();
        String code = item.cell(0);
        Disclosure damaged = withTable(d, "T2", t -> withRow(t, code, c -> {
            c.set(1, c.get(1) + "费");
            return c;
        }));
        List<Finding> found = problems(damaged);
        assertThat(found).extracting(Finding::rule).containsOnly("code.name");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).location().table()).isEqualTo("表二");
        assertThat(found.get(0).location().row()).startsWith(code);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aWrongShareInTheTextIsReportedInItsSection(long seed) {
        Disclosure d = clean(seed);
        NarrativeSection two = d.narrative().section("二").orElseThrow();
        TextBlock p = two.paragraphs().get(0);
        Matcher m = Pattern.compile("占(\\d+\\.\\d\\d)%").matcher(p.text());
        assertThat(m.find()).isTrue();
        BigDecimal share = new BigDecimal(m.group(1));
        String wrong = share.compareTo(new BigDecimal("50")) > 0 ? share.subtract(new BigDecimal("0.10")).toPlainString()
                : share.add(new BigDecimal("0.10")).toPlainString();
        String text = p.text().substring(0, m.start(1)) + wrong + p.text().substring(m.end(1));
        List<TextBlock> paragraphs = new ArrayList<>(two.paragraphs());
        paragraphs.set(0, new TextBlock(text, p.line()));
        List<NarrativeSection> sections = new ArrayList<>();
        for (NarrativeSection s : d.narrative().sections()) {
            sections.add(s == two ? new NarrativeSection(s.number(), s.heading(), paragraphs, s.line()) : s);
        }
        Disclosure damaged = new Disclosure(d.metadata(), d.tableOfContents(), d.overview(), d.tables(),
                new Narrative(d.narrative().heading(), sections), d.performanceTargets(), d.procurement(), d.assets(),
                d.glossary(), d.readingNotes());
        List<Finding> found = problems(damaged);
        assertThat(found).extracting(Finding::rule).containsExactly("narr.share");
        assertThat(found.get(0).location().section()).startsWith("二");
        assertThat(found.get(0).message()).contains(share.toPlainString() + "%", wrong + "%");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aReversedSatisfactionTargetIsReportedAtItsIndicator(long seed) {
        Disclosure d = clean(seed);
        PerformanceTarget t = d.performanceTargets().get(0);
        List<Indicator> period = t.periodIndicators().stream()
                .map(i -> i.level1().equals("满意度指标") ? new Indicator(i.level1(), i.level2(), i.name(), "≤90%", i.line()) : i)
                .toList();
        PerformanceTarget damagedTarget = new PerformanceTarget(t.title(), t.projectName(), t.competentDepartment(),
                t.departmentCode(), t.implementingUnit(), t.attribute(), t.projectTerm(), t.periodFunds(), t.annualFunds(),
                t.overview(), t.basis(), t.necessity(), t.measures(), t.plan(), t.periodGoal(), t.annualGoal(), period,
                t.annualIndicators(), t.groups(), t.responsible(), t.handler(), t.phone(), t.filingDate(), t.missing(),
                t.source(), t.end());
        List<PerformanceTarget> targets = new ArrayList<>(d.performanceTargets());
        targets.set(0, damagedTarget);
        Disclosure damaged = new Disclosure(d.metadata(), d.tableOfContents(), d.overview(), d.tables(), d.narrative(), targets,
                d.procurement(), d.assets(), d.glossary(), d.readingNotes());
        List<Finding> found = problems(damaged);
        assertThat(found).extracting(Finding::rule).containsExactly("perf.satisfaction");
        assertThat(found.get(0).location().project()).isEqualTo(t.projectName());
        assertThat(found.get(0).location().indicator()).contains("服务对象满意度");
    }
}
