package org.gongkai.core.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongkai.core.Reference;
import org.gongkai.core.entry.EntryWorkbookWriter;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TocEntry;
import org.gongkai.core.pipeline.Loaded;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.pipeline.RenderFormat;
import org.gongkai.core.testing.RandomFacts;
import org.junit.jupiter.api.Test;

/**
 * Properties: the XLSX Gongkai publishes for any department, imported again, is the same disclosure —
 * in shanxi-13 (Gongkai's own workbook: the tables, cell by cell) and in shanghai-9 (the district's
 * workbook: the tables and every word it holds).
 */
class PublishedXlsxRoundTripTest {

    private static final Pipeline PIPELINE = Pipeline.standard();

    @Property(tries = 10)
    void shanxiWorkbookGivesTheSameTables(@ForAll long seed) {
        BudgetFacts facts = new RandomFacts(seed).next();
        Disclosure d = PIPELINE.build(facts).disclosure();
        Loaded back = PIPELINE.load("published.xlsx", PIPELINE.render(d, RenderFormat.XLSX));
        assertThat(back.profile().id()).isEqualTo("shanxi-13");
        assertSameTables(d, back.disclosure());
    }

    @Property(tries = 10)
    void shanghaiDistrictWorkbookGivesTheSameDisclosure(@ForAll long seed) {
        BudgetFacts facts = EntryWorkbookWriter.retarget(new RandomFacts(seed).next(), "shanghai-9", 2026);
        Disclosure d = PIPELINE.build(facts).disclosure();
        Loaded back = PIPELINE.load("published.xlsx", PIPELINE.render(d, RenderFormat.XLSX));
        assertThat(back.profile().id()).isEqualTo("shanghai-9");
        RegionWorkbookRoundTripTest.assertSame(printed(d), back.disclosure(), "seed " + seed);
    }

    /**
     * What a workbook can hold of a disclosure: its rows that print something (a row of blank cells
     * cannot be told from the template's empty rows) and its 目录 entries that have a title.
     */
    static Disclosure printed(Disclosure d) {
        List<PrintedTable> tables = d.tables().stream()
                .map(t -> t.withRows(t.rows().stream().filter(r -> !r.isBlank()).toList())).toList();
        List<TocEntry> toc = d.tableOfContents().stream().filter(e -> e.title() != null && !e.title().isBlank()).toList();
        return new Disclosure(d.metadata(), toc, d.overview(), tables, d.narrative(), d.performanceTargets(), d.procurement(),
                d.assets(), d.glossary(), d.readingNotes());
    }

    @Test
    void theReferenceThroughItsWorkbook() {
        Disclosure d = Reference.disclosure();
        Loaded back = PIPELINE.load("reference.xlsx", PIPELINE.render(d, RenderFormat.XLSX));
        assertSameTables(d, back.disclosure());
        // 表二, the row of 2120501 城乡社区环境卫生 as line 126 of the reference prints it
        PrintedTable t2 = back.disclosure().tables().get(1);
        assertThat(t2.rows().stream().filter(r -> r.cell(0).equals("2120501")).findFirst().orElseThrow().cells())
                .containsExactly("2120501", "城乡社区环境卫生", "21694.90", "21694.90", "", "", "", "", "81.90");
        // the sheet prints the 表号 above the title: the reference's own (line 57: 预算公开表1), else the
        // name its 目录 gives (line 26: 表十三, the reference printing none above that table)
        PrintedTable t1 = back.disclosure().tables().get(0);
        assertThat(t1.label()).isEqualTo("预算公开表1");
        assertThat(t1.title()).isEqualTo("2026年预算收支总表");
        assertThat(back.disclosure().tables().get(12).label()).isEqualTo("表十三");
    }

    static void assertSameTables(Disclosure want, Disclosure got) {
        assertThat(TableDifferences.of(want, got)).isEmpty();
    }
}
