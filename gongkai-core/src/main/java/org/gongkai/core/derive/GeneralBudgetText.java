package org.gongkai.core.derive;

import static org.gongkai.core.derive.NarrativeContext.fiscal;
import static org.gongkai.core.derive.Wording.given;
import static org.gongkai.core.derive.Wording.ownWords;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.gongkai.core.facts.FigureKey;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.facts.AgencyOperatingFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.EconomicLine;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.facts.Money;
import org.gongkai.core.facts.ThreePublicFacts;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.TableRole;

/**
 * The narrative on the general budget and its controls: 一般公共预算支出 ({@code GENERAL_BUDGET}),
 * 基本支出 ({@code BASIC}), "三公"经费 ({@code THREE_PUBLIC}), 机关运行经费 ({@code AGENCY_OPERATING}).
 */
final class GeneralBudgetText {

    private final NarrativeContext c;

    GeneralBudgetText(NarrativeContext c) {
        this.c = c;
    }

    // ---- 一般公共预算 ----

    void generalBudget(SectionText out) {
        Predicate<BudgetLine> gb = l -> l.fundYear() == FundYear.CURRENT_YEAR && l.source() == FundSource.GENERAL_BUDGET;
        FigureSource total = c.cell(FigureKey.GENERAL_TOTAL, "合计", c.sum(gb));
        out.subheading(0);
        Sentence scale = new Sentence().add(c.year + "年度" + c.dept + "一般公共预算当年支出").add(total);
        c.compare(scale, "，", total, c.prior.generalBudgetCurrentYear(), "generalBudgetCurrentYear", "一般公共预算当年支出",
                c.texts.generalBudgetChangeReason(), "一般公共预算当年支出增减变化的主要原因");
        out.paragraph(scale.end());

        out.subheading(1);
        if (total.value().signum() == 0) {
            out.paragraph(new Sentence().add("本年未安排一般公共预算当年支出").end());
            return;
        }
        Sentence structure = new Sentence().add("一般公共预算当年支出").add(total)
                .add("，按支出功能分类，各类支出占一般公共预算当年支出的比重为：");
        boolean first = true;
        for (CatalogueEntry e : c.catalogue.functionClasses()) {
            FunctionCode code = FunctionCode.of(e.code());
            Amount v = c.sum(gb.and(l -> Sums.under(l.functionCode(), code)));
            if (!v.isZero()) {
                FigureSource part = c.cell(FigureKey.row(TableRole.GENERAL_BUDGET_BY_FUNCTION, code.digits(), "total"), code.digits(), v);
                structure.add(first ? "" : "；").add(e.name()).add(part).add("，占")
                        .add(c.share(part, total, e.name() + "占一般公共预算当年支出"));
                first = false;
            }
        }
        out.paragraph(structure.end());
    }

    // ---- 基本支出 ----

    void basic(SectionText out) {
        Amount personnel = Money.zero();
        Amount operating = Money.zero();
        for (EconomicLine l : c.facts.basicByEconomic()) {
            personnel = l.personnel() == null ? personnel : personnel.plus(l.personnel());
            operating = l.operating() == null ? operating : operating.plus(l.operating());
        }
        FigureSource total = c.cell(FigureKey.BASIC_TOTAL, "合计", personnel.plus(operating));
        if (total.value().signum() == 0) {
            out.paragraph(new Sentence().add(c.year + "年度" + c.dept + "一般公共预算当年未安排基本支出").end());
            return;
        }
        out.paragraph(new Sentence().add(c.year + "年度" + c.dept + "一般公共预算当年安排基本支出").add(total)
                .add("，由人员经费和公用经费构成").end());
        FigureSource p = c.cell(FigureKey.BASIC_PERSONNEL, "合计", personnel);
        out.paragraph(covers(new Sentence().add("人员经费").add(p), c.texts.personnelCovers(), true).end());
        FigureSource o = c.cell(FigureKey.BASIC_OPERATING, "合计", operating);
        out.paragraph(covers(new Sentence().add("公用经费").add(o), c.texts.operatingCovers(), false).end());
    }

    /**
     * "，主要包括：…": the department's words when given, else the names of the economic
     * classification items that carry money in this part (a fact, not a guess).
     */
    private Sentence covers(Sentence s, String words, boolean personnel) {
        if (given(words)) {
            return s.add("，主要包括：").add(ownWords(words));
        }
        List<String> names = new ArrayList<>();
        for (EconomicLine l : c.facts.basicByEconomic()) {
            Amount v = personnel ? l.personnel() : l.operating();
            if (v != null && !v.isZero() && l.deptEconomicName() != null) {
                names.add(l.deptEconomicName());
            }
        }
        return names.isEmpty() ? s : s.add("，主要包括：").add(String.join("、", names));
    }

    // ---- "三公"经费 ----

    void threePublic(SectionText out) {
        ThreePublicFacts t = c.facts.threePublic() == null ? ThreePublicFacts.none() : c.facts.threePublic();
        Amount travel = fiscal(t.outboundTravel());
        Amount reception = fiscal(t.reception());
        Amount purchase = fiscal(t.vehiclePurchase());
        Amount operation = fiscal(t.vehicleOperation());
        Amount vehicles = purchase.plus(operation);
        FigureSource total = c.cell(FigureKey.THREE_PUBLIC_TOTAL, "合计", travel.plus(reception).plus(vehicles));
        Sentence s = new Sentence();
        if (total.value().signum() == 0) {
            s.add(c.year + "年" + c.dept + "未安排财政拨款“三公”经费预算");
        } else {
            s.add(c.year + "年" + c.dept + "财政拨款安排“三公”经费预算").add(total);
        }
        c.compare(s, "，", total, c.prior.threePublicTotal(), "threePublicTotal", "“三公”经费",
                c.texts.threePublicChangeReason(), "“三公”经费增减变化的主要原因");
        s.end();
        if (total.value().signum() == 0) {
            out.paragraph(s);
            return;
        }
        Sentence parts = new Sentence()
                .add("其中：因公出国（境）费").add(c.cell(FigureKey.THREE_PUBLIC_OUTBOUND, "因公出国（境）费", travel))
                .add("，公务接待费").add(c.cell(FigureKey.THREE_PUBLIC_RECEPTION, "公务接待费", reception))
                .add("，公务用车购置及运行费").add(c.cell(FigureKey.THREE_PUBLIC_VEHICLE, "公务用车购置及运行费", vehicles))
                .add("（购置费").add(c.cell(FigureKey.THREE_PUBLIC_VEHICLE_PURCHASE, "①公务用车购置费", purchase))
                .add("，运行维护费").add(c.cell(FigureKey.THREE_PUBLIC_VEHICLE_OPERATION, "②公务用车运行维护费", operation))
                .add("）").end();
        out.paragraph(s, parts);
    }

    // ---- 机关运行经费 ----

    void agencyOperating(SectionText out) {
        Amount sum = Money.zero();
        for (AgencyOperatingFacts u : c.facts.agencyOperating()) {
            sum = sum.plus(fiscal(u.amounts()));
        }
        FigureSource total = c.cell(FigureKey.AGENCY_TOTAL, "部门合计", sum);
        Sentence s = new Sentence();
        if (sum.isZero()) {
            s.add(c.year + "年" + c.dept + "未安排机关运行经费预算");
        } else {
            s.add(c.year + "年" + c.dept + "财政拨款安排机关运行经费").add(total);
        }
        c.compare(s, "，", total, c.prior.agencyOperatingTotal(), "agencyOperatingTotal", "机关运行经费",
                c.texts.agencyOperatingChangeReason(), "机关运行经费增减变化的主要原因");
        out.paragraph(s.end());
    }
}
