package org.gongkai.core.derive;

import static org.gongkai.core.derive.Sums.add;
import static org.gongkai.core.derive.Sums.cell;
import static org.gongkai.core.derive.Sums.sum;
import static org.gongkai.core.derive.Sums.under;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.facts.AgencyOperatingFacts;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.EconomicLine;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.Period;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.facts.RevenueLine;
import org.gongkai.core.facts.ThreePublicFacts;
import org.gongkai.core.model.ChineseNumerals;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.SourceRef;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.TableSpec;

/**
 * derive: one set of {@link BudgetFacts} → the profile's printed tables. Every figure of every
 * table is a sum over the same facts, so the tables agree with each other by construction.
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

    public PrintedTable derive(BudgetFacts facts, TableSpec spec) {
        List<TableRow> rows = switch (spec.role()) {
            case BUDGET_SUMMARY -> budgetSummary(facts);
            case REVENUE_BY_FUNCTION -> revenueByFunction(facts);
            case EXPENDITURE_BY_FUNCTION -> expenditureByFunction(facts.lines());
            case FISCAL_SUMMARY -> fiscalSummary(facts);
            case GENERAL_BUDGET_BY_FUNCTION -> expenditureByFunction(current(facts, FundSource.GENERAL_BUDGET));
            case BASIC_BY_ECONOMIC -> basicByEconomic(facts);
            case GOVERNMENT_FUND_REVENUE -> governmentFundRevenue(facts);
            case GOVERNMENT_FUND_EXPENDITURE -> governmentFundExpenditure(facts);
            case STATE_CAPITAL -> stateCapital(facts);
            case THREE_PUBLIC -> threePublic(facts.threePublic());
            case AGENCY_OPERATING -> agencyOperating(facts.agencyOperating());
            case PROJECTS_CURRENT_YEAR -> projects(facts, Period.CURRENT_YEAR, List.of(FundSource.values()));
            case PROJECTS_CARRYOVER -> projects(facts, Period.CARRYOVER, FISCAL);
        };
        List<String> notes = new ArrayList<>(spec.notes());
        boolean empty = rows.stream().allMatch(r -> r.cells().stream().noneMatch(TableDeriver::isFigure));
        if (empty && profile.noDataNote() != null) {
            notes.add(profile.noDataNote());
        }
        int year = facts.fiscalYear();
        return new PrintedTable(spec.id(), spec.role(), spec.name(), null, spec.title(year), facts.department(), MoneyUnit.WAN,
                spec.headerRows(year), spec.columns(year), rows, notes, SourceRef.NONE);
    }

    private static boolean isFigure(String cell) {
        return !cell.isEmpty() && Character.isDigit(cell.charAt(0)) && cell.contains(".");
    }

    private static TableRow row(String... cells) {
        return new TableRow(Arrays.asList(cells), 0);
    }

    private static List<BudgetLine> current(BudgetFacts facts, FundSource source) {
        return facts.lines().stream().filter(l -> l.period() == Period.CURRENT_YEAR && l.source() == source).toList();
    }

    // ---- T1 ---------------------------------------------------------------------------------

    private List<TableRow> budgetSummary(BudgetFacts f) {
        List<BudgetLine> lines = f.lines();
        List<String[]> income = new ArrayList<>();
        int n = 1;
        for (FundSource s : FundSource.values()) {
            income.add(new String[] {ChineseNumerals.of(n++) + "、" + s.label(),
                    cell(sum(lines, l -> l.source() == s && l.period() == Period.CURRENT_YEAR))});
        }
        List<String[]> expenditure = new ArrayList<>();
        n = 1;
        for (CatalogueEntry c : catalogue.functionClasses()) {
            Predicate<BudgetLine> in = l -> under(l.functionCode(), c.code());
            expenditure.add(new String[] {ChineseNumerals.of(n++) + "、" + c.name(),
                    cell(sum(lines, in)),
                    cell(sum(lines, in.and(l -> l.period() == Period.CURRENT_YEAR))),
                    cell(sum(lines, in.and(l -> l.period() == Period.CARRYOVER)))});
        }
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(income.size(), expenditure.size()); i++) {
            String[] left = i < income.size() ? income.get(i) : new String[] {"", ""};
            String[] right = i < expenditure.size() ? expenditure.get(i) : new String[] {"", "", "", ""};
            rows.add(row(left[0], left[1], right[0], right[1], right[2], right[3]));
        }
        BigDecimal currentIncome = sum(lines, l -> l.period() == Period.CURRENT_YEAR);
        BigDecimal carryover = sum(lines, l -> l.period() == Period.CARRYOVER);
        BigDecimal all = sum(lines, l -> true);
        rows.add(row("本年收入合计", cell(currentIncome), "本年支出合计", cell(all), cell(currentIncome), cell(carryover)));
        rows.add(row("上年结转", cell(carryover), "年终结转", cell(f.carryforward()), "", ""));
        BigDecimal grand = add(all, f.carryforward());
        rows.add(row("收入总计", cell(add(currentIncome, carryover)), "支出总计", cell(grand), cell(currentIncome), cell(carryover)));
        return rows;
    }

    // ---- T2, T3, T5, T8 ------------------------------------------------------------------------

    /** Codes to print for a set of lines: every 类, 款 and 项 on the path to a line, in code order. */
    private static List<String> treeCodes(List<BudgetLine> lines) {
        TreeSet<String> codes = new TreeSet<>();
        for (BudgetLine l : lines) {
            String c = l.functionCode();
            codes.add(c.substring(0, 3));
            if (c.length() >= 5) {
                codes.add(c.substring(0, 5));
            }
            if (c.length() >= 7) {
                codes.add(c);
            }
        }
        return new ArrayList<>(codes);
    }

    private String functionName(String code) {
        return catalogue.function(code).map(CatalogueEntry::name).orElse("");
    }

    private List<TableRow> revenueByFunction(BudgetFacts f) {
        List<BudgetLine> lines = f.lines();
        List<TableRow> rows = new ArrayList<>();
        rows.add(revenueRow("合计", "", lines));
        for (String code : treeCodes(lines)) {
            rows.add(revenueRow(code, functionName(code), lines.stream().filter(l -> under(l.functionCode(), code)).toList()));
        }
        return rows;
    }

    private static TableRow revenueRow(String code, String name, List<BudgetLine> lines) {
        List<String> cells = new ArrayList<>();
        cells.add(code);
        cells.add(name);
        cells.add(cell(sum(lines, l -> l.period() == Period.CURRENT_YEAR)));
        for (FundSource s : FundSource.values()) {
            cells.add(cell(sum(lines, l -> l.period() == Period.CURRENT_YEAR && l.source() == s)));
        }
        cells.add(cell(sum(lines, l -> l.period() == Period.CARRYOVER)));
        return new TableRow(cells, 0);
    }

    private List<TableRow> expenditureByFunction(List<BudgetLine> lines) {
        List<TableRow> rows = new ArrayList<>();
        if (lines.isEmpty()) {
            rows.add(row("合计", "", "", "", ""));
            return rows;
        }
        rows.add(expenditureRow("合计", "", lines));
        for (String code : treeCodes(lines)) {
            rows.add(expenditureRow(code, functionName(code), lines.stream().filter(l -> under(l.functionCode(), code)).toList()));
        }
        return rows;
    }

    private static TableRow expenditureRow(String code, String name, List<BudgetLine> lines) {
        return row(code, name, cell(sum(lines, l -> true)), cell(sum(lines, l -> l.kind().isBasic())),
                cell(sum(lines, l -> !l.kind().isBasic())));
    }

    private List<TableRow> governmentFundExpenditure(BudgetFacts f) {
        return expenditureByFunction(current(f, FundSource.GOVERNMENT_FUND));
    }

    private static List<RevenueLine> revenue(BudgetFacts f, FundSource source) {
        return f.fundRevenue().stream().filter(r -> r.source() == source).toList();
    }

    private static BigDecimal revenueTotal(List<RevenueLine> lines) {
        BigDecimal total = null;
        for (RevenueLine r : lines) {
            total = add(total, r.amount());
        }
        return total;
    }

    private List<TableRow> governmentFundRevenue(BudgetFacts f) {
        List<RevenueLine> lines = revenue(f, FundSource.GOVERNMENT_FUND);
        List<TableRow> rows = new ArrayList<>();
        rows.add(row("合计", "", cell(revenueTotal(lines))));
        for (RevenueLine r : lines) {
            rows.add(row(r.code(), r.name(), cell(r.amount())));
        }
        return rows;
    }

    /** T9: revenue by 收入科目 on the left, expenditure by function code on the right, side by side. */
    private List<TableRow> stateCapital(BudgetFacts f) {
        List<BudgetLine> lines = current(f, FundSource.STATE_CAPITAL);
        List<RevenueLine> income = revenue(f, FundSource.STATE_CAPITAL);
        List<TableRow> rows = new ArrayList<>();
        rows.add(row("合计", "", cell(revenueTotal(income)), "", "", cell(sum(lines, l -> true)),
                cell(sum(lines, l -> l.kind().isBasic())), cell(sum(lines, l -> !l.kind().isBasic()))));
        List<String> codes = treeCodes(lines);
        for (int i = 0; i < Math.max(codes.size(), income.size()); i++) {
            List<String> cells = new ArrayList<>();
            if (i < income.size()) {
                RevenueLine r = income.get(i);
                cells.addAll(List.of(r.code(), r.name(), cell(r.amount())));
            } else {
                cells.addAll(List.of("", "", ""));
            }
            if (i < codes.size()) {
                String code = codes.get(i);
                List<BudgetLine> in = lines.stream().filter(l -> under(l.functionCode(), code)).toList();
                cells.addAll(List.of(code, functionName(code), cell(sum(in, l -> true)),
                        cell(sum(in, l -> l.kind().isBasic())), cell(sum(in, l -> !l.kind().isBasic()))));
            } else {
                cells.addAll(List.of("", "", "", "", ""));
            }
            rows.add(new TableRow(cells, 0));
        }
        return rows;
    }

    // ---- T4 ---------------------------------------------------------------------------------

    private List<TableRow> fiscalSummary(BudgetFacts f) {
        List<BudgetLine> fiscal = f.lines().stream().filter(l -> l.source().isFiscalAppropriation()).toList();
        List<String[]> income = new ArrayList<>();
        int n = 1;
        for (FundSource s : FISCAL) {
            income.add(new String[] {ChineseNumerals.of(n++) + "、" + s.label(),
                    cell(sum(fiscal, l -> l.source() == s && l.period() == Period.CURRENT_YEAR))});
        }
        List<TableRow> rows = new ArrayList<>();
        n = 1;
        List<CatalogueEntry> classes = catalogue.functionClasses();
        for (int i = 0; i < classes.size(); i++) {
            CatalogueEntry c = classes.get(i);
            List<BudgetLine> in = fiscal.stream().filter(l -> under(l.functionCode(), c.code())).toList();
            String[] left = i < income.size() ? income.get(i) : new String[] {"", ""};
            rows.add(fiscalRow(left[0], left[1], ChineseNumerals.of(n++) + "、" + c.name(), in));
        }
        BigDecimal current = sum(fiscal, l -> l.period() == Period.CURRENT_YEAR);
        BigDecimal carryover = sum(fiscal, l -> l.period() == Period.CARRYOVER);
        rows.add(fiscalRow("本年收入合计", cell(current), "本年支出合计", fiscal));
        rows.add(row("上年财政拨款结转", cell(carryover), "年终结转", cell(f.carryforward()), "", "", ""));
        n = 1;
        for (FundSource s : FISCAL) {
            rows.add(row(ChineseNumerals.of(n++) + "、" + s.label(),
                    cell(sum(fiscal, l -> l.source() == s && l.period() == Period.CARRYOVER)), "", "", "", "", ""));
        }
        TableRow total = fiscalRow("收入总计", cell(add(current, carryover)), "支出总计", fiscal);
        if (f.carryforward() != null) {
            List<String> cells = new ArrayList<>(total.cells());
            cells.set(3, cell(add(sum(fiscal, l -> true), f.carryforward())));
            total = new TableRow(cells, 0);
        }
        rows.add(total);
        return rows;
    }

    private static TableRow fiscalRow(String incomeItem, String incomeAmount, String item, List<BudgetLine> lines) {
        List<String> cells = new ArrayList<>(List.of(incomeItem, incomeAmount, item, cell(sum(lines, l -> true))));
        for (FundSource s : FISCAL) {
            cells.add(cell(sum(lines, l -> l.source() == s)));
        }
        return new TableRow(cells, 0);
    }

    // ---- T6 ---------------------------------------------------------------------------------

    private List<TableRow> basicByEconomic(BudgetFacts f) {
        List<EconomicLine> lines = f.basicByEconomic();
        List<TableRow> rows = new ArrayList<>();
        rows.add(economicRow("合计", "", lines));
        Map<String, List<EconomicLine>> byClass = new LinkedHashMap<>();
        for (EconomicLine l : lines.stream()
                .sorted((a, b) -> String.valueOf(a.deptEconomicCode()).compareTo(String.valueOf(b.deptEconomicCode())))
                .toList()) {
            String cls = l.deptEconomicCode() == null ? "" : l.deptEconomicCode().substring(0, 3);
            byClass.computeIfAbsent(cls, k -> new ArrayList<>()).add(l);
        }
        for (Map.Entry<String, List<EconomicLine>> e : byClass.entrySet()) {
            String className = catalogue.deptEconomic(e.getKey()).map(CatalogueEntry::name).orElse("");
            rows.add(economicRow(className, "", e.getValue()));
            for (EconomicLine l : e.getValue()) {
                rows.add(economicRow(l.deptEconomicName(), l.govEconomicName() == null ? "" : l.govEconomicName(), List.of(l)));
            }
        }
        return rows;
    }

    private static TableRow economicRow(String name, String govName, List<EconomicLine> lines) {
        BigDecimal personnel = null;
        BigDecimal operating = null;
        for (EconomicLine l : lines) {
            personnel = add(personnel, l.personnel());
            operating = add(operating, l.operating());
        }
        return row(name, govName, cell(add(personnel, operating)), cell(personnel), cell(operating));
    }

    // ---- T10, T11 -----------------------------------------------------------------------------

    private List<TableRow> threePublic(ThreePublicFacts t) {
        Map<FundSource, BigDecimal> vehicles = merge(t.vehiclePurchase(), t.vehicleOperation());
        Map<FundSource, BigDecimal> all = merge(merge(t.outboundTravel(), t.reception()), vehicles);
        List<TableRow> rows = new ArrayList<>();
        rows.add(sourceRow("因公出国（境）费", t.outboundTravel()));
        rows.add(sourceRow("公务接待费", t.reception()));
        rows.add(sourceRow("公务用车购置及运行费", vehicles));
        rows.add(sourceRow("①公务用车购置费", t.vehiclePurchase()));
        rows.add(sourceRow("②公务用车运行维护费", t.vehicleOperation()));
        rows.add(sourceRow("合计", all));
        return rows;
    }

    private List<TableRow> agencyOperating(List<AgencyOperatingFacts> units) {
        Map<FundSource, BigDecimal> total = Map.of();
        for (AgencyOperatingFacts u : units) {
            total = merge(total, u.amounts());
        }
        List<TableRow> rows = new ArrayList<>();
        rows.add(sourceRow("部门合计", total));
        for (AgencyOperatingFacts u : units) {
            rows.add(sourceRow(u.unit(), u.amounts()));
        }
        return rows;
    }

    private static Map<FundSource, BigDecimal> merge(Map<FundSource, BigDecimal> a, Map<FundSource, BigDecimal> b) {
        Map<FundSource, BigDecimal> out = new LinkedHashMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, BigDecimal::add));
        return out;
    }

    private static TableRow sourceRow(String label, Map<FundSource, BigDecimal> amounts) {
        BigDecimal total = null;
        for (FundSource s : FISCAL) {
            total = add(total, amounts.get(s));
        }
        List<String> cells = new ArrayList<>(List.of(label, cell(total)));
        for (FundSource s : FISCAL) {
            cells.add(cell(amounts.get(s)));
        }
        return new TableRow(cells, 0);
    }

    // ---- T12, T13 -----------------------------------------------------------------------------

    private List<TableRow> projects(BudgetFacts f, Period period, List<FundSource> sources) {
        List<ProjectFacts> projects = f.projects().stream().filter(p -> p.period() == period).toList();
        List<TableRow> rows = new ArrayList<>();
        if (projects.isEmpty()) {
            return rows;
        }
        rows.add(projectRow(f.department(), projects, sources));
        List<String> units = new ArrayList<>(f.units());
        for (ProjectFacts p : projects) {
            if (!units.contains(p.unit())) {
                units.add(p.unit());
            }
        }
        for (String unit : units) {
            List<ProjectFacts> ofUnit = projects.stream().filter(p -> unit.equals(p.unit())).toList();
            if (ofUnit.isEmpty()) {
                continue;
            }
            rows.add(projectRow(unit, ofUnit, sources));
            for (ProjectFacts p : ofUnit) {
                rows.add(projectRow(p.name(), List.of(p), sources));
            }
        }
        return rows;
    }

    private static TableRow projectRow(String name, List<ProjectFacts> projects, List<FundSource> sources) {
        BigDecimal total = null;
        Map<FundSource, BigDecimal> bySource = new LinkedHashMap<>();
        for (ProjectFacts p : projects) {
            for (FundSource s : sources) {
                BigDecimal v = p.amount(s);
                if (v != null) {
                    bySource.merge(s, v, BigDecimal::add);
                    total = add(total, v);
                }
            }
        }
        List<String> cells = new ArrayList<>(List.of(name, cell(total)));
        for (FundSource s : sources) {
            cells.add(cell(bySource.get(s)));
        }
        return new TableRow(cells, 0);
    }
}
