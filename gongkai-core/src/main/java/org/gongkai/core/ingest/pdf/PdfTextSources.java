package org.gongkai.core.ingest.pdf;

import java.util.List;
import java.util.function.UnaryOperator;
import org.gongkai.core.model.Assets;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Overview;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.ReadingNote;
import org.gongkai.core.model.SourceRef;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TextBlock;
import org.gongkai.core.model.TocEntry;

/**
 * A disclosure the text reader read from a PDF's rebuilt lines ({@link PdfTextLines}), with every
 * source turned from a line of the rebuilt text into the place on the page it was read: the PDF
 * text's line, the page and the box.
 */
final class PdfTextSources {

    private PdfTextSources() {
    }

    static Disclosure apply(Disclosure d, PdfTextLines.Rebuilt text) {
        UnaryOperator<SourceRef> at = s -> s == null || s.line() == 0 || s.page() != null ? s : text.source(s.line());
        List<TocEntry> toc = d.tableOfContents().stream()
                .map(e -> new TocEntry(e.level(), e.title(), e.page(), at.apply(e.source()))).toList();
        Overview overview = d.overview() == null ? null
                : new Overview(blocks(d.overview().duties(), at), blocks(d.overview().organization(), at));
        List<PrintedTable> tables = d.tables().stream().map(t -> new PrintedTable(t.id(), t.role(), t.name(), t.label(),
                t.title(), t.department(), t.unit(), t.headerRows(), t.columns(),
                t.rows().stream().map(r -> new TableRow(r.cells(), at.apply(r.source()))).toList(), t.notes(),
                at.apply(t.source()))).toList();
        Narrative narrative = d.narrative() == null ? null : new Narrative(d.narrative().heading(),
                d.narrative().sections().stream().map(s -> new NarrativeSection(s.number(), s.heading(),
                        blocks(s.paragraphs(), at), at.apply(s.source()))).toList());
        List<PerformanceTarget> targets = d.performanceTargets().stream().map(p -> new PerformanceTarget(p.title(),
                p.projectName(), p.competentDepartment(), p.departmentCode(), p.implementingUnit(), p.attribute(),
                p.projectTerm(), p.periodFunds(), p.annualFunds(), p.overview(), p.basis(), p.necessity(), p.measures(),
                p.plan(), p.periodGoal(), p.annualGoal(), indicators(p.periodIndicators(), at),
                indicators(p.annualIndicators(), at), p.groups(), p.responsible(), p.handler(), p.phone(),
                p.filingDate(), notes(p.missing(), at), at.apply(p.source()), at.apply(p.end()))).toList();
        Procurement procurement = d.procurement() == null ? null : new Procurement(d.procurement().total(),
                d.procurement().goods(), d.procurement().works(), d.procurement().services(), at.apply(d.procurement().source()));
        Assets a = d.assets();
        Assets assets = a == null ? null : new Assets(a.asOf(), a.vehicleQuota(), a.vehiclesActual(), a.vehicles(),
                a.officeAreaSquareMetres(), a.equipment(), at.apply(a.source()));
        List<GlossaryEntry> glossary = d.glossary().stream()
                .map(g -> new GlossaryEntry(g.number(), g.term(), g.definition(), at.apply(g.source()))).toList();
        return new Disclosure(d.metadata(), toc, overview, tables, narrative, targets, procurement, assets, glossary,
                notes(d.readingNotes(), at));
    }

    private static List<TextBlock> blocks(List<TextBlock> blocks, UnaryOperator<SourceRef> at) {
        return blocks.stream().map(b -> new TextBlock(b.text(), at.apply(b.source()))).toList();
    }

    private static List<Indicator> indicators(List<Indicator> list, UnaryOperator<SourceRef> at) {
        return list.stream().map(i -> new Indicator(i.level1(), i.level2(), i.name(), i.value(), at.apply(i.source()))).toList();
    }

    private static List<ReadingNote> notes(List<ReadingNote> list, UnaryOperator<SourceRef> at) {
        return list.stream().map(n -> new ReadingNote(n.field(), at.apply(n.source()), n.message())).toList();
    }
}
