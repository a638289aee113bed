package org.gongkai.core.check.narrative;

import org.gongkai.core.check.narrative.NarrativeFigures.Figure;
import org.gongkai.core.check.narrative.NarrativeFigures.NamedRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.core.check.narrative.NarrativeText.Scope;
import org.gongkai.core.facts.FigureKey;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.TableRole;

/**
 * What a statement's subject ("一般公共预算拨款收入", "城乡社区支出", "人员经费") refers to among the
 * {@link NarrativeFigures}: by keywords and by the names of 科目 rows, the (sub-)section deciding
 * between tables where the same words name different figures.
 */
final class NarrativeSubjects {

    private static final Pattern LEVEL_NOTE = Pattern.compile("[（(][类款项][）)]$");
    private static final Pattern BARE_REVENUE = Pattern.compile("^(?:其中|主要包括|包括)?(?:本?部门|单位)?(?:预算)?收入(?:预算)?$");
    private static final Pattern BARE_EXPENDITURE = Pattern.compile("^(?:其中|主要包括|包括)?(?:本?部门|单位)?(?:预算)?支出(?:预算)?$");

    private final NarrativeFigures f;

    NarrativeSubjects(NarrativeFigures figures) {
        this.f = figures;
    }

    /**
     * The figures a subject may refer to, most likely first; empty when the subject names nothing
     * the tables hold (a project, an asset, a procurement amount…), which leaves it unchecked.
     */
    List<Figure> resolve(String subject, Scope scope) {
        // "其它" is read as "其他" here, so the amount is checked; the name itself is narr.name's
        String s = LEVEL_NOTE.matcher(subject).replaceAll("").replace("其它", "其他");
        if (s.isEmpty() || scope == Scope.PROCUREMENT || scope == Scope.ASSETS) {
            return List.of();
        }
        if (s.contains("因公出国")) {
            return f.keys(FigureKey.THREE_PUBLIC_OUTBOUND);
        }
        if (s.contains("公务接待")) {
            return f.keys(FigureKey.THREE_PUBLIC_RECEPTION);
        }
        if (s.contains("购置及运行") || s.contains("购置和运行")) {
            return f.keys(FigureKey.THREE_PUBLIC_VEHICLE);
        }
        if (s.contains("车购置")) {
            return f.keys(FigureKey.THREE_PUBLIC_VEHICLE_PURCHASE);
        }
        if (s.contains("运行维护")) {
            return f.keys(FigureKey.THREE_PUBLIC_VEHICLE_OPERATION);
        }
        if (s.contains("三公")) {
            return f.keys(FigureKey.THREE_PUBLIC_TOTAL);
        }
        if (s.contains("机关运行经费")) {
            return f.keys(FigureKey.AGENCY_TOTAL);
        }
        if (s.contains("人员经费")) {
            return f.keys(FigureKey.BASIC_PERSONNEL);
        }
        if (s.contains("公用经费")) {
            return f.keys(FigureKey.BASIC_OPERATING);
        }
        List<Figure> named = byName(s, scope);
        if (named != null) {
            return named;
        }
        boolean generalWords = s.contains("一般公共预算");
        if (generalWords && (s.contains("当年支出") || s.contains("支出预算") || s.endsWith("一般公共预算支出"))) {
            return s.contains("当年") ? f.keys(FigureKey.GENERAL_TOTAL) : f.keys(FigureKey.GENERAL_TOTAL, FigureKey.fiscalExpenditure(FundSource.GENERAL_BUDGET));
        }
        boolean general = generalWords || scope == Scope.GENERAL || scope == Scope.BASIC;
        if (s.contains("基本支出")) {
            if (general) {
                return f.keys(FigureKey.GENERAL_BASIC, FigureKey.BASIC_TOTAL);
            }
            return scope == Scope.PERFORMANCE ? f.keys(FigureKey.GENERAL_BASIC, FigureKey.ALL_BASIC) : f.keys(FigureKey.ALL_BASIC);
        }
        if (s.contains("项目支出")) {
            if (general) {
                return f.keys(FigureKey.GENERAL_PROJECT, FigureKey.PROJECTS_CURRENT);
            }
            if (scope == Scope.PERFORMANCE) {
                return s.contains("总") ? f.keys(FigureKey.ALL_PROJECT, FigureKey.GENERAL_PROJECT, FigureKey.PROJECTS_CURRENT)
                        : f.keys(FigureKey.GENERAL_PROJECT, FigureKey.PROJECTS_CURRENT, FigureKey.ALL_PROJECT);
            }
            return f.keys(FigureKey.ALL_PROJECT);
        }
        boolean fiscal = scope == Scope.FISCAL || s.contains("财政拨款");
        if (s.contains("年终结转") || s.contains("结转下年")) {
            return f.keys(FigureKey.EXPENDITURE_CARRYFORWARD);
        }
        if (s.contains("结转")) {
            return fiscal ? f.keys(FigureKey.FISCAL_CARRYOVER) : f.keys(FigureKey.REVENUE_CARRYOVER, FigureKey.EXPENDITURE_CARRYOVER);
        }
        if (s.contains("总计") || s.contains("总预算") || s.contains("总额")) {
            if (fiscal) {
                return f.keys(FigureKey.FISCAL_TOTAL, FigureKey.FISCAL_EXPENDITURE);
            }
            boolean in = s.contains("收入");
            boolean out = s.contains("支出");
            if (in && !out) {
                return f.keys(FigureKey.REVENUE_TOTAL);
            }
            if (out && !in) {
                return f.keys(FigureKey.EXPENDITURE_TOTAL);
            }
            return f.keys(FigureKey.REVENUE_TOTAL, FigureKey.EXPENDITURE_TOTAL);
        }
        for (FundSource source : FundSource.values()) {
            if (mentions(s, source)) {
                if (fiscal && source.isFiscalAppropriation()) {
                    return f.keys(FigureKey.fiscal(source), FigureKey.fiscalAll(source));
                }
                return f.keys(FigureKey.revenue(source));
            }
        }
        if (s.contains("本年") || s.contains("当年")) {
            if (fiscal) {
                return f.keys(FigureKey.FISCAL_CURRENT);
            }
            if (s.contains("支出")) {
                return f.keys(FigureKey.EXPENDITURE_CURRENT, FigureKey.EXPENDITURE_ARRANGED);
            }
            if (s.contains("安排")) {
                return f.keys(FigureKey.EXPENDITURE_ARRANGED, FigureKey.REVENUE_CURRENT);
            }
            if (s.contains("收入") || s.contains("拨款") || s.contains("预算")) {
                return f.keys(FigureKey.REVENUE_CURRENT, FigureKey.EXPENDITURE_ARRANGED);
            }
            return List.of();
        }
        if (s.contains("财政拨款")) {
            return f.keys(FigureKey.FISCAL_TOTAL, FigureKey.FISCAL_CURRENT);
        }
        if (scope == Scope.PERFORMANCE && s.contains("项目")) {
            // "涉及项目预算资金": the money of the projects that set targets, which no table sums up
            return List.of();
        }
        if (s.contains("预算资金")) {
            return f.keys(FigureKey.REVENUE_CURRENT, FigureKey.REVENUE_TOTAL, FigureKey.GENERAL_TOTAL);
        }
        if (BARE_REVENUE.matcher(s).matches()) {
            return f.keys(FigureKey.REVENUE_TOTAL, FigureKey.REVENUE_CURRENT);
        }
        if (BARE_EXPENDITURE.matcher(s).matches()) {
            return f.keys(FigureKey.EXPENDITURE_TOTAL, FigureKey.EXPENDITURE_CURRENT);
        }
        return List.of();
    }

    /** The 科目 name a subject ends with (the longest known), or null. */
    String functionNameAtEnd(String subject) {
        String s = LEVEL_NOTE.matcher(subject).replaceAll("");
        String best = null;
        for (String n : f.functionNames()) {
            if (s.endsWith(n) && (best == null || n.length() > best.length())) {
                best = n;
            }
        }
        return best;
    }

    private String economicNameAtEnd(String s) {
        String best = null;
        for (String n : f.economicNames()) {
            if (s.endsWith(n) && (best == null || n.length() > best.length())) {
                best = n;
            }
        }
        return best;
    }

    /**
     * Figures of the rows named at the end of the subject; null when it ends with no 科目 name, an
     * empty list when it does but the scope has no table for it. A name the catalogue knows and the
     * table does not print is 0.
     */
    private List<Figure> byName(String s, Scope scope) {
        if (scope == Scope.BASIC) {
            String e = economicNameAtEnd(s);
            if (e == null) {
                return null;
            }
            List<Figure> out = new ArrayList<>();
            f.economicRows().stream().filter(r -> r.name().equals(e)).forEach(r -> out.add(r.figure()));
            if (out.isEmpty() && f.hasTable(TableRole.BASIC_BY_ECONOMIC)) {
                out.add(new Figure(FigureKey.row(TableRole.BASIC_BY_ECONOMIC, e, "total"),
                        f.tableName(TableRole.BASIC_BY_ECONOMIC) + "（无“" + e + "”行）", BigDecimal.ZERO, MoneyUnit.WAN, false));
            }
            return out;
        }
        String name = functionNameAtEnd(s);
        if (name == null) {
            return null;
        }
        List<TableRole> order = NarrativeFigures.classTables(scope);
        if (order.isEmpty()) {
            return List.of();
        }
        for (TableRole t : order) {
            List<Figure> out = new ArrayList<>();
            f.allFunctionRows().stream().filter(r -> r.role() == t && r.name().equals(name)).forEach(r -> out.add(r.figure()));
            if (!out.isEmpty()) {
                return out;
            }
        }
        TableRole first = order.stream().filter(f::hasTable).findFirst().orElse(null);
        if (first == null) {
            return List.of();
        }
        return List.of(new Figure(FigureKey.row(first, name, NamedRow.column(first)), f.tableName(first) + "（无“" + name + "”行）",
                BigDecimal.ZERO, MoneyUnit.WAN, false));
    }


    private static boolean mentions(String s, FundSource source) {
        return switch (source) {
            case GENERAL_BUDGET -> s.contains("一般公共预算");
            case GOVERNMENT_FUND -> s.contains("政府性基金");
            case STATE_CAPITAL -> s.contains("国有资本经营");
            case SPECIAL_ACCOUNT -> s.contains("财政专户");
            case UNIT_FUNDS -> s.contains("单位资金");
        };
    }
}
