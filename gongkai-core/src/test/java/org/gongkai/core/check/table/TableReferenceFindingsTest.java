package org.gongkai.core.check.table;

import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Rules;
import org.gongkai.core.check.TableEdits;
import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.gongkai.core.Reference;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.junit.jupiter.api.Test;

/**
 * The four table families together, through the standard checker: what they find in the reference,
 * and that odd documents make them report, never fail.
 */
class TableReferenceFindingsTest {

    private static final Set<Category> FAMILIES = Set.of(Category.ARITHMETIC, Category.CROSS_TABLE, Category.CODES,
            Category.COMPLETENESS);

    private static List<Finding> ours(CheckReport report) {
        Set<String> ids = Rules.all().stream().filter(r -> FAMILIES.contains(r.info().category()))
                .map(r -> r.info().id()).collect(java.util.stream.Collectors.toSet());
        return report.findings().stream().filter(f -> ids.contains(f.rule())).toList();
    }

    @Test
    void theStandardCheckerRunsTheFourFamilies() {
        assertThat(Rules.all()).extracting(r -> r.info().id())
                .contains("arith.total", "cross.revenue-total-summary", "code.name", "complete.toc");
        assertThat(Rules.all().stream().map(r -> r.info().id()).distinct().count()).isEqualTo(Rules.all().size());
    }

    @Test
    void referenceHasNoErrorOrWarningInItsTables() {
        // Read by hand: T1 收入总计 48966.85 = 48798.56 + 168.29 = 支出总计; T2/T3/T5 agree code by code; T4 income
        // 48798.56 = T1; T6 15.00 = T5 基本支出; T12 48783.56 = T5 项目支出; T13 168.29 = T2 上年结转; the 目录 lists
        // the 13 tables with their printed titles. Only T11 (empty) vs T6 公用经费 15.00 is worth a note: the basic
        // expenditure is all under 2010350 事业运行, so an empty 机关运行经费 table can be right.
        List<Finding> findings = ours(Checker.standard().check(Reference.disclosure()));
        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
        assertThat(findings).extracting(TableEdits::where).containsExactly("cross.agency-operating-basic|info|表十一|部门合计|合计|315");
    }

    @Test
    void aDocumentWithoutTablesIsReportedNotFailed() {
        Disclosure r = Reference.disclosure();
        Disclosure bare = new Disclosure(r.metadata(), List.of(), null, List.of(), null, List.of(), null, null, List.of(),
                List.of());
        List<Finding> findings = ours(Checker.standard().check(bare));
        assertThat(findings).noneMatch(f -> f.message().startsWith("规则运行失败"));
        assertThat(findings).filteredOn(f -> f.rule().equals("complete.tables")).hasSize(13);
        assertThat(findings).extracting(Finding::rule).contains("complete.toc", "complete.content");
    }

    @Test
    void ragsOfTablesAreReportedNotFailed() {
        // every table keeps its title but has one short row of text where figures should be
        Disclosure r = Reference.disclosure();
        List<PrintedTable> rags = r.tables().stream().map(t -> TableEdits.withRows(t,
                List.of(new TableRow(List.of("合计", "x"), t.line() + 1), new TableRow(List.of(), t.line() + 2)))).toList();
        List<Finding> findings = ours(Checker.standard().check(TableEdits.withTables(r, rags)));
        assertThat(findings).noneMatch(f -> f.message().startsWith("规则运行失败"));
    }
}
