package org.gongkai.core.check.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.core.Reference;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.pipeline.Pipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 审读 on the seven Shanghai sample PDFs and the reference: every finding of the family, each read
 * on its page by hand (the page and the fragments below are typed from the page), and nothing else
 * — the items, 三公 paragraphs and notes that are right are not flagged.
 */
class ReviewSamplesTest {

    private static final String SAMPLES = "../shared/samples/shanghai-putuo/";

    /** One finding as read on the page: rule, severity, page (or line for the text reference), fragments of its message. */
    record Expected(String rule, Severity severity, int page, int line, List<String> fragments) {

        static Expected onPage(String rule, Severity severity, int page, String... fragments) {
            return new Expected(rule, severity, page, 0, List.of(fragments));
        }

        static Expected onLine(String rule, Severity severity, int line, String... fragments) {
            return new Expected(rule, severity, 0, line, List.of(fragments));
        }

        boolean matches(Finding f) {
            return f.rule().equals(rule) && f.severity() == severity
                    && (page == 0 || Integer.valueOf(page).equals(f.location().source().page()))
                    && (line == 0 || f.location().line() == line)
                    && fragments.stream().allMatch(f.message()::contains);
        }
    }

    record Sample(String file, List<Expected> expected) {

        @Override
        public String toString() {
            return file;
        }
    }

    static List<Sample> samples() {
        return List.of(
                new Sample(SAMPLES + "2024-dept-wanlijiedao.pdf", List.of(
                        // page 9, item 31: "…住房公积金（项）”350.35万元，…2024年预算安排352.67万元，比2023年预算执行数增加0.53%。"
                        Expected.onPage("review.item-figures", Severity.ERROR, 9, "住房公积金（项）”金额为350.35万元",
                                "“本年预算安排”却为352.67万元"),
                        // page 6, item 4: "…比2023年预算执行数减少2.98%。主要原因是：宣传事务一般行政管理事务经费增加。"
                        Expected.onPage("review.item-figures", Severity.WARNING, 6, "宣传事务（款）一般行政管理事务（项）”比上年减少",
                                "所说的原因却是“宣传事务一般行政管理事务经费增加”"),
                        // page 31: 表9 prints 47.91 … 443.18 under "注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。"; page 32 states them
                        Expected.onPage("review.three-public-text", Severity.ERROR, 32, "注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。",
                                "“三公”经费47.91万元", "机关运行经费443.18万元", "表中也列有金额"))),
                new Sample(SAMPLES + "2025-dept-caizhengju.pdf", List.of(
                        // page 7 item 7: "职业年金缴费支出（项）”887.36万元"; page 15: 2080506 873,617.00元
                        Expected.onPage("review.item-amount", Severity.ERROR, 7, "机关事业单位职业年金缴费支出（项）”为887.36万元",
                                "2080506为87.36万元"),
                        // 877,080.00元 = 87.708万元 printed 87.70; 782,164.00 printed 78.21; 2,049,197.00 printed 204.91; 2,687,760.00 printed 268.77
                        Expected.onPage("review.item-amount", Severity.WARNING, 7, "为87.70万元", "四舍五入应为87.71万元"),
                        Expected.onPage("review.item-amount", Severity.WARNING, 8, "为78.21万元", "四舍五入应为78.22万元"),
                        Expected.onPage("review.item-amount", Severity.WARNING, 8, "为204.91万元", "四舍五入应为204.92万元"),
                        Expected.onPage("review.item-amount", Severity.WARNING, 8, "为268.77万元", "四舍五入应为268.78万元"),
                        // page 7 item 8 "其它行政事业单位养老支出（项）", 表5 "其他行政事业单位养老支出"
                        Expected.onPage("review.subject-names", Severity.WARNING, 7, "项名称写作“其它行政事业单位养老支出”"),
                        // page 18: 国有资本经营预算支出功能分类预算表, "注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。"
                        Expected.onPage("review.empty-table-note", Severity.ERROR, 18, "2025年部门国有资本经营预算支出功能分类预算表",
                                "注:本部门2025年无政府性基金预算财政拨款安排的预算"),
                        // page 22: a 部门预算 saying "本单位"
                        Expected.onPage("review.document-kind", Severity.WARNING, 22, "2025年度本单位政府采购预算117.00万元"),
                        Expected.onPage("review.document-kind", Severity.WARNING, 22, "2025年度，本单位编报绩效目标的项目共4个"))),
                new Sample(SAMPLES + "2025-dept-quzhengfubangongshi.pdf", List.of()),
                new Sample(SAMPLES + "2025-dept-shangwuweiyuanhui.pdf", List.of(
                        // page 24, 四、实施方案: "…组织项目审核跟踪、评估，按程序落实专项资金拨付" with no 。
                        Expected.onPage("review.punctuation", Severity.WARNING, 24, "按程序落实专项资金拨付"))),
                new Sample(SAMPLES + "2025-dept-wanlijiedao.pdf", List.of(
                        // page 7 item 21 "卫生健康支出（类）卫生健康支出（款）计划生育事务（项）"; 表5: 21007 计划生育事务, 2100717 计划生育服务
                        Expected.onPage("review.subject-names", Severity.WARNING, 7, "款名称写作“卫生健康支出”，表中为“计划生育事务”",
                                "项名称写作“计划生育事务”，表中为“计划生育服务”"),
                        // page 30, 二、机关运行经费预算: "…机关运行经费预算为464.64万元" with no 。
                        Expected.onPage("review.punctuation", Severity.WARNING, 30, "机关运行经费预算为464.64万元"))),
                new Sample(SAMPLES + "2025-unit-quzhengfubangongshi.pdf", List.of()),
                new Sample(SAMPLES + "2025-unit-shangwuweiyuanhui.pdf", List.of()),
                new Sample("samples/shanxi-zonggai-jianguanbu-2026.txt", List.of(
                        // line 398 ends "…主要原因是PPP综合管廊缺口等补助类费用增加" with no 。
                        Expected.onLine("review.punctuation", Severity.WARNING, 398, "补助类费用增加"),
                        // line 445 "本部门无机关运行经费。", 表六 合计 公用经费 15.00
                        Expected.onLine("review.agency-operating", Severity.WARNING, 445, "本部门无机关运行经费", "为15.00万元"))));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyFindingIsOneReadOnThePageAndNoneIsMissing(Sample sample) {
        Pipeline pipeline = Pipeline.standard();
        Set<String> ids = ReviewRules.all().stream().map(r -> r.info().id()).collect(Collectors.toSet());
        List<Finding> found = pipeline.check(pipeline.load(Reference.repoRoot().resolve(sample.file())), ids).findings();
        List<Finding> unexplained = new ArrayList<>(found);
        for (Expected e : sample.expected()) {
            Finding match = unexplained.stream().filter(e::matches).findFirst().orElse(null);
            assertThat(match).as("a finding %s in %s; found %s", e, sample.file(), found).isNotNull();
            unexplained.remove(match);
        }
        assertThat(unexplained).as("findings not read on the page").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyNarrativeFindingQuotesItsParagraphAndSaysWhereItIs(Sample sample) {
        Pipeline pipeline = Pipeline.standard();
        Set<String> ids = ReviewRules.all().stream().map(r -> r.info().id()).collect(Collectors.toSet());
        Path file = Reference.repoRoot().resolve(sample.file());
        for (Finding f : pipeline.check(pipeline.load(file), ids).findings()) {
            assertThat(f.location().source().isKnown()).as("%s has a source", f).isTrue();
            if (file.toString().endsWith(".pdf")) {
                assertThat(f.location().source().page()).as("%s has a page", f).isNotNull();
                assertThat(f.location().source().box()).as("%s has a box", f).isNotNull();
            }
        }
    }
}
