package org.gongkai.core.derive;

import org.gongkai.core.model.CodeLevel;
import org.gongkai.core.model.SourceRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.facts.AgencyOperatingFacts;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.DisclosureTexts;
import org.gongkai.core.facts.EconomicLine;
import org.gongkai.core.facts.ExpenditureKind;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.facts.PriorYear;
import org.gongkai.core.facts.RevenueLine;
import org.gongkai.core.facts.ProjectCategory;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.facts.ThreePublicFacts;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.EconomicCode;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.Assets;
import org.gongkai.core.model.FundsBreakdown;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.VehicleCount;

/**
 * Random but consistent budget facts (生成的预算事实): every figure of every table follows from the
 * lines, projects add up to their lines, the economic split adds up to the basic expenditure, every
 * project has a well-formed performance target and every reason is given, so the checks find no
 * error. The server's demo departments and the core's property tests are made by it.
 */
public final class FactsGenerator {

    /**
     * Who and when the facts are for, and the words that name what the generator makes up.
     *
     * @param unitCode    the department's code (单位编码)
     * @param region      the region's name
     * @param year        the fiscal year
     * @param projectName the name of a current-year project before its number ("业务项目")
     * @param duty        the department's duty (主要职能), one sentence
     * @param targetTitle the title of every performance form (绩效目标表)
     * @param assetsDate  the date the assets are counted at ("2025年12月31日")
     */
    public record Setting(String unitCode, String region, int year, String projectName, String duty,
            String targetTitle, String assetsDate) {

        /** A department's usual words; the assets counted at the end of the year before. */
        public static Setting of(String unitCode, String region, int year) {
            return new Setting(unitCode, region, year, "业务项目", "负责本系统的相关工作。",
                    region + "预算部门项目支出绩效目标表", (year - 1) + "年12月31日");
        }
    }

    private final Random random;
    private final Catalogue catalogue;
    private final Setting setting;

    /** Facts drawn from {@code random}, with the codes of {@code catalogue}, for {@code setting}. */
    public FactsGenerator(Random random, Catalogue catalogue, Setting setting) {
        this.random = random;
        this.catalogue = catalogue;
        this.setting = setting;
    }

    /** Money in 万元 with two decimals, between min and max (the facts hold it in 元). */
    private BigDecimal money(int min, int max) {
        long cents = min * 100L + (long) (random.nextDouble() * (max - min) * 100);
        return BigDecimal.valueOf(Math.max(cents, 1), 2);
    }

    private static BigDecimal wan(Amount a) {
        return a.to(MoneyUnit.WAN).value();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** The next department's facts, for the department named {@code department}. */
    public BudgetFacts next(String department) {
        List<String> units = List.of(department);
        List<CatalogueEntry> items = new ArrayList<>();
        for (CatalogueEntry c : catalogue.functionClasses()) {
            for (CatalogueEntry s : catalogue.functionChildren(c.code())) {
                for (CatalogueEntry i : catalogue.functionChildren(s.code())) {
                    if (i.level() == CodeLevel.ITEM) {
                        items.add(i);
                    }
                }
            }
        }
        int n = 1 + random.nextInt(4);
        List<String> codes = new ArrayList<>();
        while (codes.size() < n) {
            String code = pick(items).code();
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        codes.sort(String::compareTo);

        List<BudgetLine> lines = new ArrayList<>();
        List<ProjectFacts> projects = new ArrayList<>();
        BigDecimal personnel = BigDecimal.ZERO;
        BigDecimal operating = BigDecimal.ZERO;
        int projectNo = 1;
        for (String code : codes) {
            if (random.nextBoolean() || code.equals(codes.get(0))) {
                BigDecimal p = money(10, 500);
                BigDecimal o = money(1, 80);
                lines.add(new BudgetLine(FunctionCode.of(code), FundSource.GENERAL_BUDGET, FundYear.CURRENT_YEAR,
                        ExpenditureKind.BASIC_PERSONNEL, Amount.wan(p)));
                lines.add(new BudgetLine(FunctionCode.of(code), FundSource.GENERAL_BUDGET, FundYear.CURRENT_YEAR,
                        ExpenditureKind.BASIC_OPERATING, Amount.wan(o)));
                personnel = personnel.add(p);
                operating = operating.add(o);
            }
            for (FundSource s : List.of(FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND)) {
                if (s == FundSource.GOVERNMENT_FUND && random.nextInt(3) > 0) {
                    continue;
                }
                int count = 1 + random.nextInt(3);
                BigDecimal sum = BigDecimal.ZERO;
                for (int k = 0; k < count; k++) {
                    BigDecimal a = money(1, 3000);
                    sum = sum.add(a);
                    projects.add(new ProjectFacts(setting.projectName() + projectNo++, department, FundYear.CURRENT_YEAR,
                            pick(List.of(ProjectCategory.OTHER_OPERATING, ProjectCategory.SPECIFIC_TARGET)), FunctionCode.of(code),
                            Map.of(s, Amount.wan(a))));
                }
                lines.add(new BudgetLine(FunctionCode.of(code), s, FundYear.CURRENT_YEAR, ExpenditureKind.PROJECT, Amount.wan(sum)));
            }
            if (random.nextInt(3) == 0) {
                BigDecimal a = money(1, 200);
                lines.add(new BudgetLine(FunctionCode.of(code), FundSource.GENERAL_BUDGET, FundYear.CARRYOVER, ExpenditureKind.PROJECT,
                        Amount.wan(a)));
                projects.add(new ProjectFacts("结转项目" + projectNo++, department, FundYear.CARRYOVER, null, FunctionCode.of(code),
                        Map.of(FundSource.GENERAL_BUDGET, Amount.wan(a))));
            }
        }
        List<EconomicLine> economic = new ArrayList<>();
        BigDecimal salary = personnel.multiply(new BigDecimal("0.6")).setScale(2, java.math.RoundingMode.HALF_UP);
        economic.add(new EconomicLine(EconomicCode.of("30101"), "基本工资", null, null, Amount.wan(salary), null));
        economic.add(new EconomicLine(EconomicCode.of("30102"), "津贴补贴", null, null, Amount.wan(personnel.subtract(salary)), null));
        BigDecimal office = operating.multiply(new BigDecimal("0.7")).setScale(2, java.math.RoundingMode.HALF_UP);
        economic.add(new EconomicLine(EconomicCode.of("30201"), "办公费", null, null, null, Amount.wan(office)));
        economic.add(new EconomicLine(EconomicCode.of("30299"), "其他商品和服务支出", null, null, null,
                Amount.wan(operating.subtract(office))));

        ThreePublicFacts threePublic = random.nextBoolean() ? ThreePublicFacts.none()
                : new ThreePublicFacts(Map.of(), Map.of(FundSource.GENERAL_BUDGET, Amount.wan(money(1, 5))), Map.of(),
                        Map.of(FundSource.GENERAL_BUDGET, Amount.wan(money(1, 9))));
        List<AgencyOperatingFacts> agency = List.of(new AgencyOperatingFacts(department,
                new EnumMap<>(Map.of(FundSource.GENERAL_BUDGET, Amount.wan(operating)))));
        BigDecimal goods = money(0, 100);
        BigDecimal works = money(0, 100);
        BigDecimal services = money(0, 100);
        Procurement procurement = new Procurement(Amount.wan(goods.add(works).add(services)), Amount.wan(goods),
                Amount.wan(works), Amount.wan(services), 0);
        Assets assets = new Assets(setting.assetsDate(), 2, 1, List.of(new VehicleCount("应急保障用车", 1)), new BigDecimal("850.5"),
                List.of(new Assets.EquipmentCount(new BigDecimal("50"), "通用设备", 1)), 0);
        BigDecimal total = lines.stream().map(l -> wan(l.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal generalCurrent = lines.stream()
                .filter(l -> l.source() == FundSource.GENERAL_BUDGET && l.fundYear() == FundYear.CURRENT_YEAR)
                .map(l -> wan(l.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
        PriorYear prior = new PriorYear(Amount.wan(total.subtract(money(1, 100))), Amount.wan(total.subtract(money(1, 100))),
                Amount.wan(generalCurrent.add(money(1, 100))), Amount.wan(threePublic.isEmpty() ? BigDecimal.ZERO : money(1, 20)),
                Amount.wan(operating.add(money(1, 30))));
        List<PerformanceTarget> targets = new ArrayList<>();
        for (ProjectFacts p : projects) {
            if (p.fundYear() == FundYear.CURRENT_YEAR) {
                targets.add(target(department, p));
            }
        }
        DisclosureTexts texts = new DisclosureTexts(List.of(setting.duty()), List.of("内设3个科室。"),
                "业务量增加", "业务量增加", "项目增加", "基本工资、津贴补贴", "办公费及其他商品和服务支出",
                "严格控制支出", "压减办公开支", "无", "无",
                List.of(new GlossaryEntry("一", "基本支出", "指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。", 0)));
        return new BudgetFacts(department, setting.unitCode(), setting.region(), setting.year(), "shanxi-13", units, lines, null, economic, projects,
                threePublic, agency, procurement, assets, prior, targets, texts, revenue(lines));
    }

    /** A 政府性基金 revenue line when the department spends fund money. */
    private List<RevenueLine> revenue(List<BudgetLine> lines) {
        boolean fund = lines.stream().anyMatch(l -> l.source() == FundSource.GOVERNMENT_FUND);
        return fund ? List.of(new RevenueLine(FundSource.GOVERNMENT_FUND, "1030148", "国有土地使用权出让收入", Amount.wan(money(10, 5000))))
                : List.of();
    }

    private PerformanceTarget target(String department, ProjectFacts p) {
        // as a form prints it: whole 元 without decimals ("440000")
        BigDecimal printed = p.total().to(MoneyUnit.YUAN).value().stripTrailingZeros();
        Amount yuan = Amount.yuan(printed.scale() < 0 ? printed.setScale(0) : printed);
        Amount zero = Amount.yuan("0");
        FundsBreakdown funds = new FundsBreakdown(yuan, zero, zero, yuan, zero, null);
        String cost = "≤" + yuan.value().stripTrailingZeros().toPlainString() + "元";
        List<Indicator> indicators = List.of(
                new Indicator("产出指标", "数量指标", "完成事项数量", "≥" + (1 + random.nextInt(20)) + "个", 0),
                new Indicator("产出指标", "质量指标", "验收合格率", "100%", 0),
                new Indicator("产出指标", "时效指标", "完成及时性", "及时", 0),
                new Indicator("产出指标", "成本指标", "项目成本控制", cost, 0),
                new Indicator("效益指标", "社会效益指标", "服务水平", "提升", 0),
                new Indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", 0));
        List<IndicatorGroup> groups = indicators.stream().map(i -> new IndicatorGroup(i.level1(), i.level2())).toList();
        return new PerformanceTarget(setting.targetTitle(), p.name(), setting.unitCode() + "-" + department, setting.unitCode(), department,
                "经常性项目(长期开展)", "99年", funds, funds, "用于" + p.name() + "。", "有关规定。", "保障工作需要。",
                "按制度执行。", setting.year() + "年内完成。", "完成" + p.name() + "。", "完成" + p.name() + "。", indicators, indicators,
                groups, "张三", "李四", "0000-0000000", setting.year() + "0110", List.of(), SourceRef.NONE, SourceRef.NONE);
    }
}
