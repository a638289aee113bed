package org.gongkai.core.check.completeness;

import org.gongkai.core.check.TableEdits;
import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.check.TableEdits.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.gongkai.core.Reference;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TextBlock;
import org.gongkai.core.model.TocEntry;
import org.junit.jupiter.api.Test;

/**
 * 完整性与目录 on the reference and on damaged copies of it. Titles and lines typed by hand from
 * samples/shanxi-zonggai-jianguanbu-2026.txt.
 */
class CompletenessRulesTest {

    private static final List<Rule> RULES = CompletenessRules.all();
    private final Disclosure reference = Reference.disclosure();

    private static Finding only(List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    @Test
    void ruleIdsAndFamily() {
        assertThat(RULES).extracting(r -> r.info().id()).containsExactly("complete.tables", "complete.toc", "complete.content",
                "complete.year");
        assertThat(RULES).allSatisfy(r -> assertThat(r.info().category()).isEqualTo(Category.COMPLETENESS));
    }

    @Test
    void theReferenceIsCompleteAndItsContentsAgree() {
        // 13 tables in order; 目录 lines 10–43 list 第一至第四部分, 表一至表十三 with the printed titles, 一至十二 of
        // 第三部分 and （一）（二） of 十二; 职责 (line 49), 机构设置 (line 53), 三公 (七), 机关运行经费 (八),
        // 政府采购 (九, 货物/工程/服务), 名词解释 (lines 1961–1985).
        assertThat(check(reference, RULES)).isEmpty();
    }

    @Test
    void missingTable() {
        Disclosure d = TableEdits.without(reference, "T12");
        assertThat(check(d, RULES)).extracting(TableEdits::where).containsExactlyInAnyOrder(
                "complete.tables|error|表十二|null|null|0",
                "complete.toc|error|null|null|null|25");
        Finding f = check(d, RULES).stream().filter(x -> x.rule().equals("complete.tables")).findFirst().orElseThrow();
        assertThat(f.message()).isEqualTo("缺少表十二“2026年项目支出预算表（本年预算）”；没有数据的表也应列出并注明“本表无数据”");
    }

    @Test
    void tablesOutOfOrder() {
        List<PrintedTable> tables = new ArrayList<>(reference.tables());
        PrintedTable t5 = tables.remove(4);
        tables.add(5, t5);
        Finding f = only(check(TableEdits.withTables(reference, tables), RULES));
        assertThat(TableEdits.where(f)).isEqualTo("complete.tables|warning|表五|null|null|209");
        assertThat(f.message()).isEqualTo("表五排在表六之后，与模板顺序（表一至表十三）不符");
    }

    @Test
    void runningLabelWithTheWrongNumber() {
        // line 273: 部门公开表9 printed 部门公开表8
        Disclosure d = TableEdits.table(reference, "T9", t -> new PrintedTable(t.id(), t.role(), t.name(), "部门公开表8", t.title(), t.department(),
                t.unit(), t.headerRows(), t.columns(), t.rows(), t.notes(), t.source()));
        Finding f = only(check(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("complete.tables|warning|表九|null|null|275");
    }

    @Test
    void contentsTitleDiffersFromTheTable() {
        // 目录 line 18: 表五's title shortened
        Disclosure d = toc(e -> e.line() == 18 ? new TocEntry(2, "表五2026年一般公共预算支出表", 9, 18) : e);
        Finding f = only(check(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("complete.toc|warning|null|null|null|18");
        assertThat(f.message())
                .isEqualTo("目录中表五的标题“2026年一般公共预算支出表”与正文表题“2026年一般公共预算支出预算表（不含上年结转）”不一致");
    }

    @Test
    void contentsNumberingTablesWithArabicDigits() {
        // 目录 lines 14–26 written "表1 2026年预算收支总表" … "表13 2026年项目支出预算表（上年结转）"
        String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三"};
        Disclosure d = toc(e -> {
            for (int i = numerals.length - 1; i >= 0; i--) {
                if (e.title().startsWith("表" + numerals[i] + "2026")) {
                    return new TocEntry(e.level(), "表" + (i + 1) + " " + e.title().substring(1 + numerals[i].length()), e.page(),
                            e.line());
                }
            }
            return e;
        });
        assertThat(d.tableOfContents().get(4).title()).isEqualTo("表1 2026年预算收支总表");
        assertThat(check(d, RULES)).isEmpty();
    }

    @Test
    void contentsWithoutATable() {
        // 目录 line 21 (表八) removed
        Disclosure d = toc(e -> e.line() == 21 ? null : e);
        Finding f = only(check(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("complete.toc|error|表八|null|null|262");
        assertThat(f.message()).isEqualTo("目录未列出表八“2026年政府性基金预算支出表（不含上年结转）”");
    }

    @Test
    void contentsWithoutAPart() {
        // 目录 line 43 (第四部分 名词解释) removed
        Finding f = only(check(toc(e -> e.line() == 43 ? null : e), RULES));
        assertThat(TableEdits.where(f)).isEqualTo("complete.toc|error|null|null|null|0");
        assertThat(f.message()).isEqualTo("目录缺少“第四部分”");
    }

    @Test
    void contentsPageGoesBack() {
        // 目录 line 25: 表十二 on page 15 printed as page 5 (表十一 is on page 14)
        Disclosure d = toc(e -> e.line() == 25 ? new TocEntry(e.level(), e.title(), 5, e.line()) : e);
        Finding f = only(check(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("complete.toc|warning|null|null|null|25");
    }

    @Test
    void contentsWithoutANarrativeSection() {
        // 目录 line 37 (九、政府采购情况) removed; the section is at line 447
        Finding f = only(check(toc(e -> e.line() == 37 ? null : e), RULES));
        assertThat(f.rule()).isEqualTo("complete.toc");
        assertThat(f.location().line()).isEqualTo(447);
        assertThat(f.message()).isEqualTo("目录未列出情况说明“九、政府采购情况”");
    }

    @Test
    void contentsSubEntryNotInTheText() {
        // 目录 line 42: （二）其他 printed （二）其他事项; the text (line 1955) says （二）其他
        Disclosure d = toc(e -> e.line() == 42 ? new TocEntry(3, "（二）其他事项", 65, 42) : e);
        Finding f = only(check(d, RULES));
        assertThat(TableEdits.where(f)).isEqualTo("complete.toc|warning|null|null|null|42");
    }

    @Test
    void missingAgencyOperatingSection() {
        // 八、机关运行经费增减变动原因说明 (line 443) removed from the narrative
        Disclosure d = narrative(sections -> sections.stream().filter(s -> !s.number().equals("八")).toList());
        assertThat(check(d, RULES)).extracting(TableEdits::where).containsExactlyInAnyOrder(
                "complete.toc|error|null|null|null|35",
                "complete.content|error|null|null|null|0");
        Finding f = check(d, RULES).stream().filter(x -> x.rule().equals("complete.content")).findFirst().orElseThrow();
        assertThat(f.message()).isEqualTo("第三部分情况说明缺少机关运行经费情况的说明（未找到标题含“机关运行”的一节）");
    }

    @Test
    void procurementWithoutWorks() {
        // line 449 without the 工程 clause
        Disclosure d = narrative(sections -> sections.stream().map(s -> !s.number().equals("九") ? s
                : new NarrativeSection(s.number(), s.heading(),
                        List.of(new TextBlock("政府采购预算总额4,100.76万元。其中：政府采购货物预算154.40万元、政府采购服务预算3,946.36万元。", 449)),
                        s.line())).toList());
        Finding f = only(check(d, RULES));
        assertThat(f.rule()).isEqualTo("complete.content");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).isEqualTo("政府采购情况未分别说明工程类采购预算");
    }

    @Test
    void missingGlossary() {
        Disclosure r = reference;
        Disclosure d = new Disclosure(r.metadata(), r.tableOfContents(), r.overview(), r.tables(), r.narrative(),
                r.performanceTargets(), r.procurement(), r.assets(), List.of(), r.readingNotes());
        assertThat(check(d, RULES)).extracting(TableEdits::where).containsExactlyInAnyOrder(
                "complete.toc|error|null|null|null|43",
                "complete.content|error|null|null|null|0");
    }

    private Disclosure toc(UnaryOperator<TocEntry> edit) {
        List<TocEntry> entries = new ArrayList<>();
        for (TocEntry e : reference.tableOfContents()) {
            TocEntry x = edit.apply(e);
            if (x != null) {
                entries.add(x);
            }
        }
        return TableEdits.withToc(reference, entries);
    }

    private Disclosure narrative(UnaryOperator<List<NarrativeSection>> edit) {
        Disclosure r = reference;
        Narrative n = new Narrative(r.narrative().heading(), edit.apply(r.narrative().sections()));
        return new Disclosure(r.metadata(), r.tableOfContents(), r.overview(), r.tables(), n, r.performanceTargets(),
                r.procurement(), r.assets(), r.glossary(), r.readingNotes());
    }
}
