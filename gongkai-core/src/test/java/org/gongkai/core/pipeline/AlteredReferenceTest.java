package org.gongkai.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.ingest.IngestException;
import org.junit.jupiter.api.Test;

/**
 * The reference with one thing altered, as the fuzz test found them: each ends in a report that
 * names what is wrong, or a message naming the line, never another exception. Line numbers and the
 * printed text are those of samples/shanxi-zonggai-jianguanbu-2026.txt, read by hand.
 */
class AlteredReferenceTest {

    private static final Pipeline PIPELINE = Pipeline.standard();

    static List<String> lines() {
        try {
            return new ArrayList<>(Files.readAllLines(Reference.file()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The reference with line {@code n} (1-based), which must contain {@code printed}, having it replaced. */
    static byte[] altered(int n, String printed, String typed) {
        List<String> lines = lines();
        assertThat(lines.get(n - 1)).contains(printed);
        lines.set(n - 1, lines.get(n - 1).replace(printed, typed));
        return utf8(lines);
    }

    static byte[] utf8(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Every stage a command runs on a text: check, infer and build, CSV export, HTML and XLSX. */
    static CheckReport everyStage(byte[] bytes) {
        Loaded loaded = PIPELINE.load("altered.txt", bytes);
        CheckReport report = PIPELINE.check(loaded);
        PIPELINE.check(PIPELINE.publish(loaded).disclosure());
        PIPELINE.export(loaded, ExportFormat.CSV);
        PIPELINE.export(loaded, ExportFormat.JSON);
        PIPELINE.render(loaded.disclosure(), RenderFormat.HTML);
        PIPELINE.render(loaded.disclosure(), RenderFormat.XLSX);
        return report;
    }

    private static List<String> messages(CheckReport r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::message).toList();
    }

    @Test
    void anEquipmentCountBeyondAnIntIsRefusedNamingItsLine() {
        // line 1947: "…以上的通用设备0台（套）；…"
        byte[] bytes = altered(1947, "通用设备0台（套）；", "通用设备99999999999台（套）；");
        assertThatThrownBy(() -> PIPELINE.load("altered.txt", bytes)).isInstanceOfSatisfying(IngestException.class, e -> {
            assertThat(e.line()).isEqualTo(1947);
            assertThat(e.getMessage()).contains("99999999999").contains("上限为999999999");
        });
    }

    @Test
    void aContentsPageNumberBeyondAnIntIsRefusedNamingItsLine() {
        // line 11: "一、本部门职责.....⇥1"
        byte[] bytes = altered(11, "职责.....\t1", "职责.....\t2147483648");
        assertThatThrownBy(() -> PIPELINE.load("altered.txt", bytes)).isInstanceOfSatisfying(IngestException.class, e -> {
            assertThat(e.line()).isEqualTo(11);
            assertThat(e.getMessage()).startsWith("目录页码“2147483648”");
        });
    }

    @Test
    void aHugeTableNumberIsReportedAsAWrongNumberNotAFailedRule() {
        // line 57: "预算公开表1", the running label of 表一
        CheckReport r = everyStage(altered(57, "预算公开表1", "预算公开表99999999999"));
        assertThat(r.failedRules()).isEmpty();
        assertThat(messages(r, "complete.tables")).contains("表一的表号“预算公开表99999999999”与其位置（表一）不符");
    }

    @Test
    void aCoverOfAnotherYearIsReportedAndTheDocumentStaysThe2026One() {
        // line 6: "2026年度部门预算公开"
        CheckReport r = everyStage(altered(6, "2026年度", "2023年度"));
        assertThat(r.document().fiscalYear()).isEqualTo(2026);
        assertThat(messages(r, "complete.year")).singleElement().asString()
                .startsWith("封面标题“2023年度部门预算公开”印的是2023年，而文件的预算年度为2026年");
    }

    @Test
    void aHeadingAndATableTitleOfAnotherYearAreEachReportedAtTheirLines() {
        // line 394: "第三部分 2026年度部门预算情况说明"; line 209: the title of 表五
        List<String> lines = lines();
        lines.set(393, lines.get(393).replace("2026", "2006"));
        assertThat(lines.get(208)).isEqualTo("2026年一般公共预算支出预算表（不含上年结转）");
        lines.set(208, "2006年一般公共预算支出预算表（不含上年结转）");
        CheckReport r = everyStage(utf8(lines));
        assertThat(r.document().fiscalYear()).isEqualTo(2026);
        List<Finding> year = r.findings().stream().filter(f -> f.rule().equals("complete.year")).toList();
        assertThat(year).extracting(Finding::message).containsExactlyInAnyOrder(
                "第三部分标题“第三部分 2006年度部门预算情况说明”印的是2006年，而文件的预算年度为2026年（37处所印）；年度不一致",
                "表五的表题“2006年一般公共预算支出预算表（不含上年结转）”印的是2006年，而文件的预算年度为2026年（37处所印）；年度不一致");
        assertThat(year).anySatisfy(f -> assertThat(f.location().line()).isEqualTo(209));
    }

    @Test
    void aDocumentOfAYearWithoutACatalogueIsRefusedSayingSo() {
        List<String> lines = lines();
        lines.replaceAll(l -> l.replace("2026", "2006"));
        assertThatThrownBy(() -> PIPELINE.load("altered.txt", utf8(lines)))
                .isInstanceOf(IngestException.class).hasMessageContaining("预算年度为2006年").hasMessageContaining("分类科目");
    }

    @Test
    void aTextCutInsideThePerformanceFormsExportsItsCsv() {
        // cut after line 463, the title line of the first 绩效目标表, which is left without a project name
        CheckReport r = everyStage(utf8(lines().subList(0, 463)));
        assertThat(r.failedRules()).isEmpty();
    }

    @Test
    void aCarryoverCellThatIsNotAnAmountIsLeftOutNotACrash() {
        // line 204 of 表四: "一、一般公共预算⇥168.29", the 上年财政拨款结转 by source; its amount printed as "1.6.8"
        CheckReport r = everyStage(altered(204, "一、一般公共预算\t168.29", "一、一般公共预算\t1.6.8"));
        assertThat(r.failedRules()).isEmpty();
    }

    @Test
    void aFormReadWithoutAProjectNameExportsItsIndicators() {
        // shrunk by InputFuzzTest: line 1 duplicated, then list index 12524 % 1985 = 614 dropped, which
        // is line 614 of the reference ("⇥市县(区)财政资金⇥30,000…" of a form): a form then reads
        // without a project name, and its indicators' CSV row had a null cell
        List<String> lines = lines();
        lines.add(0, lines.get(0));
        lines.remove(12524 % lines.size());
        CheckReport r = everyStage(utf8(lines));
        assertThat(r.failedRules()).isEmpty();
    }

    @Test
    void aNarrativeFigureWithCommasInTheWrongPlacesIsReadNotACrash() {
        // found by bench --fuzz (seeds 190, 599, 629: every number of a line made 99999999999);
        // line 398: "…预算收入总计48,966.85万元…"
        CheckReport r = everyStage(altered(398, "48,966.85万元", "99999999999,99999999999.99999999999万元"));
        assertThat(r.failedRules()).isEmpty();
    }
}
