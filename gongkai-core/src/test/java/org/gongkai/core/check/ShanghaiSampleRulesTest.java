package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.gongkai.core.Reference;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TocEntry;
import org.gongkai.core.pipeline.Pipeline;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rule families on the shanghai-9 layout, on the seven real PDFs of ../shared/samples/shanghai-putuo.
 * Each case is quiet on the document as printed (where it is right) and flags a copy with one thing
 * made wrong. Figures typed from the pages of 2025-dept-quzhengfubangongshi.pdf: page 13 (表4) 一、一般公共服务支出
 * 82,096,797.42; page 19 (表8) 合计 24,606,775.35 | 22,473,997.81 | 2,132,777.54; page 20 (表9, 万元) 合计 867.50,
 * 因公出国(境)费 839.00, 公务接待费 28.50, 公务用车 blank, 机关运行经费 213.28; page 21 the narrative
 * "（三）公务接待费28.50万元"; its 目录 lists "9．2025年部门“三公”经费和机关运行经费预算表".
 */
class ShanghaiSampleRulesTest {

    private static final Path SAMPLES = Reference.repoRoot().resolve("../shared/samples/shanghai-putuo");
    private static final String OFFICE = "2025-dept-quzhengfubangongshi.pdf";
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final Map<String, Disclosure> LOADED = new ConcurrentHashMap<>();

    private static Disclosure sample(String file) {
        return LOADED.computeIfAbsent(file, f -> PIPELINE.load(SAMPLES.resolve(f)).disclosure());
    }

    private static List<Finding> findings(String rule, Disclosure d) {
        return PIPELINE.check(d, Set.of(rule)).findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
    }

    @Test
    void noRuleFailsOnAnySample() throws IOException {
        List<Path> files = samples();
        assertThat(files).hasSize(7);
        for (Path p : files) {
            List<Finding> all = PIPELINE.check(sample(p.getFileName().toString())).findings();
            assertThat(all).as("rule failures on %s", p.getFileName())
                    .noneMatch(f -> f.message().startsWith("规则运行失败"));
        }
    }

    @Test
    void theOfficeDocumentIsClean() {
        // every figure of 2025-dept-quzhengfubangongshi.pdf was checked by hand against its pages: no error remains
        List<Finding> errors = PIPELINE.check(sample(OFFICE)).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).isEmpty();
    }

    private record Case(String rule, String description, Disclosure flagged, Disclosure passing, List<String> expected) {
        static Case of(String rule, String description, Disclosure flagged, Disclosure passing, String... expected) {
            return new Case(rule, description, flagged, passing, List.of(expected));
        }
    }

    private static Disclosure withoutTocEntry(Disclosure d, String start) {
        List<TocEntry> toc = new ArrayList<>();
        for (TocEntry e : d.tableOfContents()) {
            if (!e.title().startsWith(start)) {
                toc.add(e);
            }
        }
        assertThat(toc).hasSize(d.tableOfContents().size() - 1);
        return TableEdits.withToc(d, toc);
    }

    private static Disclosure withoutSection(Disclosure d, String headingPart) {
        List<NarrativeSection> kept = d.narrative().sections().stream().filter(s -> !s.heading().contains(headingPart)).toList();
        assertThat(kept).hasSize(d.narrative().sections().size() - 1);
        return new Disclosure(d.metadata(), d.tableOfContents(), d.overview(), d.tables(),
                new Narrative(d.narrative().heading(), kept), d.performanceTargets(), d.procurement(), d.assets(), d.glossary(),
                d.readingNotes());
    }

    /** The source line of the first row of a table whose cell {@code key} is {@code text}. */
    private static int line(Disclosure d, String role, String key, String text) {
        var t = d.tables().stream().filter(x -> x.role().name().equals(role)).findFirst().orElseThrow();
        for (TableRow r : t.rows()) {
            if (t.text(r, key).strip().equals(text)) {
                return r.line();
            }
        }
        throw new AssertionError(role + " has no row " + text);
    }

    private static String id(Disclosure d, String role) {
        return d.tables().stream().filter(x -> x.role().name().equals(role)).findFirst().orElseThrow().id();
    }

    private static List<Case> cases() {
        Disclosure office = sample(OFFICE);
        String t4 = id(office, "FISCAL_SUMMARY");
        String t8 = id(office, "BASIC_BY_ECONOMIC");
        String t9 = id(office, "THREE_PUBLIC");
        int t9Row = office.tables().stream().filter(t -> t.id().equals(t9)).findFirst().orElseThrow().rows().get(0).line();
        Disclosure unit = sample("2025-unit-quzhengfubangongshi.pdf");
        Disclosure street2024 = sample("2024-dept-wanlijiedao.pdf");
        String street9 = id(street2024, "THREE_PUBLIC");
        int streetRow = street2024.tables().stream().filter(t -> t.id().equals(street9)).findFirst().orElseThrow().rows().get(0).line();
        Disclosure blank9 = street2024;
        for (String key : List.of("threePublicTotal", "outbound", "reception", "vehicleSubtotal", "vehiclePurchase",
                "vehicleOperation", "agencyOperating")) {
            blank9 = TableEdits.cell(blank9, street9, streetRow, key, "");
        }
        return List.of(
                Case.of("complete.toc", "目录缺列表9（目录按“1．”编号）",
                        withoutTocEntry(office, "9．2025年部门"), office, "目录未列出表9"),
                Case.of("complete.content", "编制说明缺“三公”经费一节",
                        withoutSection(office, "三公"), office, "缺少“三公”经费情况"),
                Case.of("cross.fiscal-summary-classes", "表4一般公共服务支出多计10万元（表2只有“财政拨款”一列）",
                        TableEdits.cell(office, t4, line(office, "FISCAL_SUMMARY", "expenditureItem", "一、一般公共服务支出"),
                                "subtotal", "82196797.42"), office, "一、一般公共服务支出", "相差"),
                Case.of("arith.total", "表8合计（类、款分列代码）多计10元",
                        TableEdits.cell(office, t8, line(office, "BASIC_BY_ECONOMIC", "deptEconomicName", "合计"), "total",
                                "24606785.35"), office, "合计", "各类经济科目之和", "相差 10"),
                Case.of("arith.total", "表9（一行多列）合计不等于三项之和",
                        TableEdits.cell(office, t9, t9Row, "threePublicTotal", "877.50"), office, "877.50", "之和"),
                Case.of("arith.hierarchy", "表9公务用车小计不等于购置费与运行费之和",
                        TableEdits.cell(office, t9, t9Row, "vehicleSubtotal", "5.00"), office, "公务用车购置费与运行费之和"),
                Case.of("cross.three-public-basic", "表9公务接待费小于表8公务接待费18.5万元",
                        TableEdits.cell(office, t9, t9Row, "reception", "10.00"), office, "公务接待费", "不应大于"),
                Case.of("narr.amount", "表9公务接待费与编制说明28.50万元不符",
                        TableEdits.cell(office, t9, t9Row, "reception", "38.50"), office, "公务接待费", "28.5"),
                Case.of("narr.empty-table-claim", "表9全空而说明称有“三公”经费（2024年万里街道）",
                        blank9, street2024, "表9无数据"),
                Case.of("complete.tables", "单位表题的“预算单位”被改为“部门单位”",
                        TableEdits.table(unit, id(unit, "BUDGET_SUMMARY"),
                                t -> TableEdits.withTitle(t, "2025年部门单位财务收支预算总表")), unit, "表题应为"));
    }

    @TestFactory
    Stream<DynamicTest> eachCaseIsQuietOnTheSampleAndFlagsTheDamage() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.rule() + " " + c.description(), () -> {
            List<Finding> found = findings(c.rule(), c.flagged());
            assertThat(found).as("a finding of %s saying %s", c.rule(), c.expected())
                    .anySatisfy(f -> assertThat(f.message()).contains(c.expected()));
            assertThat(found).noneMatch(f -> f.message().startsWith("规则运行失败"));
            assertThat(findings(c.rule(), c.passing())).as("%s on the document as printed", c.rule())
                    .noneMatch(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING);
        }));
    }
}
