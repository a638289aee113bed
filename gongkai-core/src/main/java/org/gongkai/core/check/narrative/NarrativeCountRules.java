package org.gongkai.core.check.narrative;

import static org.gongkai.core.check.narrative.NarrativeFigures.convert;

import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.check.engine.Tolerance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.check.narrative.NarrativeFigures.Figure;
import org.gongkai.core.facts.FigureKey;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.check.narrative.NarrativePercent.Outcome;
import org.gongkai.core.check.narrative.NarrativeText.Scope;
import org.gongkai.core.check.narrative.NarrativeText.Sentence;
import org.gongkai.core.check.narrative.NarrativeText.Token;
import org.gongkai.core.facts.ProjectCategory;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.TextBlock;

/**
 * Narrative rules of the family 情况说明与报表: 项目个数与政府采购 (narr.count, narr.procurement-sum): counts and sums of projects, and the 政府采购 total.
 */
final class NarrativeCountRules {

    static final Rule COUNT = Rule.of("narr.count", Category.NARRATIVE, Severity.ERROR,
            "项目个数与金额与项目支出表、绩效目标表一致，分类项目的个数与金额之和等于总数",
            NarrativeCountRules::counts);

    static final Rule PROCUREMENT_SUM = Rule.of("narr.procurement-sum", Category.NARRATIVE, Severity.ERROR,
            "政府采购预算总额=货物+工程+服务",
            NarrativeCountRules::procurementSum);

    private NarrativeCountRules() {
    }

    // ---- narr.count -------------------------------------------------------------------------------

    enum GroupKind { ALL, TARGETS, CATEGORY }

    /** "二级项目44个，共计金额48,783.56万元" and the like. */
    record Group(Sentence sentence, GroupKind kind, Token count, Token amount) {

        Location location() {
            return Location.ofNarrative(sentence.section(), sentence.text(), sentence.source());
        }
    }

    static void counts(CheckContext c, Findings out) {
        NarrativeFigures figures = NarrativeFigures.of(c);
        List<Group> groups = new ArrayList<>();
        for (Sentence s : NarrativeText.sentences(c)) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                if (t.kind() != NarrativeText.Kind.COUNT || !t.subject().contains("项目")
                        || s.scope() != Scope.PERFORMANCE && !t.subject().contains("二级项目")) {
                    continue;
                }
                Token amount = null;
                if (i + 1 < ts.size() && ts.get(i + 1).isLevel() && s.clauseStart(ts.get(i + 1).start()) == s.clauseStart(t.start())) {
                    amount = ts.get(i + 1);
                }
                GroupKind kind = t.subject().matches(".*绩效目标表?$") ? GroupKind.TARGETS
                        : t.subject().matches(".*类项目$|.*类$") ? GroupKind.CATEGORY : GroupKind.ALL;
                groups.add(new Group(s, kind, t, amount));
            }
        }
        Group parent = null;
        List<Group> children = new ArrayList<>();
        for (Group g : groups) {
            if (g.kind() == GroupKind.CATEGORY) {
                if (parent != null && parent.sentence().paragraph() == g.sentence().paragraph()
                        && parent.sentence().section().equals(g.sentence().section())) {
                    children.add(g);
                }
                continue;
            }
            categorySums(out, parent, children);
            children = new ArrayList<>();
            parent = g;
            if (g.kind() == GroupKind.ALL) {
                projectTotals(c, out, figures, g);
            } else {
                targetTotals(c, out, g);
            }
        }
        categorySums(out, parent, children);
        categoriesAgainstFacts(c, out, groups);
    }

    static void projectTotals(CheckContext c, Findings out, NarrativeFigures figures, Group g) {
        Optional<Figure> current = figures.get(FigureKey.PROJECTS_CURRENT);
        if (current.isEmpty() && c.table(TableRole.PROJECTS_CURRENT_YEAR).isEmpty()) {
            return;
        }
        int n12 = figures.currentProjectCount();
        int n13 = figures.carryoverProjectCount();
        BigDecimal s12 = current.map(Figure::value).orElse(BigDecimal.ZERO);
        BigDecimal s13 = figures.get(FigureKey.PROJECTS_CARRYOVER).map(Figure::value).orElse(BigDecimal.ZERO);
        int stated = g.count().value().intValue();
        int expectedCount = n12;
        BigDecimal expectedSum = s12;
        String label = c.tableName(TableRole.PROJECTS_CURRENT_YEAR) + "项目";
        if (stated != n12 && n13 > 0 && stated == n12 + n13) {
            expectedCount = n12 + n13;
            expectedSum = s12.add(s13);
            label = c.tableName(TableRole.PROJECTS_CURRENT_YEAR) + "与" + c.tableName(TableRole.PROJECTS_CARRYOVER) + "项目";
        }
        if (stated != expectedCount) {
            out.report("文中称项目" + stated + "个，" + label + "共" + expectedCount + "个", g.location(),
                    Findings.evidence(Evidence.EXPECTED, String.valueOf(expectedCount), Evidence.FOUND, g.count().raw()));
        }
        if (g.amount() != null) {
            compareSum(out, g, expectedSum, expectedCount, label + "金额合计");
        }
    }

    static void targetTotals(CheckContext c, Findings out, Group g) {
        List<PerformanceTarget> forms = c.disclosure().performanceTargets();
        if (forms.isEmpty()) {
            out.report(Severity.INFO, "未读取到项目绩效目标表，文中“" + NarrativeText.shown(g.count().subject()) + g.count().raw() + "”未能核对", g.location(),
                    Findings.evidence(Evidence.FOUND, g.count().raw()));
            return;
        }
        int stated = g.count().value().intValue();
        if (stated != forms.size()) {
            out.report("文中称公开项目绩效目标" + stated + "个，实际附绩效目标表" + forms.size() + "张", g.location(),
                    Findings.evidence(Evidence.EXPECTED, String.valueOf(forms.size()), Evidence.FOUND, g.count().raw()));
        }
        BigDecimal yuan = BigDecimal.ZERO;
        for (PerformanceTarget f : forms) {
            if (f.annualFunds() == null || f.annualFunds().total() == null) {
                return;
            }
            yuan = yuan.add(f.annualFunds().total().to(MoneyUnit.YUAN).value());
        }
        if (g.amount() != null) {
            BigDecimal wan = new Amount(yuan, MoneyUnit.YUAN).to(MoneyUnit.WAN).value();
            compareSum(out, g, wan, 1, "绩效目标表年度资金合计");
        }
    }

    static void compareSum(Findings out, Group g, BigDecimal expected, int terms, String label) {
        BigDecimal found = convert(g.amount().value(), g.amount().unit(), MoneyUnit.WAN);
        Tolerance.Outcome o = Tolerance.compare(expected, found, terms);
        if (o == Tolerance.Outcome.EQUAL) {
            return;
        }
        String expectedText = expected.setScale(2, RoundingMode.HALF_UP).toPlainString();
        out.report(o == Tolerance.Outcome.MISMATCH ? Severity.ERROR : Severity.INFO,
                "文中“" + NarrativeText.shown(g.count().subject()) + g.count().raw() + "”金额为" + g.amount().number() + g.amount().unit().label() + "，" + label
                        + "为" + expectedText + "万元" + (o == Tolerance.Outcome.ROUNDING ? "，差异在尾差以内" : ""),
                g.location(), Findings.evidence(Evidence.EXPECTED, expectedText, Evidence.FOUND, g.amount().raw()));
    }

    /** Category groups ("其中：其他运转类项目33个…") add up to the group before them. */
    static void categorySums(Findings out, Group parent, List<Group> children) {
        if (parent == null || children.isEmpty()) {
            return;
        }
        int count = 0;
        BigDecimal sum = BigDecimal.ZERO;
        boolean amounts = parent.amount() != null;
        for (Group g : children) {
            count += g.count().value().intValue();
            if (g.amount() == null) {
                amounts = false;
            } else {
                sum = sum.add(convert(g.amount().value(), g.amount().unit(), MoneyUnit.WAN));
            }
        }
        Group last = children.get(children.size() - 1);
        String names = String.join("、", children.stream().map(g -> NarrativeText.shown(g.count().subject())).toList());
        int stated = parent.count().value().intValue();
        if (count != stated) {
            out.report(names + "个数之和为" + count + "个，与总数" + stated + "个不符", last.location(),
                    Findings.evidence(Evidence.EXPECTED, String.valueOf(stated), Evidence.FOUND, String.valueOf(count)));
        }
        if (amounts) {
            BigDecimal total = convert(parent.amount().value(), parent.amount().unit(), MoneyUnit.WAN);
            Tolerance.Outcome o = Tolerance.compare(total, sum, children.size());
            if (o != Tolerance.Outcome.EQUAL) {
                out.report(o == Tolerance.Outcome.MISMATCH ? Severity.ERROR : Severity.INFO,
                        names + "金额之和为" + sum.toPlainString() + "万元，与总额" + total.toPlainString() + "万元"
                                + (o == Tolerance.Outcome.MISMATCH ? "不符" : "相差在尾差以内"),
                        last.location(), Findings.evidence(Evidence.EXPECTED, total.toPlainString(), Evidence.FOUND, sum.toPlainString()));
            }
        }
    }

    /** When the facts know every project's category, each category group must match them. */
    static void categoriesAgainstFacts(CheckContext c, Findings out, List<Group> groups) {
        List<ProjectFacts> current = c.facts().projects().stream().filter(p -> p.fundYear() == FundYear.CURRENT_YEAR).toList();
        if (current.isEmpty() || current.stream().anyMatch(p -> p.category() == null)) {
            return;
        }
        for (Group g : groups) {
            if (g.kind() != GroupKind.CATEGORY) {
                continue;
            }
            for (ProjectCategory category : ProjectCategory.values()) {
                if (!g.count().subject().contains(category.label())) {
                    continue;
                }
                List<ProjectFacts> of = current.stream().filter(p -> p.category() == category).toList();
                BigDecimal sum = of.stream().map(p -> p.total().to(MoneyUnit.WAN).value()).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (g.count().value().intValue() != of.size()) {
                    out.report("文中" + category.label() + "项目" + g.count().raw() + "，项目表中为" + of.size() + "个", g.location(),
                            Findings.evidence(Evidence.EXPECTED, String.valueOf(of.size()), Evidence.FOUND, g.count().raw()));
                }
                if (g.amount() != null) {
                    compareSum(out, g, sum, of.size(), category.label() + "项目金额合计");
                }
            }
        }
    }

    // ---- narr.procurement-sum ---------------------------------------------------------------------

    static void procurementSum(CheckContext c, Findings out) {
        Procurement p = c.disclosure().procurement();
        if (p == null || p.total() == null || p.goods() == null || p.works() == null || p.services() == null) {
            return;
        }
        Amount sum = p.goods().plus(p.works()).plus(p.services());
        BigDecimal total = p.total().to(sum.unit()).value();
        Tolerance.Outcome o = Tolerance.compare(total, sum.value(), 3);
        if (o == Tolerance.Outcome.EQUAL) {
            return;
        }
        String section = "政府采购";
        String text = null;
        if (c.disclosure().narrative() != null) {
            for (NarrativeSection s : c.disclosure().narrative().sections()) {
                for (TextBlock b : s.paragraphs()) {
                    if (b.line() == p.line()) {
                        section = NarrativeText.label(s);
                        text = b.text();
                    }
                }
            }
        }
        String unit = sum.unit().label();
        out.report(o == Tolerance.Outcome.MISMATCH ? Severity.ERROR : Severity.INFO,
                "政府采购预算总额" + total.toPlainString() + unit + "，货物" + p.goods().value().toPlainString() + "+工程"
                        + p.works().value().toPlainString() + "+服务" + p.services().value().toPlainString() + "=" + sum.value().toPlainString()
                        + unit + (o == Tolerance.Outcome.MISMATCH ? "，两者不符" : "，差异在尾差以内"),
                Location.ofNarrative(section, text, p.source()),
                Findings.evidence(Evidence.EXPECTED, sum.value().toPlainString(), Evidence.FOUND, total.toPlainString()));
    }

}
