package org.gongkai.core.check;

import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.RuleInfo;
import org.gongkai.core.check.engine.Severity;

import org.gongkai.core.model.SourceRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.gongkai.core.Reference;
import org.junit.jupiter.api.Test;

/** The report formats, on a checker with two toy rules whose findings are known. */
class CheckReportWriterTest {

    private static Rule rule(String id, Severity s, String message, Location where) {
        return new Rule() {
            public RuleInfo info() {
                return new RuleInfo(id, Category.ARITHMETIC, s, "测试规则");
            }

            public void check(CheckContext c, Findings out) {
                out.report(message, where, Findings.evidence(Evidence.EXPECTED, "1.00", Evidence.FOUND, "2.00"));
            }
        };
    }

    private final CheckReport report = new Checker(List.of(
            rule("test.warn", Severity.WARNING, "可能有误", Location.ofNarrative("一、部门预算收支", "句子<b>", SourceRef.line(398))),
            rule("test.err", Severity.ERROR, "合计应为 1.00，实际为 2.00", Location.ofTable("表二", "合计", "合计", SourceRef.line(114)))))
            .check(Reference.disclosure());

    @Test
    void mostSevereFirstAndCounted() {
        assertThat(report.findings()).extracting(Finding::rule).containsExactly("test.err", "test.warn");
        assertThat(report.summary()).isEqualTo(Map.of("error", 1, "warning", 1, "info", 0));
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void json() {
        String json = CheckReportWriter.json(report);
        assertThat(json).contains("\"summary\" : {", "\"error\" : 1", "\"rule\" : \"test.err\"", "\"severity\" : \"error\"",
                "\"table\" : \"表二\"", "\"line\" : 114", "\"expected\" : \"1.00\"", "\"found\" : \"2.00\"", "\"department\" : \"山西转型综合改革示范区建设与公用事业管理部\"");
    }

    @Test
    void htmlEscapesAndGroups() {
        String html = CheckReportWriter.html(report);
        assertThat(html).contains("lang=\"zh-CN\"", "句子&lt;b&gt;", "第二部分 报表（表二）", "错误 1",
                "<th scope=\"row\">应为</th><td>1.00</td>", "<th scope=\"row\">实际</th><td>2.00</td>")
                .doesNotContain("句子<b>", ">expected<", ">found<");
        assertThat(html.indexOf("合计应为")).isLessThan(html.indexOf("可能有误"));
    }

    @Test
    void evidenceOutsideTheVocabularyIsRefused() {
        Findings out = new Findings();
        out.start(new RuleInfo("test.bad", Category.ARITHMETIC, Severity.ERROR, "测试规则"));
        Map<String, String> evidence = Findings.evidence(Evidence.EXPECTED, "1.00");
        evidence.put("bogus", "x");
        assertThatThrownBy(() -> out.report("有误", Location.ofDocument("整体", SourceRef.NONE), evidence))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bogus");
    }

    @Test
    void text() {
        assertThat(CheckReportWriter.text(report)).contains("[错误] test.err  表二 行“合计” 列“合计”（第114行）", "错误 1 项，警告 1 项，提示 0 项");
    }
}
