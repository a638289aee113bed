package org.gongkai.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.Reference;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.catalogue.CatalogueSource;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.derive.DisclosureBuilder;
import org.gongkai.core.derive.FactsInferrer;
import org.gongkai.core.derive.Publication;
import org.gongkai.core.derive.TableDeriver;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.ingest.IngestException;
import org.gongkai.core.json.Json;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.ProfileSource;
import org.gongkai.core.render.CsvExport;
import org.junit.jupiter.api.Test;

/** The stages of the pipeline on the reference, and the profiles and catalogues it is given. */
class PipelineTest {

    private final Pipeline pipeline = Pipeline.standard();
    private final Disclosure reference = Reference.disclosure();
    private final Catalogue catalogue = Catalogue.forYear(2026);
    private final Profile profile = Profile.load("shanxi-13");
    private final BudgetFacts facts = new FactsInferrer(catalogue).infer(reference);
    private final Publication publication = new DisclosureBuilder(profile, catalogue).build(facts);

    private static byte[] referenceBytes() throws Exception {
        return Files.readAllBytes(Reference.file());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void loadsTheTextInTheDefaultProfile() throws Exception {
        Loaded loaded = pipeline.load("reference.txt", referenceBytes());
        assertThat(loaded.isFacts()).isFalse();
        assertThat(loaded.facts()).isNull();
        assertThat(loaded.profile().id()).isEqualTo(ProfileSource.DEFAULT_ID);
        assertThat(loaded.disclosure().tables()).isEqualTo(reference.tables());
        assertThat(loaded.disclosure().metadata().sourceName()).isEqualTo("reference.txt");
        assertThat(pipeline.load(Reference.file()).disclosure()).isEqualTo(reference);
    }

    @Test
    void loadsEitherJson() {
        Loaded d = pipeline.load("d.json", utf8(Json.write(reference)));
        assertThat(d.disclosure()).isEqualTo(reference);
        assertThat(d.profile()).isEqualTo(profile);
        Loaded f = pipeline.load("upload", utf8(Json.write(facts)));
        assertThat(f.isFacts()).isTrue();
        assertThat(f.facts()).isEqualTo(facts);
        assertThat(pipeline.facts(f)).isSameAs(f.facts());
        assertThat(pipeline.facts(d)).isEqualTo(facts);
    }

    @Test
    void anUnknownOrConflictingProfileIsAnInputError() throws Exception {
        assertThatThrownBy(() -> pipeline.load("x.txt", referenceBytes(), "nowhere-9"))
                .isInstanceOf(IngestException.class)
                .hasMessage("未知的地区模板：“nowhere-9”");
        assertThatThrownBy(() -> pipeline.load("d.json", utf8(Json.write(reference)), "nowhere-9"))
                .isInstanceOf(IngestException.class)
                .hasMessage("文件的地区模板为“shanxi-13”，与指定的“nowhere-9”不一致");
        assertThat(pipeline.load("d.json", utf8(Json.write(reference)), "shanxi-13").disclosure()).isEqualTo(reference);
    }

    @Test
    void inferAndDeriveAgreeWithTheirClasses() {
        assertThat(pipeline.infer(reference)).isEqualTo(facts);
        assertThat(pipeline.derive(facts)).isEqualTo(new TableDeriver(profile, catalogue).derive(facts));
    }

    @Test
    void buildUsesTheFactsProfileAndYear() {
        assertThat(Pipeline.standard().build(facts)).isEqualTo(publication);
    }

    @Test
    void publishingAnyInputBuildsFromItsFacts() throws Exception {
        assertThat(pipeline.publish(pipeline.load("reference.txt", referenceBytes()))).isEqualTo(publication);
    }

    @Test
    void checksAllRulesOrTheChosenOnes() {
        CheckReport all = pipeline.check(reference);
        assertThat(all.findings()).extracting(Finding::rule).contains("narr.share");
        CheckReport some = pipeline.check(reference, Set.of("narr.share", "arith.total"));
        assertThat(some.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.rule()).isIn("narr.share", "arith.total"));
        assertThat(some.findings()).containsExactlyElementsOf(all.findings().stream()
                .filter(f -> f.rule().equals("narr.share") || f.rule().equals("arith.total")).toList());
        assertThatThrownBy(() -> pipeline.check(reference, Set.of("arith.total", "no.such-rule")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such-rule");
        assertThat(pipeline.rules()).hasSizeGreaterThan(50);
    }

    @Test
    void anEarlierRuleIdChoosesTheRenamedRule() {
        // the reference's one cross-table finding: 表十一 is empty while 表六 公用经费 is 15.00 (line 315)
        CheckReport byAlias = pipeline.check(reference, Set.of("cross.t11-t6"));
        CheckReport byId = pipeline.check(reference, Set.of("cross.agency-operating-basic"));
        assertThat(byAlias.findings()).hasSize(1).isEqualTo(byId.findings());
        assertThat(byAlias.findings().get(0).rule()).isEqualTo("cross.agency-operating-basic");
        assertThat(byAlias.findings().get(0).location().line()).isEqualTo(315);
    }

    @Test
    void factsAreCheckedAsTheDisclosureBuiltFromThem() {
        assertThat(pipeline.check(facts)).isEqualTo(pipeline.check(publication.disclosure()));
        Loaded f = pipeline.load("facts.json", utf8(Json.write(facts)));
        assertThat(pipeline.check(f)).isEqualTo(pipeline.check(publication.disclosure()));
    }

    @Test
    void rendersEveryFormat() {
        Disclosure d = publication.disclosure();
        assertThat(new String(pipeline.render(d, RenderFormat.HTML), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
        assertThat(pipeline.render(d, RenderFormat.PDF)).startsWith(utf8("%PDF"));
        assertThat(pipeline.render(d, RenderFormat.XLSX)).startsWith(utf8("PK"));
    }

    @Test
    void exportsJsonAndCsv() throws Exception {
        Loaded text = pipeline.load("reference.txt", referenceBytes());
        assertThat(pipeline.export(text, ExportFormat.JSON)).containsOnlyKeys("disclosure.json");
        assertThat(new String(pipeline.export(text, ExportFormat.FACTS_JSON).get("facts.json"), StandardCharsets.UTF_8))
                .isEqualTo(Json.write(facts));
        Map<String, byte[]> csv = pipeline.export(text, ExportFormat.CSV);
        assertThat(csv).containsOnlyKeys(CsvExport.files(reference, facts).files().keySet());
        assertThat(List.copyOf(csv.keySet())).isEqualTo(List.copyOf(CsvExport.files(reference, facts).files().keySet()));
        Loaded f = pipeline.load("facts.json", utf8(Json.write(facts)));
        assertThat(pipeline.export(f, ExportFormat.JSON)).containsOnlyKeys("facts.json");
        // facts export the tables of the disclosure Gongkai publishes from them, as a printed disclosure does
        assertThat(List.copyOf(pipeline.export(f, ExportFormat.CSV).keySet())).isEqualTo(List.copyOf(csv.keySet()));
    }

    /** A pipeline given other sources uses them in every stage: no stage reads the shipped ones itself. */
    @Test
    void stagesUseTheGivenSources() throws Exception {
        Profile renamed = new Profile("test-13", profile.name(), profile.tables(), profile.noDataNote(),
                profile.tableSectionTitle(), profile.document());
        ProfileSource profiles = id -> id.equals("test-13") ? Optional.of(renamed) : Optional.empty();
        List<Integer> years = new ArrayList<>();
        CatalogueSource catalogues = year -> {
            years.add(year);
            return Catalogue.forYear(year);
        };
        Pipeline own = new Pipeline(profiles, catalogues);

        assertThatThrownBy(() -> own.load("x.txt", referenceBytes()))
                .isInstanceOf(IngestException.class).hasMessageContaining("未知的地区模板");
        Loaded loaded = own.load("x.txt", referenceBytes(), "test-13");
        assertThat(loaded.profile()).isSameAs(renamed);
        assertThat(loaded.disclosure().metadata().profile()).isEqualTo("test-13");
        assertThat(loaded.disclosure().tables()).isEqualTo(reference.tables());

        BudgetFacts ownFacts = own.facts(loaded);
        // load asks for the year's catalogue (a year without one is refused there), infer uses it
        assertThat(years).isNotEmpty().containsOnly(2026);
        assertThat(ownFacts.profile()).isEqualTo("test-13");
        Disclosure built = own.build(ownFacts).disclosure();
        assertThat(built.metadata().profile()).isEqualTo("test-13");
        assertThat(built.tables()).isEqualTo(publication.disclosure().tables());

        CheckReport report = own.check(loaded);
        assertThat(report.document().profile()).isEqualTo("test-13");
        assertThat(report.findings()).isEqualTo(pipeline.check(reference).findings());
        assertThat(years).hasSizeGreaterThan(1).containsOnly(2026);
        assertThatThrownBy(() -> own.check(reference)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shanxi-13");
    }
}
