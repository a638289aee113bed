package org.gongkai.core.facts;

import java.util.List;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Assets;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Procurement;

/**
 * The normalized truth a department enters: from these one set of facts the profile's tables are
 * derived, so that they agree by construction. Every amount carries its unit and is held in 元
 * ({@link Money}): an amount entered or read in 万元 is converted, exactly, when the record is made.
 *
 * @param department        部门名称
 * @param unitCode          单位代码
 * @param region            财政区划 as printed
 * @param fiscalYear        预算年度
 * @param profile           the profile to print with
 * @param units             the 单位 the department covers (the project tables group projects by these)
 * @param lines             budget lines by (功能科目, source, fund year, kind)
 * @param carryforward      年终结转 (null when none)
 * @param basicByEconomic   一般公共预算基本支出 by 经济分类 款
 * @param projects          projects of the two project tables (本年, 上年结转), in printed order
 * @param threePublic       "三公"经费
 * @param agencyOperating   机关运行经费 by unit
 * @param procurement       政府采购 (its amounts in 元)
 * @param assets            国有资产
 * @param priorYear         last year's totals where known
 * @param performanceTargets 项目支出绩效目标表 as entered (one per project)
 * @param texts             the words of the narrative a machine cannot know
 * @param fundRevenue       revenue of the 政府性基金 and 国有资本经营 budgets by 收入科目
 * @param kind              部门 or 单位 document (null = 部门)
 * @param statements        what a layout with per-科目 explanations and statements of its own needs
 */
public record BudgetFacts(
        String department,
        String unitCode,
        String region,
        int fiscalYear,
        String profile,
        List<String> units,
        List<BudgetLine> lines,
        Amount carryforward,
        List<EconomicLine> basicByEconomic,
        List<ProjectFacts> projects,
        ThreePublicFacts threePublic,
        List<AgencyOperatingFacts> agencyOperating,
        Procurement procurement,
        Assets assets,
        PriorYear priorYear,
        List<PerformanceTarget> performanceTargets,
        DisclosureTexts texts,
        List<RevenueLine> fundRevenue,
        DisclosureKind kind,
        StatementTexts statements) {

    /** Facts of a 部门 document without statements of their own. */
    public BudgetFacts(String department, String unitCode, String region, int fiscalYear, String profile, List<String> units,
            List<BudgetLine> lines, Amount carryforward, List<EconomicLine> basicByEconomic, List<ProjectFacts> projects,
            ThreePublicFacts threePublic, List<AgencyOperatingFacts> agencyOperating, Procurement procurement, Assets assets,
            PriorYear priorYear, List<PerformanceTarget> performanceTargets, DisclosureTexts texts,
            List<RevenueLine> fundRevenue) {
        this(department, unitCode, region, fiscalYear, profile, units, lines, carryforward, basicByEconomic, projects,
                threePublic, agencyOperating, procurement, assets, priorYear, performanceTargets, texts, fundRevenue, null, null);
    }

    public BudgetFacts {
        units = List.copyOf(units);
        lines = List.copyOf(lines);
        carryforward = Money.of(carryforward);
        procurement = procurement == null ? null
                : new Procurement(Money.of(procurement.total()), Money.of(procurement.goods()),
                        Money.of(procurement.works()), Money.of(procurement.services()), procurement.source());
        basicByEconomic = List.copyOf(basicByEconomic);
        projects = List.copyOf(projects);
        agencyOperating = List.copyOf(agencyOperating);
        performanceTargets = performanceTargets == null ? List.of() : List.copyOf(performanceTargets);
        texts = texts == null ? DisclosureTexts.empty() : texts;
        fundRevenue = fundRevenue == null ? List.of() : List.copyOf(fundRevenue);
        kind = kind == null ? DisclosureKind.DEPARTMENT : kind;
        statements = statements == null ? StatementTexts.empty() : statements;
    }
}
