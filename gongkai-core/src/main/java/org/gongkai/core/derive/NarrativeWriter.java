package org.gongkai.core.derive;

import static org.gongkai.core.derive.FigureSource.FACTS;
import static org.gongkai.core.derive.Wording.amount;
import static org.gongkai.core.derive.Wording.given;
import static org.gongkai.core.derive.Wording.ownWords;
import static org.gongkai.core.derive.Wording.placeholder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.facts.AgencyOperatingFacts;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.DisclosureTexts;
import org.gongkai.core.facts.EconomicLine;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.Period;
import org.gongkai.core.facts.PriorYear;
import org.gongkai.core.facts.ProjectCategory;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.facts.ThreePublicFacts;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Assets;
import org.gongkai.core.model.ChineseNumerals;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.TextBlock;
import org.gongkai.core.model.VehicleCount;
import org.gongkai.core.profile.DocumentLayout;
import org.gongkai.core.profile.NarrativeSectionSpec;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.profile.TableSpec;

/**
 * derive: {@link BudgetFacts} → 第三部分 情况说明, section by section as the profile lists them.
 *
 * <p>Every figure is computed from the facts and names the table cell it equals (the tables are
 * derived from the same facts by {@link TableDeriver}, so text and tables agree by construction).
 * Shares are part ÷ whole × 100, half-up to two decimals, one whole per sentence, named in the
 * sentence. Year-on-year comparisons use {@link BudgetFacts#priorYear()}: an increase or decrease
 * with its rate, "与上年持平", or "新增" (no rate) when last year was zero. When last year is unknown
 * the comparison is left out, unless the profile requires it ({@link DocumentLayout#requirePriorYear()}):
 * then a placeholder asks for last year's figure — except where this year's amount is zero (the
 * "无" cases of 三公, 机关运行经费), which are stated without a comparison.
 *
 * <p>Words a machine cannot know (reasons, duties, other notes) come from
 * {@link BudgetFacts#texts()} as entered; a missing one is a visible placeholder "【待填写：…】",
 * never an invented reason.
 */
public final class NarrativeWriter {

    private static final List<FundSource> FISCAL = List.of(FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND,
            FundSource.STATE_CAPITAL);

    private final Profile profile;
    private final Catalogue catalogue;

    public NarrativeWriter(Profile profile, Catalogue catalogue) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        if (profile.document() == null) {
            throw new IllegalArgumentException("profile " + profile.id() + " has no document layout");
        }
    }

    public GeneratedNarrative write(BudgetFacts facts) {
        return new Pass(facts).run();
    }

    // ---- sentences -------------------------------------------------------------------------------

    /** A sentence being written: its words and, in order, the figures printed in it. */
    private static final class Sentence {
        private final StringBuilder text = new StringBuilder();
        private final List<FigureSource> figures = new ArrayList<>();

        Sentence add(String words) {
            text.append(words);
            return this;
        }

        Sentence add(FigureSource figure) {
            text.append(figure.printed());
            figures.add(figure);
            return this;
        }

        Sentence end() {
            text.append('。');
            return this;
        }
    }

    /** The paragraphs of one section and the sources of their sentences. */
    private static final class SectionText {
        private final NarrativeSectionSpec spec;
        private final String number;
        private final List<TextBlock> paragraphs = new ArrayList<>();
        private final List<SentenceSource> sources;

        SectionText(NarrativeSectionSpec spec, String number, List<SentenceSource> sources) {
            this.spec = spec;
            this.number = number;
            this.sources = sources;
        }

        /** The profile's i-th sub-heading, if it prints one. */
        void subheading(int i) {
            String h = spec.subheading(i);
            if (h != null) {
                paragraphs.add(new TextBlock(h, 0));
            }
        }

        void paragraph(Sentence... sentences) {
            int index = paragraphs.size();
            StringBuilder sb = new StringBuilder();
            for (Sentence s : sentences) {
                sb.append(s.text);
                sources.add(new SentenceSource(number, index, s.text.toString(), s.figures));
            }
            paragraphs.add(new TextBlock(sb.toString(), 0));
        }

        NarrativeSection section() {
            return new NarrativeSection(number, spec.heading(), paragraphs, 0);
        }
    }

    // ---- one writing -----------------------------------------------------------------------------

    private final class Pass {
        private final BudgetFacts facts;
        private final DocumentLayout layout = profile.document();
        private final DisclosureTexts texts;
        private final PriorYear prior;
        private final String year;
        private final String dept;
        private final List<SentenceSource> sources = new ArrayList<>();

        Pass(BudgetFacts facts) {
            this.facts = facts;
            this.texts = facts.texts();
            this.prior = facts.priorYear() == null ? PriorYear.unknown() : facts.priorYear();
            this.year = Integer.toString(facts.fiscalYear());
            this.dept = facts.department() == null ? placeholder("部门名称") : facts.department();
        }

        GeneratedNarrative run() {
            List<NarrativeSection> sections = new ArrayList<>();
            int n = 1;
            for (NarrativeSectionSpec spec : layout.narrativeSections()) {
                SectionText s = new SectionText(spec, ChineseNumerals.of(n++), sources);
                switch (spec.topic()) {
                    case CHANGES -> changes(s);
                    case REVENUE -> revenue(s);
                    case EXPENDITURE -> expenditure(s);
                    case FISCAL_APPROPRIATION -> fiscalAppropriation(s);
                    case GENERAL_BUDGET -> generalBudget(s);
                    case BASIC -> basic(s);
                    case THREE_PUBLIC -> threePublic(s);
                    case AGENCY_OPERATING -> agencyOperating(s);
                    case PROCUREMENT -> procurement(s);
                    case PERFORMANCE -> performance(s);
                    case ASSETS -> assets(s);
                    case OTHER -> other(s);
                }
                sections.add(s.section());
            }
            return new GeneratedNarrative(new Narrative(layout.narrativeTitle(facts.fiscalYear()), sections), sources);
        }

        // ---- sums over the facts ----

        BigDecimal sum(Predicate<BudgetLine> filter) {
            BigDecimal s = Sums.sum(facts.lines(), filter);
            return s == null ? BigDecimal.ZERO : s;
        }

        BigDecimal fiscal(Map<FundSource, BigDecimal> bySource) {
            BigDecimal t = BigDecimal.ZERO;
            for (FundSource s : FISCAL) {
                BigDecimal v = bySource.get(s);
                if (v != null) {
                    t = t.add(v);
                }
            }
            return t;
        }

        BigDecimal carryforward() {
            return facts.carryforward() == null ? BigDecimal.ZERO : facts.carryforward();
        }

        // ---- figures ----

        /** An amount equal to a cell of the table the profile derives with {@code table}. */
        FigureSource cell(TableRole table, String row, String column, BigDecimal value) {
            String id = profile.table(table).map(TableSpec::id).orElse(null);
            String printed = amount(value) + "万元";
            if (id == null) {
                return new FigureSource(printed, value, FACTS, "lines", table + "/" + row + "/" + column);
            }
            return new FigureSource(printed, value, id, row, column);
        }

        FigureSource fact(String part, String field, BigDecimal wan) {
            return new FigureSource(amount(wan) + "万元", wan, FACTS, part, field);
        }

        FigureSource share(FigureSource part, FigureSource whole, String what) {
            BigDecimal p = Wording.percent(part.value(), whole.value());
            return new FigureSource(Wording.percentText(p), p, FACTS, FigureSource.SHARE, what, List.of(part, whole));
        }

        FigureSource sumOf(String what, BigDecimal total, List<FigureSource> parts) {
            return new FigureSource(amount(total) + "万元", total, FACTS, FigureSource.SUM, what, parts);
        }

        FigureSource count(int n, String measure, String what) {
            return new FigureSource(n + measure, BigDecimal.valueOf(n), FACTS, FigureSource.COUNT, what);
        }

        /** The label of a T1/T4 row: "一、一般公共预算". */
        String numbered(int index, String label) {
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
        boolean compare(Sentence s, String lead, FigureSource current, BigDecimal last, String priorField,
                String priorLabel, String reason, String reasonLabel) {
            if (last == null) {
                if (layout.requirePriorYear() && current.value().signum() != 0) {
                    s.add(lead + "与上年相比" + placeholder("上年" + priorLabel + "（万元）"));
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
            BigDecimal change = current.value().subtract(last);
            if (change.signum() == 0) {
                s.add("与上年持平");
                return true;
            }
            if (last.signum() == 0) {
                s.add("为新增（上年为零）");
            } else {
                FigureSource delta = new FigureSource(amount(change.abs()) + "万元", change.abs(), FACTS,
                        FigureSource.CHANGE, priorLabel + "本年与上年之差", List.of(current, lastYear));
                BigDecimal r = Wording.percent(change.abs(), last.abs());
                FigureSource rate = new FigureSource(Wording.percentText(r), r, FACTS, FigureSource.RATE,
                        priorLabel + "增减额占上年的比率", List.of(delta, lastYear));
                boolean up = change.signum() > 0;
                s.add(up ? "比上年增加" : "比上年减少").add(delta).add(up ? "，增长" : "，下降").add(rate);
            }
            s.add("，主要原因是").add(given(reason) ? ownWords(reason) : placeholder(reasonLabel));
            return true;
        }

        // ---- 一 收支变动 ----

        void changes(SectionText out) {
            BigDecimal current = sum(l -> l.period() == Period.CURRENT_YEAR);
            BigDecimal carryover = sum(l -> l.period() == Period.CARRYOVER);
            FigureSource revenueTotal = cell(TableRole.BUDGET_SUMMARY, "收入总计", "incomeAmount", current.add(carryover));
            Sentence revenue = new Sentence().add(year + "年度" + dept + "预算收入总计").add(revenueTotal)
                    .add("，其中：本年收入").add(cell(TableRole.BUDGET_SUMMARY, "本年收入合计", "incomeAmount", current))
                    .add("，上年结转").add(cell(TableRole.BUDGET_SUMMARY, "上年结转", "incomeAmount", carryover)).end();
            Sentence revenueChange = new Sentence();
            boolean revenueCompared = compare(revenueChange, "收入总计", revenueTotal, prior.revenueTotal(), "revenueTotal", "收入总计",
                    texts.revenueChangeReason(), "收入总计增减变化的主要原因");
            paragraph(out, revenue, revenueCompared ? revenueChange.end() : null);

            BigDecimal all = sum(l -> true);
            FigureSource expenditureTotal = cell(TableRole.BUDGET_SUMMARY, "支出总计", "total", all.add(carryforward()));
            Sentence expenditure = new Sentence().add(year + "年度" + dept + "预算支出总计").add(expenditureTotal)
                    .add("，其中：当年预算安排").add(cell(TableRole.BUDGET_SUMMARY, "支出总计", "currentYear", current))
                    .add("，上年结转安排").add(cell(TableRole.BUDGET_SUMMARY, "支出总计", "carryover", carryover));
            if (carryforward().signum() != 0) {
                expenditure.add("，年终结转").add(cell(TableRole.BUDGET_SUMMARY, "年终结转", "total", carryforward()));
            }
            expenditure.end();
            Sentence expenditureChange = new Sentence();
            boolean expenditureCompared = compare(expenditureChange, "支出总计", expenditureTotal, prior.expenditureTotal(),
                    "expenditureTotal", "支出总计", texts.expenditureChangeReason(), "支出总计增减变化的主要原因");
            paragraph(out, expenditure, expenditureCompared ? expenditureChange.end() : null);
        }

        /** A paragraph of the sentences given (null ones left out). */
        void paragraph(SectionText out, Sentence... sentences) {
            out.paragraph(Arrays.stream(sentences).filter(Objects::nonNull).toArray(Sentence[]::new));
        }

        // ---- 二 收入 ----

        void revenue(SectionText out) {
            BigDecimal current = sum(l -> l.period() == Period.CURRENT_YEAR);
            BigDecimal carryover = sum(l -> l.period() == Period.CARRYOVER);
            FigureSource total = cell(TableRole.BUDGET_SUMMARY, "收入总计", "incomeAmount", current.add(carryover));
            Sentence s = new Sentence().add(year + "年度" + dept + "预算收入总计").add(total);
            if (total.value().signum() == 0) {
                out.paragraph(s.add("，本年无预算收入").end());
                return;
            }
            s.add("，按资金来源分，各项收入占收入总计的比重为：");
            FundSource[] sources = FundSource.values();
            for (int i = 0; i < sources.length; i++) {
                FundSource src = sources[i];
                String label = src.label() + (src.isFiscalAppropriation() ? "拨款收入" : "收入");
                FigureSource part = cell(TableRole.BUDGET_SUMMARY, numbered(i, src.label()), "incomeAmount",
                        sum(l -> l.period() == Period.CURRENT_YEAR && l.source() == src));
                s.add(label).add(part).add("，占").add(share(part, total, label + "占收入总计")).add("；");
            }
            FigureSource carry = cell(TableRole.BUDGET_SUMMARY, "上年结转", "incomeAmount", carryover);
            s.add("上年结转").add(carry).add("，占").add(share(carry, total, "上年结转占收入总计")).end();
            out.paragraph(s);
        }

        // ---- 三 支出 ----

        void expenditure(SectionText out) {
            FigureSource total = cell(TableRole.BUDGET_SUMMARY, "支出总计", "total", sum(l -> true).add(carryforward()));
            Sentence s = new Sentence().add(year + "年度" + dept + "预算支出总计").add(total);
            if (total.value().signum() == 0) {
                out.paragraph(s.add("，本年无预算支出").end());
                return;
            }
            FigureSource basic = cell(TableRole.EXPENDITURE_BY_FUNCTION, "合计", "basic", sum(l -> l.kind().isBasic()));
            FigureSource project = cell(TableRole.EXPENDITURE_BY_FUNCTION, "合计", "project", sum(l -> !l.kind().isBasic()));
            s.add("，按支出类型分，各项支出占支出总计的比重为：基本支出").add(basic)
                    .add("，占").add(share(basic, total, "基本支出占支出总计"))
                    .add("；项目支出").add(project).add("，占").add(share(project, total, "项目支出占支出总计"));
            if (carryforward().signum() != 0) {
                FigureSource forward = cell(TableRole.BUDGET_SUMMARY, "年终结转", "total", carryforward());
                s.add("；年终结转").add(forward).add("，占").add(share(forward, total, "年终结转占支出总计"));
            }
            out.paragraph(s.end());
        }

        // ---- 四 财政拨款 ----

        void fiscalAppropriation(SectionText out) {
            Predicate<BudgetLine> fiscal = l -> l.source().isFiscalAppropriation();
            BigDecimal current = sum(fiscal.and(l -> l.period() == Period.CURRENT_YEAR));
            BigDecimal carryover = sum(fiscal.and(l -> l.period() == Period.CARRYOVER));
            FigureSource total = cell(TableRole.FISCAL_SUMMARY, "收入总计", "incomeAmount", current.add(carryover));
            if (total.value().signum() == 0) {
                out.paragraph(new Sentence().add(year + "年度" + dept + "无财政拨款收支预算").end());
                return;
            }
            Sentence income = new Sentence().add(year + "年度" + dept + "财政拨款收入总计").add(total)
                    .add("，其中：当年财政拨款收入").add(cell(TableRole.FISCAL_SUMMARY, "本年收入合计", "incomeAmount", current))
                    .add("，上年财政拨款结转").add(cell(TableRole.FISCAL_SUMMARY, "上年财政拨款结转", "incomeAmount", carryover))
                    .end();
            Sentence bySource = new Sentence().add("按预算类别分（含上年结转）：");
            for (int i = 0; i < FISCAL.size(); i++) {
                FundSource src = FISCAL.get(i);
                bySource.add(i == 0 ? "" : "，").add(src.label())
                        .add(cell(TableRole.FISCAL_SUMMARY, "收入总计", src.key(), sum(l -> l.source() == src)));
            }
            FigureSource spending = cell(TableRole.FISCAL_SUMMARY, "收入总计", "subtotal",
                    sum(fiscal).add(carryforward()));
            Sentence byFunction = new Sentence().add("财政拨款支出总计").add(spending).add("，按支出功能分类：");
            List<CatalogueEntry> classes = catalogue.functionClasses();
            boolean first = true;
            for (int i = 0; i < classes.size(); i++) {
                CatalogueEntry c = classes.get(i);
                BigDecimal v = sum(fiscal.and(l -> Sums.under(l.functionCode(), c.code())));
                if (v.signum() != 0) {
                    byFunction.add(first ? "" : "，").add(c.name())
                            .add(cell(TableRole.FISCAL_SUMMARY, numbered(i, c.name()), "subtotal", v));
                    first = false;
                }
            }
            if (carryforward().signum() != 0) {
                byFunction.add("；年终结转").add(cell(TableRole.FISCAL_SUMMARY, "年终结转", "subtotal", carryforward()));
            }
            out.paragraph(income, bySource.end(), byFunction.end());
        }

        // ---- 五 一般公共预算 ----

        void generalBudget(SectionText out) {
            Predicate<BudgetLine> gb = l -> l.period() == Period.CURRENT_YEAR && l.source() == FundSource.GENERAL_BUDGET;
            FigureSource total = cell(TableRole.GENERAL_BUDGET_BY_FUNCTION, "合计", "total", sum(gb));
            out.subheading(0);
            Sentence scale = new Sentence().add(year + "年度" + dept + "一般公共预算当年支出").add(total);
            compare(scale, "，", total, prior.generalBudgetCurrentYear(), "generalBudgetCurrentYear", "一般公共预算当年支出",
                    texts.generalBudgetChangeReason(), "一般公共预算当年支出增减变化的主要原因");
            out.paragraph(scale.end());

            out.subheading(1);
            if (total.value().signum() == 0) {
                out.paragraph(new Sentence().add("本年未安排一般公共预算当年支出").end());
                return;
            }
            Sentence structure = new Sentence().add("一般公共预算当年支出").add(total)
                    .add("，按支出功能分类，各类支出占一般公共预算当年支出的比重为：");
            boolean first = true;
            for (CatalogueEntry c : catalogue.functionClasses()) {
                BigDecimal v = sum(gb.and(l -> Sums.under(l.functionCode(), c.code())));
                if (v.signum() != 0) {
                    FigureSource part = cell(TableRole.GENERAL_BUDGET_BY_FUNCTION, c.code(), "total", v);
                    structure.add(first ? "" : "；").add(c.name()).add(part).add("，占")
                            .add(share(part, total, c.name() + "占一般公共预算当年支出"));
                    first = false;
                }
            }
            out.paragraph(structure.end());
        }

        // ---- 六 基本支出 ----

        void basic(SectionText out) {
            BigDecimal personnel = BigDecimal.ZERO;
            BigDecimal operating = BigDecimal.ZERO;
            for (EconomicLine l : facts.basicByEconomic()) {
                personnel = personnel.add(l.personnel() == null ? BigDecimal.ZERO : l.personnel());
                operating = operating.add(l.operating() == null ? BigDecimal.ZERO : l.operating());
            }
            FigureSource total = cell(TableRole.BASIC_BY_ECONOMIC, "合计", "total", personnel.add(operating));
            if (total.value().signum() == 0) {
                out.paragraph(new Sentence().add(year + "年度" + dept + "一般公共预算当年未安排基本支出").end());
                return;
            }
            out.paragraph(new Sentence().add(year + "年度" + dept + "一般公共预算当年安排基本支出").add(total)
                    .add("，由人员经费和公用经费构成").end());
            FigureSource p = cell(TableRole.BASIC_BY_ECONOMIC, "合计", "personnel", personnel);
            out.paragraph(covers(new Sentence().add("人员经费").add(p), texts.personnelCovers(), true).end());
            FigureSource o = cell(TableRole.BASIC_BY_ECONOMIC, "合计", "operating", operating);
            out.paragraph(covers(new Sentence().add("公用经费").add(o), texts.operatingCovers(), false).end());
        }

        /**
         * "，主要包括：…": the department's words when given, else the names of the economic
         * classification items that carry money in this part (a fact, not a guess).
         */
        Sentence covers(Sentence s, String words, boolean personnel) {
            if (given(words)) {
                return s.add("，主要包括：").add(ownWords(words));
            }
            List<String> names = new ArrayList<>();
            for (EconomicLine l : facts.basicByEconomic()) {
                BigDecimal v = personnel ? l.personnel() : l.operating();
                if (v != null && v.signum() != 0 && l.deptEconomicName() != null) {
                    names.add(l.deptEconomicName());
                }
            }
            return names.isEmpty() ? s : s.add("，主要包括：").add(String.join("、", names));
        }

        // ---- 七 三公 ----

        void threePublic(SectionText out) {
            ThreePublicFacts t = facts.threePublic() == null ? ThreePublicFacts.none() : facts.threePublic();
            BigDecimal travel = fiscal(t.outboundTravel());
            BigDecimal reception = fiscal(t.reception());
            BigDecimal purchase = fiscal(t.vehiclePurchase());
            BigDecimal operation = fiscal(t.vehicleOperation());
            BigDecimal vehicles = purchase.add(operation);
            FigureSource total = cell(TableRole.THREE_PUBLIC, "合计", "total", travel.add(reception).add(vehicles));
            Sentence s = new Sentence();
            if (total.value().signum() == 0) {
                s.add(year + "年" + dept + "未安排财政拨款“三公”经费预算");
            } else {
                s.add(year + "年" + dept + "财政拨款安排“三公”经费预算").add(total);
            }
            compare(s, "，", total, prior.threePublicTotal(), "threePublicTotal", "“三公”经费",
                    texts.threePublicChangeReason(), "“三公”经费增减变化的主要原因");
            s.end();
            if (total.value().signum() == 0) {
                out.paragraph(s);
                return;
            }
            Sentence parts = new Sentence()
                    .add("其中：因公出国（境）费").add(cell(TableRole.THREE_PUBLIC, "因公出国（境）费", "total", travel))
                    .add("，公务接待费").add(cell(TableRole.THREE_PUBLIC, "公务接待费", "total", reception))
                    .add("，公务用车购置及运行费").add(cell(TableRole.THREE_PUBLIC, "公务用车购置及运行费", "total", vehicles))
                    .add("（购置费").add(cell(TableRole.THREE_PUBLIC, "①公务用车购置费", "total", purchase))
                    .add("，运行维护费").add(cell(TableRole.THREE_PUBLIC, "②公务用车运行维护费", "total", operation))
                    .add("）").end();
            out.paragraph(s, parts);
        }

        // ---- 八 机关运行经费 ----

        void agencyOperating(SectionText out) {
            BigDecimal sum = BigDecimal.ZERO;
            for (AgencyOperatingFacts u : facts.agencyOperating()) {
                sum = sum.add(fiscal(u.amounts()));
            }
            FigureSource total = cell(TableRole.AGENCY_OPERATING, "部门合计", "total", sum);
            Sentence s = new Sentence();
            if (sum.signum() == 0) {
                s.add(year + "年" + dept + "未安排机关运行经费预算");
            } else {
                s.add(year + "年" + dept + "财政拨款安排机关运行经费").add(total);
            }
            compare(s, "，", total, prior.agencyOperatingTotal(), "agencyOperatingTotal", "机关运行经费",
                    texts.agencyOperatingChangeReason(), "机关运行经费增减变化的主要原因");
            out.paragraph(s.end());
        }

        // ---- 九 政府采购 ----

        void procurement(SectionText out) {
            Procurement p = facts.procurement();
            Sentence s = new Sentence().add(year + "年" + dept + "政府采购预算");
            if (p == null || (p.goods() == null && p.works() == null && p.services() == null)) {
                out.paragraph(s.add(placeholder("政府采购预算总额及货物、工程、服务类金额（万元），无则填0")).end());
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
                    parts.add(fact("procurement", fields[i], amounts[i].to(MoneyUnit.WAN).value()));
                }
            }
            if (complete) {
                BigDecimal t = parts.stream().map(FigureSource::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (t.signum() == 0) {
                    out.paragraph(new Sentence().add(year + "年" + dept + "未安排政府采购预算").end());
                    return;
                }
                s.add("总额").add(sumOf("政府采购预算总额（货物+工程+服务）", t, parts));
            } else {
                s.add("总额").add(placeholder("政府采购预算缺项，补齐后自动合计"));
            }
            s.add("，其中：");
            for (int i = 0; i < 3; i++) {
                s.add(i == 0 ? "" : "，").add(labels[i]);
                if (parts.get(i) == null) {
                    s.add(placeholder("政府采购" + labels[i] + "预算（万元）"));
                } else {
                    s.add(parts.get(i));
                }
            }
            out.paragraph(s.end());
        }

        // ---- 十 绩效管理 ----

        void performance(SectionText out) {
            out.subheading(0);
            BigDecimal current = sum(l -> l.period() == Period.CURRENT_YEAR);
            FigureSource budget = cell(TableRole.BUDGET_SUMMARY, "本年收入合计", "incomeAmount", current);
            FigureSource basic = fact("lines", "本年基本支出",
                    sum(l -> l.period() == Period.CURRENT_YEAR && l.kind().isBasic()));
            FigureSource project = fact("lines", "本年项目支出",
                    sum(l -> l.period() == Period.CURRENT_YEAR && !l.kind().isBasic()));
            out.paragraph(new Sentence().add(year + "年纳入" + dept + "整体支出绩效目标管理的本年预算资金").add(budget)
                    .add("，其中：基本支出").add(basic).add("，项目支出").add(project).end());

            out.subheading(1);
            List<ProjectFacts> projects = facts.projects().stream().filter(p -> p.period() == Period.CURRENT_YEAR).toList();
            if (projects.isEmpty()) {
                out.paragraph(new Sentence().add(year + "年" + dept + "未安排本年项目支出").end());
            } else {
                BigDecimal money = projects.stream().map(ProjectFacts::total).reduce(BigDecimal.ZERO, BigDecimal::add);
                FigureSource projectMoney = cell(TableRole.PROJECTS_CURRENT_YEAR, facts.department(), "total", money);
                Sentence s = new Sentence().add(year + "年" + dept + "纳入项目支出绩效目标管理的本年项目")
                        .add(count(projects.size(), "个", "本年项目个数")).add("，涉及金额").add(projectMoney);
                if (projects.stream().allMatch(p -> p.category() != null)) {
                    String sep = "，其中：";
                    for (ProjectCategory c : ProjectCategory.values()) {
                        List<ProjectFacts> of = projects.stream().filter(p -> p.category() == c).toList();
                        if (of.isEmpty()) {
                            continue;
                        }
                        BigDecimal m = of.stream().map(ProjectFacts::total).reduce(BigDecimal.ZERO, BigDecimal::add);
                        s.add(sep + c.label() + "项目").add(count(of.size(), "个", c.label() + "项目个数"))
                                .add("，金额").add(fact("projects", c.label() + "项目金额", m));
                        sep = "；";
                    }
                }
                Sentence published = publishedTargets(projectMoney);
                out.paragraph(s.end(), published);
            }
        }

        /** "随本预算公开项目绩效目标表N个[，涉及项目金额X万元，占本年项目支出金额的Y%]。" */
        Sentence publishedTargets(FigureSource projectMoney) {
            List<PerformanceTarget> targets = facts.performanceTargets();
            if (targets.isEmpty()) {
                return new Sentence().add("本预算未附项目绩效目标表").end();
            }
            Sentence s = new Sentence().add("随本预算公开项目绩效目标表")
                    .add(count(targets.size(), "个", "公开的项目绩效目标表个数"));
            boolean allFunded = targets.stream().allMatch(t -> t.annualFunds() != null && t.annualFunds().total() != null);
            if (allFunded) {
                BigDecimal money = BigDecimal.ZERO;
                for (PerformanceTarget t : targets) {
                    money = money.add(t.annualFunds().total().to(MoneyUnit.WAN).value());
                }
                FigureSource m = fact("performanceTargets", "annualFunds.total（合计，元折万元）", money);
                s.add("，涉及项目金额").add(m);
                if (projectMoney.value().signum() != 0) {
                    s.add("，占本年项目支出金额的").add(share(m, projectMoney, "公开绩效目标的项目金额占本年项目支出"));
                }
            }
            return s.end();
        }

        // ---- 十一 国有资产 ----

        void assets(SectionText out) {
            Assets a = facts.assets();
            String asOf = "截至" + (a != null && a.asOf() != null ? a.asOf() : placeholder("资产数据截止日期")) + "，" + dept;
            out.subheading(0);
            Sentence cars = new Sentence().add(asOf + "公务用车编制");
            countOrPlaceholder(cars, a == null ? null : a.vehicleQuota(), "辆", "vehicleQuota", "公务用车编制数（辆）");
            cars.add("，实有");
            countOrPlaceholder(cars, a == null ? null : a.vehiclesActual(), "辆", "vehiclesActual", "公务用车实有数（辆）");
            if (a != null && !a.vehicles().isEmpty()) {
                String sep = "，其中：";
                for (VehicleCount v : a.vehicles()) {
                    cars.add(sep + v.category()).add(new FigureSource(v.count() + "辆", BigDecimal.valueOf(v.count()), FACTS,
                            "assets.vehicles", v.category()));
                    sep = "，";
                }
            }
            out.paragraph(cars.end());

            out.subheading(1);
            Sentence office = new Sentence().add(asOf + "使用的办公用房建筑总面积");
            if (a == null || a.officeAreaSquareMetres() == null) {
                office.add(placeholder("办公用房建筑总面积（平方米）"));
            } else {
                office.add(new FigureSource(Wording.number(a.officeAreaSquareMetres()) + "平方米", a.officeAreaSquareMetres(),
                        FACTS, "assets", "officeAreaSquareMetres"));
            }
            out.paragraph(office.end());

            out.subheading(2);
            Sentence equipment = new Sentence().add(asOf + "占有使用");
            if (a == null || a.equipment().isEmpty()) {
                equipment.add(placeholder("单位价值50万元、100万元（原值）以上的设备台（套）数"));
            } else {
                String sep = "";
                for (Assets.EquipmentCount e : a.equipment()) {
                    equipment.add(sep + "单位价值" + Wording.number(e.threshold()) + "万元（原值）以上的" + e.kind())
                            .add(new FigureSource(e.count() + "台（套）", BigDecimal.valueOf(e.count()), FACTS,
                                    "assets.equipment", Wording.number(e.threshold()) + "万元以上" + e.kind()));
                    sep = "，";
                }
            }
            out.paragraph(equipment.end());
        }

        void countOrPlaceholder(Sentence s, Integer n, String measure, String field, String what) {
            if (n == null) {
                s.add(placeholder(what));
            } else {
                s.add(new FigureSource(n + measure, BigDecimal.valueOf(n), FACTS, "assets", field));
            }
        }

        // ---- 十二 其他说明 ----

        void other(SectionText out) {
            out.subheading(0);
            out.paragraph(own(texts.purchaseServicesCatalogue(), "政府购买服务指导性目录（没有则填“无”）"));
            out.subheading(1);
            out.paragraph(own(texts.otherNotes(), "其他需要说明的事项（没有则填“无”）"));
        }

        /** A paragraph of the department's own words, as entered, or a placeholder. */
        Sentence own(String words, String what) {
            return new Sentence().add(given(words) ? words.strip() : placeholder(what));
        }
    }
}
