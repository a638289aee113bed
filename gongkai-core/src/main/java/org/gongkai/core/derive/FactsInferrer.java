package org.gongkai.core.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.facts.AgencyOperatingFacts;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.DisclosureTexts;
import org.gongkai.core.facts.EconomicLine;
import org.gongkai.core.facts.ExpenditureKind;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.Period;
import org.gongkai.core.facts.PriorYear;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.facts.RevenueLine;
import org.gongkai.core.facts.ThreePublicFacts;
import org.gongkai.core.model.Names;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TextBlock;

/**
 * infer: a printed {@link Disclosure} → the {@link BudgetFacts} behind it. Reads the most detailed
 * tables (T2 by code and source, T5/T8 for basic vs project, T6 by economic code, T12/T13 by
 * project) and the narrative's year-on-year statements. What the document does not say stays
 * unknown (null), never guessed.
 */
public final class FactsInferrer {

    private static final Pattern CHANGE = Pattern.compile("比上年(增加|增长|减少|下降)\\s*([0-9][0-9,]*(?:\\.\\d+)?)\\s*万元");
    private static final Pattern FLAT = Pattern.compile("与上年持平");
    private static final Pattern CURRENT_FIGURE = Pattern.compile("(?:总计|当年支出)\\s*([0-9][0-9,]*(?:\\.\\d+)?)\\s*万元");
    private static final Pattern REASON = Pattern.compile("主要原因是[：:]?(.+?)[。]?$");
    private static final Pattern COVERS = Pattern.compile("主要包括[：:](.+?)[。；]?$");

    private final Catalogue catalogue;

    public FactsInferrer(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public BudgetFacts infer(Disclosure d) {
        String department = d.metadata().department();
        List<BudgetLine> lines = budgetLines(d);
        List<ProjectFacts> projects = new ArrayList<>();
        List<String> units = new ArrayList<>();
        d.table("T12").ifPresent(t -> projects.addAll(projects(t, Period.CURRENT_YEAR, department, units, d)));
        d.table("T13").ifPresent(t -> projects.addAll(projects(t, Period.CARRYOVER, department, units, d)));
        if (units.isEmpty() && department != null) {
            units.add(department);
        }
        BigDecimal carryforward = d.table("T1").flatMap(t -> rowAmount(t, "expenditureItem", "年终结转", "total")).orElse(null);
        return new BudgetFacts(department, d.metadata().unitCode(), d.metadata().region(), d.metadata().fiscalYear(),
                d.metadata().profile(), units, lines, carryforward, economicLines(d), projects, threePublic(d),
                agencyOperating(d), d.procurement(), d.assets(), priorYear(d), d.performanceTargets(), texts(d),
                fundRevenue(d));
    }

    // ---- budget lines ---------------------------------------------------------------------------

    private List<BudgetLine> budgetLines(Disclosure d) {
        Optional<PrintedTable> t2 = d.table("T2");
        if (t2.isEmpty()) {
            return List.of();
        }
        PrintedTable revenue = t2.get();
        Map<String, BigDecimal[]> t5 = basicProjectByCode(d.table("T5"));
        Map<String, BigDecimal[]> t8 = basicProjectByCode(d.table("T8"));
        Map<String, BigDecimal[]> t3 = basicProjectByCode(d.table("T3"));
        FundSource carryoverSource = carryoverSource(d);
        List<String> leaves = leafCodes(revenue);
        String onlyBasicCode = onlyCodeWithBasic(t5);
        BigDecimal[] personnelOperating = economicTotals(d.table("T6"));

        List<BudgetLine> lines = new ArrayList<>();
        for (TableRow row : revenue.rows()) {
            String code = revenue.text(row, "code");
            if (!leaves.contains(code)) {
                continue;
            }
            BigDecimal basicLeft = part(t3.get(code), 0);
            for (FundSource s : FundSource.values()) {
                BigDecimal amount = revenue.amount(row, s.key()).orElse(null);
                if (amount == null || amount.signum() == 0) {
                    continue;
                }
                Map<String, BigDecimal[]> split = s == FundSource.GENERAL_BUDGET ? t5 : s == FundSource.GOVERNMENT_FUND ? t8 : null;
                BigDecimal basic;
                if (split != null && split.containsKey(code)) {
                    basic = part(split.get(code), 0);
                } else {
                    basic = basicLeft.min(amount).max(BigDecimal.ZERO);
                }
                basicLeft = basicLeft.subtract(basic);
                BigDecimal project = amount.subtract(basic);
                if (basic.signum() != 0) {
                    if (s == FundSource.GENERAL_BUDGET && code.equals(onlyBasicCode) && personnelOperating != null
                            && personnelOperating[0].add(personnelOperating[1]).compareTo(basic) == 0) {
                        addIfNonZero(lines, code, s, Period.CURRENT_YEAR, ExpenditureKind.BASIC_PERSONNEL, personnelOperating[0]);
                        addIfNonZero(lines, code, s, Period.CURRENT_YEAR, ExpenditureKind.BASIC_OPERATING, personnelOperating[1]);
                    } else {
                        lines.add(new BudgetLine(code, s, Period.CURRENT_YEAR, ExpenditureKind.BASIC, basic));
                    }
                }
                addIfNonZero(lines, code, s, Period.CURRENT_YEAR, ExpenditureKind.PROJECT, project);
            }
            BigDecimal carry = revenue.amount(row, "carryover").orElse(null);
            if (carry != null && carry.signum() != 0) {
                BigDecimal basic = basicLeft.min(carry).max(BigDecimal.ZERO);
                addIfNonZero(lines, code, carryoverSource, Period.CARRYOVER, ExpenditureKind.BASIC, basic);
                addIfNonZero(lines, code, carryoverSource, Period.CARRYOVER, ExpenditureKind.PROJECT, carry.subtract(basic));
            }
        }
        return lines;
    }

    private static void addIfNonZero(List<BudgetLine> lines, String code, FundSource s, Period p, ExpenditureKind k, BigDecimal v) {
        if (v != null && v.signum() != 0) {
            lines.add(new BudgetLine(code, s, p, k, v));
        }
    }

    private static BigDecimal part(BigDecimal[] basicProject, int i) {
        return basicProject == null || basicProject[i] == null ? BigDecimal.ZERO : basicProject[i];
    }

    /** The codes of T2 that have no printed child: 项 codes, or a 类/款 printed without children. */
    private static List<String> leafCodes(PrintedTable t) {
        List<String> codes = new ArrayList<>();
        for (TableRow r : t.rows()) {
            String c = t.text(r, "code");
            if (Names.isFunctionCode(c)) {
                codes.add(c);
            }
        }
        List<String> leaves = new ArrayList<>();
        for (String c : codes) {
            boolean hasChild = codes.stream().anyMatch(o -> o.length() > c.length() && o.startsWith(c));
            if (!hasChild) {
                leaves.add(c);
            }
        }
        return leaves;
    }

    private static Map<String, BigDecimal[]> basicProjectByCode(Optional<PrintedTable> table) {
        Map<String, BigDecimal[]> out = new HashMap<>();
        table.ifPresent(t -> {
            for (TableRow r : t.rows()) {
                String code = t.text(r, "code");
                if (Names.isDigits(code)) {
                    out.put(code, new BigDecimal[] {t.amount(r, "basic").orElse(null), t.amount(r, "project").orElse(null)});
                }
            }
        });
        return out;
    }

    private static String onlyCodeWithBasic(Map<String, BigDecimal[]> t5) {
        String only = null;
        for (Map.Entry<String, BigDecimal[]> e : t5.entrySet()) {
            if (e.getKey().length() == 7 && e.getValue()[0] != null && e.getValue()[0].signum() != 0) {
                if (only != null) {
                    return null;
                }
                only = e.getKey();
            }
        }
        return only;
    }

    /** [人员经费, 公用经费] of T6's 合计 row, or null. */
    private static BigDecimal[] economicTotals(Optional<PrintedTable> t6) {
        if (t6.isEmpty()) {
            return null;
        }
        PrintedTable t = t6.get();
        for (TableRow r : t.rows()) {
            if (t.text(r, "deptEconomicName").equals("合计")) {
                return new BigDecimal[] {t.amount(r, "personnel").orElse(BigDecimal.ZERO),
                        t.amount(r, "operating").orElse(BigDecimal.ZERO)};
            }
        }
        return null;
    }

    /** The fiscal source of 上年结转, from T4's carryover rows when exactly one carries money. */
    private static FundSource carryoverSource(Disclosure d) {
        Optional<PrintedTable> t4 = d.table("T4");
        if (t4.isPresent()) {
            PrintedTable t = t4.get();
            boolean inCarryover = false;
            FundSource found = null;
            int count = 0;
            for (TableRow r : t.rows()) {
                String item = t.text(r, "incomeItem");
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

    // ---- T6 ---------------------------------------------------------------------------------------

    private List<EconomicLine> economicLines(Disclosure d) {
        Optional<PrintedTable> t6 = d.table("T6");
        if (t6.isEmpty()) {
            return List.of();
        }
        PrintedTable t = t6.get();
        List<EconomicLine> out = new ArrayList<>();
        String classCode = null;
        for (TableRow r : t.rows()) {
            String name = t.text(r, "deptEconomicName");
            String gov = t.text(r, "govEconomicName");
            if (name.equals("合计") || name.isEmpty()) {
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
            String code = catalogue.deptEconomicByName(name, classCode).map(CatalogueEntry::code).orElse(null);
            String govCode = gov.isEmpty() ? null : catalogue.govEconomicByName(gov).map(CatalogueEntry::code).orElse(null);
            out.add(new EconomicLine(code, name, govCode, gov.isEmpty() ? null : gov,
                    t.amount(r, "personnel").orElse(null), t.amount(r, "operating").orElse(null)));
        }
        return out;
    }

    // ---- T12, T13 ----------------------------------------------------------------------------------

    private List<ProjectFacts> projects(PrintedTable t, Period period, String department, List<String> units, Disclosure d) {
        List<TableRow> rows = t.rows().stream().filter(r -> !t.text(r, "projectName").isEmpty()
                && !Names.isDigits(t.text(r, "projectName"))).toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        int start = 0;
        if (department != null && t.text(rows.get(0), "projectName").equals(department)) {
            start = 1;
        }
        List<FundSource> sources = new ArrayList<>();
        for (FundSource s : FundSource.values()) {
            if (t.hasColumn(s.key())) {
                sources.add(s);
            }
        }
        Map<String, String> functionCodes = period == Period.CARRYOVER ? carryoverFunctionCodes(t, rows.subList(start, rows.size()), d) : Map.of();
        List<ProjectFacts> out = new ArrayList<>();
        int i = start;
        while (i < rows.size()) {
            int end = unitBlockEnd(t, rows, i);
            String unit;
            int first;
            if (end > 0) {
                unit = t.text(rows.get(i), "projectName");
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
                Map<FundSource, BigDecimal> amounts = new EnumMap<>(FundSource.class);
                for (FundSource s : sources) {
                    t.amount(r, s.key()).filter(v -> v.signum() != 0).ifPresent(v -> amounts.put(s, v));
                }
                String name = t.text(r, "projectName");
                out.add(new ProjectFacts(name, unit, period, null, functionCodes.get(k - start + "|" + name), amounts));
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
        BigDecimal head = t.amount(rows.get(i), "total").orElse(null);
        if (head == null) {
            return -1;
        }
        BigDecimal running = BigDecimal.ZERO;
        for (int k = i + 1; k < rows.size(); k++) {
            running = running.add(t.amount(rows.get(k), "total").orElse(BigDecimal.ZERO));
            if (running.compareTo(head) == 0) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * Carried-over projects take the function code whose 上年结转 in T2 their amounts add up to,
     * when exactly one way of splitting the projects over the codes exists.
     */
    private Map<String, String> carryoverFunctionCodes(PrintedTable t13, List<TableRow> projectRows, Disclosure d) {
        Optional<PrintedTable> t2 = d.table("T2");
        if (t2.isEmpty()) {
            return Map.of();
        }
        Map<String, BigDecimal> byCode = new LinkedHashMap<>();
        for (String code : leafCodes(t2.get())) {
            for (TableRow r : t2.get().rows()) {
                if (t2.get().text(r, "code").equals(code)) {
                    t2.get().amount(r, "carryover").filter(v -> v.signum() != 0).ifPresent(v -> byCode.put(code, v));
                }
            }
        }
        List<TableRow> projects = projectRows.stream().filter(r -> !t13.text(r, "projectName").equals(d.metadata().department())).toList();
        int n = projects.size();
        if (n == 0 || n > 20 || byCode.isEmpty()) {
            return Map.of();
        }
        List<String> codes = new ArrayList<>(byCode.keySet());
        int[] assignment = new int[n];
        List<int[]> solutions = new ArrayList<>();
        assign(projects, t13, codes, byCode, 0, assignment, new BigDecimal[codes.size()], solutions);
        if (solutions.size() != 1) {
            return Map.of();
        }
        Map<String, String> out = new HashMap<>();
        int[] s = solutions.get(0);
        for (int k = 0; k < n; k++) {
            int index = projectRows.indexOf(projects.get(k));
            out.put(index + "|" + t13.text(projects.get(k), "projectName"), codes.get(s[k]));
        }
        return out;
    }

    private static void assign(List<TableRow> projects, PrintedTable t, List<String> codes, Map<String, BigDecimal> target,
            int k, int[] assignment, BigDecimal[] sums, List<int[]> solutions) {
        if (solutions.size() > 1) {
            return;
        }
        if (k == projects.size()) {
            for (int c = 0; c < codes.size(); c++) {
                if (sums[c] == null || sums[c].compareTo(target.get(codes.get(c))) != 0) {
                    return;
                }
            }
            solutions.add(assignment.clone());
            return;
        }
        BigDecimal v = t.amount(projects.get(k), "total").orElse(BigDecimal.ZERO);
        for (int c = 0; c < codes.size(); c++) {
            BigDecimal next = sums[c] == null ? v : sums[c].add(v);
            if (next.compareTo(target.get(codes.get(c))) > 0) {
                continue;
            }
            BigDecimal before = sums[c];
            sums[c] = next;
            assignment[k] = c;
            assign(projects, t, codes, target, k + 1, assignment, sums, solutions);
            sums[c] = before;
        }
    }

    // ---- T7, T9 revenue -------------------------------------------------------------------------------

    private static List<RevenueLine> fundRevenue(Disclosure d) {
        List<RevenueLine> out = new ArrayList<>();
        d.table("T7").ifPresent(t -> readRevenue(t, "code", "name", "budget", FundSource.GOVERNMENT_FUND, out));
        d.table("T9").ifPresent(t -> readRevenue(t, "incomeCode", "incomeName", "incomeBudget", FundSource.STATE_CAPITAL, out));
        return out;
    }

    private static void readRevenue(PrintedTable t, String code, String name, String amount, FundSource source, List<RevenueLine> out) {
        for (TableRow r : t.rows()) {
            String c = t.text(r, code);
            if (Names.isDigits(c)) {
                t.amount(r, amount).filter(v -> v.signum() != 0)
                        .ifPresent(v -> out.add(new RevenueLine(source, c, t.text(r, name), v)));
            }
        }
    }

    // ---- T10, T11 -----------------------------------------------------------------------------------

    private static ThreePublicFacts threePublic(Disclosure d) {
        Optional<PrintedTable> t10 = d.table("T10");
        if (t10.isEmpty()) {
            return ThreePublicFacts.none();
        }
        PrintedTable t = t10.get();
        return new ThreePublicFacts(bySource(t, "item", "出国"), bySource(t, "item", "接待"),
                bySource(t, "item", "购置费"), bySource(t, "item", "运行维护费"));
    }

    private static Map<FundSource, BigDecimal> bySource(PrintedTable t, String labelColumn, String labelPart) {
        Map<FundSource, BigDecimal> out = new EnumMap<>(FundSource.class);
        for (TableRow r : t.rows()) {
            String label = t.text(r, labelColumn);
            if (label.contains(labelPart) && !label.contains("及运行")) {
                for (FundSource s : FundSource.values()) {
                    if (t.hasColumn(s.key())) {
                        t.amount(r, s.key()).filter(v -> v.signum() != 0).ifPresent(v -> out.put(s, v));
                    }
                }
                return out;
            }
        }
        return out;
    }

    private static List<AgencyOperatingFacts> agencyOperating(Disclosure d) {
        Optional<PrintedTable> t11 = d.table("T11");
        if (t11.isEmpty()) {
            return List.of();
        }
        PrintedTable t = t11.get();
        List<AgencyOperatingFacts> out = new ArrayList<>();
        for (TableRow r : t.rows()) {
            String unit = t.text(r, "unitName");
            if (unit.isEmpty() || unit.endsWith("合计")) {
                continue;
            }
            Map<FundSource, BigDecimal> amounts = new EnumMap<>(FundSource.class);
            for (FundSource s : FundSource.values()) {
                if (t.hasColumn(s.key())) {
                    t.amount(r, s.key()).filter(v -> v.signum() != 0).ifPresent(v -> amounts.put(s, v));
                }
            }
            out.add(new AgencyOperatingFacts(unit, amounts));
        }
        return out;
    }

    // ---- narrative --------------------------------------------------------------------------------

    /**
     * Last year's totals from the narrative's year-on-year statements: in a clause ("；"-separated)
     * that states "收入总计 X万元 … 比上年增加 Y万元", last year was X − Y.
     */
    private static PriorYear priorYear(Disclosure d) {
        BigDecimal revenue = null;
        BigDecimal expenditure = null;
        BigDecimal generalBudget = null;
        if (d.narrative() == null) {
            return PriorYear.unknown();
        }
        for (NarrativeSection s : d.narrative().sections()) {
            for (TextBlock p : s.paragraphs()) {
                for (String clause : p.text().split("[；;]")) {
                    BigDecimal prior = priorFrom(clause);
                    if (prior == null) {
                        continue;
                    }
                    if (clause.contains("收入总计") && revenue == null) {
                        revenue = prior;
                    } else if (clause.contains("支出总计") && expenditure == null) {
                        expenditure = prior;
                    } else if (clause.contains("一般公共预算当年支出") && generalBudget == null) {
                        generalBudget = prior;
                    }
                }
            }
        }
        return new PriorYear(revenue, expenditure, generalBudget, null, null);
    }

    /** The narrative's own words: duties, organization, reasons, what 人员/公用经费 cover. */
    private static DisclosureTexts texts(Disclosure d) {
        List<String> duties = d.overview() == null ? List.of() : d.overview().duties().stream().map(TextBlock::text).toList();
        List<String> organization = d.overview() == null ? List.of()
                : d.overview().organization().stream().map(TextBlock::text).toList();
        String revenueReason = null;
        String expenditureReason = null;
        String generalBudgetReason = null;
        String personnel = null;
        String operating = null;
        String services = null;
        String other = null;
        if (d.narrative() != null) {
            for (NarrativeSection s : d.narrative().sections()) {
                for (TextBlock p : s.paragraphs()) {
                    for (String clause : p.text().split("[；;]")) {
                        String reason = group(clause, REASON);
                        if (reason != null && clause.contains("收入总计") && revenueReason == null) {
                            revenueReason = reason;
                        } else if (reason != null && clause.contains("支出总计") && expenditureReason == null) {
                            expenditureReason = reason;
                        } else if (reason != null && clause.contains("一般公共预算当年支出") && generalBudgetReason == null) {
                            generalBudgetReason = reason;
                        }
                        String covers = group(clause, COVERS);
                        if (covers != null && clause.startsWith("人员经费")) {
                            personnel = covers;
                        } else if (covers != null && clause.startsWith("公用经费")) {
                            operating = covers;
                        }
                    }
                }
                if (s.heading().contains("其他说明")) {
                    services = textAfter(s, "政府购买服务");
                    other = textAfter(s, "（二）");
                }
            }
        }
        return new DisclosureTexts(duties, organization, revenueReason, expenditureReason, generalBudgetReason, personnel,
                operating, null, null, services, other, d.glossary());
    }

    /** The paragraph that follows the first paragraph containing {@code marker}, if any. */
    private static String textAfter(NarrativeSection s, String marker) {
        List<TextBlock> ps = s.paragraphs();
        for (int i = 0; i + 1 < ps.size(); i++) {
            if (ps.get(i).text().contains(marker)) {
                return ps.get(i + 1).text();
            }
        }
        return null;
    }

    private static String group(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text.strip());
        return m.find() ? m.group(1).strip() : null;
    }

    private static BigDecimal priorFrom(String clause) {
        Matcher m = CURRENT_FIGURE.matcher(clause);
        if (!m.find()) {
            return null;
        }
        BigDecimal current = Numbers.parseAmount(m.group(1));
        if (FLAT.matcher(clause).find()) {
            return current;
        }
        Matcher c = CHANGE.matcher(clause);
        if (!c.find()) {
            return null;
        }
        BigDecimal change = Numbers.parseAmount(c.group(2));
        boolean increase = c.group(1).equals("增加") || c.group(1).equals("增长");
        return increase ? current.subtract(change) : current.add(change);
    }

    private static Optional<BigDecimal> rowAmount(PrintedTable t, String labelColumn, String label, String column) {
        for (TableRow r : t.rows()) {
            if (t.text(r, labelColumn).equals(label)) {
                return t.amount(r, column);
            }
        }
        return Optional.empty();
    }
}
