package org.gongkai.core.derive;

import static org.gongkai.core.derive.NarrativeContext.FISCAL;
import static org.gongkai.core.derive.NarrativeContext.numbered;

import java.util.List;
import java.util.function.Predicate;
import org.gongkai.core.facts.FigureKey;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.TableRole;

/**
 * The narrative's totals: 收支变动 ({@code CHANGES}), 收入 ({@code REVENUE}), 支出
 * ({@code EXPENDITURE}) and 财政拨款收支 ({@code FISCAL_APPROPRIATION}).
 */
final class TotalsText {

    private final NarrativeContext c;

    TotalsText(NarrativeContext c) {
        this.c = c;
    }

    private static Predicate<BudgetLine> year(FundYear y) {
        return l -> l.fundYear() == y;
    }

    // ---- 收支数据变动 ----

    void changes(SectionText out) {
        Amount current = c.sum(year(FundYear.CURRENT_YEAR));
        Amount carryover = c.sum(year(FundYear.CARRYOVER));
        FigureSource revenueTotal = c.cell(FigureKey.REVENUE_TOTAL, "收入总计", current.plus(carryover));
        Sentence revenue = new Sentence().add(c.year + "年度" + c.dept + "预算收入总计").add(revenueTotal)
                .add("，其中：本年收入").add(c.cell(FigureKey.REVENUE_CURRENT, "本年收入合计", current))
                .add("，上年结转").add(c.cell(FigureKey.REVENUE_CARRYOVER, "上年结转", carryover)).end();
        Sentence revenueChange = new Sentence();
        boolean revenueCompared = c.compare(revenueChange, "收入总计", revenueTotal, c.prior.revenueTotal(), "revenueTotal",
                "收入总计", c.texts.revenueChangeReason(), "收入总计增减变化的主要原因");
        out.paragraph(revenue, revenueCompared ? revenueChange.end() : null);

        Amount all = c.sum(l -> true);
        FigureSource expenditureTotal = c.cell(FigureKey.EXPENDITURE_TOTAL, "支出总计", all.plus(c.carryforward()));
        Sentence expenditure = new Sentence().add(c.year + "年度" + c.dept + "预算支出总计").add(expenditureTotal)
                .add("，其中：当年预算安排").add(c.cell(FigureKey.EXPENDITURE_ARRANGED, "支出总计", current))
                .add("，上年结转安排").add(c.cell(FigureKey.EXPENDITURE_CARRYOVER, "支出总计", carryover));
        if (!c.carryforward().isZero()) {
            expenditure.add("，年终结转").add(c.cell(FigureKey.EXPENDITURE_CARRYFORWARD, "年终结转", c.carryforward()));
        }
        expenditure.end();
        Sentence expenditureChange = new Sentence();
        boolean expenditureCompared = c.compare(expenditureChange, "支出总计", expenditureTotal, c.prior.expenditureTotal(),
                "expenditureTotal", "支出总计", c.texts.expenditureChangeReason(), "支出总计增减变化的主要原因");
        out.paragraph(expenditure, expenditureCompared ? expenditureChange.end() : null);
    }

    // ---- 收入 ----

    void revenue(SectionText out) {
        Amount current = c.sum(year(FundYear.CURRENT_YEAR));
        Amount carryover = c.sum(year(FundYear.CARRYOVER));
        FigureSource total = c.cell(FigureKey.REVENUE_TOTAL, "收入总计", current.plus(carryover));
        Sentence s = new Sentence().add(c.year + "年度" + c.dept + "预算收入总计").add(total);
        if (total.value().signum() == 0) {
            out.paragraph(s.add("，本年无预算收入").end());
            return;
        }
        s.add("，按资金来源分，各项收入占收入总计的比重为：");
        FundSource[] sources = FundSource.values();
        for (int i = 0; i < sources.length; i++) {
            FundSource src = sources[i];
            String label = src.label() + (src.isFiscalAppropriation() ? "拨款收入" : "收入");
            FigureSource part = c.cell(FigureKey.revenue(src), numbered(i, src.label()),
                    c.sum(year(FundYear.CURRENT_YEAR).and(l -> l.source() == src)));
            s.add(label).add(part).add("，占").add(c.share(part, total, label + "占收入总计")).add("；");
        }
        FigureSource carry = c.cell(FigureKey.REVENUE_CARRYOVER, "上年结转", carryover);
        s.add("上年结转").add(carry).add("，占").add(c.share(carry, total, "上年结转占收入总计")).end();
        out.paragraph(s);
    }

    // ---- 支出 ----

    void expenditure(SectionText out) {
        FigureSource total = c.cell(FigureKey.EXPENDITURE_TOTAL, "支出总计", c.sum(l -> true).plus(c.carryforward()));
        Sentence s = new Sentence().add(c.year + "年度" + c.dept + "预算支出总计").add(total);
        if (total.value().signum() == 0) {
            out.paragraph(s.add("，本年无预算支出").end());
            return;
        }
        FigureSource basic = c.cell(FigureKey.ALL_BASIC, "合计", c.sum(l -> l.kind().isBasic()));
        FigureSource project = c.cell(FigureKey.ALL_PROJECT, "合计", c.sum(l -> !l.kind().isBasic()));
        s.add("，按支出类型分，各项支出占支出总计的比重为：基本支出").add(basic)
                .add("，占").add(c.share(basic, total, "基本支出占支出总计"))
                .add("；项目支出").add(project).add("，占").add(c.share(project, total, "项目支出占支出总计"));
        if (!c.carryforward().isZero()) {
            FigureSource forward = c.cell(FigureKey.EXPENDITURE_CARRYFORWARD, "年终结转", c.carryforward());
            s.add("；年终结转").add(forward).add("，占").add(c.share(forward, total, "年终结转占支出总计"));
        }
        out.paragraph(s.end());
    }

    // ---- 财政拨款收支 ----

    void fiscalAppropriation(SectionText out) {
        Predicate<BudgetLine> fiscal = l -> l.source().isFiscalAppropriation();
        Amount current = c.sum(fiscal.and(year(FundYear.CURRENT_YEAR)));
        Amount carryover = c.sum(fiscal.and(year(FundYear.CARRYOVER)));
        FigureSource total = c.cell(FigureKey.FISCAL_TOTAL, "收入总计", current.plus(carryover));
        if (total.value().signum() == 0) {
            out.paragraph(new Sentence().add(c.year + "年度" + c.dept + "无财政拨款收支预算").end());
            return;
        }
        Sentence income = new Sentence().add(c.year + "年度" + c.dept + "财政拨款收入总计").add(total)
                .add("，其中：当年财政拨款收入").add(c.cell(FigureKey.FISCAL_CURRENT, "本年收入合计", current))
                .add("，上年财政拨款结转").add(c.cell(FigureKey.FISCAL_CARRYOVER, "上年财政拨款结转", carryover))
                .end();
        Sentence bySource = new Sentence().add("按预算类别分（含上年结转）：");
        for (int i = 0; i < FISCAL.size(); i++) {
            FundSource src = FISCAL.get(i);
            bySource.add(i == 0 ? "" : "，").add(src.label())
                    .add(c.cell(FigureKey.fiscalExpenditure(src), "支出总计", c.sum(l -> l.source() == src)));
        }
        FigureSource spending = c.cell(FigureKey.FISCAL_EXPENDITURE, "支出总计", c.sum(fiscal).plus(c.carryforward()));
        Sentence byFunction = new Sentence().add("财政拨款支出总计").add(spending).add("，按支出功能分类：");
        List<CatalogueEntry> classes = c.catalogue.functionClasses();
        boolean first = true;
        for (int i = 0; i < classes.size(); i++) {
            CatalogueEntry e = classes.get(i);
            FunctionCode code = FunctionCode.of(e.code());
            Amount v = c.sum(fiscal.and(l -> Sums.under(l.functionCode(), code)));
            if (!v.isZero()) {
                byFunction.add(first ? "" : "，").add(e.name())
                        .add(c.cell(FigureKey.row(TableRole.FISCAL_SUMMARY, e.name(), "subtotal"), numbered(i, e.name()), v));
                first = false;
            }
        }
        if (!c.carryforward().isZero()) {
            byFunction.add("；年终结转").add(c.cell(FigureKey.FISCAL_CARRYFORWARD, "年终结转", c.carryforward()));
        }
        out.paragraph(income, bySource.end(), byFunction.end());
    }
}
