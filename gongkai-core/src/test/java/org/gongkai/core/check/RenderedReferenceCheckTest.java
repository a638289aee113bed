package org.gongkai.core.check;

import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * The reference, re-published by Gongkai from its own facts: the tables and the narrative raise no
 * error. What remains is what the department must still supply — the reason it did not give
 * (shown as a placeholder) — and the mistakes in its own performance forms, which are carried
 * through as entered.
 */
class RenderedReferenceCheckTest {

    @Test
    void onlyTheDepartmentsOwnGapsRemain() {
        BudgetFacts facts = Pipeline.standard().infer(Reference.disclosure());
        Disclosure rendered = Pipeline.standard().build(facts).disclosure();
        List<Finding> errors = Checker.standard().check(rendered).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        List<Finding> notForms = errors.stream().filter(f -> !f.rule().startsWith("perf.")).toList();
        assertThat(notForms).extracting(Finding::rule).containsExactly("narr.template-leftover");
        assertThat(notForms.get(0).location().section()).startsWith("五");
        assertThat(notForms.get(0).location().text()).contains("【待填写：一般公共预算当年支出增减变化的主要原因】");
        // the published narrative's wrong shares (上年结转 "占0%", 项目 "99.9%") and its count of
        // published targets (44 for 43 forms) are gone
        assertThat(errors).noneMatch(f -> f.rule().equals("narr.share") || f.rule().equals("narr.count"));
    }
}
