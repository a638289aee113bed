package org.gongkai.core.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.core.Reference;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TextBlock;
import org.gongkai.core.model.TocEntry;
import org.gongkai.core.pipeline.Loaded;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.pipeline.RenderFormat;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each sample PDF of 上海市普陀区 read, written into the district's own workbook
 * ({@code render --format xlsx} in shanghai-9), and that workbook read back: the same tables cell
 * by cell, the same words (主要职能, 机构设置, 名词解释, 编制说明, 其他相关情况说明, 项目经费情况说明, 目录)
 * and the same metadata as the PDF's.
 */
class RegionWorkbookRoundTripTest {

    static final Path SAMPLES = Reference.repoRoot().resolve("../shared/samples/shanghai-putuo");
    /**
     * The samples whose PDF the PDF reader reads with each project's statement as numbered sections
     * after the 其他相关情况说明 (the statement's heading not recognised as one: left as the last
     * paragraph before it, or not printed), checked by looking at their pages: 财政局 prints a bare
     * "项目经费情况说明", the two 万里街道 and 商务委 部门 documents likewise.
     */
    static final java.util.Set<String> NUMBERED_PROJECTS = java.util.Set.of("2024-dept-wanlijiedao", "2025-dept-wanlijiedao",
            "2025-dept-caizhengju", "2025-dept-shangwuweiyuanhui");

    static final List<String> SAMPLE_NAMES = List.of("2024-dept-wanlijiedao", "2025-dept-wanlijiedao", "2025-dept-caizhengju",
            "2025-dept-quzhengfubangongshi", "2025-unit-quzhengfubangongshi", "2025-dept-shangwuweiyuanhui",
            "2025-unit-shangwuweiyuanhui");

    @TestFactory
    Stream<DynamicTest> everySampleSurvivesTheDistrictWorkbook() {
        return SAMPLE_NAMES.stream().map(sample -> DynamicTest.dynamicTest(sample, () -> {
            Pipeline p = Pipeline.standard();
            Disclosure pdf = p.load(SAMPLES.resolve(sample + ".pdf")).disclosure();
            byte[] xlsx = p.render(pdf, RenderFormat.XLSX);
            Loaded back = p.load(sample + ".xlsx", xlsx);
            assertThat(back.isFacts()).isFalse();
            assertThat(back.profile().id()).isEqualTo("shanghai-9");
            Disclosure want = asProjectStatements(pdf);
            assertThat(want != pdf).as(sample + " has numbered project statements").isEqualTo(NUMBERED_PROJECTS.contains(sample));
            assertSame(want, back.disclosure(), sample);
        }));
    }

    /**
     * The disclosure with each further run of numbered sections (一、… again after the 其他相关情况说明's
     * 一 to 五) as one project statement, as the workbook's 项目经费情况说明 sheet holds it: headed by the
     * last paragraph before the run when that ends with "项目经费情况说明" (taken out of that section),
     * else by "项目经费情况说明"; its lines "一、heading" and the paragraphs. The same disclosure when
     * there is no such run.
     */
    static Disclosure asProjectStatements(Disclosure d) {
        List<NarrativeSection> in = d.narrative().sections();
        List<NarrativeSection> out = new ArrayList<>();
        boolean otherStarted = false;
        boolean otherEnded = false;
        boolean changed = false;
        for (int i = 0; i < in.size(); i++) {
            NarrativeSection s = in.get(i);
            if (s.number() == null) {
                otherEnded = otherStarted;
                out.add(s);
                continue;
            }
            if (!otherStarted) {
                otherStarted = true;
                out.add(s);
                continue;
            }
            if (!otherEnded && !"一".equals(s.number())) {
                out.add(s);
                continue;
            }
            otherEnded = true;
            String title = "项目经费情况说明";
            NarrativeSection prev = out.get(out.size() - 1);
            List<TextBlock> ps = prev.paragraphs();
            if (prev.number() != null && !ps.isEmpty() && ps.get(ps.size() - 1).text().strip().endsWith("项目经费情况说明")) {
                title = ps.get(ps.size() - 1).text().strip();
                out.set(out.size() - 1, new NarrativeSection(prev.number(), prev.heading(), ps.subList(0, ps.size() - 1), prev.source()));
            }
            List<TextBlock> lines = new ArrayList<>();
            int j = i;
            for (; j < in.size() && in.get(j).number() != null && (j == i || !"一".equals(in.get(j).number())); j++) {
                lines.add(new TextBlock(in.get(j).number() + "、" + in.get(j).heading(), 0));
                lines.addAll(in.get(j).paragraphs());
            }
            out.add(new NarrativeSection(null, title, lines, 0));
            i = j - 1;
            changed = true;
        }
        if (!changed) {
            return d;
        }
        return new Disclosure(d.metadata(), d.tableOfContents(), d.overview(), d.tables(),
                new org.gongkai.core.model.Narrative(d.narrative().heading(), out), d.performanceTargets(), d.procurement(),
                d.assets(), d.glossary(), d.readingNotes());
    }

    /** Everything the workbook prints, compared: a list of differences, empty when there is none. */
    static void assertSame(Disclosure want, Disclosure got, String sample) {
        List<String> diff = new ArrayList<>(TableDifferences.of(want, got));
        check(diff, "title", want.metadata().title(), got.metadata().title());
        check(diff, "kind", want.metadata().kind(), got.metadata().kind());
        check(diff, "profile", want.metadata().profile(), got.metadata().profile());
        for (PrintedTable w : want.tables()) {
            got.table(w.id()).ifPresent(g -> check(diff, w.id() + " department", w.department(), g.department()));
        }
        check(diff, "duties", texts(want.overview().duties()), texts(got.overview().duties()));
        check(diff, "organization", texts(want.overview().organization()), texts(got.overview().organization()));
        check(diff, "glossary", want.glossary().stream().map(RegionWorkbookRoundTripTest::glossary).toList(),
                got.glossary().stream().map(RegionWorkbookRoundTripTest::glossary).toList());
        check(diff, "toc", want.tableOfContents().stream().map(TocEntry::title).toList(),
                got.tableOfContents().stream().map(TocEntry::title).toList());
        check(diff, "narrative heading", want.narrative().heading(), got.narrative().heading());
        List<String> ws = want.narrative().sections().stream().map(RegionWorkbookRoundTripTest::section).toList();
        List<String> gs = got.narrative().sections().stream().map(RegionWorkbookRoundTripTest::section).toList();
        check(diff, "section count", ws.size(), gs.size());
        for (int i = 0; i < Math.min(ws.size(), gs.size()); i++) {
            check(diff, "section " + (i + 1), ws.get(i), gs.get(i));
        }
        assertThat(diff).as(sample).isEmpty();
    }

    private static String glossary(GlossaryEntry g) {
        return g.number() + "|" + g.term() + "|" + g.definition();
    }

    private static String section(NarrativeSection s) {
        return s.number() + "|" + s.heading() + "|" + String.join("\n", texts(s.paragraphs()));
    }

    private static List<String> texts(List<TextBlock> blocks) {
        return blocks.stream().map(TextBlock::text).toList();
    }

    private static void check(List<String> diff, String what, Object want, Object got) {
        TableDifferences.check(diff, what, want, got);
    }

    static List<TableRow> rows(PrintedTable t) {
        return t.rows();
    }
}
