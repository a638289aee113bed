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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.check.narrative.NarrativePercent.Outcome;
import org.gongkai.core.check.narrative.NarrativeText.Direction;
import org.gongkai.core.check.narrative.NarrativeText.Scope;
import org.gongkai.core.check.narrative.NarrativeText.Sentence;
import org.gongkai.core.check.narrative.NarrativeText.Token;
import org.gongkai.core.model.MoneyUnit;

/**
 * Narrative rules of the family 情况说明与报表: 上年对比 (narr.yoy-rate, narr.yoy-direction, narr.new-item, narr.reason-missing): year-on-year changes, their rates, words and reasons.
 */
final class NarrativeChangeRules {

    static final Rule YOY_RATE = Rule.of("narr.yoy-rate", Category.NARRATIVE, Severity.ERROR,
            "增减率=增减额÷上年数×100（上年数=本年数∓增减额），增减额与文中上年数一致",
            NarrativeChangeRules::yoyRates);

    static final Rule YOY_DIRECTION = Rule.of("narr.yoy-direction", Category.NARRATIVE, Severity.ERROR,
            "增加/增长须增减额为正，减少/下降须为负，持平须为零；增减额与增减率用词一致",
            NarrativeChangeRules::yoyDirections);

    static final Rule NEW_ITEM = Rule.of("narr.new-item", Category.NARRATIVE, Severity.ERROR,
            "上年为零的应表述为“新增”，不得给出增长率",
            NarrativeChangeRules::newItems);

    static final Rule REASON_MISSING = Rule.of("narr.reason-missing", Category.NARRATIVE, Severity.WARNING,
            "每项增减变化须说明原因（“主要原因是……”）",
            NarrativeChangeRules::reasons);

    private NarrativeChangeRules() {
    }

    // ---- year-on-year -----------------------------------------------------------------------------

    /**
     * A statement of change: its amount of change and rate (either may be absent), this year's figure
     * it applies to, last year's figure when the text states it, or "持平".
     */
    record Change(Sentence sentence, int at, Token delta, Token rate, Token base, Token prior, boolean flat) {

        Direction deltaDirection() {
            return delta == null ? null : delta.direction();
        }

        Direction rateDirection() {
            return rate == null ? null : rate.direction();
        }

        /** UP or DOWN when the words agree; null otherwise. */
        Direction direction() {
            Direction d = deltaDirection();
            Direction r = rateDirection();
            if (d == Direction.UNCLEAR || r == Direction.UNCLEAR || d == Direction.NEW || r == Direction.NEW) {
                return null;
            }
            if (d != null && r != null && d != r) {
                return null;
            }
            return d != null ? d : r;
        }

        Location location() {
            return Location.ofNarrative(sentence.section(), sentence.text(), sentence.source());
        }

        String clause() {
            return sentence.text().substring(sentence.clauseStart(at), sentence.clauseEnd(at));
        }
    }

    static final Pattern CHANGE_WORD = Pattern.compile("增加|增长|上升|提高|增幅|新增|减少|下降|降低|缩减|降幅");

    static List<Change> changes(CheckContext c) {
        return changes(NarrativeText.sentences(c), c.fiscalYear());
    }

    /** Statements of change, outside 绩效 and 资产 (whose targets such as "提高5%" are not budget changes). */
    static List<Change> changes(List<Sentence> sentences, int year) {
        List<Change> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.scope() == Scope.PERFORMANCE || s.scope() == Scope.ASSETS) {
                continue;
            }
            List<Token> ts = s.tokens();
            Set<Token> used = new HashSet<>();
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                if (used.contains(t)) {
                    continue;
                }
                if (t.isChange()) {
                    Token rate = null;
                    if (i + 1 < ts.size() && ts.get(i + 1).isRate() && s.clauseStart(ts.get(i + 1).start()) == s.clauseStart(t.start())) {
                        rate = ts.get(i + 1);
                        used.add(rate);
                    }
                    out.add(new Change(s, t.start(), t, rate, base(s, t, year), prior(s, t, year), false));
                } else if (t.isRate()) {
                    out.add(new Change(s, t.start(), null, t, base(s, t, year), prior(s, t, year), false));
                }
            }
            int flat = s.text().indexOf("持平");
            if (flat >= 0 && ts.stream().noneMatch(t -> (t.isChange() || t.isRate()) && s.clauseStart(t.start()) == s.clauseStart(flat))) {
                Token anchor = new Token(NarrativeText.Kind.AMOUNT, BigDecimal.ZERO, MoneyUnit.WAN, "", flat, flat, "", "", null);
                out.add(new Change(s, flat, null, null, base(s, anchor, year), prior(s, anchor, year), true));
            }
        }
        return out;
    }

    /**
     * This year's figure a change applies to: the nearest amount before it in its clause; but when a
     * "其中" list of several amounts stands between, the total before "其中".
     */
    static Token base(Sentence s, Token change, int year) {
        int from = s.clauseStart(change.start());
        List<Token> before = s.tokens().stream()
                .filter(t -> t.start() >= from && t.start() < change.start() && t.isLevel() && !isPrior(t, year)).toList();
        if (before.isEmpty()) {
            return null;
        }
        int q = s.text().substring(from, change.start()).indexOf("其中");
        if (q >= 0) {
            int at = from + q;
            List<Token> listed = before.stream().filter(t -> t.start() > at).toList();
            List<Token> total = before.stream().filter(t -> t.start() < at).toList();
            if (listed.size() > 1 && !total.isEmpty()) {
                return total.get(total.size() - 1);
            }
        }
        return before.get(before.size() - 1);
    }

    /** Last year's figure stated in the clause ("上年预算数为60万元"), if any. */
    static Token prior(Sentence s, Token change, int year) {
        int from = s.clauseStart(change.start());
        int to = s.clauseEnd(change.start());
        return s.tokens().stream().filter(t -> t.start() >= from && t.start() < to && t.isLevel() && isPrior(t, year))
                .findFirst().orElse(null);
    }

    /** Whether an amount is last year's: "上年…", "2025年…" (not "上年结转", not "比上年"). */
    static boolean isPrior(Token t, int year) {
        String l = t.lead().replaceAll("\\s+", "");
        if (l.contains("上年") && !l.contains("比上年") && !l.contains("结转")) {
            return true;
        }
        return l.contains((year - 1) + "年");
    }

    /** Whether an amount belongs to a year other than the budget year (not a table figure). */
    static boolean otherYear(Token t, int year) {
        if (isPrior(t, year)) {
            return true;
        }
        Matcher m = Pattern.compile("(\\d{4})年").matcher(t.lead());
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != year) {
                return true;
            }
        }
        return false;
    }

    static String word(Token t) {
        String w = null;
        Matcher m = CHANGE_WORD.matcher(t.lead());
        while (m.find()) {
            w = m.group();
        }
        return w == null ? "" : w;
    }

    static void yoyDirections(CheckContext c, Findings out) {
        for (Change ch : changes(c)) {
            Direction d = ch.deltaDirection();
            Direction r = ch.rateDirection();
            boolean dMoves = d == Direction.UP || d == Direction.DOWN;
            boolean rMoves = r == Direction.UP || r == Direction.DOWN;
            if (dMoves && rMoves && d != r) {
                out.report("增减额用“" + word(ch.delta()) + "”，增减率却用“" + word(ch.rate()) + "”，方向矛盾", ch.location(),
                        Findings.evidence(Evidence.CHANGE, ch.delta().raw(), Evidence.RATE, ch.rate().raw()));
                continue;
            }
            if (dMoves && ch.delta().value().signum() == 0) {
                out.report("增减额为0却称“" + word(ch.delta()) + "”，应表述为“持平”", ch.location(),
                        Findings.evidence(Evidence.CHANGE, ch.delta().raw()));
                continue;
            }
            if (rMoves && ch.rate().value().signum() == 0 && ch.delta() == null) {
                out.report("增减率为0却称“" + word(ch.rate()) + "”，应表述为“持平”", ch.location(),
                        Findings.evidence(Evidence.RATE, ch.rate().raw()));
                continue;
            }
            if (ch.base() == null || ch.prior() == null) {
                continue;
            }
            BigDecimal current = ch.base().value();
            BigDecimal prior = convert(ch.prior().value(), ch.prior().unit(), ch.base().unit());
            int actual = current.compareTo(prior);
            Direction stated = ch.direction();
            String figures = "本年" + current.toPlainString() + ch.base().unit().label() + "，上年" + prior.toPlainString()
                    + ch.base().unit().label();
            Map<String, String> evidence = Findings.evidence(Evidence.CURRENT, ch.base().raw(), Evidence.PRIOR, ch.prior().raw());
            if (ch.flat() && actual != 0) {
                out.report(figures + "，并非“持平”", ch.location(), evidence);
            } else if (stated == Direction.UP && actual <= 0 || stated == Direction.DOWN && actual >= 0) {
                String should = actual == 0 ? "持平" : actual > 0 ? "增加" : "减少";
                out.report(figures + "，应为“" + should + "”，文中称“" + (ch.delta() != null ? word(ch.delta()) : word(ch.rate())) + "”",
                        ch.location(), evidence);
            }
        }
    }

    static void yoyRates(CheckContext c, Findings out) {
        for (Change ch : changes(c)) {
            Direction dir = ch.direction();
            if (dir == null || ch.flat()) {
                continue;
            }
            boolean up = dir == Direction.UP;
            Token delta = ch.delta();
            Token rate = ch.rate();
            Token base = ch.base();
            if (base != null && ch.prior() != null) {
                BigDecimal prior = convert(ch.prior().value(), ch.prior().unit(), base.unit());
                BigDecimal diff = base.value().subtract(prior).abs();
                if (delta != null) {
                    BigDecimal d = convert(delta.value(), delta.unit(), base.unit());
                    Tolerance.Outcome o = Tolerance.compare(diff, d, 2, Math.max(2, d.scale()));
                    if (o != Tolerance.Outcome.EQUAL) {
                        out.report(o == Tolerance.Outcome.MISMATCH ? Severity.ERROR : Severity.INFO,
                                "增减额应为" + diff.toPlainString() + base.unit().label() + "（本年" + base.number() + "−上年"
                                        + prior.toPlainString() + "），文中为" + delta.number() + delta.unit().label(),
                                ch.location(), Findings.evidence(Evidence.EXPECTED, diff.toPlainString(), Evidence.FOUND, delta.raw()));
                    }
                }
                if (rate != null && prior.signum() > 0) {
                    NarrativePercent.Result r = NarrativePercent.rateFromPrior(rate.value(), base.value(), prior);
                    reportRate(out, ch, r, diff, prior, base);
                }
                continue;
            }
            if (rate == null) {
                continue;
            }
            if (delta == null || base == null) {
                out.report(Severity.WARNING, "文中未给出" + (delta == null ? "增减额" : "本年数") + "或上年数，增减率" + rate.number()
                        + "%无法核对", ch.location(), Findings.evidence(Evidence.RATE, rate.raw()));
                continue;
            }
            BigDecimal d = convert(delta.value(), delta.unit(), base.unit());
            BigDecimal prior = up ? base.value().subtract(d) : base.value().add(d);
            if (prior.signum() < 0) {
                out.report("增加额" + delta.number() + delta.unit().label() + "大于本年数" + base.number() + base.unit().label()
                        + "，上年数为负，数据有误", ch.location(), Findings.evidence(Evidence.CHANGE, delta.raw(), Evidence.CURRENT, base.raw()));
                continue;
            }
            if (prior.signum() == 0) {
                continue;
            }
            NarrativePercent.Result r = NarrativePercent.rate(rate.value(), d, base.value(), up);
            reportRate(out, ch, r, d, prior, base);
        }
    }

    static void reportRate(Findings out, Change ch, NarrativePercent.Result r, BigDecimal delta, BigDecimal prior, Token base) {
        if (r == null || r.outcome() == Outcome.EQUAL) {
            return;
        }
        String unit = base.unit().label();
        String computation = delta.toPlainString() + "÷" + prior.toPlainString() + "×100，上年数" + prior.toPlainString() + unit
                + "=本年" + base.number() + unit + (ch.direction() == Direction.UP ? "−" : "+") + "增减额" + delta.toPlainString() + unit;
        Map<String, String> evidence = Findings.evidence(Evidence.EXPECTED, r.expected().toPlainString() + "%", Evidence.FOUND, ch.rate().raw(),
                Evidence.CHANGE, delta.toPlainString(), Evidence.PRIOR, prior.toPlainString(), Evidence.CURRENT, base.number());
        if (r.outcome() == Outcome.MISMATCH) {
            out.report(Severity.ERROR, "增减率应为" + r.expected().toPlainString() + "%（" + computation + "），文中为"
                    + ch.rate().number() + "%", ch.location(), evidence);
        } else {
            out.report(Severity.INFO, "增减率按" + computation + "为" + r.expected().toPlainString() + "%，文中为"
                    + ch.rate().number() + "%，差异在尾差以内", ch.location(), evidence);
        }
    }

    static void newItems(CheckContext c, Findings out) {
        for (Change ch : changes(c)) {
            Token delta = ch.delta();
            Token rate = ch.rate();
            if (delta != null && delta.direction() == Direction.NEW) {
                if (rate != null) {
                    out.report("“新增”" + delta.number() + delta.unit().label() + "上年为0，不应给出增减率" + rate.number() + "%",
                            ch.location(), Findings.evidence(Evidence.CHANGE, delta.raw(), Evidence.RATE, rate.raw()));
                }
                continue;
            }
            boolean priorZero = false;
            String why = null;
            if (ch.prior() != null && ch.prior().value().signum() == 0) {
                priorZero = true;
                why = "上年为0";
            } else if (delta != null && delta.direction() == Direction.UP && ch.base() != null
                    && convert(delta.value(), delta.unit(), ch.base().unit()).compareTo(ch.base().value()) == 0
                    && delta.value().signum() > 0) {
                priorZero = true;
                why = "增加额" + delta.number() + delta.unit().label() + "等于本年数，上年为0";
            }
            if (!priorZero) {
                continue;
            }
            if (rate != null) {
                out.report(why + "，无法计算增长率，应表述为“新增”，文中为“" + word(rate) + rate.number() + "%”", ch.location(),
                        Findings.evidence(Evidence.RATE, rate.raw()));
            } else if (!ch.clause().contains("新增")) {
                out.report(Severity.WARNING, why + "，应表述为“新增”", ch.location(), Findings.evidence());
            }
        }
    }

    // ---- narr.reason-missing ----------------------------------------------------------------------

    static final Pattern REASON = Pattern.compile("原因|由于|因为|主要是|系因");

    static void reasons(CheckContext c, Findings out) {
        List<Sentence> sentences = NarrativeText.sentences(c);
        Set<String> reported = new HashSet<>();
        for (Change ch : changes(sentences, c.fiscalYear())) {
            if (ch.flat()) {
                continue;
            }
            Sentence s = ch.sentence();
            int from = s.clauseStart(ch.at());
            String key = sentences.indexOf(s) + ":" + from;
            if (reported.contains(key)) {
                continue;
            }
            String after = s.text().substring(ch.at(), s.clauseEnd(ch.at()));
            if (REASON.matcher(after).find()) {
                reported.add(key);
                continue;
            }
            reported.add(key);
            if (explainedLater(sentences, s)) {
                continue;
            }
            Token t = ch.delta() != null ? ch.delta() : ch.rate();
            out.report("“" + word(t) + t.raw() + "”未说明增减原因（如“主要原因是……”）", ch.location(), Findings.evidence(Evidence.CHANGE, t.raw()));
        }
    }

    /**
     * Whether one of the next few sentences of the same section, before a sub-heading, gives a reason
     * ("财政拨款收入支出增加的主要原因是…" after the figures).
     */
    static boolean explainedLater(List<Sentence> sentences, Sentence s) {
        int index = sentences.indexOf(s);
        for (int k = index + 1; k < sentences.size() && k <= index + REASON_LOOKAHEAD; k++) {
            Sentence n = sentences.get(k);
            if (!n.section().equals(s.section()) || NarrativeText.isSubheading(n.text())) {
                return false;
            }
            if (REASON.matcher(n.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** How many following sentences may carry the reason for a change. */
    static final int REASON_LOOKAHEAD = 4;

}
