package org.gongkai.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Assets;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.Metadata;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Overview;
import org.gongkai.core.model.Phase;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.TextBlock;
import org.gongkai.core.model.TocEntry;
import org.gongkai.core.profile.DocumentLayout;
import org.gongkai.core.profile.DocumentPart;
import org.gongkai.core.profile.NarrativeSectionSpec;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.TableSpec;

/**
 * derive: {@link BudgetFacts} → a complete {@link Disclosure} in the profile's layout: metadata, 目录
 * (without page numbers, which the renderer fills), 概况 from the department's words, the tables
 * from {@link TableDeriver}, 情况说明 from {@link NarrativeWriter}, the performance-target forms,
 * 政府采购, 国有资产 and 名词解释. Nothing is read from text, so there are no reading notes and
 * no source lines (line 0).
 */
public final class DisclosureBuilder {

    private final Profile profile;
    private final TableDeriver tables;
    private final NarrativeWriter writer;

    public DisclosureBuilder(Profile profile, Catalogue catalogue) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.tables = new TableDeriver(profile, catalogue);
        this.writer = new NarrativeWriter(profile, catalogue);
    }

    public Publication build(BudgetFacts facts) {
        int year = facts.fiscalYear();
        DocumentLayout layout = profile.document();
        Metadata metadata = new Metadata(layout.title(year, facts.kind().label()), facts.region(), facts.department(),
                facts.unitCode(), year, Phase.BUDGET, facts.kind(), profile.id(), profile.amountUnit(), null);
        GeneratedNarrative narrative = writer.write(facts);
        List<PrintedTable> printed = tables.derive(facts);
        List<TocEntry> toc = layout.parts().isEmpty() ? tableOfContents(year, narrative)
                : partsOfContents(year, facts, printed);
        Disclosure d = new Disclosure(metadata, toc, overview(facts), printed,
                narrative.narrative(), facts.performanceTargets(), procurement(facts.procurement(), layout.narrativeUnit()),
                assets(facts.assets()), glossary(facts.texts().glossary()), List.of());
        return new Publication(d, narrative.sources());
    }

    /** 目录: the four parts; duties and organization; every table; every section of 情况说明. */
    private List<TocEntry> tableOfContents(int year, GeneratedNarrative narrative) {
        DocumentLayout layout = profile.document();
        List<TocEntry> toc = new ArrayList<>();
        toc.add(new TocEntry(1, layout.overviewTitle(), null, 0));
        toc.add(new TocEntry(2, "一、" + layout.dutiesHeading(), null, 0));
        toc.add(new TocEntry(2, "二、" + layout.organizationHeading(), null, 0));
        toc.add(new TocEntry(1, profile.tableSectionTitle(year), null, 0));
        for (TableSpec t : profile.tables()) {
            toc.add(new TocEntry(2, t.tocName() + t.title(year), null, 0));
        }
        toc.add(new TocEntry(1, narrative.narrative().heading(), null, 0));
        List<NarrativeSection> sections = narrative.narrative().sections();
        for (int i = 0; i < sections.size(); i++) {
            NarrativeSection s = sections.get(i);
            toc.add(new TocEntry(2, s.number() + "、" + s.heading(), null, 0));
            NarrativeSectionSpec spec = layout.narrativeSections().get(i);
            if (spec.subheadingsInToc()) {
                for (String sub : spec.subheadings()) {
                    toc.add(new TocEntry(3, sub, null, 0));
                }
            }
        }
        toc.add(new TocEntry(1, layout.glossaryTitle(), null, 0));
        return toc;
    }

    /** 目录 of a layout that lists its parts: each part, and under the tables part each table by its title. */
    private List<TocEntry> partsOfContents(int year, BudgetFacts facts, List<PrintedTable> printed) {
        List<TocEntry> toc = new ArrayList<>();
        for (DocumentPart p : profile.document().parts()) {
            toc.add(new TocEntry(1, DocumentPart.fill(p.toc(), year, facts.kind().label(), facts.department()), null, 0));
            if (p.part() == DocumentPart.Kind.TABLES) {
                int n = 1;
                for (PrintedTable t : printed) {
                    toc.add(new TocEntry(2, n++ + ". " + t.title(), null, 0));
                }
            }
        }
        return toc;
    }

    private static Overview overview(BudgetFacts facts) {
        return new Overview(blocks(facts.texts().duties(), "本部门职责"),
                blocks(facts.texts().organization(), "机构设置情况"));
    }

    private static List<TextBlock> blocks(List<String> paragraphs, String what) {
        if (paragraphs.isEmpty()) {
            return List.of(new TextBlock(Wording.placeholder(what), 0));
        }
        return paragraphs.stream().map(p -> new TextBlock(p, 0)).toList();
    }

    /**
     * 政府采购 as the narrative states it, in the narrative's unit: the total is the sum of its three
     * parts when all are known.
     */
    private static Procurement procurement(Procurement p, MoneyUnit unit) {
        if (p == null) {
            return null;
        }
        Amount total = p.total();
        if (p.goods() != null && p.works() != null && p.services() != null) {
            total = p.goods().plus(p.works()).plus(p.services());
        }
        return new Procurement(in(total, unit), in(p.goods(), unit), in(p.works(), unit), in(p.services(), unit), 0);
    }

    private static Amount in(Amount a, MoneyUnit unit) {
        return a == null ? null : a.to(unit);
    }

    private static Assets assets(Assets a) {
        return a == null ? null
                : new Assets(a.asOf(), a.vehicleQuota(), a.vehiclesActual(), a.vehicles(), a.officeAreaSquareMetres(),
                        a.equipment(), 0);
    }

    private static List<GlossaryEntry> glossary(List<GlossaryEntry> entries) {
        return entries.stream().map(e -> new GlossaryEntry(e.number(), e.term(), e.definition(), 0)).toList();
    }
}
