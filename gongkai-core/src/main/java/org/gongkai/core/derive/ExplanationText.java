package org.gongkai.core.derive;

import static org.gongkai.core.derive.Wording.given;
import static org.gongkai.core.derive.Wording.ownWords;
import static org.gongkai.core.derive.Wording.placeholder;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.FigureKey;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.facts.StatementTexts;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.FunctionCode;

/**
 * 预算编制说明 in the words of a layout that states the 财政拨款 year on year and explains every
 * 项-level 科目 ({@code EXPLANATION}): income and expenditure with the 财政拨款 part compared with
 * last year's budget, the three fiscal budgets each compared, the reason, then one item per 项 with
 * 财政拨款 — "“类名（类）款名（款）项名（项）”X万元，主要用于…" — the purpose in the department's words.
 */
final class ExplanationText {

    private final NarrativeContext c;
    private final StatementTexts words;
    private final String lastYear;

    ExplanationText(NarrativeContext c) {
        this.c = c;
        this.words = c.facts.statements();
        this.lastYear = (c.facts.fiscalYear() - 1) + "年预算";
    }

    void explanation(SectionText out) {
        Amount revenue = c.sum(l -> l.fundYear() == FundYear.CURRENT_YEAR);
        Amount fiscal = c.sum(l -> l.fundYear() == FundYear.CURRENT_YEAR && l.source().isFiscalAppropriation());
        Amount all = c.sum(l -> true);
        Amount fiscalAll = c.sum(l -> l.source().isFiscalAppropriation());
        Sentence income = new Sentence().add(c.year + "年，" + c.dept + "收入预算")
                .add(c.cell(FigureKey.REVENUE_TOTAL, "收入总计", revenue)).add("，其中：财政拨款收入")
                .add(c.fact("lines", "财政拨款收入", fiscal));
        compare(income, fiscal, words.priorFiscalRevenue(), "财政拨款收入");
        for (String other : List.of("事业收入", "事业单位经营收入", "其他收入")) {
            // sources the facts do not hold are stated as none
            income.add("；" + other).add(c.fact("lines", other, org.gongkai.core.facts.Money.zero()));
        }
        out.paragraph(income.end());

        Sentence spending = new Sentence().add("支出预算").add(c.cell(FigureKey.EXPENDITURE_TOTAL, "支出总计", all))
                .add("，其中：财政拨款支出预算").add(c.fact("lines", "财政拨款支出", fiscalAll));
        compare(spending, fiscalAll, words.priorFiscalExpenditure(), "财政拨款支出");
        spending.add("。财政拨款支出预算中，");
        String[] labels = {"一般公共预算拨款支出预算", "政府性基金拨款支出预算", "国有资本经营预算拨款支出预算"};
        Amount[] prior = {words.priorGeneralBudget(), words.priorGovernmentFund(), words.priorStateCapital()};
        List<FundSource> fiscalSources = NarrativeContext.FISCAL;
        for (int i = 0; i < fiscalSources.size(); i++) {
            FundSource s = fiscalSources.get(i);
            Amount a = c.sum(l -> l.source() == s);
            spending.add(i == 0 ? "" : "；").add(labels[i]).add(c.fact("lines", labels[i], a));
            compare(spending, a, prior[i], labels[i]);
        }
        out.paragraph(spending.end());

        BigDecimal change = words.priorFiscalRevenue() == null ? null
                : c.inUnit(fiscal).subtract(c.inUnit(words.priorFiscalRevenue()));
        if (change == null || change.signum() != 0 || given(words.fiscalChangeReason())) {
            String direction = change == null || change.signum() >= 0 ? "增加" : "减少";
            out.paragraph(new Sentence().add("财政拨款收入支出" + direction + "的主要原因是")
                    .add(given(words.fiscalChangeReason()) ? ownWords(words.fiscalChangeReason())
                            : placeholder("财政拨款收入支出增减的主要原因"))
                    .end());
        }
        out.paragraph(new Sentence().add("财政拨款支出主要内容如下："));
        int n = 1;
        for (FunctionCode code : items()) {
            Amount a = c.sum(l -> l.functionCode().equals(code) && l.source().isFiscalAppropriation());
            String purpose = words.itemPurposes().get(code.digits());
            FigureSource amount = c.fact("lines", code.digits(), a);
            Sentence item = new Sentence().add(n++ + ".“" + subjectName(code) + "”").add(amount)
                    .add("，主要用于").add(given(purpose) ? ownWords(purpose) : placeholder(code.digits() + "科目的主要用途"))
                    .end();
            Amount last = words.itemPriors().get(code.digits());
            if (last != null) {
                itemChange(item, amount, last, words.itemReasons().get(code.digits()));
            }
            out.paragraph(item);
        }
    }

    /** "，比2024年预算增加107.62万元" / "，与2024年预算持平", or a placeholder for last year's figure. */
    private void compare(Sentence s, Amount now, Amount last, String what) {
        if (last == null) {
            s.add("，" + placeholder(lastYear + what + "（" + c.unit.label() + "）"));
            return;
        }
        BigDecimal change = c.inUnit(now).subtract(c.inUnit(last));
        if (change.signum() == 0) {
            s.add("，与" + lastYear + "持平");
            return;
        }
        s.add("，比" + lastYear + (change.signum() > 0 ? "增加" : "减少")).add(FigureSource.computed(
                c.printed(change.abs()), change.abs(), c.unit, FigureSource.CHANGE, what + "本年与上年之差", List.of()));
    }

    /**
     * "2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%。主要原因是：…。"
     * — the rate of change from the two amounts; "为新增" when last year had none.
     */
    private void itemChange(Sentence s, FigureSource now, Amount last, String reason) {
        String before = Integer.toString(c.facts.fiscalYear() - 1);
        FigureSource lastYear = c.fact("statements", "itemPriors", last);
        s.add(before + "年当年预算执行数为").add(lastYear).add("，" + c.year + "年预算安排").add(now).add("，");
        BigDecimal change = now.value().subtract(lastYear.value());
        if (change.signum() == 0) {
            s.add("与" + before + "年预算执行数持平");
        } else if (lastYear.value().signum() == 0) {
            s.add("为新增");
        } else {
            BigDecimal r = Wording.percent(change.abs(), lastYear.value());
            s.add("比" + before + "年预算执行数" + (change.signum() > 0 ? "增加" : "减少")).add(FigureSource.computed(
                    Wording.percentText(r), r, null, FigureSource.RATE, "项本年与上年之差占上年的比率", List.of(now, lastYear)));
        }
        s.end();
        if (given(reason)) {
            s.add("主要原因是：" + ownWords(reason)).end();
        }
    }

    /** The 项 with 财政拨款, in code order. */
    private TreeSet<FunctionCode> items() {
        TreeSet<FunctionCode> out = new TreeSet<>();
        for (BudgetLine l : c.facts.lines()) {
            if (l.source().isFiscalAppropriation() && !l.amount().isZero()) {
                out.add(l.functionCode());
            }
        }
        return out;
    }

    /** "一般公共服务支出（类）财政事务（款）行政运行（项）". */
    private String subjectName(FunctionCode code) {
        StringBuilder sb = new StringBuilder();
        String[] levels = {"（类）", "（款）", "（项）"};
        List<String> parts = code.parts();
        String digits = "";
        for (int i = 0; i < parts.size() && i < levels.length; i++) {
            digits += parts.get(i);
            sb.append(c.catalogue.function(digits).map(CatalogueEntry::name).orElse(digits)).append(levels[i]);
        }
        return sb.toString();
    }
}
