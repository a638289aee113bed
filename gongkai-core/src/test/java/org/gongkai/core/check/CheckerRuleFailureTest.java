package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.model.SourceRef;
import org.junit.jupiter.api.Test;

/** A rule that throws is never dropped silently: the report names it and says why it is incomplete. */
class CheckerRuleFailureTest {

    private static final Rule BROKEN = Rule.of("test.broken", Category.COMPLETENESS, Severity.ERROR, "总是失败的规则",
            (c, out) -> {
                out.report("失败前的发现", Location.ofDocument("封面", SourceRef.NONE), java.util.Map.of());
                throw new NumberFormatException("For input string: \"99999999999\"");
            });

    private static final Rule AFTER = Rule.of("test.after", Category.COMPLETENESS, Severity.INFO, "之后的规则",
            (c, out) -> out.report("之后的规则照常运行", Location.ofDocument("封面", SourceRef.NONE), java.util.Map.of()));

    private static final Rule DEEP = Rule.of("test.deep", Category.COMPLETENESS, Severity.ERROR, "无限递归的规则",
            (c, out) -> recurse(1));

    private static int recurse(int n) {
        return recurse(n + 1) + 1;
    }

    @Test
    void aRuleThatThrowsIsReportedByIdWithWhatWentWrong() {
        CheckReport report = new Checker(List.of(BROKEN, AFTER)).check(Reference.disclosure());
        assertThat(report.failedRules()).containsExactly("test.broken");
        List<Finding> mine = report.findings().stream().filter(f -> f.rule().equals("test.broken")).toList();
        assertThat(mine).extracting(Finding::message)
                .contains("失败前的发现")
                .anySatisfy(m -> assertThat(m).contains("规则 test.broken 运行失败").contains("总是失败的规则"));
        Finding failure = mine.stream().filter(f -> f.evidence().containsKey("failure")).findFirst().orElseThrow();
        assertThat(failure.severity()).isEqualTo(Severity.WARNING);
        assertThat(failure.evidence().get("failure")).isEqualTo("NumberFormatException：For input string: \"99999999999\"");
        // the rules after it still ran
        assertThat(report.findings()).anyMatch(f -> f.rule().equals("test.after"));
        assertThat(CheckReportWriter.text(report)).contains("test.broken").contains("运行失败");
        assertThat(CheckReportWriter.json(report)).contains("\"failure\"");
    }

    @Test
    void aStackOverflowInARuleIsAFailureOfThatRule() {
        CheckReport report = new Checker(List.of(DEEP)).check(Reference.disclosure());
        assertThat(report.failedRules()).containsExactly("test.deep");
        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.evidence().get("failure")).startsWith("StackOverflowError"));
    }
}
