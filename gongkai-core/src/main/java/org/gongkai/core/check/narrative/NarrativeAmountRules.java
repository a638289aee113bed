package org.gongkai.core.check.narrative;

import static org.gongkai.core.check.narrative.NarrativeFigures.convert;
import static org.gongkai.core.check.narrative.NarrativeFigures.describe;
import static org.gongkai.core.check.narrative.NarrativeChangeRules.otherYear;

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
import java.util.Map;
import org.gongkai.core.check.narrative.NarrativeFigures.Figure;
import org.gongkai.core.facts.FigureKey;
import org.gongkai.core.check.narrative.NarrativePercent.Outcome;
import org.gongkai.core.check.narrative.NarrativeText.Sentence;
import org.gongkai.core.check.narrative.NarrativeText.Token;
import org.gongkai.core.model.MoneyUnit;

/**
 * Narrative rules of the family 情况说明与报表: 金额与占比 (narr.amount, narr.share): the figures and shares the narrative quotes against the tables.
 */
final class NarrativeAmountRules {

    static final Rule AMOUNT = Rule.of("narr.amount", Category.NARRATIVE, Severity.ERROR,
            "情况说明所引金额与报表对应数一致（元与万元换算后）",
            NarrativeAmountRules::amounts);

    static final Rule SHARE = Rule.of("narr.share", Category.NARRATIVE, Severity.ERROR,
            "占比=部分÷总体×100，四舍五入保留两位小数；分母按文中所用总额（收入总计或本年收入、支出总计、一般公共预算当年支出等）",
            NarrativeAmountRules::shares);

    private NarrativeAmountRules() {
    }

    // ---- narr.amount ------------------------------------------------------------------------------

    static void amounts(CheckContext c, Findings out) {
        NarrativeFigures figures = NarrativeFigures.of(c);
        for (Sentence s : NarrativeText.sentences(c)) {
            for (Token t : s.tokens()) {
                if (!t.isLevel() || otherYear(t, c.fiscalYear())) {
                    continue;
                }
                List<Figure> candidates = figures.resolve(t.subject(), s.scope()).stream().filter(f -> !f.emptyTable()).toList();
                if (candidates.isEmpty()) {
                    continue;
                }
                AmountMatch best = AmountMatch.MISMATCH;
                for (Figure f : candidates) {
                    AmountMatch m = compareAmount(t, f);
                    if (m.ordinal() < best.ordinal()) {
                        best = m;
                    }
                }
                if (best == AmountMatch.EQUAL) {
                    continue;
                }
                Figure first = candidates.get(0);
                Map<String, String> evidence = Findings.evidence(Evidence.SUBJECT, t.subject(), Evidence.FOUND, t.raw(),
                        Evidence.EXPECTED, String.join(" / ", candidates.stream().map(NarrativeFigures::describe).toList()));
                Location at = Location.ofNarrative(s.section(), s.text(), s.source());
                if (best == AmountMatch.MISMATCH) {
                    out.report(Severity.ERROR, "情况说明中“" + NarrativeText.shown(t.subject()) + "”为" + t.number() + unitLabel(t) + "，与"
                            + String.join("或", candidates.stream().map(NarrativeFigures::describe).distinct().toList()) + "不符",
                            at, evidence);
                } else {
                    out.report(Severity.INFO, "情况说明中“" + NarrativeText.shown(t.subject()) + "”为" + t.number() + unitLabel(t) + "，"
                            + describe(first) + "，差异在四舍五入尾差以内", at, evidence);
                }
            }
        }
    }

    enum AmountMatch { EQUAL, ROUNDING, MISMATCH }

    /** A narrative amount against a table figure, after converting to the narrative's unit. */
    static AmountMatch compareAmount(Token t, Figure f) {
        BigDecimal v = t.value();
        MoneyUnit nu = t.unit();
        BigDecimal tv = convert(f.value(), f.unit(), nu);
        if (v.compareTo(tv) == 0) {
            return AmountMatch.EQUAL;
        }
        int scale = Math.max(v.scale(), 0);
        int cmp = f.unit().yuanPerUnit().compareTo(nu.yuanPerUnit());
        if (cmp < 0 && tv.setScale(scale, RoundingMode.HALF_UP).compareTo(v) == 0) {
            return AmountMatch.EQUAL;
        }
        if (cmp > 0 && convert(v, nu, f.unit()).setScale(Math.max(f.value().scale(), 2), RoundingMode.HALF_UP)
                .compareTo(f.value()) == 0) {
            return AmountMatch.EQUAL;
        }
        if (scale < tv.scale() && tv.setScale(scale, RoundingMode.HALF_UP).compareTo(v) == 0) {
            return AmountMatch.ROUNDING;
        }
        return Tolerance.compare(tv, v, 1, Math.max(scale, 2)) == Tolerance.Outcome.MISMATCH ? AmountMatch.MISMATCH
                : AmountMatch.ROUNDING;
    }

    static String unitLabel(Token t) {
        return t.unit() == null ? "" : t.unit().label();
    }

    // ---- narr.share -------------------------------------------------------------------------------

    /** A denominator: its value in the part's unit, how to name it, and whether the text states it. */
    record Whole(BigDecimal value, String label, boolean stated) {
    }

    static void shares(CheckContext c, Findings out) {
        NarrativeFigures figures = NarrativeFigures.of(c);
        List<Sentence> sentences = NarrativeText.sentences(c);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<Token> ts = s.tokens();
            for (int k = 1; k < ts.size(); k++) {
                Token share = ts.get(k);
                Token part = ts.get(k - 1);
                if (!share.isShare() || !part.isLevel()) {
                    continue;
                }
                List<Whole> wholes = wholes(s, i > 0 ? sentences.get(i - 1) : null, k - 1, share, part, figures);
                if (wholes.isEmpty()) {
                    out.report(Severity.WARNING, "“" + NarrativeText.shown(part.subject()) + "”占" + share.number() + "%：文中未说明分母，无法核对占比",
                            Location.ofNarrative(s.section(), s.text(), s.source()), Findings.evidence(Evidence.FOUND, share.raw()));
                    continue;
                }
                Outcome best = null;
                NarrativePercent.Result first = null;
                List<String> alternatives = new ArrayList<>();
                for (Whole w : wholes) {
                    NarrativePercent.Result r = NarrativePercent.share(share.value(), part.value(), w.value());
                    if (r == null) {
                        continue;
                    }
                    if (first == null) {
                        first = r;
                    } else if (wholes.stream().limit(wholes.indexOf(w)).noneMatch(o -> o.value().compareTo(w.value()) == 0)) {
                        alternatives.add("若分母为" + w.label() + w.value().toPlainString() + part.unit().label() + "则应为"
                                + r.expected().toPlainString() + "%");
                    }
                    if (best == null || r.outcome().ordinal() < best.ordinal()) {
                        best = r.outcome();
                    }
                }
                if (first == null || best == Outcome.EQUAL) {
                    continue;
                }
                Whole w = wholes.get(0);
                Location at = Location.ofNarrative(s.section(), s.text(), s.source());
                Map<String, String> evidence = Findings.evidence(Evidence.EXPECTED, first.expected().toPlainString() + "%", Evidence.FOUND,
                        share.raw(), Evidence.PART, part.number(), Evidence.WHOLE, w.value().toPlainString(), Evidence.DENOMINATOR, w.label());
                String computation = part.number() + "÷" + w.value().toPlainString() + "×100，分母为" + w.label();
                if (best == Outcome.MISMATCH) {
                    Severity severity = wholes.stream().anyMatch(Whole::stated) ? Severity.ERROR : Severity.WARNING;
                    String more = alternatives.isEmpty() ? "" : "；" + String.join("；", alternatives);
                    out.report(severity, "“" + NarrativeText.shown(part.subject()) + "”占比应为" + first.expected().toPlainString() + "%（" + computation
                            + "），文中为" + share.number() + "%" + more + (severity == Severity.WARNING ? "（文中未说明分母）" : ""),
                            at, evidence);
                } else if (best == Outcome.PRECISION) {
                    out.report(Severity.INFO, "“" + NarrativeText.shown(part.subject()) + "”占比为" + first.expected().toPlainString() + "%（" + computation
                            + "），文中为" + share.number() + "%，应保留两位小数", at, evidence);
                } else {
                    out.report(Severity.INFO, "“" + NarrativeText.shown(part.subject()) + "”占比按" + computation + "为" + first.expected().toPlainString()
                            + "%，文中为" + share.number() + "%，差异在尾差以内", at, evidence);
                }
            }
        }
    }

    /**
     * The denominators a share may use, in order: the one its words name ("占…项目支出总额的"), else
     * the total the sentence opens with ("收入48,966.85万元，主要包括…"), else the totals of the
     * section's subject (not stated: a mismatch is then only a warning).
     */
    static List<Whole> wholes(Sentence s, Sentence previous, int partIndex, Token share, Token part,
            NarrativeFigures figures) {
        String phrase = share.lead();
        phrase = phrase.substring(phrase.indexOf('占') + 1).replaceAll("\\s+", "");
        phrase = phrase.replaceAll("^(?:比重|比例|比)", "").replaceAll("(?:的|比重|比例)?(?:为|是)?$", "");
        if (!phrase.isEmpty()) {
            List<Figure> named = figures.resolve(NarrativeText.subject(phrase, null), s.scope());
            if (!named.isEmpty()) {
                return named.stream().map(f -> new Whole(convert(f.value(), f.unit(), part.unit()), f.label(), true)).toList();
            }
        }
        Token head = head(s.tokens(), partIndex);
        if (head == null && previous != null && s.section().equals(previous.section()) && s.text().strip().startsWith("其中")) {
            head = head(previous.tokens(), previous.tokens().size());
        }
        if (head != null) {
            return List.of(new Whole(convert(head.value(), head.unit(), part.unit()), "文中“" + NarrativeText.shown(head.subject()) + "”", true));
        }
        List<Figure> defaults = switch (s.scope()) {
            case REVENUE -> figures.keys(FigureKey.REVENUE_TOTAL, FigureKey.REVENUE_CURRENT);
            case EXPENDITURE -> figures.keys(FigureKey.EXPENDITURE_TOTAL, FigureKey.EXPENDITURE_CURRENT);
            case OVERVIEW -> figures.keys(FigureKey.REVENUE_TOTAL, FigureKey.REVENUE_CURRENT, FigureKey.EXPENDITURE_CURRENT);
            case GENERAL -> figures.keys(FigureKey.GENERAL_TOTAL);
            case BASIC -> figures.keys(FigureKey.BASIC_TOTAL);
            case FISCAL -> figures.keys(FigureKey.FISCAL_TOTAL);
            case THREE_PUBLIC -> figures.keys(FigureKey.THREE_PUBLIC_TOTAL);
            default -> List.of();
        };
        return defaults.stream().map(f -> new Whole(convert(f.value(), f.unit(), part.unit()), f.label(), false)).toList();
    }

    /** The first plain amount before {@code before} that is not itself followed by a share. */
    static Token head(List<Token> ts, int before) {
        for (int i = 0; i < before && i < ts.size(); i++) {
            Token t = ts.get(i);
            boolean shared = i + 1 < ts.size() && ts.get(i + 1).isShare();
            if (t.isLevel() && !shared) {
                return t;
            }
        }
        return null;
    }

}
