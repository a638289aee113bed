package org.gongkai.core.check.narrative;

import org.gongkai.core.check.engine.CheckContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.check.narrative.NarrativeText.Scope;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.model.Names;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;

/**
 * The table figures a narrative may quote, by key, and the mapping from a statement's subject
 * ("一般公共预算拨款收入", "城乡社区支出", "人员经费") to them. The mapping works by keywords and by the
 * names of 科目 rows; the (sub-)section decides between tables where the same words name different
 * figures (城乡社区支出 is T5's row under 一般公共预算支出, T4's under 财政拨款, T3's otherwise).
 */
public final class NarrativeFigures {

    /**
     * A figure of a table.
     *
     * @param key        e.g. "revenue.total"
     * @param label      for messages, e.g. "表1“收入总计”"
     * @param value      in {@link #unit}; a blank cell of a printed row is 0
     * @param unit       the table's unit
     * @param emptyTable whether its table has no data ("本表无数据")
     */
    record Figure(String key, String label, BigDecimal value, MoneyUnit unit, boolean emptyTable) {
    }

    /** A printed row of a table by 科目 (function or economic classification). */
    record NamedRow(String table, String code, String name, BigDecimal value, MoneyUnit unit, int line) {

        Figure figure() {
            String shown = code == null ? name : code + " " + name;
            return new Figure("row." + table + "." + name, tableName(table) + "“" + shown + "”", value, unit, false);
        }
    }

    private static final Pattern NUMBERING = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern LEVEL_NOTE = Pattern.compile("[（(][类款项][）)]$");
    private static final Pattern BARE_REVENUE = Pattern.compile("^(?:其中|主要包括|包括)?(?:本?部门|单位)?(?:预算)?收入(?:预算)?$");
    private static final Pattern BARE_EXPENDITURE = Pattern.compile("^(?:其中|主要包括|包括)?(?:本?部门|单位)?(?:预算)?支出(?:预算)?$");

    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final List<NamedRow> functionRows = new ArrayList<>();
    private final List<NamedRow> economicRows = new ArrayList<>();
    private final Set<String> functionNames = new LinkedHashSet<>();
    private final Set<String> economicNames = new LinkedHashSet<>();
    private final Set<String> tables = new LinkedHashSet<>();
    private int currentProjectCount;
    private int carryoverProjectCount;

    private NarrativeFigures() {
    }

    /** The figures of the context's tables and facts. */
    static NarrativeFigures of(CheckContext context) {
        return context.memo("narrative.figures", NarrativeFigures::read);
    }

    private static NarrativeFigures read(CheckContext context) {
        NarrativeFigures f = new NarrativeFigures();
        context.table("T1").ifPresent(f::readT1);
        context.table("T3").ifPresent(t -> f.readByCode(t, "all"));
        context.table("T4").ifPresent(f::readT4);
        context.table("T5").ifPresent(t -> f.readByCode(t, "general"));
        context.table("T6").ifPresent(f::readT6);
        context.table("T10").ifPresent(f::readT10);
        context.table("T11").ifPresent(f::readT11);
        f.readProjects(context);
        f.readCatalogue(context.catalogue());
        return f;
    }

    Optional<Figure> get(String key) {
        return Optional.ofNullable(figures.get(key));
    }

    List<Figure> keys(String... keys) {
        List<Figure> out = new ArrayList<>();
        for (String k : keys) {
            Figure f = figures.get(k);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether the document has a table with this id. */
    boolean hasTable(String id) {
        return tables.contains(id);
    }

    int currentProjectCount() {
        return currentProjectCount;
    }

    int carryoverProjectCount() {
        return carryoverProjectCount;
    }

    /** Function-classification rows of the table the scope's class lists refer to. */
    List<NamedRow> functionRows(Scope scope) {
        List<String> order = classTables(scope);
        List<NamedRow> out = new ArrayList<>();
        for (String t : order) {
            functionRows.stream().filter(r -> r.table().equals(t)).forEach(out::add);
        }
        return out;
    }

    /** Every 支出功能分类 name known: the year's catalogue and the tables' rows. */
    Set<String> functionNames() {
        return functionNames;
    }

    /** T6's rows by 部门预算支出经济分类 name. */
    List<NamedRow> economicRows() {
        return economicRows;
    }

    /**
     * The figures a subject may refer to, most likely first; empty when the subject names nothing
     * the tables hold (a project, an asset, a procurement amount…), which leaves it unchecked.
     */
    List<Figure> resolve(String subject, Scope scope) {
        String s = LEVEL_NOTE.matcher(subject).replaceAll("");
        if (s.isEmpty() || scope == Scope.PROCUREMENT || scope == Scope.ASSETS) {
            return List.of();
        }
        if (s.contains("因公出国")) {
            return keys("threePublic.outbound");
        }
        if (s.contains("公务接待")) {
            return keys("threePublic.reception");
        }
        if (s.contains("购置及运行") || s.contains("购置和运行")) {
            return keys("threePublic.vehicle");
        }
        if (s.contains("车购置")) {
            return keys("threePublic.vehiclePurchase");
        }
        if (s.contains("运行维护")) {
            return keys("threePublic.vehicleOperation");
        }
        if (s.contains("三公")) {
            return keys("threePublic.total");
        }
        if (s.contains("机关运行经费")) {
            return keys("agency.total");
        }
        if (s.contains("人员经费")) {
            return keys("basic.personnel");
        }
        if (s.contains("公用经费")) {
            return keys("basic.operating");
        }
        List<Figure> named = byName(s, scope);
        if (named != null) {
            return named;
        }
        boolean generalWords = s.contains("一般公共预算");
        if (generalWords && (s.contains("当年支出") || s.contains("支出预算") || s.endsWith("一般公共预算支出"))) {
            return s.contains("当年") ? keys("general.total") : keys("general.total", "fiscal.generalBudget.expenditure");
        }
        boolean general = generalWords || scope == Scope.GENERAL || scope == Scope.BASIC;
        if (s.contains("基本支出")) {
            if (general) {
                return keys("general.basic", "basic.total");
            }
            return scope == Scope.PERFORMANCE ? keys("general.basic", "all.basic") : keys("all.basic");
        }
        if (s.contains("项目支出")) {
            if (general) {
                return keys("general.project", "projects.current");
            }
            if (scope == Scope.PERFORMANCE) {
                return s.contains("总") ? keys("all.project", "general.project", "projects.current")
                        : keys("general.project", "projects.current", "all.project");
            }
            return keys("all.project");
        }
        boolean fiscal = scope == Scope.FISCAL || s.contains("财政拨款");
        if (s.contains("年终结转") || s.contains("结转下年")) {
            return keys("expenditure.carryforward");
        }
        if (s.contains("结转")) {
            return fiscal ? keys("fiscal.carryover") : keys("revenue.carryover", "expenditure.carryover");
        }
        if (s.contains("总计") || s.contains("总预算") || s.contains("总额")) {
            if (fiscal) {
                return keys("fiscal.total", "fiscal.expenditure");
            }
            boolean in = s.contains("收入");
            boolean out = s.contains("支出");
            if (in && !out) {
                return keys("revenue.total");
            }
            if (out && !in) {
                return keys("expenditure.total");
            }
            return keys("revenue.total", "expenditure.total");
        }
        for (FundSource source : FundSource.values()) {
            if (mentions(s, source)) {
                if (fiscal && source.isFiscalAppropriation()) {
                    return keys("fiscal." + source.key(), "fiscal." + source.key() + ".all");
                }
                return keys("revenue." + source.key());
            }
        }
        if (s.contains("本年") || s.contains("当年")) {
            if (fiscal) {
                return keys("fiscal.current");
            }
            if (s.contains("支出")) {
                return keys("expenditure.current", "expenditure.arranged");
            }
            if (s.contains("安排")) {
                return keys("expenditure.arranged", "revenue.current");
            }
            if (s.contains("收入") || s.contains("拨款") || s.contains("预算")) {
                return keys("revenue.current", "expenditure.arranged");
            }
            return List.of();
        }
        if (s.contains("财政拨款")) {
            return keys("fiscal.total", "fiscal.current");
        }
        if (s.contains("预算资金")) {
            return keys("revenue.current", "revenue.total", "general.total");
        }
        if (BARE_REVENUE.matcher(s).matches()) {
            return keys("revenue.total", "revenue.current");
        }
        if (BARE_EXPENDITURE.matcher(s).matches()) {
            return keys("expenditure.total", "expenditure.current");
        }
        return List.of();
    }

    /** The 科目 name a subject ends with (the longest known), or null. */
    String functionNameAtEnd(String subject) {
        String s = LEVEL_NOTE.matcher(subject).replaceAll("");
        String best = null;
        for (String n : functionNames) {
            if (s.endsWith(n) && (best == null || n.length() > best.length())) {
                best = n;
            }
        }
        return best;
    }

    private String economicNameAtEnd(String s) {
        String best = null;
        for (String n : economicNames) {
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
            economicRows.stream().filter(r -> r.name().equals(e)).forEach(r -> out.add(r.figure()));
            if (out.isEmpty() && hasTable("T6")) {
                out.add(new Figure("row.T6." + e, "表6（无“" + e + "”行）", BigDecimal.ZERO, MoneyUnit.WAN, false));
            }
            return out;
        }
        String name = functionNameAtEnd(s);
        if (name == null) {
            return null;
        }
        List<String> order = classTables(scope);
        if (order.isEmpty()) {
            return List.of();
        }
        for (String t : order) {
            List<Figure> out = new ArrayList<>();
            functionRows.stream().filter(r -> r.table().equals(t) && r.name().equals(name)).forEach(r -> out.add(r.figure()));
            if (!out.isEmpty()) {
                return out;
            }
        }
        String first = order.stream().filter(this::hasTable).findFirst().orElse(null);
        if (first == null) {
            return List.of();
        }
        return List.of(new Figure("row." + first + "." + name, tableName(first) + "（无“" + name + "”行）", BigDecimal.ZERO,
                MoneyUnit.WAN, false));
    }

    /** Which tables a list of 科目 in this scope quotes, in order of preference. */
    private static List<String> classTables(Scope scope) {
        return switch (scope) {
            case GENERAL -> List.of("T5");
            case FISCAL -> List.of("T4", "T3");
            case OVERVIEW, EXPENDITURE, REVENUE, OTHER -> List.of("T3", "T1");
            default -> List.of();
        };
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

    static String tableName(String id) {
        return id.startsWith("T") ? "表" + id.substring(1) : id;
    }

    // ---- reading the tables ---------------------------------------------------------------------

    private void put(String key, String label, PrintedTable t, TableRow r, String column) {
        if (!t.hasColumn(column)) {
            return;
        }
        BigDecimal v = amount(t, r, column);
        figures.putIfAbsent(key, new Figure(key, label, v, t.unit(), isEmpty(t)));
    }

    private static BigDecimal amount(PrintedTable t, TableRow r, String column) {
        String text = t.text(r, column);
        return text.isEmpty() || !Numbers.isAmount(text) ? BigDecimal.ZERO : Numbers.parseAmount(text);
    }

    /** A table with a no-data note, or without any non-zero amount. */
    static boolean isEmpty(PrintedTable t) {
        if (t.hasNoDataNote()) {
            return true;
        }
        for (TableRow r : t.rows()) {
            for (int i = 0; i < t.columns().size(); i++) {
                if (t.columns().get(i).type() == ColumnType.AMOUNT) {
                    String text = r.cell(i);
                    if (Numbers.isAmount(text) && Numbers.parseAmount(text).signum() != 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static String plain(String label) {
        return NUMBERING.matcher(label.replaceAll("\\s+", "")).replaceAll("");
    }

    private void readT1(PrintedTable t) {
        tables.add(t.id());
        for (TableRow r : t.rows()) {
            String in = plain(t.text(r, "incomeItem"));
            String label = "表1“" + in + "”";
            switch (in) {
                case "" -> { }
                case "本年收入合计" -> put("revenue.current", label, t, r, "incomeAmount");
                case "上年结转" -> put("revenue.carryover", label, t, r, "incomeAmount");
                case "收入总计" -> put("revenue.total", label, t, r, "incomeAmount");
                default -> {
                    for (FundSource s : FundSource.values()) {
                        if (in.equals(s.label())) {
                            put("revenue." + s.key(), label, t, r, "incomeAmount");
                        }
                    }
                }
            }
            String out = plain(t.text(r, "expenditureItem"));
            String outLabel = "表1“" + out + "”";
            switch (out) {
                case "" -> { }
                case "本年支出合计" -> put("expenditure.current", outLabel, t, r, "total");
                case "支出总计" -> {
                    put("expenditure.total", outLabel, t, r, "total");
                    put("expenditure.arranged", outLabel + "当年预算安排", t, r, "currentYear");
                    put("expenditure.carryover", outLabel + "上年结转安排", t, r, "carryover");
                }
                case "年终结转" -> put("expenditure.carryforward", outLabel, t, r, "total");
                default -> functionRows.add(new NamedRow("T1", null, out, amount(t, r, "total"), t.unit(), r.line()));
            }
        }
    }

    private void readT4(PrintedTable t) {
        tables.add(t.id());
        boolean carryover = false;
        for (TableRow r : t.rows()) {
            String in = plain(t.text(r, "incomeItem"));
            if (!in.isEmpty()) {
                if (!carryover && in.contains("结转")) {
                    carryover = true;
                    put("fiscal.carryover", "表4“" + in + "”", t, r, "incomeAmount");
                } else if (in.equals("本年收入合计")) {
                    put("fiscal.current", "表4“本年收入合计”", t, r, "incomeAmount");
                } else if (in.equals("收入总计")) {
                    put("fiscal.total", "表4“收入总计”", t, r, "incomeAmount");
                } else {
                    for (FundSource s : FundSource.values()) {
                        if (in.equals(s.label())) {
                            String key = "fiscal." + s.key() + (carryover ? ".carryover" : "");
                            put(key, "表4" + (carryover ? "上年结转" : "本年") + "“" + in + "”", t, r, "incomeAmount");
                        }
                    }
                }
            }
            String out = plain(t.text(r, "expenditureItem"));
            if (out.equals("支出总计")) {
                put("fiscal.expenditure", "表4“支出总计”", t, r, "subtotal");
                for (FundSource s : FundSource.values()) {
                    put("fiscal." + s.key() + ".expenditure", "表4“支出总计”" + s.label(), t, r, s.key());
                }
            } else if (!out.isEmpty() && !out.equals("本年支出合计") && !out.equals("年终结转")) {
                functionRows.add(new NamedRow("T4", null, out, amount(t, r, "subtotal"), t.unit(), r.line()));
            }
        }
        for (FundSource s : FundSource.values()) {
            Figure current = figures.get("fiscal." + s.key());
            Figure carried = figures.get("fiscal." + s.key() + ".carryover");
            if (current != null && carried != null) {
                String key = "fiscal." + s.key() + ".all";
                figures.put(key, new Figure(key, "表4“" + s.label() + "”本年与上年结转合计", current.value().add(carried.value()),
                        current.unit(), false));
            }
        }
    }

    private void readByCode(PrintedTable t, String prefix) {
        tables.add(t.id());
        String table = tableName(t.id());
        for (TableRow r : t.rows()) {
            String code = t.hasColumn("code") ? t.text(r, "code") : "";
            String name = t.hasColumn("name") ? plain(t.text(r, "name")) : "";
            if (code.equals("合计") || name.equals("合计")) {
                put(prefix + ".total", table + "“合计”", t, r, "total");
                put(prefix + ".basic", table + "“合计”基本支出", t, r, "basic");
                put(prefix + ".project", table + "“合计”项目支出", t, r, "project");
            } else if (Names.isFunctionCode(code) && !name.isEmpty()) {
                functionRows.add(new NamedRow(t.id(), code, name, amount(t, r, "total"), t.unit(), r.line()));
            }
        }
    }

    private void readT6(PrintedTable t) {
        tables.add(t.id());
        for (TableRow r : t.rows()) {
            String name = plain(t.text(r, "deptEconomicName"));
            if (name.equals("合计")) {
                put("basic.total", "表6“合计”", t, r, "total");
                put("basic.personnel", "表6“合计”人员经费", t, r, "personnel");
                put("basic.operating", "表6“合计”公用经费", t, r, "operating");
            } else if (!name.isEmpty()) {
                economicRows.add(new NamedRow("T6", null, name, amount(t, r, "total"), t.unit(), r.line()));
            }
        }
    }

    /** T6's row amount in one column (人员经费 / 公用经费). */
    static BigDecimal economicAmount(PrintedTable t6, String name, String column) {
        for (TableRow r : t6.rows()) {
            if (plain(t6.text(r, "deptEconomicName")).equals(name) && t6.hasColumn(column)) {
                return amount(t6, r, column);
            }
        }
        return null;
    }

    private void readT10(PrintedTable t) {
        tables.add(t.id());
        for (TableRow r : t.rows()) {
            String item = plain(t.text(r, "item"));
            String label = "表10“" + item + "”";
            if (item.equals("合计")) {
                put("threePublic.total", label, t, r, "total");
            } else if (item.contains("出国")) {
                put("threePublic.outbound", label, t, r, "total");
            } else if (item.contains("接待")) {
                put("threePublic.reception", label, t, r, "total");
            } else if (item.contains("购置及运行")) {
                put("threePublic.vehicle", label, t, r, "total");
            } else if (item.contains("购置")) {
                put("threePublic.vehiclePurchase", label, t, r, "total");
            } else if (item.contains("运行")) {
                put("threePublic.vehicleOperation", label, t, r, "total");
            }
        }
    }

    private void readT11(PrintedTable t) {
        tables.add(t.id());
        BigDecimal units = BigDecimal.ZERO;
        for (TableRow r : t.rows()) {
            String unit = plain(t.text(r, "unitName"));
            if (unit.endsWith("合计")) {
                put("agency.total", "表11“" + unit + "”", t, r, "total");
            } else if (!unit.isEmpty()) {
                units = units.add(amount(t, r, "total"));
            }
        }
        figures.putIfAbsent("agency.total", new Figure("agency.total", "表11各单位合计", units, t.unit(), isEmpty(t)));
    }

    private void readProjects(CheckContext context) {
        BigDecimal current = null;
        BigDecimal carried = null;
        for (ProjectFacts p : context.facts().projects()) {
            BigDecimal total = p.total().to(MoneyUnit.WAN).value();
            if (p.fundYear() == FundYear.CURRENT_YEAR) {
                currentProjectCount++;
                current = current == null ? total : current.add(total);
            } else {
                carryoverProjectCount++;
                carried = carried == null ? total : carried.add(total);
            }
        }
        if (current != null) {
            figures.put("projects.current", new Figure("projects.current", "表12项目合计", current, MoneyUnit.WAN, false));
        }
        if (carried != null) {
            figures.put("projects.carryover", new Figure("projects.carryover", "表13项目合计", carried, MoneyUnit.WAN, false));
        }
    }

    private void readCatalogue(Catalogue catalogue) {
        CatalogueNames names = CATALOGUE_NAMES.computeIfAbsent(catalogue, CatalogueNames::of);
        functionNames.addAll(names.functions());
        for (NamedRow r : functionRows) {
            functionNames.add(r.name());
        }
        economicNames.addAll(names.economic());
        for (NamedRow r : economicRows) {
            economicNames.add(r.name());
        }
    }

    /** The names of a year's catalogue, collected once per catalogue (catalogues are cached per year). */
    private record CatalogueNames(Set<String> functions, Set<String> economic) {
        static CatalogueNames of(Catalogue catalogue) {
            Set<String> functions = new LinkedHashSet<>();
            for (CatalogueEntry c : catalogue.functionClasses()) {
                addFunctionNames(catalogue, c, functions);
            }
            Set<String> economic = new LinkedHashSet<>();
            for (CatalogueEntry c : catalogue.deptEconomicClasses()) {
                economic.add(c.name().replaceAll("\\s+", ""));
                for (int i = 1; i <= 99; i++) {
                    catalogue.deptEconomic(c.code() + (i < 10 ? "0" : "") + i)
                            .ifPresent(k -> economic.add(k.name().replaceAll("\\s+", "")));
                }
            }
            return new CatalogueNames(java.util.Collections.unmodifiableSet(functions), java.util.Collections.unmodifiableSet(economic));
        }
    }

    private static final java.util.Map<Catalogue, CatalogueNames> CATALOGUE_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private static void addFunctionNames(Catalogue catalogue, CatalogueEntry e, Set<String> out) {
        out.add(e.name().replaceAll("\\s+", ""));
        for (CatalogueEntry child : catalogue.functionChildren(e.code())) {
            addFunctionNames(catalogue, child, out);
        }
    }
}
