package org.gongkai.core.check.performance;

import org.gongkai.core.check.Checker;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.core.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 绩效目标表 rules on the reference (samples/shanxi-zonggai-jianguanbu-2026.txt). Every expected
 * finding below was worked out by hand from the text: T12 (l.319–374), T13 (l.376–391) and the 43
 * forms (l.463–1933).
 */
class PerformanceReferenceTest {

    private static final String HOUSING = "山西转型综合改革示范区房屋市政领域招标投标和建筑市场行为监督检查辅助服务";
    private static final String BATTERY = "山西转型综合改革示范区生态示范城一期工程A、B、C标准化厂房建设项目202电池车间2工程结构安全性鉴定";
    private static final String TAIYUAN = "山西转型综合改革示范区(太原区域)近期建设行动计划暨实施方案";
    private static final String SERVICES = "建设公用服务专项(示范区市政、环卫、园林绿化等领域公用服务2024年度、2025年度及服务咨询)";
    private static final String ARREARS = "原公用服务中心工程尾款(2020年以前、2021年、2022年)";
    private static final String PROPERTY = "物业管理工作(非三定)";

    private static List<Finding> findings;

    @BeforeAll
    static void check() {
        findings = new Checker(PerformanceRules.all()).check(Reference.disclosure()).findings();
    }

    /** "error perf.cost 党建经费 | 控制在预算批复范围内 | 523". */
    static String describe(Finding f) {
        return f.severity().code() + " " + f.rule() + " " + f.location().project() + " | " + f.location().indicator()
                + " | " + f.location().line();
    }

    private static List<String> described(Severity... severities) {
        List<Severity> wanted = List.of(severities);
        return findings.stream().filter(f -> wanted.contains(f.severity())).map(PerformanceReferenceTest::describe).toList();
    }

    private static Finding find(String rule, String project, String indicator) {
        return findings.stream().filter(f -> f.rule().equals(rule) && project.equals(f.location().project())
                        && Objects.equals(indicator, f.location().indicator())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " for " + project + " / " + indicator));
    }

    @Test
    void exactlyTheseErrors() {
        assertThat(described(Severity.ERROR)).containsExactlyInAnyOrder(
                // 质量安全技术服务 (T12 l.371) is the 44th project of T12: the 43 forms cover the other 43
                "error perf.table-per-project 质量安全技术服务 | null | 371",
                // names one character apart from T12
                "error perf.name-mismatch 临时人员工资 | 项目名称 | 463",
                "error perf.name-mismatch 花卉栽植专项 | 项目名称 | 873",
                "error perf.name-mismatch " + HOUSING + " | 项目名称 | 1043",
                "error perf.name-mismatch 预售资金监管专线 | 项目名称 | 1146",
                "error perf.name-mismatch PPP综合管网缺口补助费用 | 项目名称 | 1871",
                // cost targets above the funds of their column
                "error perf.cost 党建经费 | 控制在预算批复范围内 | 523",
                "error perf.cost 工程管理考察费 | 控制在预算批复范围内 | 795",
                "error perf.cost 花卉栽植专项 | 控制在预算批复范围内 | 902",
                "error perf.cost 预售资金监管专线 | 控制在预算批复金额内 | 1172",
                "error perf.cost " + TAIYUAN + " | 控制在预算批复范围内 | 1403",
                "error perf.cost 基础设施配套咨询服务费 | 控制在预算批复范围内 | 1540",
                "error perf.cost " + SERVICES + " | 市政、环卫、园林绿化等 | 1577",
                "error perf.cost 科创建设公用服务专项 | 区内市政、环卫、园林绿 | 1652",
                "error perf.cost " + ARREARS + " | 控制在预算批复金额内 | 1689",
                // 满意度 ≤90%
                "error perf.satisfaction 燃气安全生产技术服务 | 周边群众满意度 | 1005");
    }

    @Test
    void exactlyTheseWarnings() {
        assertThat(described(Severity.WARNING)).containsExactlyInAnyOrder(
                // 应急经费: the 年度 funds column is empty in the text (l.540–544)
                "warning perf.annual-funds 应急经费 | 年度资金总额 | 540",
                "warning perf.cost 应急经费 | 控制在预算批复金额内 | 561",
                "warning perf.dates 应急经费 | 项目实施计划 | 533",
                // 公务行: the 年度 labels are shifted one row; two 年度 values are not in the text
                "warning perf.value-missing 公务行 | 公务出行符合要求 | 593",
                "warning perf.value-missing 公务行 | 提高日常办公效率 | 598",
                // cost indicators without money
                "warning perf.cost 维修费 | 控制成本 | 693",
                "warning perf.cost 培训宣传费 | 实际支出小于预算金额 | 760",
                "warning perf.cost 培训宣传费 | 无超支、无浪费现象发生 | 761",
                "warning perf.cost " + PROPERTY + " | 按照考核结果准确付款 | 1034",
                "warning perf.cost " + PROPERTY + " | 实际支出金额小于预算金 | 1035",
                "warning perf.cost " + HOUSING + " | 含编统筹辅助检查频次 | 1072",
                "warning perf.cost " + HOUSING + " | 按合同约定准确付款 | 1073",
                "warning perf.cost 人防专项 | 控制在预算批复金额内 | 1241",
                "warning perf.cost " + BATTERY + " | 按照合同约定准确付款 | 1273",
                "warning perf.cost 水电气暖补贴款 | 补贴资金符合标准 | 1723",
                // 花卉栽植专项: plan in 2024, the 年度 cost value not in the text
                "warning perf.dates 花卉栽植专项 | 项目实施计划 | 873",
                "warning perf.value-missing 花卉栽植专项 | 控制在预算批复 | 902",
                "warning perf.header " + PROPERTY + " | 填报日期 | 1041",
                // one-off projects (项目期1年) whose 实施期 funds exceed the 年度 funds
                "warning perf.period-vs-annual " + HOUSING + " | 实施期资金总额 | 1043",
                "warning perf.period-vs-annual " + BATTERY + " | 实施期资金总额 | 1249",
                "warning perf.period-vs-annual " + TAIYUAN + " | 实施期资金总额 | 1379",
                // satisfaction not as a percentage
                "warning perf.satisfaction " + BATTERY + " | 确保项目后期建设顺利进 | 1278",
                "warning perf.satisfaction 招投标监督平台采购费 | 新建平台满意度 | 1310",
                // dates before 2026
                "warning perf.dates 招投标监督平台采购费 | 2025年年底完成招投标监 | 1304",
                "warning perf.dates " + ARREARS + " | 项目实施计划 | 1661",
                // amounts in the texts
                "warning perf.text-amounts 污水、污泥处置费 | 项目概况 | 1764",
                "warning perf.text-amounts 太原金世纪阳光水净化有限公司置换水量处理费用 | 项目概况 | 1835");
    }

    @Test
    void keyNumbersOfTheErrors() {
        Finding missing = find("perf.table-per-project", "质量安全技术服务", null);
        assertThat(missing.evidence()).containsEntry("amount", "260.00");
        assertThat(missing.location().table()).isEqualTo("表十二");
        assertThat(find("perf.name-mismatch", "临时人员工资", "项目名称").evidence())
                .containsEntry("table", "临聘人员工资").containsEntry("distance", "1");
        assertThat(find("perf.name-mismatch", "花卉栽植专项", "项目名称").evidence()).containsEntry("table", "花卉栽摆专项");
        assertThat(find("perf.name-mismatch", "预售资金监管专线", "项目名称").evidence()).containsEntry("table", "预售资金监管专网");
        assertThat(find("perf.name-mismatch", "PPP综合管网缺口补助费用", "项目名称").evidence())
                .containsEntry("table", "PPP综合管廊缺口补助费用");
        assertThat(find("perf.name-mismatch", HOUSING, "项目名称").evidence())
                .containsEntry("table", "山西转型综合改革示范区房屋市政领域招投标和建筑市场行为监督检查辅助服务");
        assertCost("党建经费", "控制在预算批复范围内", "40000", "26000", "年度");
        assertCost("工程管理考察费", "控制在预算批复范围内", "500000", "100000", "年度");
        assertCost("花卉栽植专项", "控制在预算批复范围内", "2270000", "2000000", "实施期");
        assertCost("预售资金监管专线", "控制在预算批复金额内", "10000", "9600", "实施期、年度");
        assertCost(TAIYUAN, "控制在预算批复范围内", "2850000", "2000000", "年度");
        assertCost("基础设施配套咨询服务费", "控制在预算批复范围内", "3000000", "2000000", "年度");
        assertCost(SERVICES, "市政、环卫、园林绿化等", "55000000", "49271000", "年度");
        assertCost("科创建设公用服务专项", "区内市政、环卫、园林绿", "17000000", "15000000", "年度");
        assertCost(ARREARS, "控制在预算批复金额内", "20000000", "10000000", "实施期、年度");
        assertThat(find("perf.satisfaction", "燃气安全生产技术服务", "周边群众满意度").evidence())
                .containsEntry("value", "≤90%").containsEntry("column", "实施期、年度");
    }

    private static void assertCost(String project, String indicator, String cost, String funds, String column) {
        Finding f = find("perf.cost", project, indicator);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.evidence()).containsEntry("found", cost).containsEntry("funds", funds).containsEntry("column", column);
    }

    @Test
    void keyNumbersOfTheWarnings() {
        Finding annual = find("perf.annual-funds", "应急经费", "年度资金总额");
        assertThat(annual.message()).startsWith("文本中未见年度资金总额").contains("2.00万元（20,000元）");
        assertThat(annual.evidence()).containsEntry("expected", "20000");
        Finding fallback = find("perf.cost", "应急经费", "控制在预算批复金额内");
        assertThat(fallback.evidence()).containsEntry("found", "50000").containsEntry("funds", "20000")
                .containsEntry("column", "年度");
        assertThat(find("perf.value-missing", "公务行", "公务出行符合要求").message()).startsWith("文本中未见年度指标");
        assertThat(find("perf.header", PROPERTY, "填报日期").message()).startsWith("文本中未见填报日期");
        assertThat(find("perf.dates", "应急经费", "项目实施计划").evidence()).containsEntry("year", "2025");
        assertThat(find("perf.dates", "花卉栽植专项", "项目实施计划").evidence()).containsEntry("year", "2024");
        assertThat(find("perf.dates", ARREARS, "项目实施计划").evidence()).containsEntry("year", "2025");
        assertThat(find("perf.dates", "招投标监督平台采购费", "2025年年底完成招投标监").evidence()).containsEntry("year", "2025");
        assertThat(find("perf.period-vs-annual", HOUSING, "实施期资金总额").evidence())
                .containsEntry("period", "1800000").containsEntry("annual", "1000000");
        assertThat(find("perf.period-vs-annual", BATTERY, "实施期资金总额").evidence())
                .containsEntry("period", "3000000").containsEntry("annual", "2000000");
        assertThat(find("perf.period-vs-annual", TAIYUAN, "实施期资金总额").evidence())
                .containsEntry("period", "2850000").containsEntry("annual", "2000000");
        assertThat(find("perf.text-amounts", "污水、污泥处置费", "项目概况").evidence())
                .containsEntry("found", "60000000").containsEntry("annual", "58000000");
        Finding quoted = find("perf.text-amounts", "太原金世纪阳光水净化有限公司置换水量处理费用", "项目概况");
        assertThat(quoted.evidence()).containsEntry("found", "24510298").containsEntry("annual", "25000000");
        assertThat(quoted.message()).contains("“项目概况”“保证项目实施的制度、措施”“项目实施计划”");
        assertThat(find("perf.cost", "培训宣传费", "无超支、无浪费现象发生").evidence()).containsEntry("value", "≤0次");
        assertThat(find("perf.satisfaction", "招投标监督平台采购费", "新建平台满意度").evidence()).containsEntry("value", "满意");
    }

    @Test
    void theTrapsRaiseNothing() {
        // 党建经费: T12 2.60万元 = 年度资金总额 26,000元
        assertThat(findings).noneMatch(f -> f.rule().equals("perf.annual-funds") && "党建经费".equals(f.location().project()));
        // 已于2022年经管委会批准 is a past event, not a plan date
        assertThat(findings).noneMatch(f -> f.rule().equals("perf.dates") && "基础设施配套咨询服务费".equals(f.location().project()));
        // 9600元/年 equals the 年度资金总额 of 预售资金监管专线
        assertThat(findings).noneMatch(f -> f.rule().equals("perf.text-amounts") && "预售资金监管专线".equals(f.location().project()));
        // 公务行: the indicators whose group the reader had to guess are not judged
        assertThat(findings).noneMatch(f -> f.rule().equals("perf.cost") && "公务行".equals(f.location().project()));
        assertThat(findings).noneMatch(f -> f.rule().equals("perf.tree"));
        assertThat(findings).noneMatch(f -> f.rule().equals("perf.value-format"));
        assertThat(findings).noneMatch(f -> f.rule().equals("perf.sources-sum"));
    }

    @Test
    void informationOnly() {
        List<String> info = described(Severity.INFO);
        assertThat(info).filteredOn(s -> s.contains("perf.name-mismatch")).containsExactlyInAnyOrder(
                "info perf.name-mismatch " + PROPERTY + " | 项目名称 | 1008",
                "info perf.name-mismatch " + TAIYUAN + " | 项目名称 | 1379",
                "info perf.name-mismatch " + SERVICES + " | 项目名称 | 1551",
                "info perf.name-mismatch " + ARREARS + " | 项目名称 | 1661");
        assertThat(info).filteredOn(s -> s.contains("perf.table-per-project")).containsExactlyInAnyOrder(
                "info perf.table-per-project 生活垃圾处理费收运费用返还资金 | null | 387",
                "info perf.table-per-project 购置清雪除冰机械设备项目 | null | 389",
                "info perf.table-per-project 2025年省级基本建设（第一批）专项资金 | null | 390");
        Finding carried = findings.stream().filter(f -> f.severity() == Severity.INFO
                && "生活垃圾处理费收运费用返还资金".equals(f.location().project())).findFirst().orElseThrow();
        assertThat(carried.evidence()).containsEntry("amount", "81.90");
        assertThat(info).filteredOn(s -> s.contains("perf.percent-range")).containsExactlyInAnyOrder(
                "info perf.percent-range 培训宣传费 | 覆盖企业 | 755",
                "info perf.percent-range 培训宣传费 | 培训宣传标准符合度 | 757",
                "info perf.percent-range 应急工程款 | 示范区防汛抗旱等应急工 | 823",
                "info perf.percent-range 应急工程款 | 示范区清雪除冰等应急工 | 824",
                "info perf.percent-range 应急工程款 | 确保示范区平稳渡过汛期 | 826",
                "info perf.percent-range " + PROPERTY + " | 信访、投诉处理工作完成 | 1029",
                "info perf.percent-range 环卫人员活动经费 | 开展环卫工人节庆祝活动 | 1103",
                "info perf.percent-range 防汛及清雪除冰设备费 | 购置清雪除冰机械设备及 | 1135",
                "info perf.percent-range 示范区市政、环卫、园林绿化等领域公用考核及水电气暖绩效评价 | 付费金额准确性 | 1610",
                "info perf.percent-range 城市生命线智慧平台 | 城市生命线智慧平台覆盖 | 1824");
        assertThat(info).hasSize(17);
        assertThat(Map.of("error", 16, "warning", 27)).isEqualTo(Map.of(
                "error", described(Severity.ERROR).size(), "warning", described(Severity.WARNING).size()));
    }
}
