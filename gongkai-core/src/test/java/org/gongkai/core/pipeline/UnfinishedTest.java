package org.gongkai.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.DisclosureTexts;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.testing.RandomFacts;
import org.junit.jupiter.api.Test;

/** What is left before a document may be published: placeholders with their place, and the errors. */
class UnfinishedTest {

    private final Pipeline pipeline = Pipeline.standard();

    @Test
    void consistentFactsWithEveryWordGivenLeaveNothing() {
        BudgetFacts facts = new RandomFacts(20261207L).next();
        Unfinished left = pipeline.unfinished(pipeline.build(facts).disclosure());
        assertThat(left.isEmpty()).isTrue();
        assertThat(left.summary()).isEmpty();
    }

    @Test
    void missingDutiesAreAPlaceholderInTheOverview() {
        BudgetFacts f = new RandomFacts(20261207L).next();
        DisclosureTexts t = f.texts();
        DisclosureTexts withoutDuties = new DisclosureTexts(List.of(), t.organization(), t.revenueChangeReason(),
                t.expenditureChangeReason(), t.generalBudgetChangeReason(), t.personnelCovers(), t.operatingCovers(),
                t.threePublicChangeReason(), t.agencyOperatingChangeReason(), t.purchaseServicesCatalogue(),
                t.otherNotes(), t.glossary());
        BudgetFacts facts = new BudgetFacts(f.department(), f.unitCode(), f.region(), f.fiscalYear(), f.profile(),
                f.units(), f.lines(), f.carryforward(), f.basicByEconomic(), f.projects(), f.threePublic(),
                f.agencyOperating(), f.procurement(), f.assets(), f.priorYear(), f.performanceTargets(), withoutDuties,
                f.fundRevenue());
        Unfinished left = pipeline.unfinished(pipeline.build(facts).disclosure());
        assertThat(left.placeholders()).containsExactly(new Unfinished.Placeholder("【待填写：本部门职责】", "概况“本部门职责”"));
        assertThat(left.isEmpty()).isFalse();
        assertThat(left.summary()).startsWith("草稿：1处【待填写】（概况“本部门职责”：【待填写：本部门职责】）");
    }

    @Test
    void theReferenceLeavesTheReasonForItsIncreaseAndItsNameMismatches() {
        // the reference states a 86.72% increase of 一般公共预算当年支出 without a reason, and names
        // 临时人员工资 in its performance form but 临聘人员工资 in 表十二
        Disclosure d = pipeline.publish(pipeline.load(Reference.file())).disclosure();
        Unfinished left = pipeline.unfinished(d);
        assertThat(left.placeholders()).extracting(Unfinished.Placeholder::text)
                .contains("【待填写：一般公共预算当年支出增减变化的主要原因】");
        assertThat(left.placeholders()).extracting(Unfinished.Placeholder::where)
                .allMatch(w -> w.startsWith("情况说明“五、一般公共预算支出情况说明”"));
        assertThat(left.errors()).anyMatch(f -> f.message().contains("临聘人员工资"));
        assertThat(left.summary()).startsWith("草稿：").contains("【待填写：一般公共预算当年支出增减变化的主要原因】",
                "项错误（", "绩效目标表");
    }
}
