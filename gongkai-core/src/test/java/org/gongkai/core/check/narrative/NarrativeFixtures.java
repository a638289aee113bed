package org.gongkai.core.check.narrative;

import org.gongkai.core.check.Checker;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Severity;

import org.gongkai.core.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.FundsBreakdown;
import org.gongkai.core.model.Metadata;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Overview;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Phase;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.TextBlock;
import org.gongkai.core.model.Amount;

/** Builds damaged copies of a disclosure and small constructed ones for the narrative rules' tests. */
final class NarrativeFixtures {

    private NarrativeFixtures() {
    }

    /** The narrative rules' findings. */
    static List<Finding> run(Disclosure d) {
        return new Checker(NarrativeRules.all()).check(d).findings();
    }

    /** The findings at error or warning. */
    static List<Finding> serious(Disclosure d) {
        return run(d).stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    /** rule | severity | section | line */
    static String key(Finding f) {
        return f.rule() + "|" + f.severity().code() + "|" + f.location().section() + "|" + f.location().line();
    }

    /** A copy whose narrative has the first occurrence of {@code from} replaced by {@code to}. */
    static Disclosure replace(Disclosure d, String from, String to) {
        List<NarrativeSection> sections = new ArrayList<>();
        boolean done = false;
        for (NarrativeSection s : d.narrative().sections()) {
            List<TextBlock> paragraphs = new ArrayList<>();
            for (TextBlock p : s.paragraphs()) {
                if (!done && p.text().contains(from)) {
                    int at = p.text().indexOf(from);
                    paragraphs.add(new TextBlock(p.text().substring(0, at) + to + p.text().substring(at + from.length()), p.line()));
                    done = true;
                } else {
                    paragraphs.add(p);
                }
            }
            sections.add(new NarrativeSection(s.number(), s.heading(), paragraphs, s.line()));
        }
        if (!done) {
            throw new AssertionError("narrative has no “" + from + "”");
        }
        return withNarrative(d, new Narrative(d.narrative().heading(), sections));
    }

    static Disclosure withNarrative(Disclosure d, Narrative n) {
        return new Disclosure(d.metadata(), d.tableOfContents(), d.overview(), d.tables(), n, d.performanceTargets(),
                d.procurement(), d.assets(), d.glossary(), d.readingNotes());
    }

    static Disclosure withProcurement(Disclosure d, Procurement p) {
        return new Disclosure(d.metadata(), d.tableOfContents(), d.overview(), d.tables(), d.narrative(), d.performanceTargets(),
                p, d.assets(), d.glossary(), d.readingNotes());
    }

    static Disclosure withTable(Disclosure d, PrintedTable table) {
        List<PrintedTable> tables = d.tables().stream().map(t -> t.id().equals(table.id()) ? table : t).toList();
        return new Disclosure(d.metadata(), d.tableOfContents(), d.overview(), tables, d.narrative(), d.performanceTargets(),
                d.procurement(), d.assets(), d.glossary(), d.readingNotes());
    }

    /** A disclosure with no tables, only the given narrative sections and performance forms. */
    static Disclosure constructed(List<NarrativeSection> sections, List<PerformanceTarget> forms) {
        Metadata m = new Metadata("2026年度部门预算公开", null, "示例局", null, 2026, Phase.BUDGET, DisclosureKind.DEPARTMENT,
                "shanxi-13", MoneyUnit.WAN, null);
        return new Disclosure(m, List.of(), new Overview(List.of(), List.of()), List.of(),
                new Narrative("第三部分 2026年度部门预算情况说明", sections), forms, null, null, List.of(), List.of());
    }

    /** A section whose paragraphs sit on lines {@code line} + 2, + 4, … */
    static NarrativeSection section(String number, String heading, int line, String... paragraphs) {
        List<TextBlock> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            blocks.add(new TextBlock(paragraphs[i], line + 2 * (i + 1)));
        }
        return new NarrativeSection(number, heading, blocks, line);
    }

    /** A performance form of one project with its 年度资金总额 in 元. */
    static PerformanceTarget form(String project, String annualYuan, int line) {
        FundsBreakdown funds = new FundsBreakdown(Amount.yuan(annualYuan), null, null, null, null, null);
        return new PerformanceTarget("项目支出绩效目标表", project, "001-示例局", "001", "示例局", "经常性项目(长期开展)", "99年",
                funds, funds, null, null, null, null, null, null, null, List.of(), List.of(), List.of(), null, null, null, null,
                List.of(), SourceRef.line(line), SourceRef.line(line + 30));
    }
}
