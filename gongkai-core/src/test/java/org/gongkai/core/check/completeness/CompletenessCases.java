package org.gongkai.core.check.completeness;

import static org.gongkai.core.check.CaseDocuments.reference;

import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.check.RuleCase;
import org.gongkai.core.ingest.TextDisclosureReader;
import org.gongkai.core.profile.ProfileSource;
import org.gongkai.core.check.TableEdits;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Narrative;

/**
 * 完整性与目录: one table, contents line or section taken out of the reference per rule; the
 * reference passes. Titles and lines typed by hand from samples/shanxi-zonggai-jianguanbu-2026.txt.
 */
public final class CompletenessCases {

    private CompletenessCases() {
    }

    public static List<RuleCase> all() {
        return List.of(
                // 表十二 (目录 line 25: 表十二2026年项目支出预算表（本年预算）) taken out
                RuleCase.of("complete.tables", "缺少表十二",
                        () -> TableEdits.without(reference(), "T12"), () -> reference(),
                        "缺少表十二“2026年项目支出预算表（本年预算）”"),
                // 目录 line 21 (表八2026年政府性基金预算支出表（不含上年结转）) taken out
                RuleCase.of("complete.toc", "目录未列出表八",
                        () -> TableEdits.withToc(reference(),
                                reference().tableOfContents().stream().filter(e -> e.line() != 21).toList()),
                        () -> reference(),
                        "目录未列出表八“2026年政府性基金预算支出表（不含上年结转）”"),
                // 八、机关运行经费增减变动原因说明 (line 443) taken out of 第三部分
                RuleCase.of("complete.content", "情况说明缺少机关运行经费一节",
                        () -> withoutSection("八"), () -> reference(),
                        "第三部分情况说明缺少机关运行经费情况的说明"),
                // line 6 of the reference, the cover title "2026年度部门预算公开", typed as 2023
                RuleCase.of("complete.year", "封面年度误为2023年",
                        () -> withLine(6, "2026年度部门预算公开", "2023年度部门预算公开"), () -> reference(),
                        "封面标题“2023年度部门预算公开”印的是2023年", "文件的预算年度为2026年"),
                // line 106 of the reference, the title of 表二 "2026年预算收入总表", typed as 2006
                RuleCase.of("complete.year", "表二表题年度误为2006年",
                        () -> withLine(106, "2026年预算收入总表", "2006年预算收入总表"), () -> reference(),
                        "表二的表题“2006年预算收入总表”印的是2006年", "文件的预算年度为2026年"));
    }

    /** The reference as read with line {@code number} (1-based), which must print {@code printed}, replaced by {@code typed}. */
    static Disclosure withLine(int number, String printed, String typed) {
        try {
            List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(Reference.file()));
            if (!lines.get(number - 1).equals(printed)) {
                throw new IllegalStateException("line " + number + " of the reference is “" + lines.get(number - 1) + "”");
            }
            lines.set(number - 1, typed);
            return new TextDisclosureReader(ProfileSource.shipped().profile(ProfileSource.DEFAULT_ID))
                    .parse(Reference.file().getFileName().toString(), lines);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Disclosure withoutSection(String number) {
        Disclosure r = reference();
        Narrative n = new Narrative(r.narrative().heading(),
                r.narrative().sections().stream().filter(s -> !s.number().equals(number)).toList());
        return new Disclosure(r.metadata(), r.tableOfContents(), r.overview(), r.tables(), n, r.performanceTargets(),
                r.procurement(), r.assets(), r.glossary(), r.readingNotes());
    }
}
