package org.gongkai.core.check.narrative;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.check.narrative.NarrativeFigures.Figure;
import org.gongkai.core.check.narrative.NarrativeFigures.NamedRow;
import org.gongkai.core.facts.FigureKey;
import org.gongkai.core.model.CodeLevel;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.check.narrative.NarrativePercent.Outcome;
import org.gongkai.core.check.narrative.NarrativeText.Direction;
import org.gongkai.core.check.narrative.NarrativeText.Scope;
import org.gongkai.core.check.narrative.NarrativeText.Sentence;
import org.gongkai.core.check.narrative.NarrativeText.Token;
import org.gongkai.core.facts.ProjectCategory;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.TextBlock;

/**
 * Rules of the family 情况说明与报表: what 第三部分 情况说明 states must agree with the tables —
 * amounts, shares, year-on-year changes, counts of projects, 政府采购 — and must carry no template
 * leftovers, no reasonless changes, no money for empty tables and no outdated 科目 names.
 */
public final class NarrativeRules {

    private NarrativeRules() {
    }

    public static List<Rule> all() {
        return List.of(
                rule("narr.amount", Severity.ERROR, "情况说明所引金额与报表对应数一致（元与万元换算后）", NarrativeRules::amounts),
                rule("narr.share", Severity.ERROR, "占比=部分÷总体×100，四舍五入保留两位小数；分母按文中所用总额（收入总计或本年收入、支出总计、一般公共预算当年支出等）",
                        NarrativeRules::shares),
                rule("narr.yoy-rate", Severity.ERROR, "增减率=增减额÷上年数×100（上年数=本年数∓增减额），增减额与文中上年数一致",
                        NarrativeRules::yoyRates),
                rule("narr.yoy-direction", Severity.ERROR, "增加/增长须增减额为正，减少/下降须为负，持平须为零；增减额与增减率用词一致",
                        NarrativeRules::yoyDirections),
                rule("narr.new-item", Severity.ERROR, "上年为零的应表述为“新增”，不得给出增长率", NarrativeRules::newItems),
                rule("narr.count", Severity.ERROR, "项目个数与金额与项目支出表、绩效目标表一致，分类项目的个数与金额之和等于总数",
                        NarrativeRules::counts),
                rule("narr.procurement-sum", Severity.ERROR, "政府采购预算总额=货物+工程+服务", NarrativeRules::procurementSum),
                rule("narr.reason-missing", Severity.WARNING, "每项增减变化须说明原因（“主要原因是……”）", NarrativeRules::reasons),
                rule("narr.template-leftover", Severity.ERROR, "不得留有模板文字：增加（减少）、主要原因是。、XX、××、某某、待填写",
                        NarrativeRules::leftovers),
                rule("narr.empty-table-claim", Severity.ERROR, "无数据的“三公”经费表、机关运行经费表不得在情况说明中称有金额；称“无”时表中应无数据",
                        NarrativeRules::emptyTableClaims),
                rule("narr.name", Severity.ERROR, "情况说明中的科目名称与科目目录及报表名称一致，不用旧科目名称", NarrativeRules::names));
    }

    private static Rule rule(String id, Severity severity, String description, BiConsumer<CheckContext, Findings> body) {
        return Rule.of(id, Category.NARRATIVE, severity, description, body);
    }

    // ---- narr.amount ------------------------------------------------------------------------------

    private static void amounts(CheckContext c, Findings out) {
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
                        Evidence.EXPECTED, String.join(" / ", candidates.stream().map(NarrativeRules::describe).toList()));
                Location at = Location.ofNarrative(s.section(), s.text(), s.source());
                if (best == AmountMatch.MISMATCH) {
                    out.report(Severity.ERROR, "情况说明中“" + NarrativeText.shown(t.subject()) + "”为" + t.number() + unitLabel(t) + "，与"
                            + String.join("或", candidates.stream().map(NarrativeRules::describe).distinct().toList()) + "不符",
                            at, evidence);
                } else {
                    out.report(Severity.INFO, "情况说明中“" + NarrativeText.shown(t.subject()) + "”为" + t.number() + unitLabel(t) + "，"
                            + describe(first) + "，差异在四舍五入尾差以内", at, evidence);
                }
            }
        }
    }

    private enum AmountMatch { EQUAL, ROUNDING, MISMATCH }

    /** A narrative amount against a table figure, after converting to the narrative's unit. */
    private static AmountMatch compareAmount(Token t, Figure f) {
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

    private static BigDecimal convert(BigDecimal value, MoneyUnit from, MoneyUnit to) {
        return new Amount(value, from).to(to).value();
    }

    private static String describe(Figure f) {
        return f.label() + f.value().toPlainString() + f.unit().label();
    }

    private static String unitLabel(Token t) {
        return t.unit() == null ? "" : t.unit().label();
    }

    // ---- narr.share -------------------------------------------------------------------------------

    /** A denominator: its value in the part's unit, how to name it, and whether the text states it. */
    private record Whole(BigDecimal value, String label, boolean stated) {
    }

    private static void shares(CheckContext c, Findings out) {
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
    private static List<Whole> wholes(Sentence s, Sentence previous, int partIndex, Token share, Token part,
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
    private static Token head(List<Token> ts, int before) {
        for (int i = 0; i < before && i < ts.size(); i++) {
            Token t = ts.get(i);
            boolean shared = i + 1 < ts.size() && ts.get(i + 1).isShare();
            if (t.isLevel() && !shared) {
                return t;
            }
        }
        return null;
    }

    // ---- year-on-year -----------------------------------------------------------------------------

    /**
     * A statement of change: its amount of change and rate (either may be absent), this year's figure
     * it applies to, last year's figure when the text states it, or "持平".
     */
    private record Change(Sentence sentence, int at, Token delta, Token rate, Token base, Token prior, boolean flat) {

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

    private static final Pattern CHANGE_WORD = Pattern.compile("增加|增长|上升|提高|增幅|新增|减少|下降|降低|缩减|降幅");

    private static List<Change> changes(CheckContext c) {
        return changes(NarrativeText.sentences(c), c.fiscalYear());
    }

    /** Statements of change, outside 绩效 and 资产 (whose targets such as "提高5%" are not budget changes). */
    private static List<Change> changes(List<Sentence> sentences, int year) {
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
    private static Token base(Sentence s, Token change, int year) {
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
    private static Token prior(Sentence s, Token change, int year) {
        int from = s.clauseStart(change.start());
        int to = s.clauseEnd(change.start());
        return s.tokens().stream().filter(t -> t.start() >= from && t.start() < to && t.isLevel() && isPrior(t, year))
                .findFirst().orElse(null);
    }

    /** Whether an amount is last year's: "上年…", "2025年…" (not "上年结转", not "比上年"). */
    private static boolean isPrior(Token t, int year) {
        String l = t.lead().replaceAll("\\s+", "");
        if (l.contains("上年") && !l.contains("比上年") && !l.contains("结转")) {
            return true;
        }
        return l.contains((year - 1) + "年");
    }

    /** Whether an amount belongs to a year other than the budget year (not a table figure). */
    private static boolean otherYear(Token t, int year) {
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

    private static String word(Token t) {
        String w = null;
        Matcher m = CHANGE_WORD.matcher(t.lead());
        while (m.find()) {
            w = m.group();
        }
        return w == null ? "" : w;
    }

    private static void yoyDirections(CheckContext c, Findings out) {
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

    private static void yoyRates(CheckContext c, Findings out) {
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

    private static void reportRate(Findings out, Change ch, NarrativePercent.Result r, BigDecimal delta, BigDecimal prior, Token base) {
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

    private static void newItems(CheckContext c, Findings out) {
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

    private static final Pattern REASON = Pattern.compile("原因|由于|因为|主要是|系因");

    private static void reasons(CheckContext c, Findings out) {
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
    private static boolean explainedLater(List<Sentence> sentences, Sentence s) {
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
    private static final int REASON_LOOKAHEAD = 4;

    // ---- narr.template-leftover -------------------------------------------------------------------

    private static final Pattern LEFTOVER = Pattern.compile(
            "(?:增加|增长|上升|提高)\\s*[（(]\\s*(?:减少|下降|降低)\\s*[）)]"
                    + "|(?:减少|下降|降低)\\s*[（(]\\s*(?:增加|增长|上升|提高)\\s*[）)]"
                    + "|原因(?:是|为)[：:]?\\s*[。；;，,]"
                    + "|原因(?:是|为)[：:]?\\s*(?:…+|\\.{3,})"
                    + "|(?<![A-Za-z])(?:[XxＸｘ]{2,}|×{2,})(?![A-Za-z])"
                    + "|(?<![A-Za-z0-9])[XＸ×](?=\\s*(?:万元|元|%|％|个))"
                    + "|某某|待填写|待补充|请填写|此处填写");

    private static void leftovers(CheckContext c, Findings out) {
        Disclosure d = c.disclosure();
        if (d.narrative() == null) {
            return;
        }
        for (NarrativeSection s : d.narrative().sections()) {
            String label = NarrativeText.label(s);
            for (TextBlock p : s.paragraphs()) {
                Matcher m = LEFTOVER.matcher(p.text());
                while (m.find()) {
                    String found = m.group().strip();
                    out.report("模板文字未替换：“" + found + "”", Location.ofNarrative(label, sentenceAround(p.text(), m.start()), p.source()),
                            Findings.evidence(Evidence.FOUND, found));
                }
            }
        }
    }

    /** The sentence of {@code text} holding offset {@code at}, with its closing "。". */
    private static String sentenceAround(String text, int at) {
        int start = text.lastIndexOf('。', Math.max(at - 1, 0));
        start = start < 0 || start >= at ? 0 : start + 1;
        int end = text.indexOf('。', at);
        return text.substring(start, end < 0 ? text.length() : end + 1);
    }

    // ---- narr.empty-table-claim -------------------------------------------------------------------

    private static final Pattern NONE = Pattern.compile("(?:无|没有|未安排|不涉及|未发生)(?!变化|增减)");
    private static final Pattern THREE_PUBLIC_WORDS = Pattern.compile("三公|因公出国|公务接待|公务用车");
    private static final Pattern AGENCY_WORDS = Pattern.compile("机关运行经费");

    private static void emptyTableClaims(CheckContext c, Findings out) {
        NarrativeFigures figures = NarrativeFigures.of(c);
        List<Sentence> sentences = NarrativeText.sentences(c);
        claims(c, out, figures, sentences, FigureKey.THREE_PUBLIC_TOTAL, Scope.THREE_PUBLIC, THREE_PUBLIC_WORDS, "“三公”经费");
        claims(c, out, figures, sentences, FigureKey.AGENCY_TOTAL, Scope.AGENCY, AGENCY_WORDS, "机关运行经费");
    }

    /** Claims about the table whose total is {@code totalKey}: money where it prints none, or "无" where it does. */
    private static void claims(CheckContext c, Findings out, NarrativeFigures figures, List<Sentence> sentences, FigureKey totalKey,
            Scope scope, Pattern words, String what) {
        TableRole role = totalKey.role();
        Optional<PrintedTable> table = c.table(role);
        if (table.isEmpty()) {
            return;
        }
        boolean empty = NarrativeFigures.isEmpty(table.get());
        String tableLabel = figures.tableName(role);
        Figure total = figures.get(totalKey).orElse(null);
        for (Sentence s : sentences) {
            boolean about = s.scope() == scope || words.matcher(s.text()).find();
            if (!about) {
                continue;
            }
            Location at = Location.ofNarrative(s.section(), s.text(), s.source());
            if (empty) {
                for (Token t : s.tokens()) {
                    if (!t.isLevel() || t.value().signum() == 0 || otherYear(t, c.fiscalYear())) {
                        continue;
                    }
                    boolean claims = figures.resolve(t.subject(), s.scope()).stream().anyMatch(f -> f.key().role() == role);
                    if (claims) {
                        out.report(tableLabel + "无数据" + (table.get().hasNoDataNote() ? "（注明“本表无数据”）" : "") + "，情况说明却称“"
                                + NarrativeText.shown(t.subject()) + "”" + t.number() + t.unit().label(), at,
                                Findings.evidence(Evidence.TABLE, tableLabel, Evidence.FOUND, t.raw()));
                    }
                }
            } else if (s.tokens().isEmpty() && NONE.matcher(s.text()).find() && !s.text().contains("原因")) {
                Figure named = role == TableRole.THREE_PUBLIC ? figures.get(threePublicItem(s.text())).orElse(total) : total;
                if (named != null && named.value().signum() > 0) {
                    String item = named == total ? what
                            : "“" + named.label().substring(tableLabel.length()).replaceAll("^“|”$", "") + "”";
                    out.report("情况说明称无" + item + "，但" + describe(named), at,
                            Findings.evidence(Evidence.TABLE, tableLabel, Evidence.EXPECTED, named.value().toPlainString()));
                }
            }
        }
    }

    /** Which "三公" figure a sentence is about: one item when it names one, else the total. */
    private static FigureKey threePublicItem(String text) {
        if (text.contains("因公出国")) {
            return FigureKey.THREE_PUBLIC_OUTBOUND;
        }
        if (text.contains("公务接待")) {
            return FigureKey.THREE_PUBLIC_RECEPTION;
        }
        if (text.contains("购置及运行") || text.contains("购置和运行")) {
            return FigureKey.THREE_PUBLIC_VEHICLE;
        }
        if (text.contains("车购置")) {
            return FigureKey.THREE_PUBLIC_VEHICLE_PURCHASE;
        }
        if (text.contains("运行维护") || text.contains("运行费")) {
            return FigureKey.THREE_PUBLIC_VEHICLE_OPERATION;
        }
        return text.contains("公务用车") ? FigureKey.THREE_PUBLIC_VEHICLE : FigureKey.THREE_PUBLIC_TOTAL;
    }

    // ---- narr.count -------------------------------------------------------------------------------

    private enum GroupKind { ALL, TARGETS, CATEGORY }

    /** "二级项目44个，共计金额48,783.56万元" and the like. */
    private record Group(Sentence sentence, GroupKind kind, Token count, Token amount) {

        Location location() {
            return Location.ofNarrative(sentence.section(), sentence.text(), sentence.source());
        }
    }

    private static void counts(CheckContext c, Findings out) {
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

    private static void projectTotals(CheckContext c, Findings out, NarrativeFigures figures, Group g) {
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

    private static void targetTotals(CheckContext c, Findings out, Group g) {
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

    private static void compareSum(Findings out, Group g, BigDecimal expected, int terms, String label) {
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
    private static void categorySums(Findings out, Group parent, List<Group> children) {
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
    private static void categoriesAgainstFacts(CheckContext c, Findings out, List<Group> groups) {
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

    private static void procurementSum(CheckContext c, Findings out) {
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

    // ---- narr.name --------------------------------------------------------------------------------

    private static final Pattern LEVEL_NOTE = Pattern.compile("([^\\s，,。；;：:、（）()“”]{2,40}?)[（(](类|款|项)[）)]");
    private static final Pattern GENERIC = Pattern.compile("基本|项目|当年|本年|总计|合计|预算|结转|经费|拨款|资金");
    private static final Pattern COVERS = Pattern.compile("^(人员经费|公用经费).*?主要包括[：:]?(.+)$");

    private static void names(CheckContext c, Findings out) {
        Disclosure d = c.disclosure();
        if (d.narrative() == null) {
            return;
        }
        NarrativeFigures figures = NarrativeFigures.of(c);
        Set<String> formerReported = new HashSet<>();
        for (NarrativeSection s : d.narrative().sections()) {
            String label = NarrativeText.label(s);
            for (TextBlock p : s.paragraphs()) {
                for (NarrativeNames.Former f : NarrativeNames.FORMER) {
                    int at = p.text().indexOf(f.name());
                    if (at < 0) {
                        continue;
                    }
                    String current = c.catalogue().function(f.code()).map(e -> e.name()).orElse(null);
                    if (current == null || current.equals(f.name())) {
                        continue;
                    }
                    formerReported.add(p.line() + ":" + f.name());
                    out.report("“" + f.name() + "”是已停用的科目名称，" + c.fiscalYear() + "年" + f.code() + "类为“" + current + "”",
                            Location.ofNarrative(label, sentenceAround(p.text(), at), p.source()),
                            Findings.evidence(Evidence.FOUND, f.name(), Evidence.EXPECTED, f.code() + " " + current));
                }
                levelNotes(c, out, figures, label, p);
            }
        }
        for (Sentence s : NarrativeText.sentences(c)) {
            for (Token t : s.tokens()) {
                if (t.isLevel()) {
                    unknownClassName(out, figures, s, t, formerReported);
                }
            }
            economicCovers(c, out, s);
        }
    }

    /** Whether the text marks a level at all: "（类）", "(款)"… — a cheap test before the regex. */
    private static boolean hasLevelMark(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '类' || c == '款' || c == '项') && (text.charAt(i - 1) == '（' || text.charAt(i - 1) == '(')
                    && (text.charAt(i + 1) == '）' || text.charAt(i + 1) == ')')) {
                return true;
            }
        }
        return false;
    }

    /** "卫生健康支出（类）…（款）…（项）": each name must be a 科目 of that level. */
    private static void levelNotes(CheckContext c, Findings out, NarrativeFigures figures, String section, TextBlock p) {
        if (!hasLevelMark(p.text())) {
            return;
        }
        Matcher m = LEVEL_NOTE.matcher(p.text());
        while (m.find()) {
            String name = m.group(1);
            String level = m.group(2);
            int digits = level.equals("类") ? 3 : level.equals("款") ? 5 : 7;
            Set<Integer> levels = NarrativeNames.levelsOf(name, c.catalogue(), figures);
            if (levels.isEmpty()) {
                List<String> near = NarrativeNames.nearNames(name, digits, c.catalogue(), figures);
                if (!near.isEmpty()) {
                    out.report("“" + name + "”不是" + level + "级科目名称，应为“" + String.join("”或“", near) + "”",
                            Location.ofNarrative(section, sentenceAround(p.text(), m.start()), p.source()),
                            Findings.evidence(Evidence.FOUND, name, Evidence.EXPECTED, String.join(" / ", near)));
                }
                continue;
            }
            if (levels.contains(digits)) {
                continue;
            }
            String actual = String.join("、", levels.stream().sorted().map(n -> n == 3 ? "类" : n == 5 ? "款" : "项").toList());
            out.report("“" + name + "”是" + actual + "级科目名称，文中标为（" + level + "）",
                    Location.ofNarrative(section, sentenceAround(p.text(), m.start()), p.source()),
                    Findings.evidence(Evidence.FOUND, name + "（" + level + "）", Evidence.EXPECTED, actual));
        }
    }

    /** A 科目-like subject ("…支出") the tables do not name, whose amount is a row of another name. */
    private static void unknownClassName(Findings out, NarrativeFigures figures, Sentence s, Token t, Set<String> formerReported) {
        String subject = NarrativeText.shown(t.subject());
        if (!subject.endsWith("支出") || subject.length() > 25 || GENERIC.matcher(subject).find()
                || !figures.resolve(t.subject(), s.scope()).isEmpty() || figures.functionNameAtEnd(subject) != null) {
            return;
        }
        if (formerReported.stream().anyMatch(k -> k.startsWith(s.line() + ":") && subject.endsWith(k.substring(k.indexOf(':') + 1)))) {
            return;
        }
        List<NamedRow> rows = figures.functionRows(s.scope()).stream()
                .filter(r -> convert(r.value(), r.unit(), t.unit()).compareTo(t.value()) == 0 && r.value().signum() != 0).toList();
        if (rows.isEmpty()) {
            return;
        }
        NamedRow row = rows.stream().filter(r -> r.code() == null || FunctionCode.of(r.code()).level() == CodeLevel.CLASS).findFirst()
                .orElse(rows.get(0));
        String shown = row.code() == null ? row.name() : row.code() + " " + row.name();
        out.report("文中科目名称“" + subject + "”与报表不符：" + row.table() + "中" + t.number()
                + t.unit().label() + "的科目为“" + shown + "”", Location.ofNarrative(s.section(), s.text(), s.source()),
                Findings.evidence(Evidence.FOUND, subject, Evidence.EXPECTED, shown));
    }

    /**
     * "公用经费15.00万元，主要包括：会议费、邮电费…": each 款 named must carry money of that kind in the
     * basic-expenditure-by-economic-class table.
     */
    private static void economicCovers(CheckContext c, Findings out, Sentence s) {
        if (s.scope() != Scope.BASIC) {
            return;
        }
        Matcher m = COVERS.matcher(s.text().strip());
        Optional<PrintedTable> t6 = c.table(TableRole.BASIC_BY_ECONOMIC);
        if (!m.find() || t6.isEmpty()) {
            return;
        }
        String column = m.group(1).equals("人员经费") ? "personnel" : "operating";
        for (String item : m.group(2).split("[、，,；;]")) {
            String name = item.strip().replaceAll("等+$", "").replaceAll("[。]$", "");
            if (name.isEmpty() || name.equals("无")) {
                continue;
            }
            BigDecimal amount = NarrativeFigures.economicAmount(t6.get(), name, column);
            boolean catalogued = c.catalogue().deptEconomicClasses().stream().anyMatch(e -> e.name().equals(name))
                    || NarrativeNames.isDeptEconomicName(name, c.catalogue());
            if (amount == null && catalogued) {
                out.report("文中称" + m.group(1) + "主要包括“" + name + "”，" + c.tableName(TableRole.BASIC_BY_ECONOMIC) + "无此科目", Location.ofNarrative(s.section(), s.text(), s.source()),
                        Findings.evidence(Evidence.FOUND, name));
            } else if (amount != null && amount.signum() == 0) {
                out.report("文中称" + m.group(1) + "主要包括“" + name + "”，" + c.tableName(TableRole.BASIC_BY_ECONOMIC) + "该科目" + m.group(1) + "为0",
                        Location.ofNarrative(s.section(), s.text(), s.source()), Findings.evidence(Evidence.FOUND, name));
            }
        }
    }
}
