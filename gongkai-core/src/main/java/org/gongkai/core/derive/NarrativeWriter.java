package org.gongkai.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.model.ChineseNumerals;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.profile.DocumentLayout;
import org.gongkai.core.profile.NarrativeSectionSpec;
import org.gongkai.core.profile.NarrativeTopic;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.facts.StatementTexts;

/**
 * derive: {@link BudgetFacts} → 第三部分 情况说明, section by section as the profile lists them.
 *
 * <p>Every figure is computed from the facts, stated in the unit of the profile's wording
 * ({@link DocumentLayout#narrativeUnit()}), and names the table cell it equals by the table's role
 * and the profile's name for it (the tables are derived from the same facts by
 * {@link TableDeriver}, so text and tables agree by construction). Shares are part ÷ whole × 100,
 * half-up to two decimals, one whole per sentence, named in the sentence. Year-on-year comparisons
 * use {@link BudgetFacts#priorYear()}: an increase or decrease with its rate, "与上年持平", or "新增"
 * (no rate) when last year was zero. When last year is unknown the comparison is left out, unless
 * the profile requires it ({@link DocumentLayout#requirePriorYear()}): then a placeholder asks for
 * last year's figure — except where this year's amount is zero (the "无" cases of 三公,
 * 机关运行经费), which are stated without a comparison.
 *
 * <p>Words a machine cannot know (reasons, duties, other notes) come from
 * {@link BudgetFacts#texts()} as entered; a missing one is a visible placeholder "【待填写：…】",
 * never an invented reason.
 *
 * <p>The topics are written by {@link TotalsText}, {@link GeneralBudgetText} and
 * {@link OtherTopicsText}, with the figures of {@link NarrativeContext}.
 */
public final class NarrativeWriter {

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
        NarrativeContext c = new NarrativeContext(facts, profile, catalogue);
        TotalsText totals = new TotalsText(c);
        GeneralBudgetText generalBudget = new GeneralBudgetText(c);
        OtherTopicsText other = new OtherTopicsText(c);
        List<SentenceSource> sources = new ArrayList<>();
        List<NarrativeSection> sections = new ArrayList<>();
        ExplanationText explanation = new ExplanationText(c);
        int n = 1;
        int year = facts.fiscalYear();
        String kind = facts.kind().label();
        for (NarrativeSectionSpec spec : c.layout.narrativeSections()) {
            if (spec.topic() == NarrativeTopic.PROJECT_STATEMENTS) {
                projectStatements(facts, spec, sections, sources);
                continue;
            }
            boolean numbered = spec.topic() != NarrativeTopic.EXPLANATION;
            String heading = spec.topic() == NarrativeTopic.EXPLANATION ? c.layout.narrativeTitle(year, kind)
                    : spec.heading().replace("{year}", Integer.toString(year)).replace("{kind}", kind);
            SectionText s = new SectionText(spec, numbered ? ChineseNumerals.of(n++) : null, heading, sources);
            StatementTexts.Statement own = numbered ? facts.statements().statement(heading) : null;
            if (own != null) {
                // the department's own statement of a topic, as written (its figures are checked against the tables)
                own.paragraphs().forEach(s::ownParagraph);
                sections.add(s.section());
                continue;
            }
            switch (spec.topic()) {
                case EXPLANATION -> explanation.explanation(s);
                case PROJECT_STATEMENTS -> { }
                case CHANGES -> totals.changes(s);
                case REVENUE -> totals.revenue(s);
                case EXPENDITURE -> totals.expenditure(s);
                case FISCAL_APPROPRIATION -> totals.fiscalAppropriation(s);
                case GENERAL_BUDGET -> generalBudget.generalBudget(s);
                case BASIC -> generalBudget.basic(s);
                case THREE_PUBLIC -> generalBudget.threePublic(s);
                case AGENCY_OPERATING -> generalBudget.agencyOperating(s);
                case PROCUREMENT -> other.procurement(s);
                case PERFORMANCE -> other.performance(s);
                case ASSETS -> other.assets(s);
                case OTHER -> other.other(s);
            }
            sections.add(s.section());
        }
        return new GeneratedNarrative(new Narrative(c.layout.narrativeTitle(year, kind), sections), sources);
    }

    /**
     * 项目经费情况说明: a section per project under its title, each part ("一、项目概述") a line before its
     * paragraphs, as the department wrote them; a placeholder when there are none.
     */
    private static void projectStatements(BudgetFacts facts, NarrativeSectionSpec spec, List<NarrativeSection> sections,
            List<SentenceSource> sources) {
        List<StatementTexts.ProjectStatement> projects = facts.statements().projectStatements();
        if (projects.isEmpty()) {
            SectionText s = new SectionText(spec, null, spec.heading(), sources);
            s.ownParagraph(Wording.placeholder("项目经费情况说明（项目概述、立项依据、实施主体、实施方案、实施周期、年度预算安排、绩效目标）"));
            sections.add(s.section());
            return;
        }
        for (StatementTexts.ProjectStatement p : projects) {
            SectionText s = new SectionText(spec, null, p.title() == null ? spec.heading() : p.title(), sources);
            int i = 1;
            for (StatementTexts.Statement part : p.parts()) {
                s.ownParagraph(ChineseNumerals.of(i++) + "、" + part.heading());
                part.paragraphs().forEach(s::ownParagraph);
            }
            sections.add(s.section());
        }
    }
}
