package org.gongkai.core.derive;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.facts.AgencyOperatingFacts;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.EconomicLine;
import org.gongkai.core.facts.ExpenditureKind;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.facts.Money;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.facts.RevenueLine;
import org.gongkai.core.facts.ThreePublicFacts;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.CodeLevel;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.EconomicCode;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Names;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.model.TableRow;

/**
 * infer: a printed {@link Disclosure} → the {@link BudgetFacts} behind it. Reads the most detailed
 * tables, found by their role (revenue by function code and source; general-budget and
 * government-fund expenditure for basic vs project; basic expenditure by economic code; the
 * project tables) and the narrative's year-on-year statements ({@link NarrativeFacts}). Every
 * figure is converted from its table's printed unit to the facts' 元; codes are read however the
 * table prints them ({@link PrintedTable#functionCode}). What the document does not say stays
 * unknown (null), never guessed.
 */
public final class FactsInferrer {

    /** 部门预算经济分类 codes printed in 类|款 columns. */
    private static final String ECON_CLASS = "econClass";
    private static final String ECON_SECTION = "econSection";
    /** A revenue column of the three fiscal budgets together (财政拨款收入), split by the tables of each budget. */
    /** 机关运行经费 printed as a column of the 三公 table. */
    private static final String AGENCY_COLUMN = "agencyOperating";
    private static final String FISCAL_APPROPRIATION = "fiscalAppropriation";

    private final Catalogue catalogue;

    public FactsInferrer(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public BudgetFacts infer(Disclosure d) {
        String department = d.metadata().department();
        List<BudgetLine> lines = budgetLines(d);
        List<ProjectFacts> projects = new ArrayList<>();
        List<String> units = new ArrayList<>();
        d.table(TableRole.PROJECTS_CURRENT_YEAR)
                .ifPresent(t -> projects.addAll(projects(t, FundYear.CURRENT_YEAR, department, units, d)));
        d.table(TableRole.PROJECTS_CARRYOVER)
                .ifPresent(t -> projects.addAll(projects(t, FundYear.CARRYOVER, department, units, d)));
        if (units.isEmpty() && department != null) {
            units.add(department);
        }
        Amount carryforward = d.table(TableRole.BUDGET_SUMMARY)
                .flatMap(t -> rowAmount(t, "expenditureItem", "年终结转", "total")).orElse(null);
        return new BudgetFacts(department, d.metadata().unitCode(), d.metadata().region(), d.metadata().fiscalYear(),
                d.metadata().profile(), units, lines, carryforward, economicLines(d), projects, threePublic(d),
                agencyOperating(d), d.procurement(), d.assets(), NarrativeFacts.priorYear(d), d.performanceTargets(),
                NarrativeFacts.texts(d), fundRevenue(d), d.metadata().kind(), StatementFacts.read(d));
    }

    // ---- figures and codes as printed -------------------------------------------------------------

    /** A printed figure as the facts hold it: converted from the table's unit to 元; empty when blank. */
    /** A cell's text, or "" when the table's profile prints no such column. */
    private static String cell(PrintedTable t, TableRow r, String key) {
        return t.hasColumn(key) ? t.text(r, key) : "";
    }

    /** A cell's amount; empty when blank, not an amount (a reading note says so), or not a column of the table. */
    private static Optional<Amount> money(PrintedTable t, TableRow r, String key) {
        if (!t.hasColumn(key) || !Numbers.isAmount(t.text(r, key))) {
            return Optional.empty();
        }
        return t.amount(r, key).map(v -> Money.of(v, unit(t)));
    }

    private static MoneyUnit unit(PrintedTable t) {
        if (t.unit() == null) {
            throw new IllegalArgumentException(t.displayName() + "未注明金额单位，无法换算金额");
        }
        return t.unit();
    }

    /** A body row with the function code it prints. */
    private record Coded(TableRow row, FunctionCode code) {
    }

    /** The rows of a table that print a function code (whole or in 类|款|项 columns), in order. */
    private static List<Coded> coded(PrintedTable t) {
        List<Coded> out = new ArrayList<>();
        if (!t.hasFunctionCodes()) {
            return out;
        }
        List<Optional<FunctionCode>> codes = t.functionCodes();
        for (int i = 0; i < t.rows().size(); i++) {
            TableRow r = t.rows().get(i);
            codes.get(i).ifPresent(c -> out.add(new Coded(r, c)));
        }
        return out;
    }

    private static Amount min(Amount a, Amount b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Amount notNegative(Amount a) {
        return a.value().signum() < 0 ? Money.zero() : a;
    }

    // ---- budget lines ---------------------------------------------------------------------------

    private List<BudgetLine> budgetLines(Disclosure d) {
        Optional<PrintedTable> byFunction = d.table(TableRole.REVENUE_BY_FUNCTION);
        if (byFunction.isEmpty()) {
            return List.of();
        }
        PrintedTable revenue = byFunction.get();
        Map<FunctionCode, Amount[]> generalBudget = basicProjectByCode(d.table(TableRole.GENERAL_BUDGET_BY_FUNCTION));
        Map<FunctionCode, Amount[]> governmentFund = basicProjectByCode(d.table(TableRole.GOVERNMENT_FUND_EXPENDITURE));
        Map<FunctionCode, Amount[]> stateCapital = basicProjectByCode(d.table(TableRole.STATE_CAPITAL));
        Map<FunctionCode, Amount[]> expenditure = basicProjectByCode(d.table(TableRole.EXPENDITURE_BY_FUNCTION));
        FundSource carryoverSource = carryoverSource(d);
        List<Coded> rows = coded(revenue);
        Set<FunctionCode> leaves = leafCodes(rows);
        FunctionCode onlyBasicCode = onlyCodeWithBasic(generalBudget);
        Amount[] personnelOperating = economicTotals(d.table(TableRole.BASIC_BY_ECONOMIC));

        List<BudgetLine> lines = new ArrayList<>();
        for (Coded c : rows) {
            FunctionCode code = c.code();
            if (!leaves.contains(code)) {
                continue;
            }
            Amount basicLeft = part(expenditure.get(code), 0);
            for (FundSource s : FundSource.values()) {
                Amount amount = revenue.hasColumn(s.key()) ? money(revenue, c.row(), s.key()).orElse(null)
                        : fiscalShare(revenue, c, s, governmentFund, stateCapital);
                if (amount == null || amount.isZero()) {
                    continue;
                }
                Map<FunctionCode, Amount[]> split = s == FundSource.GENERAL_BUDGET ? generalBudget
                        : s == FundSource.GOVERNMENT_FUND ? governmentFund
                        : s == FundSource.STATE_CAPITAL && !revenue.hasColumn(s.key()) ? stateCapital : null;
                Amount basic = split != null && split.containsKey(code) ? part(split.get(code), 0)
                        : notNegative(min(basicLeft, amount));
                basicLeft = basicLeft.minus(basic);
                Amount project = amount.minus(basic);
                if (!basic.isZero()) {
                    if (s == FundSource.GENERAL_BUDGET && code.equals(onlyBasicCode) && personnelOperating != null
                            && personnelOperating[0].plus(personnelOperating[1]).sameAs(basic)) {
                        addIfNonZero(lines, code, s, FundYear.CURRENT_YEAR, ExpenditureKind.BASIC_PERSONNEL, personnelOperating[0]);
                        addIfNonZero(lines, code, s, FundYear.CURRENT_YEAR, ExpenditureKind.BASIC_OPERATING, personnelOperating[1]);
                    } else {
                        lines.add(new BudgetLine(code, s, FundYear.CURRENT_YEAR, ExpenditureKind.BASIC, basic));
                    }
                }
                addIfNonZero(lines, code, s, FundYear.CURRENT_YEAR, ExpenditureKind.PROJECT, project);
            }
            Amount carry = revenue.hasColumn("carryover") ? money(revenue, c.row(), "carryover").orElse(null) : null;
            if (carry != null && !carry.isZero()) {
                Amount basic = notNegative(min(basicLeft, carry));
                addIfNonZero(lines, code, carryoverSource, FundYear.CARRYOVER, ExpenditureKind.BASIC, basic);
                addIfNonZero(lines, code, carryoverSource, FundYear.CARRYOVER, ExpenditureKind.PROJECT, carry.minus(basic));
            }
        }
        return lines;
    }

    /**
     * A fiscal budget's part of a revenue row that prints the three together (财政拨款收入): the
     * government-fund and state-capital parts are what their own tables spend on the code, the
     * general budget the rest. Null for other sources or when the table prints no such column.
     */
    private static Amount fiscalShare(PrintedTable revenue, Coded c, FundSource s, Map<FunctionCode, Amount[]> governmentFund,
            Map<FunctionCode, Amount[]> stateCapital) {
        if (!s.isFiscalAppropriation() || !revenue.hasColumn(FISCAL_APPROPRIATION)) {
            return null;
        }
        Amount fiscal = money(revenue, c.row(), FISCAL_APPROPRIATION).orElse(null);
        if (fiscal == null) {
            return null;
        }
        Amount fund = both(governmentFund.get(c.code()));
        Amount capital = both(stateCapital.get(c.code()));
        return switch (s) {
            case GOVERNMENT_FUND -> fund;
            case STATE_CAPITAL -> capital;
            default -> fiscal.minus(fund).minus(capital);
        };
    }

    /** 基本支出 + 项目支出 of a row by code, zero when none. */
    private static Amount both(Amount[] basicProject) {
        return part(basicProject, 0).plus(part(basicProject, 1));
    }

    private static void addIfNonZero(List<BudgetLine> lines, FunctionCode code, FundSource s, FundYear y, ExpenditureKind k,
            Amount v) {
        if (v != null && !v.isZero()) {
            lines.add(new BudgetLine(code, s, y, k, v));
        }
    }

    private static Amount part(Amount[] basicProject, int i) {
        return basicProject == null || basicProject[i] == null ? Money.zero() : basicProject[i];
    }

    /** The printed codes that have no printed child: 项 codes, or a 类/款 printed without children. */
    private static Set<FunctionCode> leafCodes(List<Coded> rows) {
        Set<FunctionCode> leaves = new LinkedHashSet<>();
        for (Coded c : rows) {
            boolean hasChild = rows.stream().anyMatch(o -> !o.code().equals(c.code()) && c.code().contains(o.code()));
            if (!hasChild) {
                leaves.add(c.code());
            }
        }
        return leaves;
    }

    /** [基本支出, 项目支出] by function code of a table by function code. */
    private static Map<FunctionCode, Amount[]> basicProjectByCode(Optional<PrintedTable> table) {
        Map<FunctionCode, Amount[]> out = new HashMap<>();
        table.ifPresent(t -> {
            for (Coded c : coded(t)) {
                out.put(c.code(), new Amount[] {money(t, c.row(), "basic").orElse(null), money(t, c.row(), "project").orElse(null)});
            }
        });
        return out;
    }

    /** The only 项 with 基本支出 in the general-budget table, or null when there are none or several. */
    private static FunctionCode onlyCodeWithBasic(Map<FunctionCode, Amount[]> generalBudget) {
        FunctionCode only = null;
        for (Map.Entry<FunctionCode, Amount[]> e : generalBudget.entrySet()) {
            Amount basic = e.getValue()[0];
            if (e.getKey().level() == CodeLevel.ITEM && basic != null && !basic.isZero()) {
                if (only != null) {
                    return null;
                }
                only = e.getKey();
            }
        }
        return only;
    }

    /** [人员经费, 公用经费] of the 合计 row of the table by economic code, or null. */
    private static Amount[] economicTotals(Optional<PrintedTable> byEconomic) {
        if (byEconomic.isEmpty()) {
            return null;
        }
        PrintedTable t = byEconomic.get();
        for (TableRow r : t.rows()) {
            if (cell(t, r, "deptEconomicName").equals("合计")) {
                return new Amount[] {money(t, r, "personnel").orElse(Money.zero()), money(t, r, "operating").orElse(Money.zero())};
            }
        }
        return null;
    }

    /** The fiscal source of 上年结转, from the fiscal summary's carryover rows when exactly one carries money. */
    private static FundSource carryoverSource(Disclosure d) {
        Optional<PrintedTable> fiscal = d.table(TableRole.FISCAL_SUMMARY);
        if (fiscal.isPresent()) {
            PrintedTable t = fiscal.get();
            boolean inCarryover = false;
            FundSource found = null;
            int count = 0;
            for (TableRow r : t.rows()) {
                String item = cell(t, r, "incomeItem");
                if (item.contains("结转")) {
                    inCarryover = true;
                    continue;
                }
                if (inCarryover && !item.isEmpty() && t.amount(r, "incomeAmount").isPresent()) {
                    for (FundSource s : FundSource.values()) {
                        if (item.endsWith(s.label())) {
                            found = s;
                            count++;
                        }
                    }
                }
            }
            if (count == 1) {
                return found;
            }
        }
        return FundSource.GENERAL_BUDGET;
    }

    // ---- basic expenditure by economic code -----------------------------------------------------

    private List<EconomicLine> economicLines(Disclosure d) {
        Optional<PrintedTable> byEconomic = d.table(TableRole.BASIC_BY_ECONOMIC);
        if (byEconomic.isEmpty()) {
            return List.of();
        }
        PrintedTable t = byEconomic.get();
        List<EconomicLine> out = new ArrayList<>();
        String classCode = null;
        boolean coded = t.hasColumn(ECON_CLASS);
        for (TableRow r : t.rows()) {
            String name = cell(t, r, "deptEconomicName");
            String gov = t.hasColumn("govEconomicName") ? cell(t, r, "govEconomicName") : "";
            if (name.equals("合计") || name.isEmpty()) {
                continue;
            }
            if (coded) {
                // codes printed in 类|款 columns: a 类 row has its 款 blank
                String section = t.hasColumn(ECON_SECTION) ? t.text(r, ECON_SECTION).replace(" ", "") : "";
                if (section.length() == 1 && Names.isDigits(section)) {
                    // a 款 printed without its leading zero ("2" for 02): the code is the same
                    section = "0" + section;
                }
                String c = (t.text(r, ECON_CLASS) + section).replace(" ", "");
                if (c.length() == 3) {
                    classCode = c;
                    continue;
                }
                EconomicCode code = EconomicCode.parse(c).orElse(null);
                out.add(new EconomicLine(code, name, null, null,
                        money(t, r, "personnel").orElse(null), money(t, r, "operating").orElse(null)));
                continue;
            }
            if (gov.isEmpty()) {
                Optional<CatalogueEntry> cls = catalogue.deptEconomicClasses().stream()
                        .filter(c -> c.name().equals(name)).findFirst();
                if (cls.isPresent()) {
                    classCode = cls.get().code();
                    continue;
                }
            }
            EconomicCode code = catalogue.deptEconomicByName(name, classCode).flatMap(e -> EconomicCode.parse(e.code()))
                    .orElse(null);
            EconomicCode govCode = gov.isEmpty() ? null
                    : catalogue.govEconomicByName(gov).flatMap(e -> EconomicCode.parse(e.code())).orElse(null);
            out.add(new EconomicLine(code, name, govCode, gov.isEmpty() ? null : gov,
                    money(t, r, "personnel").orElse(null), money(t, r, "operating").orElse(null)));
        }
        return out;
    }

    // ---- projects -------------------------------------------------------------------------------

    private List<ProjectFacts> projects(PrintedTable t, FundYear fundYear, String department, List<String> units, Disclosure d) {
        List<TableRow> rows = t.rows().stream().filter(r -> !cell(t, r, "projectName").isEmpty()
                && !Names.isDigits(cell(t, r, "projectName"))).toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        int start = 0;
        if (department != null && cell(t, rows.get(0), "projectName").equals(department)) {
            start = 1;
        }
        List<FundSource> sources = new ArrayList<>();
        for (FundSource s : FundSource.values()) {
            if (t.hasColumn(s.key())) {
                sources.add(s);
            }
        }
        Map<String, FunctionCode> functionCodes = fundYear == FundYear.CARRYOVER
                ? carryoverFunctionCodes(t, rows.subList(start, rows.size()), d) : Map.of();
        List<ProjectFacts> out = new ArrayList<>();
        int i = start;
        while (i < rows.size()) {
            int end = unitBlockEnd(t, rows, i);
            String unit;
            int first;
            if (end > 0) {
                unit = cell(t, rows.get(i), "projectName");
                first = i + 1;
            } else {
                unit = department;
                first = i;
                end = rows.size();
            }
            if (!units.contains(unit)) {
                units.add(unit);
            }
            for (int k = first; k < end; k++) {
                TableRow r = rows.get(k);
                Map<FundSource, Amount> amounts = new EnumMap<>(FundSource.class);
                for (FundSource s : sources) {
                    money(t, r, s.key()).filter(v -> !v.isZero()).ifPresent(v -> amounts.put(s, v));
                }
                String name = cell(t, r, "projectName");
                out.add(new ProjectFacts(name, unit, fundYear, null, functionCodes.get(k - start + "|" + name), amounts));
            }
            i = end;
        }
        return out;
    }

    /**
     * If rows[i] is a unit subtotal — its total equals the sum of the rows after it up to the next
     * such row or the end — the index where its block ends; otherwise -1.
     */
    private static int unitBlockEnd(PrintedTable t, List<TableRow> rows, int i) {
        Amount head = money(t, rows.get(i), "total").orElse(null);
        if (head == null) {
            return -1;
        }
        Amount running = Money.zero();
        for (int k = i + 1; k < rows.size(); k++) {
            running = running.plus(money(t, rows.get(k), "total").orElse(Money.zero()));
            if (running.sameAs(head)) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * Carried-over projects take the function code whose 上年结转 in the revenue table their amounts
     * add up to, when exactly one way of splitting the projects over the codes exists.
     */
    private Map<String, FunctionCode> carryoverFunctionCodes(PrintedTable carried, List<TableRow> projectRows, Disclosure d) {
        Optional<PrintedTable> byFunction = d.table(TableRole.REVENUE_BY_FUNCTION);
        if (byFunction.isEmpty() || !byFunction.get().hasColumn("carryover")) {
            return Map.of();
        }
        PrintedTable revenue = byFunction.get();
        List<Coded> rows = coded(revenue);
        Set<FunctionCode> leaves = leafCodes(rows);
        Map<FunctionCode, Amount> byCode = new LinkedHashMap<>();
        for (Coded c : rows) {
            if (leaves.contains(c.code())) {
                money(revenue, c.row(), "carryover").filter(v -> !v.isZero()).ifPresent(v -> byCode.put(c.code(), v));
            }
        }
        List<TableRow> projects = projectRows.stream()
                .filter(r -> !cell(carried, r, "projectName").equals(d.metadata().department())).toList();
        int n = projects.size();
        if (n == 0 || n > 20 || byCode.isEmpty()) {
            return Map.of();
        }
        List<FunctionCode> codes = new ArrayList<>(byCode.keySet());
        List<Amount> totals = projects.stream().map(r -> money(carried, r, "total").orElse(Money.zero())).toList();
        List<int[]> solutions = new ArrayList<>();
        assign(totals, codes, byCode, 0, new int[n], new Amount[codes.size()], solutions);
        if (solutions.size() != 1) {
            return Map.of();
        }
        Map<String, FunctionCode> out = new HashMap<>();
        int[] s = solutions.get(0);
        for (int k = 0; k < n; k++) {
            int index = projectRows.indexOf(projects.get(k));
            out.put(index + "|" + cell(carried, projects.get(k), "projectName"), codes.get(s[k]));
        }
        return out;
    }

    private static void assign(List<Amount> totals, List<FunctionCode> codes, Map<FunctionCode, Amount> target, int k,
            int[] assignment, Amount[] sums, List<int[]> solutions) {
        if (solutions.size() > 1) {
            return;
        }
        if (k == totals.size()) {
            for (int c = 0; c < codes.size(); c++) {
                if (sums[c] == null || !sums[c].sameAs(target.get(codes.get(c)))) {
                    return;
                }
            }
            solutions.add(assignment.clone());
            return;
        }
        Amount v = totals.get(k);
        for (int c = 0; c < codes.size(); c++) {
            Amount next = sums[c] == null ? v : sums[c].plus(v);
            if (next.compareTo(target.get(codes.get(c))) > 0) {
                continue;
            }
            Amount before = sums[c];
            sums[c] = next;
            assignment[k] = c;
            assign(totals, codes, target, k + 1, assignment, sums, solutions);
            sums[c] = before;
        }
    }

    // ---- fund revenue -----------------------------------------------------------------------------

    private static List<RevenueLine> fundRevenue(Disclosure d) {
        List<RevenueLine> out = new ArrayList<>();
        d.table(TableRole.GOVERNMENT_FUND_REVENUE)
                .ifPresent(t -> readRevenue(t, "code", "name", "budget", FundSource.GOVERNMENT_FUND, out));
        d.table(TableRole.STATE_CAPITAL)
                .ifPresent(t -> readRevenue(t, "incomeCode", "incomeName", "incomeBudget", FundSource.STATE_CAPITAL, out));
        return out;
    }

    private static void readRevenue(PrintedTable t, String code, String name, String amount, FundSource source, List<RevenueLine> out) {
        for (TableRow r : t.rows()) {
            String c = cell(t, r, code);
            if (Names.isDigits(c)) {
                money(t, r, amount).filter(v -> !v.isZero())
                        .ifPresent(v -> out.add(new RevenueLine(source, c, cell(t, r, name), v)));
            }
        }
    }

    // ---- "三公"经费, 机关运行经费 -------------------------------------------------------------------

    private static ThreePublicFacts threePublic(Disclosure d) {
        Optional<PrintedTable> table = d.table(TableRole.THREE_PUBLIC);
        if (table.isEmpty()) {
            return ThreePublicFacts.none();
        }
        PrintedTable t = table.get();
        if (!t.hasColumn("item")) {
            // one row, an item per column: all of it 财政拨款 of the general budget
            return new ThreePublicFacts(byColumn(t, "outbound"), byColumn(t, "reception"),
                    byColumn(t, "vehiclePurchase"), byColumn(t, "vehicleOperation"));
        }
        return new ThreePublicFacts(bySource(t, "item", "出国"), bySource(t, "item", "接待"),
                bySource(t, "item", "购置费"), bySource(t, "item", "运行维护费"));
    }

    /** A 三公 item printed as a column of a one-row table, as general-budget money. */
    private static Map<FundSource, Amount> byColumn(PrintedTable t, String key) {
        if (!t.hasColumn(key)) {
            return Map.of();
        }
        for (TableRow r : t.rows()) {
            Optional<Amount> v = money(t, r, key);
            if (v.isPresent()) {
                return Map.of(FundSource.GENERAL_BUDGET, v.get());
            }
        }
        return Map.of();
    }

    private static Map<FundSource, Amount> bySource(PrintedTable t, String labelColumn, String labelPart) {
        for (TableRow r : t.rows()) {
            String label = cell(t, r, labelColumn);
            if (label.contains(labelPart) && !label.contains("及运行")) {
                return bySource(t, r);
            }
        }
        return Map.of();
    }

    /** The row's amounts by the source columns the table prints (sources without money left out). */
    private static Map<FundSource, Amount> bySource(PrintedTable t, TableRow r) {
        Map<FundSource, Amount> out = new EnumMap<>(FundSource.class);
        for (FundSource s : FundSource.values()) {
            if (t.hasColumn(s.key())) {
                money(t, r, s.key()).filter(v -> !v.isZero()).ifPresent(v -> out.put(s, v));
            }
        }
        return out;
    }

    private static List<AgencyOperatingFacts> agencyOperating(Disclosure d) {
        Optional<PrintedTable> table = d.table(TableRole.AGENCY_OPERATING);
        if (table.isEmpty()) {
            // a layout that prints 机关运行经费 as a column of the 三公 table: the department's, general budget
            return d.table(TableRole.THREE_PUBLIC).filter(t -> t.hasColumn(AGENCY_COLUMN))
                    .map(t -> byColumn(t, AGENCY_COLUMN)).filter(m -> !m.isEmpty())
                    .map(m -> List.of(new AgencyOperatingFacts(d.metadata().department(), m))).orElse(List.of());
        }
        PrintedTable t = table.get();
        List<AgencyOperatingFacts> out = new ArrayList<>();
        for (TableRow r : t.rows()) {
            String unit = cell(t, r, "unitName");
            if (unit.isEmpty() || unit.endsWith("合计")) {
                continue;
            }
            out.add(new AgencyOperatingFacts(unit, bySource(t, r)));
        }
        return out;
    }

    private static Optional<Amount> rowAmount(PrintedTable t, String labelColumn, String label, String column) {
        for (TableRow r : t.rows()) {
            if (cell(t, r, labelColumn).equals(label)) {
                return money(t, r, column);
            }
        }
        return Optional.empty();
    }
}
