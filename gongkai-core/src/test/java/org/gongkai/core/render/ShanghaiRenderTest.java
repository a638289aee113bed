package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.core.Reference;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.model.Column;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.pipeline.Loaded;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.pipeline.RenderFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 上海 layout written from the facts of its own published documents: the facts read from each
 * sample PDF, rendered as PDF and read back, give the sample's tables cell by cell, nothing left to
 * fill in, and no error when checked. Where a sample's own table is wrong (its figures do not add up,
 * a code lost its leading zero) the rendered document differs from it in exactly the cells listed
 * in {@link #KNOWN} — typed by hand from the sample — and nowhere else.
 */
class ShanghaiRenderTest {

    private static final Path SAMPLES = Reference.repoRoot().resolve("../shared/samples/shanghai-putuo");
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();

    /** A sample's cell that the rendered document prints otherwise, because the sample is wrong there. */
    private record Known(String sample, String table, int row, String column, String printed, String rendered) {
    }

    private static final List<Known> KNOWN = List.of(
            // 2025 万里街道 表2/表3/表5 row 21201 城乡社区管理事务: its 项 add up to 94,995,789, it prints 94,995,790
            new Known("2025-dept-wanlijiedao.pdf", "T02", 49, "total", "94995790", "94995789"),
            new Known("2025-dept-wanlijiedao.pdf", "T02", 49, "fiscalAppropriation", "94995790", "94995789"),
            new Known("2025-dept-wanlijiedao.pdf", "T03", 49, "total", "94995790", "94995789"),
            new Known("2025-dept-wanlijiedao.pdf", "T05", 49, "total", "94995790", "94995789"),
            // 2024 万里街道 表8: 款 02 津贴补贴 and 07 绩效工资 printed without their leading zero
            new Known("2024-dept-wanlijiedao.pdf", "T08", 2, "econSection", "2", "02"),
            new Known("2024-dept-wanlijiedao.pdf", "T08", 3, "econSection", "7", "07"));

    /** Titles a sample prints without its year (2024 万里街道 表9): the rendered document prints the year. */
    private static final Map<String, String> KNOWN_TITLES = Map.of(
            "2024-dept-wanlijiedao.pdf T09", "2024年部门“三公”经费和机关运行经费预算表");

    private record Rendered(Disclosure sample, Disclosure readBack, byte[] pdf, String html, CheckReport report) {
    }

    private static Rendered rendered(String name) {
        return RENDERED.computeIfAbsent(name, n -> {
            try {
                Loaded sample = PIPELINE.load(SAMPLES.resolve(n));
                Disclosure written = PIPELINE.publish(sample).disclosure();
                byte[] pdf = PIPELINE.render(written, RenderFormat.PDF);
                String html = new String(PIPELINE.render(written, RenderFormat.HTML), StandardCharsets.UTF_8);
                Disclosure back = PIPELINE.load("rendered-" + n, pdf).disclosure();
                return new Rendered(sample.disclosure(), back, pdf, html, PIPELINE.check(back));
            } catch (RuntimeException e) {
                throw new AssertionError(n + ": " + e.getMessage(), e);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-dept-caizhengju.pdf", "2025-dept-quzhengfubangongshi.pdf", "2025-dept-shangwuweiyuanhui.pdf",
            "2025-dept-wanlijiedao.pdf", "2024-dept-wanlijiedao.pdf"})
    void theRenderedDepartmentDocumentReadsBackAsTheSamplesTables(String name) {
        Rendered r = rendered(name);
        assertThat(r.readBack().tables()).hasSize(9);
        List<String> differences = new ArrayList<>();
        for (PrintedTable printed : r.sample().tables()) {
            PrintedTable back = r.readBack().table(printed.role()).orElseThrow();
            assertThat(back.title()).as(printed.id()).isEqualTo(KNOWN_TITLES.getOrDefault(name + " " + printed.id(),
                    printed.title().replaceAll("\\s+", "")));
            assertThat(back.rows()).as(name + " " + printed.id() + " rows").hasSameSizeAs(printed.rows());
            for (int i = 0; i < printed.rows().size(); i++) {
                for (Column c : printed.columns()) {
                    String a = cell(printed, printed.rows().get(i), c);
                    String b = cell(back, back.rows().get(i), c);
                    if (!a.equals(b)) {
                        differences.add(printed.id() + " row " + i + " " + c.key() + ": " + a + " → " + b);
                    }
                }
            }
        }
        List<String> known = KNOWN.stream().filter(k -> k.sample().equals(name))
                .map(k -> k.table() + " row " + k.row() + " " + k.column() + ": " + k.printed() + " → " + k.rendered()).toList();
        assertThat(differences).containsExactlyInAnyOrderElementsOf(known);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-dept-caizhengju.pdf", "2025-dept-quzhengfubangongshi.pdf", "2025-dept-shangwuweiyuanhui.pdf",
            "2025-dept-wanlijiedao.pdf", "2024-dept-wanlijiedao.pdf"})
    void nothingIsLeftToFillInAndTheCheckFindsNoError(String name) throws IOException {
        Rendered r = rendered(name);
        assertThat(pdfText(r.pdf())).doesNotContain("待填写").doesNotContain("{year}").doesNotContain("{kind}")
                .doesNotContain("{fund}").doesNotContain("草稿");
        assertThat(r.html()).doesNotContain("待填写").doesNotContain("{kind}");
        assertThat(r.report().findings().stream().filter(f -> f.severity() == Severity.ERROR).map(f -> f.rule() + " " + f.message()))
                .isEmpty();
    }

    @Test
    void theFinanceBureausDocumentCarriesItsHeadingsTitlesAndItems() throws IOException {
        Rendered r = rendered("2025-dept-caizhengju.pdf");
        String text = pdfText(r.pdf()).replaceAll("[ \\t]+", "");
        // typed from the sample's pages 3, 19 and 7
        assertThat(text).contains("上海市普陀区财政局主要职能", "上海市普陀区财政局机构设置", "名词解释", "2025年部门预算编制说明",
                "2025年部门“三公”经费和机关运行经费预算表", "其他相关情况说明", "项目经费情况说明");
        String flat = text.replace("\n", "");
        assertThat(flat).contains("“一般公共服务支出（类）财政事务（款）行政运行（项）”1,623.18万元，主要用于局本级及所属单位人员经费及公用经费等的基本支出。");
        assertThat(flat).contains("财政拨款收入3,121.42万元，比2024年预算增加107.62万元");
        // the sample prints 职业年金 as 887.36万元; its tables give 873,617元
        assertThat(flat).contains("机关事业单位职业年金缴费支出（项）”87.36万元");
        assertThat(flat).contains("注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。");
        assertThat(flat).contains("注:本部门2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。");
        assertThat(flat).contains("2025年1月1日至2025年12月31日");
        PrintedTable threePublic = r.readBack().tables().get(8);
        assertThat(threePublic.amount(threePublic.rows().get(0), "agencyOperating")).contains(new BigDecimal("229.43"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-unit-quzhengfubangongshi.pdf", "2025-unit-shangwuweiyuanhui.pdf"})
    void aUnitDocumentPrintsTheUnitsTitlesAndHasNoProjectStatements(String name) throws IOException {
        Rendered r = rendered(name);
        // typed from the samples' 目录 (page 1): 表1–8 say 预算单位, 表9 says 单位; no 七、项目经费情况说明
        List<String> titles = List.of("2025年预算单位财务收支预算总表", "2025年预算单位收入预算总表", "2025年预算单位支出预算总表",
                "2025年预算单位财政拨款收支预算总表", "2025年预算单位一般公共预算支出功能分类预算表",
                "2025年预算单位政府性基金预算支出功能分类预算表", "2025年预算单位国有资本经营预算支出功能分类预算表",
                "2025年预算单位一般公共预算基本支出部门预算经济分类预算表", "2025年单位“三公”经费和机关运行经费预算表");
        assertThat(r.readBack().tables().stream().map(PrintedTable::title).toList()).isEqualTo(titles);
        String text = pdfText(r.pdf());
        assertThat(text).contains("一、单位主要职能", "五、单位预算表", "六、其他相关情况说明", "注:本单位2025年无政府性基金预算财政拨款安排的预算")
                .doesNotContain("项目经费情况说明").doesNotContain("待填写").doesNotContain("{kind}");
    }

    @Test
    void anItemsChangeIsComputedFromItsTwoAmounts() throws IOException {
        // 2024 万里街道 item 31 住房公积金: 表2 gives 3,503,470元 = 350.35万元 (the item also says 352.67),
        // last year's 执行数 348.52万元: (350.35 − 348.52) ÷ 348.52 = 0.53%
        String flat = pdfText(rendered("2024-dept-wanlijiedao.pdf").pdf()).replaceAll("\\s+", "");
        assertThat(flat).contains("住房公积金（项）”350.35万元，主要用于住房公积金。2023年当年预算执行数为348.52万元，"
                + "2024年预算安排350.35万元，比2023年预算执行数增加0.53%。主要原因是：住房公积金经费增加。");
    }

    /** A cell as compared: an amount by its value, a blank amount as zero; other cells as printed, without blanks. */
    private static String cell(PrintedTable t, TableRow r, Column c) {
        if (!t.hasColumn(c.key())) {
            return "";
        }
        if (c.type() == ColumnType.AMOUNT) {
            Optional<BigDecimal> v = t.amount(r, c.key());
            return v.orElse(BigDecimal.ZERO).stripTrailingZeros().toPlainString();
        }
        return t.text(r, c.key()).replaceAll("\\s+", "");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
