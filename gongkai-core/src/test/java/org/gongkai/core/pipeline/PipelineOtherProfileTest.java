package org.gongkai.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.core.Reference;
import org.gongkai.core.catalogue.CatalogueSource;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.derive.Publication;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.json.Json;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.ProfileSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A profile that is not shipped, given to the pipeline as data (the test's {@code variant-13}: the
 * 13 tables in another order, numbered 表1…表13, the 一般公共预算支出表 in 元, function codes in
 * 类|款|项 columns): facts that name it are loaded, built, checked, rendered and exported through the
 * pipeline, and every stage uses that profile. Figures typed from the reference text: line 229
 * "2120501 城乡社区环境卫生 … 21694.90" (万元, here 216,949,000.00元), line 126 "… 21694.90 … 81.90".
 */
class PipelineOtherProfileTest {

    private static final String RESOURCE = "/org/gongkai/core/profile/variant-13.json";

    private static Pipeline pipeline;
    private static Loaded loaded;
    private static Publication publication;

    @BeforeAll
    static void load() throws IOException {
        Profile variant;
        try (InputStream in = PipelineOtherProfileTest.class.getResourceAsStream(RESOURCE)) {
            variant = Profile.read(in);
        }
        ProfileSource profiles = id -> id.equals(variant.id()) ? Optional.of(variant) : ProfileSource.shipped().find(id);
        pipeline = new Pipeline(profiles, CatalogueSource.shipped());
        BudgetFacts reference = Pipeline.standard().infer(Reference.disclosure());
        String json = Json.write(reference).replace("\"profile\" : \"shanxi-13\"", "\"profile\" : \"" + variant.id() + "\"");
        assertThat(json).contains("\"profile\" : \"" + variant.id() + "\"");
        loaded = pipeline.load("facts.json", json.getBytes(StandardCharsets.UTF_8));
        publication = pipeline.publish(loaded);
    }

    @Test
    void theFactsNameTheProfileAndTheDisclosureIsBuiltInIt() {
        assertThat(loaded.isFacts()).isTrue();
        assertThat(loaded.profile().id()).isEqualTo("variant-13");
        assertThat(publication.disclosure().tables()).extracting(t -> t.name()).startsWith("表1", "表2", "表3");
        assertThat(publication.disclosure().tables().get(0).title()).isEqualTo("2026年部门收入总体情况表");
    }

    @Test
    void theCheckFindsWhatItFindsInTheReferencesOwnProfile() {
        // the facts carry the reference's 绩效目标表 as entered, mistakes included (临时/临聘人员工资,
        // 花卉栽植/栽摆专项, cost targets above the funds), and no words of the department's own, so
        // the narrative keeps its 【待填写】 placeholders: those findings, and only those, in both
        // profiles — no table, cross-table or code rule finds anything in either
        CheckReport theirs = pipeline.check(publication.disclosure());
        CheckReport ours = Pipeline.standard().check(Pipeline.standard().build(Pipeline.standard().infer(Reference.disclosure())).disclosure());
        assertThat(serious(theirs)).isNotEmpty().isEqualTo(serious(ours))
                .allSatisfy(f -> assertThat(f).matches("perf\\..*|narr\\.template-leftover\\|.*"));
        // and the rules named tables the way this profile prints them
        assertThat(theirs.findings()).allSatisfy(f -> assertThat(f.message()).doesNotContainPattern("表[一二三四五六七八九十]"));
        assertThat(theirs.findings()).anySatisfy(f -> assertThat(f.message()).contains("表13中为“临聘人员工资”"));
    }

    /** rule | project | indicator of each error and warning. */
    private static List<String> serious(CheckReport report) {
        return report.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.rule() + "|" + f.location().project() + "|" + f.location().indicator()).toList();
    }

    @Test
    void htmlAndPdfPrintTheTablesAsTheProfileLaysThemOut() throws IOException {
        String html = new String(pipeline.render(publication.disclosure(), RenderFormat.HTML), StandardCharsets.UTF_8);
        assertThat(html).contains("表1 2026年部门收入总体情况表", "表4 2026年一般公共预算支出情况表", "单位：元",
                "<th scope=\"col\">类</th>", "<td class=\"num\">216949000.00</td>");
        byte[] pdf = pipeline.render(publication.disclosure(), RenderFormat.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("表42026年一般公共预算支出情况表", "单位：元", "216949000.00");
        }
    }

    @Test
    void csvFilesAreNumberedByThisProfile() {
        Loaded printed = pipeline.load("disclosure.json", Json.write(publication.disclosure()).getBytes(StandardCharsets.UTF_8));
        assertThat(printed.profile().id()).isEqualTo("variant-13");
        Map<String, byte[]> files = pipeline.export(printed, ExportFormat.CSV);
        List<String> general = List.of(new String(files.get("T04.csv"), StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(general).contains("212,05,01,城乡社区环境卫生,216949000.00,,216949000.00");
    }
}
