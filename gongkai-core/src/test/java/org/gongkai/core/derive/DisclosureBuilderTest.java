package org.gongkai.core.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.ExpenditureKind;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.facts.PriorYear;
import org.gongkai.core.facts.ThreePublicFacts;
import org.gongkai.core.ingest.JsonInput;
import org.gongkai.core.json.Json;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.Metadata;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Phase;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TextBlock;
import org.gongkai.core.model.TocEntry;
import org.gongkai.core.profile.Profile;
import org.junit.jupiter.api.Test;

/** The reference's facts built back into a whole disclosure in the shanxi-13 layout. */
class DisclosureBuilderTest {

    private final Disclosure reference = Reference.disclosure();
    private final Catalogue catalogue = Catalogue.forYear(2026);
    private final Profile profile = Profile.load("shanxi-13");
    private final BudgetFacts facts = new FactsInferrer(catalogue).infer(reference);
    private final Publication publication = new DisclosureBuilder(profile, catalogue).build(facts);
    private final Disclosure built = publication.disclosure();

    @Test
    void metadata() {
        assertThat(built.metadata()).isEqualTo(new Metadata("2026年度部门预算公开", "山西转型综改示范区太原开发区",
                "山西转型综合改革示范区建设与公用事业管理部", "608", 2026, Phase.BUDGET, DisclosureKind.DEPARTMENT,
                "shanxi-13", MoneyUnit.WAN, null));
        assertThat(built.readingNotes()).isEmpty();
    }

    @Test
    void thirteenTablesAsTheDeriverMakesThem() {
        List<PrintedTable> derived = new TableDeriver(profile, catalogue).derive(facts);
        assertThat(built.tables()).hasSize(13).isEqualTo(derived);
        assertThat(built.tables()).extracting(PrintedTable::id)
                .containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12", "T13");
    }

    @Test
    void tableOfContentsIsTheReferencesWithoutPages() {
        assertThat(built.tableOfContents()).allMatch(e -> e.page() == null);
        assertThat(built.tableOfContents()).extracting(TocEntry::level, TocEntry::title)
                .isEqualTo(reference.tableOfContents().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.level(), e.title())).toList());
        List<String> titles = built.tableOfContents().stream().map(TocEntry::title).toList();
        for (PrintedTable t : built.tables()) {
            String tocName = profile.table(t.id()).orElseThrow().tocName();
            assertThat(titles).contains(tocName + t.title());
        }
        assertThat(titles).contains("表一2026年预算收支总表", "表十2026年财政拨款安排“三公”经费支出预算表",
                "表十三2026年项目支出预算表（上年结转）", "十、绩效管理情况", "（二）其他");
    }

    @Test
    void overviewNarrativeAndTheRest() {
        assertThat(built.overview().duties()).extracting(TextBlock::text)
                .isEqualTo(reference.overview().duties().stream().map(TextBlock::text).toList());
        assertThat(built.overview().organization()).extracting(TextBlock::text)
                .containsExactly("建设与公用事业管理部设5个内设科室，分别是综合科、建设管理科、公用事业科、质量安全科、项目保障科。");
        assertThat(built.narrative()).isEqualTo(new NarrativeWriter(profile, catalogue).write(facts).narrative());
        assertThat(built.narrative().sections()).extracting(NarrativeSection::heading)
                .isEqualTo(reference.narrative().sections().stream().map(NarrativeSection::heading).toList());
        assertThat(built.performanceTargets()).isEqualTo(facts.performanceTargets()).hasSize(43);
        // 154.40 + 0 + 3,946.36 = 4,100.76
        assertThat(built.procurement().total().value()).isEqualByComparingTo("4100.76");
        assertThat(built.assets().officeAreaSquareMetres()).isEqualByComparingTo("261");
        assertThat(built.glossary()).hasSize(12).extracting(GlossaryEntry::term).startsWith("基本支出", "项目支出", "“三公”经费");
        assertThat(built.glossary()).allMatch(g -> g.line() == 0);
    }

    @Test
    void sourcesAreKept() {
        assertThat(publication.sources()).isEqualTo(new NarrativeWriter(profile, catalogue).write(facts).sources());
        NarrativeSources.assertSentencesHoldTheirFigures(new GeneratedNarrative(built.narrative(), publication.sources()));
    }

    @Test
    void jsonRoundTripKeepsItEqual() {
        String json = Json.write(built);
        Disclosure back = JsonInput.read("built.json", json.getBytes(StandardCharsets.UTF_8)).disclosure();
        assertThat(back).isEqualTo(built);
        assertThat(Json.write(back)).isEqualTo(json);
    }

    @Test
    void minimalFactsGiveAWholeDocumentWithPlaceholders() {
        BudgetFacts minimal = new BudgetFacts("小部门", null, null, 2026, "shanxi-13", List.of("小部门"),
                List.of(new BudgetLine(FunctionCode.of("2010101"), FundSource.GENERAL_BUDGET, FundYear.CURRENT_YEAR, ExpenditureKind.BASIC,
                        Amount.wan("10.00"))),
                null, List.of(), List.of(), ThreePublicFacts.none(), List.of(), null, null, PriorYear.unknown(), null, null, List.of());
        Publication p = new DisclosureBuilder(profile, catalogue).build(minimal);
        Disclosure d = p.disclosure();
        assertThat(d.tables()).hasSize(13);
        assertThat(d.overview().duties()).extracting(TextBlock::text).containsExactly("【待填写：本部门职责】");
        assertThat(d.overview().organization()).extracting(TextBlock::text).containsExactly("【待填写：机构设置情况】");
        assertThat(d.narrative().section("一").orElseThrow().text())
                .contains("预算收入总计10.00万元", "收入总计与上年相比【待填写：上年收入总计（万元）】。");
        assertThat(d.narrative().section("十").orElseThrow().text())
                .contains("未安排本年项目支出。").doesNotContain("绩效目标表");
        assertThat(d.procurement()).isNull();
        assertThat(d.glossary()).isEmpty();
        Disclosure back = JsonInput.read("minimal.json", Json.write(d).getBytes(StandardCharsets.UTF_8)).disclosure();
        assertThat(back).isEqualTo(d);
    }
}
