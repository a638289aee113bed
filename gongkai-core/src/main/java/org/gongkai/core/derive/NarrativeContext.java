package org.gongkai.core.derive;

import static org.gongkai.core.derive.Wording.given;
import static org.gongkai.core.derive.Wording.ownWords;
import static org.gongkai.core.derive.Wording.placeholder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.DisclosureTexts;
import org.gongkai.core.facts.FigureKey;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.Money;
import org.gongkai.core.facts.PriorYear;
import org.gongkai.core.model.ChineseNumerals;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.profile.DocumentLayout;
import org.gongkai.core.profile.Profile;

/**
 * One writing of the narrative: the facts, the profile, and how a figure is made — in the unit the
 * profile's narrative states ({@link DocumentLayout#narrativeUnit()}), naming the table cell it
 * equals by the table's role and the profile's name for it.
 */
final class NarrativeContext {

    static final List<FundSource> FISCAL = List.of(FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND,
            FundSource.STATE_CAPITAL);

    final BudgetFacts facts;
    final Profile profile;
    final Catalogue catalogue;
    final DocumentLayout layout;
    final DisclosureTexts texts;
    final PriorYear prior;
    final String year;
    final String dept;
    /** The unit the narrative states amounts in. */
    final MoneyUnit unit;

    NarrativeContext(BudgetFacts facts, Profile profile, Catalogue catalogue) {
        this.facts = facts;
        this.profile = profile;
        this.catalogue = catalogue;
        this.layout = profile.document();
        this.texts = facts.texts();
        this.prior = facts.priorYear() == null ? PriorYear.unknown() : facts.priorYear();
        this.year = Integer.toString(facts.fiscalYear());
        this.dept = facts.department() == null ? placeholder("部门名称") : facts.department();
        this.unit = layout.narrativeUnit();
    }

    // ---- sums over the facts (in 元) ----

    Amount sum(Predicate<BudgetLine> filter) {
        Amount s = Sums.sum(facts.lines(), filter);
        return s == null ? Money.zero() : s;
    }

    /** The 财政拨款 part (the three fiscal budgets) of amounts by source. */
    static Amount fiscal(Map<FundSource, Amount> bySource) {
        Amount t = Money.zero();
        for (FundSource s : FISCAL) {
            Amount v = bySource.get(s);
            if (v != null) {
                t = t.plus(v);
            }
        }
        return t;
    }

    Amount carryforward() {
        return facts.carryforward() == null ? Money.zero() : facts.carryforward();
    }

    // ---- figures ----

    /** An amount in the narrative's unit (exact). */
    BigDecimal inUnit(Amount amount) {
        return amount.to(unit).value();
    }

    /** "48,966.85万元": the value (in the narrative's unit) as printed, half-up to two decimals. */
    String printed(BigDecimal value) {
        return Wording.amount(value) + unit.label();
    }

    /** What a placeholder asks for an amount: "上年支出总计（万元）". */
    String askAmount(String what) {
        return what + "（" + unit.label() + "）";
    }

    /**
     * An amount equal to the cell {@code key} names (its table's role and column), in the row
     * labelled {@code row} of the table the profile prints for that role.
     */
    FigureSource cell(FigureKey key, String row, Amount amount) {
        BigDecimal v = inUnit(amount);
        TableRole role = key.role();
        if (profile.table(role).isEmpty()) {
            return FigureSource.computed(printed(v), v, unit, "lines", role + "/" + row + "/" + key.column(), List.of());
        }
        return new FigureSource(printed(v), v, unit, role, profile.tableName(role), row, key.column(), key.id(), List.of());
    }

    FigureSource fact(String part, String field, Amount amount) {
        BigDecimal v = inUnit(amount);
        return FigureSource.computed(printed(v), v, unit, part, field, List.of());
    }

    FigureSource share(FigureSource part, FigureSource whole, String what) {
        BigDecimal p = Wording.percent(part.value(), whole.value());
        return FigureSource.computed(Wording.percentText(p), p, null, FigureSource.SHARE, what, List.of(part, whole));
    }

    /** The sum of money figures (in the narrative's unit). */
    FigureSource sumOf(String what, List<FigureSource> parts) {
        BigDecimal total = parts.stream().map(FigureSource::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return FigureSource.computed(printed(total), total, unit, FigureSource.SUM, what, parts);
    }

    static FigureSource count(int n, String measure, String what) {
        return FigureSource.computed(n + measure, BigDecimal.valueOf(n), null, FigureSource.COUNT, what, List.of());
    }

    /** The label of a row of the summaries by source or class: "一、一般公共预算". */
    static String numbered(int index, String label) {
        return ChineseNumerals.of(index + 1) + "、" + label;
    }

    // ---- year on year ----

    /**
     * Writes {@code lead} and the comparison of {@code current} with last year ("比上年增加…，
     * 增长…%，主要原因是…", "与上年持平", "为新增（上年为零）…", or a placeholder for last year's
     * figure) and returns true, or writes nothing and returns false when there is nothing to say.
     *
     * @param priorField   the PriorYear field, for the figure's source
     * @param priorLabel   what last year's figure is called, for the placeholder
     * @param reason       the department's reason, null when not given
     * @param reasonLabel  what the reason is about, for its placeholder
     */
    boolean compare(Sentence s, String lead, FigureSource current, Amount last, String priorField, String priorLabel,
            String reason, String reasonLabel) {
        if (last == null) {
            if (layout.requirePriorYear() && current.value().signum() != 0) {
                s.add(lead + "与上年相比" + placeholder(askAmount("上年" + priorLabel)));
                return true;
            }
            return false;
        }
        s.add(lead);
        if (!lead.startsWith("，")) {
            // a comparison in its own sentence restates the figure it compares, so that the
            // sentence can be read (and checked) alone
            s.add(current).add("，");
        }
        FigureSource lastYear = fact("priorYear", priorField, last);
        BigDecimal change = current.value().subtract(lastYear.value());
        if (change.signum() == 0) {
            s.add("与上年持平");
            return true;
        }
        if (lastYear.value().signum() == 0) {
            s.add("为新增（上年为零）");
        } else {
            FigureSource delta = FigureSource.computed(printed(change.abs()), change.abs(), unit, FigureSource.CHANGE,
                    priorLabel + "本年与上年之差", List.of(current, lastYear));
            BigDecimal r = Wording.percent(change.abs(), lastYear.value().abs());
            FigureSource rate = FigureSource.computed(Wording.percentText(r), r, null, FigureSource.RATE,
                    priorLabel + "增减额占上年的比率", List.of(delta, lastYear));
            boolean up = change.signum() > 0;
            s.add(up ? "比上年增加" : "比上年减少").add(delta).add(up ? "，增长" : "，下降").add(rate);
        }
        s.add("，主要原因是").add(given(reason) ? ownWords(reason) : placeholder(reasonLabel));
        return true;
    }
}
