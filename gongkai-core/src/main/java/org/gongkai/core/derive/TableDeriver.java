package org.gongkai.core.derive;

import static org.gongkai.core.derive.Sums.add;
import static org.gongkai.core.derive.Sums.sum;
import static org.gongkai.core.derive.Sums.under;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.facts.AgencyOperatingFacts;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.EconomicLine;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.facts.RevenueLine;
import org.gongkai.core.facts.ThreePublicFacts;
import org.gongkai.core.model.ChineseNumerals;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.EconomicCode;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.SourceRef;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.TableSpec;

/**
 * derive: one set of {@link BudgetFacts} → the profile's printed tables. Every figure of every
 * table is a sum over the same facts, so the tables agree with each other by construction. What a
 * table holds follows from its role; how it prints — order, names, titles, columns, unit, decimals,
 * codes whole or in 类|款|项 columns — from the profile ({@link TablePrinter}).
 */
public final class TableDeriver {

    private static final List<FundSource> FISCAL = List.of(FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND,
            FundSource.STATE_CAPITAL);

    private final Profile profile;
    private final Catalogue catalogue;

    public TableDeriver(Profile profile, Catalogue catalogue) {
        this.profile = profile;
        this.catalogue = catalogue;
    }

    /** All tables of the profile, in its order. */
    public List<PrintedTable> derive(BudgetFacts facts) {
        List<PrintedTable> out = new ArrayList<>();
        for (TableSpec spec : profile.tables()) {
            out.add(derive(facts, spec));
        }
        return out;
    }

    public PrintedTable derive(BudgetFacts facts, TableSpec table) {
        // a 单位 document prints a table in its other form where the profile has one
        TableSpec spec = facts.kind() == DisclosureKind.UNIT && !table.variants().isEmpty() ? table.as(table.variants().get(0))
                : table;
        TablePrinter p = new TablePrinter(spec);
        List<TableRow> rows = switch (spec.role()) {
            case BUDGET_SUMMARY -> spec.summary() != null ? summaryRows(facts, spec, p, false) : budgetSummary(facts, p);
            case REVENUE_BY_FUNCTION -> revenueByFunction(facts, p);
            case EXPENDITURE_BY_FUNCTION -> expenditureByFunction(facts.lines(), p);
            case FISCAL_SUMMARY -> spec.summary() != null ? summaryRows(facts, spec, p, true) : fiscalSummary(facts, p);
            case GENERAL_BUDGET_BY_FUNCTION -> expenditureByFunction(current(facts, FundSource.GENERAL_BUDGET), p);
            case BASIC_BY_ECONOMIC -> basicByEconomic(facts, p);
            case GOVERNMENT_FUND_REVENUE -> governmentFundRevenue(facts, p);
            case GOVERNMENT_FUND_EXPENDITURE -> expenditureByFunction(current(facts, FundSource.GOVERNMENT_FUND), p);
            case STATE_CAPITAL -> stateCapital(facts, p);
            case THREE_PUBLIC -> threePublic(facts.threePublic(), facts.agencyOperating(), p);
            case AGENCY_OPERATING -> agencyOperating(facts.agencyOperating(), p);
            case PROJECTS_CURRENT_YEAR -> projects(facts, FundYear.CURRENT_YEAR, List.of(FundSource.values()), p);
            case PROJECTS_CARRYOVER -> projects(facts, FundYear.CARRYOVER, FISCAL, p);
        };
        if (spec.totalLast() && !rows.isEmpty()) {
            // the 合计 row (built first) printed last, its label where the names are
            List<TableRow> ordered = new ArrayList<>(rows.subList(1, rows.size()));
            ordered.add(rows.get(0));
            rows = ordered;
        }
        List<String> notes = new ArrayList<>(spec.notes());
        int year = facts.fiscalYear();
        if (!p.hasFigures() && profile.noDataNote() != null) {
            notes.add(profile.noDataNote().replace("{kind}", facts.kind().label()).replace("{year}", Integer.toString(year))
                    .replace("{fund}", fundWords(spec)));
        }
        return new PrintedTable(spec.id(), spec.role(), spec.name(), null, spec.title(year, facts.kind().label()),
                facts.department(), spec.unit(),
                spec.headerRows(year), spec.columns(year), rows, notes, SourceRef.NONE);
    }

    /** The budget a table by function code is of, as a no-data note names it ("政府性基金预算"). */
    private static String fundWords(TableSpec spec) {
        return switch (spec.role()) {
            case GOVERNMENT_FUND_EXPENDITURE, GOVERNMENT_FUND_REVENUE -> FundSource.GOVERNMENT_FUND.label();
            case STATE_CAPITAL -> FundSource.STATE_CAPITAL.label();
            default -> FundSource.GENERAL_BUDGET.label();
        };
    }

    /** A row label printed where the codes are, or where the names are when the 合计 row is printed last. */
    private static TablePrinter.Row totalLabel(TablePrinter p, TableSpec spec, String nameKey) {
        return spec.totalLast() ? p.row().text(nameKey, "合计") : p.row().codeLabel("合计");
    }

    // ---- 收支总表 as a profile lists its rows ------------------------------------------------------

    /**
     * A 收支总表 whose rows the profile lists ({@link TableSpec#summary()}): its income rows, each the
     * sum of its sources; the 类 with money, numbered, with 合计 and (where printed) 基本支出 as
     * 人员经费 and 公用经费, and 项目支出 — or, for the 财政拨款 table, each fiscal budget; one total row.
     */
    private List<TableRow> summaryRows(BudgetFacts f, TableSpec spec, TablePrinter p, boolean fiscalOnly) {
        List<BudgetLine> lines = f.lines().stream().filter(l -> !fiscalOnly || l.source().isFiscalAppropriation()).toList();
        List<TableSpec.IncomeRow> income = spec.summary().incomeRows();
        List<Map.Entry<FunctionCode, String>> classes = classes().stream()
                .filter(c -> !within(lines, c.getKey()).isEmpty()).toList();
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(income.size(), classes.size()); i++) {
            TablePrinter.Row row = p.row();
            if (i < income.size()) {
                TableSpec.IncomeRow r = income.get(i);
                row.text("incomeItem", r.label()).money("incomeAmount",
                        sum(lines, year(FundYear.CURRENT_YEAR).and(l -> r.sources().contains(l.source().key()))));
            }
            if (i < classes.size()) {
                Map.Entry<FunctionCode, String> c = classes.get(i);
                summaryExpenditure(row.text("expenditureItem", ChineseNumerals.of(i + 1) + "、" + c.getValue()),
                        within(lines, c.getKey()));
            }
            rows.add(row.build());
        }
        TableSpec.SummaryRows s = spec.summary();
        rows.add(summaryExpenditure(p.row().text("incomeItem", s.incomeTotal())
                .money("incomeAmount", sum(lines, year(FundYear.CURRENT_YEAR))).text("expenditureItem", s.expenditureTotal()),
                lines).build());
        return rows;
    }

    private static TablePrinter.Row summaryExpenditure(TablePrinter.Row row, List<BudgetLine> lines) {
        row.money("total", sum(lines, l -> true)).money("subtotal", sum(lines, l -> true))
                .money("personnel", sum(lines, l -> l.kind() == org.gongkai.core.facts.ExpenditureKind.BASIC_PERSONNEL))
                .money("operating", sum(lines, l -> l.kind() == org.gongkai.core.facts.ExpenditureKind.BASIC_OPERATING))
                .money("project", sum(lines, l -> !l.kind().isBasic()));
        for (FundSource s : FISCAL) {
            row.money(s.key(), sum(lines, l -> l.source() == s));
        }
        return row;
    }

    private static List<BudgetLine> current(BudgetFacts facts, FundSource source) {
        return facts.lines().stream().filter(l -> l.fundYear() == FundYear.CURRENT_YEAR && l.source() == source).toList();
    }

    private static Predicate<BudgetLine> year(FundYear y) {
        return l -> l.fundYear() == y;
    }

    /** The 类 of the catalogue, in code order, as codes with their names. */
    private List<Map.Entry<FunctionCode, String>> classes() {
        List<Map.Entry<FunctionCode, String>> out = new ArrayList<>();
        for (CatalogueEntry c : catalogue.functionClasses()) {
            out.add(Map.entry(FunctionCode.of(c.code()), c.name()));
        }
        return out;
    }

    // ---- 预算收支总表 -------------------------------------------------------------------------

    private List<TableRow> budgetSummary(BudgetFacts f, TablePrinter p) {
        List<BudgetLine> lines = f.lines();
        List<Map.Entry<FunctionCode, String>> classes = classes();
        FundSource[] sources = FundSource.values();
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(sources.length, classes.size()); i++) {
            TablePrinter.Row row = p.row();
            if (i < sources.length) {
                FundSource s = sources[i];
                row.text("incomeItem", ChineseNumerals.of(i + 1) + "、" + s.label())
                        .money("incomeAmount", sum(lines, year(FundYear.CURRENT_YEAR).and(l -> l.source() == s)));
            }
            if (i < classes.size()) {
                FunctionCode c = classes.get(i).getKey();
                Predicate<BudgetLine> in = l -> under(l.functionCode(), c);
                row.text("expenditureItem", ChineseNumerals.of(i + 1) + "、" + classes.get(i).getValue())
                        .money("total", sum(lines, in))
                        .money("currentYear", sum(lines, in.and(year(FundYear.CURRENT_YEAR))))
                        .money("carryover", sum(lines, in.and(year(FundYear.CARRYOVER))));
            }
            rows.add(row.build());
        }
        Amount currentIncome = sum(lines, year(FundYear.CURRENT_YEAR));
        Amount carryover = sum(lines, year(FundYear.CARRYOVER));
        Amount all = sum(lines, l -> true);
        rows.add(p.row().text("incomeItem", "本年收入合计").money("incomeAmount", currentIncome)
                .text("expenditureItem", "本年支出合计").money("total", all).money("currentYear", currentIncome)
                .money("carryover", carryover).build());
        rows.add(p.row().text("incomeItem", "上年结转").money("incomeAmount", carryover)
                .text("expenditureItem", "年终结转").money("total", f.carryforward()).build());
        rows.add(p.row().text("incomeItem", "收入总计").money("incomeAmount", add(currentIncome, carryover))
                .text("expenditureItem", "支出总计").money("total", add(all, f.carryforward()))
                .money("currentYear", currentIncome).money("carryover", carryover).build());
        return rows;
    }

    // ---- tables by function code ----------------------------------------------------------------

    /** Codes to print for a set of lines: every 类, 款 and 项 on the path to a line, in code order. */
    private static List<FunctionCode> treeCodes(List<BudgetLine> lines) {
        TreeSet<FunctionCode> codes = new TreeSet<>();
        for (BudgetLine l : lines) {
            for (Optional<FunctionCode> c = Optional.of(l.functionCode()); c.isPresent(); c = c.get().parent()) {
                codes.add(c.get());
            }
        }
        return new ArrayList<>(codes);
    }

    private String functionName(FunctionCode code) {
        return catalogue.function(code.digits()).map(CatalogueEntry::name).orElse("");
    }

    private static List<BudgetLine> within(List<BudgetLine> lines, FunctionCode code) {
        return lines.stream().filter(l -> under(l.functionCode(), code)).toList();
    }

    private List<TableRow> revenueByFunction(BudgetFacts f, TablePrinter p) {
        List<BudgetLine> lines = f.lines();
        List<TableRow> rows = new ArrayList<>();
        rows.add(revenueRow(totalLabel(p, p.spec(), "name"), lines));
        for (FunctionCode code : treeCodes(lines)) {
            rows.add(revenueRow(p.row().code(code).text("name", functionName(code)), within(lines, code)));
        }
        return rows;
    }

    private static TableRow revenueRow(TablePrinter.Row row, List<BudgetLine> lines) {
        row.money("total", sum(lines, year(FundYear.CURRENT_YEAR)));
        for (FundSource s : FundSource.values()) {
            row.money(s.key(), sum(lines, year(FundYear.CURRENT_YEAR).and(l -> l.source() == s)));
        }
        row.money("fiscalAppropriation", sum(lines, year(FundYear.CURRENT_YEAR).and(l -> l.source().isFiscalAppropriation())));
        return row.money("carryover", sum(lines, year(FundYear.CARRYOVER))).build();
    }

    private List<TableRow> expenditureByFunction(List<BudgetLine> lines, TablePrinter p) {
        List<TableRow> rows = new ArrayList<>();
        rows.add(expenditureRow(totalLabel(p, p.spec(), "name"), lines));
        for (FunctionCode code : treeCodes(lines)) {
            rows.add(expenditureRow(p.row().code(code).text("name", functionName(code)), within(lines, code)));
        }
        return rows;
    }

    private static TableRow expenditureRow(TablePrinter.Row row, List<BudgetLine> lines) {
        return basicAndProject(row, lines).build();
    }

    /** 合计, 基本支出, 项目支出 of the lines. */
    private static TablePrinter.Row basicAndProject(TablePrinter.Row row, List<BudgetLine> lines) {
        return row.money("total", sum(lines, l -> true)).money("basic", sum(lines, l -> l.kind().isBasic()))
                .money("project", sum(lines, l -> !l.kind().isBasic()));
    }

    private static List<RevenueLine> revenue(BudgetFacts f, FundSource source) {
        return f.fundRevenue().stream().filter(r -> r.source() == source).toList();
    }

    private static Amount revenueTotal(List<RevenueLine> lines) {
        Amount total = null;
        for (RevenueLine r : lines) {
            total = add(total, r.amount());
        }
        return total;
    }

    private List<TableRow> governmentFundRevenue(BudgetFacts f, TablePrinter p) {
        List<RevenueLine> lines = revenue(f, FundSource.GOVERNMENT_FUND);
        List<TableRow> rows = new ArrayList<>();
        rows.add(p.row().text("code", "合计").money("budget", revenueTotal(lines)).build());
        for (RevenueLine r : lines) {
            rows.add(p.row().text("code", r.code()).text("name", r.name()).money("budget", r.amount()).build());
        }
        return rows;
    }

    /** 国有资本经营预算: revenue by 收入科目 on the left, expenditure by function code on the right, side by side. */
    private List<TableRow> stateCapital(BudgetFacts f, TablePrinter p) {
        List<BudgetLine> lines = current(f, FundSource.STATE_CAPITAL);
        List<RevenueLine> income = revenue(f, FundSource.STATE_CAPITAL);
        List<TableRow> rows = new ArrayList<>();
        TablePrinter.Row head = p.spec().totalLast() ? p.row().text("name", "合计") : p.row();
        rows.add(basicAndProject(head.text("incomeCode", "合计").money("incomeBudget", revenueTotal(income)), lines).build());
        List<FunctionCode> codes = treeCodes(lines);
        for (int i = 0; i < Math.max(codes.size(), income.size()); i++) {
            TablePrinter.Row row = p.row();
            if (i < income.size()) {
                RevenueLine r = income.get(i);
                row.text("incomeCode", r.code()).text("incomeName", r.name()).money("incomeBudget", r.amount());
            }
            if (i < codes.size()) {
                FunctionCode code = codes.get(i);
                basicAndProject(row.code(code).text("name", functionName(code)), within(lines, code));
            }
            rows.add(row.build());
        }
        return rows;
    }

    // ---- 财政拨款收支总表 ----------------------------------------------------------------------

    private List<TableRow> fiscalSummary(BudgetFacts f, TablePrinter p) {
        List<BudgetLine> fiscal = f.lines().stream().filter(l -> l.source().isFiscalAppropriation()).toList();
        List<TableRow> rows = new ArrayList<>();
        List<Map.Entry<FunctionCode, String>> classes = classes();
        for (int i = 0; i < classes.size(); i++) {
            FunctionCode c = classes.get(i).getKey();
            TablePrinter.Row row = p.row();
            if (i < FISCAL.size()) {
                FundSource s = FISCAL.get(i);
                row.text("incomeItem", ChineseNumerals.of(i + 1) + "、" + s.label())
                        .money("incomeAmount", sum(fiscal, year(FundYear.CURRENT_YEAR).and(l -> l.source() == s)));
            }
            rows.add(fiscalRow(row.text("expenditureItem", ChineseNumerals.of(i + 1) + "、" + classes.get(i).getValue()),
                    within(fiscal, c)).build());
        }
        Amount current = sum(fiscal, year(FundYear.CURRENT_YEAR));
        Amount carryover = sum(fiscal, year(FundYear.CARRYOVER));
        rows.add(fiscalRow(p.row().text("incomeItem", "本年收入合计").money("incomeAmount", current)
                .text("expenditureItem", "本年支出合计"), fiscal).build());
        rows.add(p.row().text("incomeItem", "上年财政拨款结转").money("incomeAmount", carryover)
                .text("expenditureItem", "年终结转").money("subtotal", f.carryforward()).build());
        for (int i = 0; i < FISCAL.size(); i++) {
            FundSource s = FISCAL.get(i);
            rows.add(p.row().text("incomeItem", ChineseNumerals.of(i + 1) + "、" + s.label())
                    .money("incomeAmount", sum(fiscal, year(FundYear.CARRYOVER).and(l -> l.source() == s))).build());
        }
        TablePrinter.Row total = fiscalRow(p.row().text("incomeItem", "收入总计").money("incomeAmount", add(current, carryover))
                .text("expenditureItem", "支出总计"), fiscal);
        if (f.carryforward() != null) {
            total.money("subtotal", add(sum(fiscal, l -> true), f.carryforward()));
        }
        rows.add(total.build());
        return rows;
    }

    private static TablePrinter.Row fiscalRow(TablePrinter.Row row, List<BudgetLine> lines) {
        row.money("subtotal", sum(lines, l -> true));
        for (FundSource s : FISCAL) {
            row.money(s.key(), sum(lines, l -> l.source() == s));
        }
        return row;
    }

    // ---- 一般公共预算基本支出分经济科目表 ---------------------------------------------------------

    private List<TableRow> basicByEconomic(BudgetFacts f, TablePrinter p) {
        List<EconomicLine> lines = f.basicByEconomic();
        List<TableRow> rows = new ArrayList<>();
        rows.add(economicRow(p, "合计", "", lines, "", ""));
        Map<String, List<EconomicLine>> byClass = new LinkedHashMap<>();
        Comparator<EconomicLine> byCode = Comparator.comparing(l -> l.deptEconomicCode() == null ? "null" : l.deptEconomicCode().digits());
        for (EconomicLine l : lines.stream().sorted(byCode).toList()) {
            EconomicCode code = l.deptEconomicCode();
            byClass.computeIfAbsent(code == null ? "" : code.classCode().digits(), k -> new ArrayList<>()).add(l);
        }
        for (Map.Entry<String, List<EconomicLine>> e : byClass.entrySet()) {
            String className = catalogue.deptEconomic(e.getKey()).map(CatalogueEntry::name).orElse("");
            rows.add(economicRow(p, className, "", e.getValue(), e.getKey(), ""));
            for (EconomicLine l : e.getValue()) {
                String digits = l.deptEconomicCode() == null ? "" : l.deptEconomicCode().digits();
                rows.add(economicRow(p, l.deptEconomicName(), l.govEconomicName(), List.of(l), e.getKey(),
                        digits.length() > 3 ? digits.substring(3) : ""));
            }
        }
        return rows;
    }

    /** A row by 经济科目; its 类 and 款 where the profile prints them in columns of their own. */
    private static TableRow economicRow(TablePrinter p, String name, String govName, List<EconomicLine> lines,
            String classCode, String sectionCode) {
        Amount personnel = null;
        Amount operating = null;
        for (EconomicLine l : lines) {
            personnel = add(personnel, l.personnel());
            operating = add(operating, l.operating());
        }
        return p.row().text("econClass", classCode).text("econSection", sectionCode)
                .text("deptEconomicName", name).text("govEconomicName", govName)
                .money("total", add(personnel, operating)).money("personnel", personnel).money("operating", operating)
                .build();
    }

    // ---- "三公"经费, 机关运行经费 ---------------------------------------------------------------

    private static Amount total(Map<FundSource, Amount> bySource) {
        Amount total = null;
        for (Amount v : bySource.values()) {
            total = add(total, v);
        }
        return total;
    }

    private List<TableRow> threePublic(ThreePublicFacts t, List<AgencyOperatingFacts> agencyUnits, TablePrinter p) {
        Map<FundSource, Amount> vehicles = merge(t.vehiclePurchase(), t.vehicleOperation());
        Map<FundSource, Amount> all = merge(merge(t.outboundTravel(), t.reception()), vehicles);
        List<TableRow> rows = new ArrayList<>();
        if (!p.spec().columns().stream().anyMatch(c -> c.key().equals("item"))) {
            // one row, an item per column, 机关运行经费 beside them
            Map<FundSource, Amount> agency = Map.of();
            for (AgencyOperatingFacts u : agencyUnits) {
                agency = merge(agency, u.amounts());
            }
            rows.add(p.row().money("threePublicTotal", total(all)).money("outbound", total(t.outboundTravel()))
                    .money("reception", total(t.reception())).money("vehicleSubtotal", total(vehicles))
                    .money("vehiclePurchase", total(t.vehiclePurchase())).money("vehicleOperation", total(t.vehicleOperation()))
                    .money("agencyOperating", total(agency)).build());
            return rows;
        }
        rows.add(sourceRow(p, "item", "因公出国（境）费", t.outboundTravel()));
        rows.add(sourceRow(p, "item", "公务接待费", t.reception()));
        rows.add(sourceRow(p, "item", "公务用车购置及运行费", vehicles));
        rows.add(sourceRow(p, "item", "①公务用车购置费", t.vehiclePurchase()));
        rows.add(sourceRow(p, "item", "②公务用车运行维护费", t.vehicleOperation()));
        rows.add(sourceRow(p, "item", "合计", all));
        return rows;
    }

    private List<TableRow> agencyOperating(List<AgencyOperatingFacts> units, TablePrinter p) {
        Map<FundSource, Amount> total = Map.of();
        for (AgencyOperatingFacts u : units) {
            total = merge(total, u.amounts());
        }
        List<TableRow> rows = new ArrayList<>();
        rows.add(sourceRow(p, "unitName", "部门合计", total));
        for (AgencyOperatingFacts u : units) {
            rows.add(sourceRow(p, "unitName", u.unit(), u.amounts()));
        }
        return rows;
    }

    private static Map<FundSource, Amount> merge(Map<FundSource, Amount> a, Map<FundSource, Amount> b) {
        Map<FundSource, Amount> out = new LinkedHashMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, Amount::plus));
        return out;
    }

    /** A row of the 财政拨款 (the three fiscal budgets) by source, and their 合计. */
    private static TableRow sourceRow(TablePrinter p, String labelKey, String label, Map<FundSource, Amount> amounts) {
        Amount total = null;
        TablePrinter.Row row = p.row().text(labelKey, label);
        for (FundSource s : FISCAL) {
            total = add(total, amounts.get(s));
            row.money(s.key(), amounts.get(s));
        }
        return row.money("total", total).build();
    }

    // ---- 项目支出预算表 ------------------------------------------------------------------------

    private List<TableRow> projects(BudgetFacts f, FundYear fundYear, List<FundSource> sources, TablePrinter p) {
        List<ProjectFacts> projects = f.projects().stream().filter(x -> x.fundYear() == fundYear).toList();
        List<TableRow> rows = new ArrayList<>();
        if (projects.isEmpty()) {
            return rows;
        }
        rows.add(projectRow(p, f.department(), projects, sources));
        List<String> units = new ArrayList<>(f.units());
        for (ProjectFacts x : projects) {
            if (!units.contains(x.unit())) {
                units.add(x.unit());
            }
        }
        for (String unit : units) {
            List<ProjectFacts> ofUnit = projects.stream().filter(x -> unit.equals(x.unit())).toList();
            if (ofUnit.isEmpty()) {
                continue;
            }
            rows.add(projectRow(p, unit, ofUnit, sources));
            for (ProjectFacts x : ofUnit) {
                rows.add(projectRow(p, x.name(), List.of(x), sources));
            }
        }
        return rows;
    }

    private static TableRow projectRow(TablePrinter p, String name, List<ProjectFacts> projects, List<FundSource> sources) {
        Amount total = null;
        Map<FundSource, Amount> bySource = new LinkedHashMap<>();
        for (ProjectFacts x : projects) {
            for (FundSource s : sources) {
                Amount v = x.amount(s);
                if (v != null) {
                    bySource.merge(s, v, Amount::plus);
                    total = add(total, v);
                }
            }
        }
        TablePrinter.Row row = p.row().text("projectName", name).money("total", total);
        for (FundSource s : sources) {
            row.money(s.key(), bySource.get(s));
        }
        return row.build();
    }
}
