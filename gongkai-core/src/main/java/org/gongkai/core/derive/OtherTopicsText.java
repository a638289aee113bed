package org.gongkai.core.derive;

import static org.gongkai.core.derive.NarrativeContext.count;
import static org.gongkai.core.derive.Wording.given;
import static org.gongkai.core.derive.Wording.placeholder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.facts.FigureKey;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.facts.Money;
import org.gongkai.core.facts.ProjectCategory;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Assets;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.model.VehicleCount;

/**
 * The narrative's other topics: 政府采购 ({@code PROCUREMENT}), 绩效管理 ({@code PERFORMANCE}),
 * 国有资产 ({@code ASSETS}) and 其他说明 ({@code OTHER}).
 */
final class OtherTopicsText {

    private final NarrativeContext c;

    OtherTopicsText(NarrativeContext c) {
        this.c = c;
    }

    // ---- 政府采购 ----

    void procurement(SectionText out) {
        Procurement p = c.facts.procurement();
        Sentence s = new Sentence().add(c.year + "年" + c.dept + "政府采购预算");
        if (p == null || (p.goods() == null && p.works() == null && p.services() == null)) {
            out.paragraph(s.add(placeholder("政府采购预算总额及货物、工程、服务类金额（" + c.unit.label() + "），无则填0")).end());
            return;
        }
        String[] labels = {"货物类", "工程类", "服务类"};
        String[] fields = {"goods", "works", "services"};
        Amount[] amounts = {p.goods(), p.works(), p.services()};
        List<FigureSource> parts = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < 3; i++) {
            if (amounts[i] == null) {
                complete = false;
                parts.add(null);
            } else {
                parts.add(c.fact("procurement", fields[i], amounts[i]));
            }
        }
        if (complete) {
            FigureSource total = c.sumOf("政府采购预算总额（货物+工程+服务）", parts);
            if (total.value().signum() == 0) {
                out.paragraph(new Sentence().add(c.year + "年" + c.dept + "未安排政府采购预算").end());
                return;
            }
            s.add("总额").add(total);
        } else {
            s.add("总额").add(placeholder("政府采购预算缺项，补齐后自动合计"));
        }
        s.add("，其中：");
        for (int i = 0; i < 3; i++) {
            s.add(i == 0 ? "" : "，").add(labels[i]);
            if (parts.get(i) == null) {
                s.add(placeholder(c.askAmount("政府采购" + labels[i] + "预算")));
            } else {
                s.add(parts.get(i));
            }
        }
        out.paragraph(s.end());
    }

    // ---- 绩效管理 ----

    void performance(SectionText out) {
        out.subheading(0);
        Amount current = c.sum(l -> l.fundYear() == FundYear.CURRENT_YEAR);
        FigureSource budget = c.cell(FigureKey.REVENUE_CURRENT, "本年收入合计", current);
        FigureSource basic = c.fact("lines", "本年基本支出",
                c.sum(l -> l.fundYear() == FundYear.CURRENT_YEAR && l.kind().isBasic()));
        FigureSource project = c.fact("lines", "本年项目支出",
                c.sum(l -> l.fundYear() == FundYear.CURRENT_YEAR && !l.kind().isBasic()));
        out.paragraph(new Sentence().add(c.year + "年纳入" + c.dept + "整体支出绩效目标管理的本年预算资金").add(budget)
                .add("，其中：基本支出").add(basic).add("，项目支出").add(project).end());

        out.subheading(1);
        List<ProjectFacts> projects = c.facts.projects().stream().filter(p -> p.fundYear() == FundYear.CURRENT_YEAR).toList();
        if (projects.isEmpty()) {
            out.paragraph(new Sentence().add(c.year + "年" + c.dept + "未安排本年项目支出").end());
            return;
        }
        FigureSource projectMoney = c.cell(FigureKey.PROJECTS_CURRENT, c.facts.department(), total(projects));
        Sentence s = new Sentence().add(c.year + "年" + c.dept + "纳入项目支出绩效目标管理的本年项目")
                .add(count(projects.size(), "个", "本年项目个数")).add("，涉及金额").add(projectMoney);
        if (projects.stream().allMatch(p -> p.category() != null)) {
            String sep = "，其中：";
            for (ProjectCategory category : ProjectCategory.values()) {
                List<ProjectFacts> of = projects.stream().filter(p -> p.category() == category).toList();
                if (of.isEmpty()) {
                    continue;
                }
                s.add(sep + category.label() + "项目").add(count(of.size(), "个", category.label() + "项目个数"))
                        .add("，金额").add(c.fact("projects", category.label() + "项目金额", total(of)));
                sep = "；";
            }
        }
        out.paragraph(s.end(), publishedTargets(projectMoney));
    }

    private static Amount total(List<ProjectFacts> projects) {
        return Money.sum(projects.stream().map(ProjectFacts::total).toList());
    }

    /** "随本预算公开项目绩效目标表N个[，涉及项目金额X万元，占本年项目支出金额的Y%]。" */
    private Sentence publishedTargets(FigureSource projectMoney) {
        List<PerformanceTarget> targets = c.facts.performanceTargets();
        if (targets.isEmpty()) {
            return new Sentence().add("本预算未附项目绩效目标表").end();
        }
        Sentence s = new Sentence().add("随本预算公开项目绩效目标表").add(count(targets.size(), "个", "公开的项目绩效目标表个数"));
        boolean allFunded = targets.stream().allMatch(t -> t.annualFunds() != null && t.annualFunds().total() != null);
        if (allFunded) {
            Amount money = Money.sum(targets.stream().map(t -> t.annualFunds().total()).toList());
            FigureSource m = c.fact("performanceTargets", "annualFunds.total（合计，折" + c.unit.label() + "）", money);
            s.add("，涉及项目金额").add(m);
            if (projectMoney.value().signum() != 0) {
                s.add("，占本年项目支出金额的").add(c.share(m, projectMoney, "公开绩效目标的项目金额占本年项目支出"));
            }
        }
        return s.end();
    }

    // ---- 国有资产 ----

    void assets(SectionText out) {
        Assets a = c.facts.assets();
        String asOf = "截至" + (a != null && a.asOf() != null ? a.asOf() : placeholder("资产数据截止日期")) + "，" + c.dept;
        out.subheading(0);
        Sentence cars = new Sentence().add(asOf + "公务用车编制");
        countOrPlaceholder(cars, a == null ? null : a.vehicleQuota(), "辆", "vehicleQuota", "公务用车编制数（辆）");
        cars.add("，实有");
        countOrPlaceholder(cars, a == null ? null : a.vehiclesActual(), "辆", "vehiclesActual", "公务用车实有数（辆）");
        if (a != null && !a.vehicles().isEmpty()) {
            String sep = "，其中：";
            for (VehicleCount v : a.vehicles()) {
                cars.add(sep + v.category()).add(FigureSource.computed(v.count() + "辆", BigDecimal.valueOf(v.count()), null,
                        "assets.vehicles", v.category(), List.of()));
                sep = "，";
            }
        }
        out.paragraph(cars.end());

        out.subheading(1);
        Sentence office = new Sentence().add(asOf + "使用的办公用房建筑总面积");
        if (a == null || a.officeAreaSquareMetres() == null) {
            office.add(placeholder("办公用房建筑总面积（平方米）"));
        } else {
            office.add(FigureSource.computed(Wording.number(a.officeAreaSquareMetres()) + "平方米", a.officeAreaSquareMetres(),
                    null, "assets", "officeAreaSquareMetres", List.of()));
        }
        out.paragraph(office.end());

        // the thresholds of 国有资产 reporting are categories stated in 万元 (Assets.EquipmentCount)
        out.subheading(2);
        Sentence equipment = new Sentence().add(asOf + "占有使用");
        if (a == null || a.equipment().isEmpty()) {
            equipment.add(placeholder("单位价值50万元、100万元（原值）以上的设备台（套）数"));
        } else {
            String sep = "";
            for (Assets.EquipmentCount e : a.equipment()) {
                equipment.add(sep + "单位价值" + Wording.number(e.threshold()) + "万元（原值）以上的" + e.kind())
                        .add(FigureSource.computed(e.count() + "台（套）", BigDecimal.valueOf(e.count()), null,
                                "assets.equipment", Wording.number(e.threshold()) + "万元以上" + e.kind(), List.of()));
                sep = "，";
            }
        }
        out.paragraph(equipment.end());
    }

    private static void countOrPlaceholder(Sentence s, Integer n, String measure, String field, String what) {
        if (n == null) {
            s.add(placeholder(what));
        } else {
            s.add(FigureSource.computed(n + measure, BigDecimal.valueOf(n), null, "assets", field, List.of()));
        }
    }

    // ---- 其他说明 ----

    void other(SectionText out) {
        out.subheading(0);
        out.paragraph(own(c.texts.purchaseServicesCatalogue(), "政府购买服务指导性目录（没有则填“无”）"));
        out.subheading(1);
        out.paragraph(own(c.texts.otherNotes(), "其他需要说明的事项（没有则填“无”）"));
    }

    /** A paragraph of the department's own words, as entered, or a placeholder. */
    private static Sentence own(String words, String what) {
        return new Sentence().add(given(words) ? words.strip() : placeholder(what));
    }
}
