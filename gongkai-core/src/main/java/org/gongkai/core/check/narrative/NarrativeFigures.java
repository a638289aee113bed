package org.gongkai.core.check.narrative;

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
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.narrative.NarrativeText.Scope;
import org.gongkai.core.facts.FigureKey;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.model.TableRow;

/**
 * The table figures a narrative may quote, by key, and the mapping from a statement's subject
 * ("一般公共预算拨款收入", "城乡社区支出", "人员经费") to them. The mapping works by keywords and by the
 * names of 科目 rows; the (sub-)section decides between tables where the same words name different
 * figures (城乡社区支出 is the general-budget table's row under 一般公共预算支出, the fiscal summary's
 * under 财政拨款, the expenditure-by-function table's otherwise). Tables are found by their role;
 * each figure carries the {@link FigureKey} the narrative writer cites it by.
 */
public final class NarrativeFigures {

    /**
     * A figure of a table.
     *
     * @param key        the figure's name, shared with the narrative writer, e.g. {@link FigureKey#REVENUE_TOTAL}
     * @param label      for messages, the table as the profile names it and the row, e.g. "表一“收入总计”"
     * @param value      in {@link #unit}; a blank cell of a printed row is 0
     * @param unit       the table's unit
     * @param emptyTable whether its table has no data ("本表无数据")
     */
    record Figure(FigureKey key, String label, BigDecimal value, MoneyUnit unit, boolean emptyTable) {
    }

    /** A printed row of a table by 科目 (function or economic classification). */
    record NamedRow(TableRole role, String table, String code, String name, BigDecimal value, MoneyUnit unit, int line) {

        Figure figure() {
            String shown = code == null ? name : code + " " + name;
            return new Figure(FigureKey.row(role, code == null ? name : code, column(role)), table + "“" + shown + "”", value,
                    unit, false);
        }

        /** The amount column a 科目 row is quoted from. */
        static String column(TableRole role) {
            return role == TableRole.FISCAL_SUMMARY ? "subtotal" : "total";
        }
    }

    private static final Pattern NUMBERING = Pattern.compile("^[一二三四五六七八九十]+、");

    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final List<NamedRow> functionRows = new ArrayList<>();
    private final List<NamedRow> economicRows = new ArrayList<>();
    private final Set<String> functionNames = new LinkedHashSet<>();
    private final Set<String> economicNames = new LinkedHashSet<>();
    private final Set<TableRole> tables = new LinkedHashSet<>();
    private final Map<TableRole, String> tableNames = new LinkedHashMap<>();
    /** Reads subjects against these figures; it holds no state of its own. */
    private final NarrativeSubjects subjects = new NarrativeSubjects(this);
    private int currentProjectCount;
    private int carryoverProjectCount;

    private NarrativeFigures(CheckContext context) {
        for (TableRole role : TableRole.values()) {
            tableNames.put(role, context.tableName(role));
        }
    }

    /** The figures of the context's tables and facts. */
    static NarrativeFigures of(CheckContext context) {
        return context.memo("narrative.figures", NarrativeFigures::read);
    }

    private static NarrativeFigures read(CheckContext context) {
        NarrativeFigures f = new NarrativeFigures(context);
        context.table(TableRole.BUDGET_SUMMARY).ifPresent(f::readBudgetSummary);
        context.table(TableRole.EXPENDITURE_BY_FUNCTION).ifPresent(t -> f.readByCode(t, TableRole.EXPENDITURE_BY_FUNCTION,
                FigureKey.ALL_TOTAL, FigureKey.ALL_BASIC, FigureKey.ALL_PROJECT));
        context.table(TableRole.FISCAL_SUMMARY).ifPresent(f::readFiscalSummary);
        context.table(TableRole.GENERAL_BUDGET_BY_FUNCTION).ifPresent(t -> f.readByCode(t, TableRole.GENERAL_BUDGET_BY_FUNCTION,
                FigureKey.GENERAL_TOTAL, FigureKey.GENERAL_BASIC, FigureKey.GENERAL_PROJECT));
        context.table(TableRole.BASIC_BY_ECONOMIC).ifPresent(f::readBasicByEconomic);
        context.table(TableRole.THREE_PUBLIC).ifPresent(f::readThreePublic);
        context.table(TableRole.AGENCY_OPERATING).ifPresent(f::readAgencyOperating);
        f.readProjects(context);
        f.readCatalogue(context.catalogue());
        return f;
    }

    /** A value in unit {@code from} expressed in unit {@code to}, exactly. */
    static BigDecimal convert(BigDecimal value, MoneyUnit from, MoneyUnit to) {
        return new org.gongkai.core.model.Amount(value, from).to(to).value();
    }

    /** "表一“收入总计”48966.85万元": a figure for messages. */
    static String describe(Figure f) {
        return f.label() + f.value().toPlainString() + f.unit().label();
    }

    Optional<Figure> get(FigureKey key) {
        return Optional.ofNullable(figures.get(key.id()));
    }

    /** Every figure read, by key id. */
    Map<String, Figure> all() {
        return java.util.Collections.unmodifiableMap(figures);
    }

    /**
     * The figure under a key id, whether a total, a figure by source or a 科目 row
     * ({@link FigureKey#row}); empty when the tables hold no such figure.
     */
    Optional<Figure> find(String id) {
        Figure f = figures.get(id);
        if (f != null) {
            return Optional.of(f);
        }
        return java.util.stream.Stream.concat(functionRows.stream(), economicRows.stream()).map(NamedRow::figure)
                .filter(r -> r.key().id().equals(id)).findFirst();
    }

    List<Figure> keys(FigureKey... keys) {
        List<Figure> out = new ArrayList<>();
        for (FigureKey k : keys) {
            Figure f = figures.get(k.id());
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether the document prints a table of this role. */
    boolean hasTable(TableRole role) {
        return tables.contains(role);
    }

    /** The table of this role as the profile names it ("表五"). */
    String tableName(TableRole role) {
        return tableNames.get(role);
    }

    int currentProjectCount() {
        return currentProjectCount;
    }

    int carryoverProjectCount() {
        return carryoverProjectCount;
    }

    /** Function-classification rows of the table the scope's class lists refer to. */
    List<NamedRow> functionRows(Scope scope) {
        List<TableRole> order = classTables(scope);
        List<NamedRow> out = new ArrayList<>();
        for (TableRole t : order) {
            functionRows.stream().filter(r -> r.role() == t).forEach(out::add);
        }
        return out;
    }

    /** Every 支出功能分类 name known: the year's catalogue and the tables' rows. */
    Set<String> functionNames() {
        return functionNames;
    }

    /** The basic-expenditure-by-economic-class table's rows by 部门预算支出经济分类 name. */
    List<NamedRow> economicRows() {
        return economicRows;
    }

    /**
     * The figures a subject may refer to, most likely first; empty when the subject names nothing
     * the tables hold (see {@link NarrativeSubjects#resolve}).
     */
    List<Figure> resolve(String subject, Scope scope) {
        return subjects.resolve(subject, scope);
    }

    /** The 支出功能分类 name a subject ends with, if any (see {@link NarrativeSubjects#functionNameAtEnd}). */
    String functionNameAtEnd(String subject) {
        return subjects.functionNameAtEnd(subject);
    }

    /** Every function-classification row read, in table order. */
    List<NamedRow> allFunctionRows() {
        return functionRows;
    }

    /** Every 部门预算支出经济分类 name known. */
    Set<String> economicNames() {
        return economicNames;
    }


    /** Which tables a list of 科目 in this scope quotes, in order of preference. */
    static List<TableRole> classTables(Scope scope) {
        return switch (scope) {
            case GENERAL -> List.of(TableRole.GENERAL_BUDGET_BY_FUNCTION);
            case FISCAL -> List.of(TableRole.FISCAL_SUMMARY, TableRole.EXPENDITURE_BY_FUNCTION);
            case OVERVIEW, EXPENDITURE, REVENUE, OTHER -> List.of(TableRole.EXPENDITURE_BY_FUNCTION, TableRole.BUDGET_SUMMARY);
            default -> List.of();
        };
    }

    // ---- reading the tables ---------------------------------------------------------------------

    /** The figure {@code key} from row {@code r} of table {@code t}, in the key's column. */
    private void put(FigureKey key, String label, PrintedTable t, TableRow r) {
        if (!t.hasColumn(key.column())) {
            return;
        }
        BigDecimal v = amount(t, r, key.column());
        figures.putIfAbsent(key.id(), new Figure(key, label, v, t.unit(), isEmpty(t)));
    }

    private static BigDecimal amount(PrintedTable t, TableRow r, String column) {
        String text = t.text(r, column);
        return text.isEmpty() || !Numbers.isAmount(text) ? BigDecimal.ZERO : Numbers.parseAmount(text);
    }

    /**
     * A table without any non-zero amount. A no-data note ("本表无数据") over printed amounts does not empty it:
     * the note is then wrong (cross.empty-note), not the narrative quoting the amounts.
     */
    static boolean isEmpty(PrintedTable t) {
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

    private void readBudgetSummary(PrintedTable t) {
        TableRole role = TableRole.BUDGET_SUMMARY;
        tables.add(role);
        String table = tableName(role);
        for (TableRow r : t.rows()) {
            String in = plain(t.text(r, "incomeItem"));
            String label = table + "“" + in + "”";
            switch (in) {
                case "" -> { }
                case "本年收入合计" -> put(FigureKey.REVENUE_CURRENT, label, t, r);
                case "上年结转" -> put(FigureKey.REVENUE_CARRYOVER, label, t, r);
                case "收入总计" -> put(FigureKey.REVENUE_TOTAL, label, t, r);
                default -> {
                    for (FundSource s : FundSource.values()) {
                        if (in.equals(s.label())) {
                            put(FigureKey.revenue(s), label, t, r);
                        }
                    }
                }
            }
            String out = plain(t.text(r, "expenditureItem"));
            String outLabel = table + "“" + out + "”";
            switch (out) {
                case "" -> { }
                case "本年支出合计" -> put(FigureKey.EXPENDITURE_CURRENT, outLabel, t, r);
                case "支出总计" -> {
                    put(FigureKey.EXPENDITURE_TOTAL, outLabel, t, r);
                    put(FigureKey.EXPENDITURE_ARRANGED, outLabel + "当年预算安排", t, r);
                    put(FigureKey.EXPENDITURE_CARRYOVER, outLabel + "上年结转安排", t, r);
                }
                case "年终结转" -> put(FigureKey.EXPENDITURE_CARRYFORWARD, outLabel, t, r);
                default -> functionRows.add(new NamedRow(role, table, null, out, amount(t, r, "total"), t.unit(), r.line()));
            }
        }
    }

    private void readFiscalSummary(PrintedTable t) {
        TableRole role = TableRole.FISCAL_SUMMARY;
        tables.add(role);
        String table = tableName(role);
        boolean carryover = false;
        for (TableRow r : t.rows()) {
            String in = plain(t.text(r, "incomeItem"));
            if (!in.isEmpty()) {
                if (!carryover && in.contains("结转")) {
                    carryover = true;
                    put(FigureKey.FISCAL_CARRYOVER, table + "“" + in + "”", t, r);
                } else if (in.equals("本年收入合计")) {
                    put(FigureKey.FISCAL_CURRENT, table + "“本年收入合计”", t, r);
                } else if (in.equals("收入总计")) {
                    put(FigureKey.FISCAL_TOTAL, table + "“收入总计”", t, r);
                } else {
                    for (FundSource s : FundSource.values()) {
                        if (in.equals(s.label())) {
                            FigureKey key = carryover ? FigureKey.fiscalCarryover(s) : FigureKey.fiscal(s);
                            put(key, table + (carryover ? "上年结转" : "本年") + "“" + in + "”", t, r);
                        }
                    }
                }
            }
            String out = plain(t.text(r, "expenditureItem"));
            if (out.equals("支出总计")) {
                put(FigureKey.FISCAL_EXPENDITURE, table + "“支出总计”", t, r);
                for (FundSource s : FundSource.values()) {
                    put(FigureKey.fiscalExpenditure(s), table + "“支出总计”" + s.label(), t, r);
                }
            } else if (out.equals("年终结转")) {
                put(FigureKey.FISCAL_CARRYFORWARD, table + "“年终结转”", t, r);
            } else if (!out.isEmpty() && !out.equals("本年支出合计")) {
                functionRows.add(new NamedRow(role, table, null, out, amount(t, r, "subtotal"), t.unit(), r.line()));
            }
        }
        for (FundSource s : FundSource.values()) {
            Figure current = figures.get(FigureKey.fiscal(s).id());
            Figure carried = figures.get(FigureKey.fiscalCarryover(s).id());
            if (current != null && carried != null) {
                FigureKey key = FigureKey.fiscalAll(s);
                figures.put(key.id(), new Figure(key, table + "“" + s.label() + "”本年与上年结转合计",
                        current.value().add(carried.value()), current.unit(), false));
            }
        }
    }

    /** A table by function code: its 合计 row (total, basic, project) and its 科目 rows. */
    private void readByCode(PrintedTable t, TableRole role, FigureKey total, FigureKey basic, FigureKey project) {
        tables.add(role);
        String table = tableName(role);
        List<Optional<FunctionCode>> codes = t.functionCodes();
        for (int i = 0; i < t.rows().size(); i++) {
            TableRow r = t.rows().get(i);
            String code = t.hasColumn("code") ? t.text(r, "code") : "";
            String name = t.hasColumn("name") ? plain(t.text(r, "name")) : "";
            if (code.equals("合计") || name.equals("合计")) {
                put(total, table + "“合计”", t, r);
                put(basic, table + "“合计”基本支出", t, r);
                put(project, table + "“合计”项目支出", t, r);
            } else if (!name.isEmpty()) {
                codes.get(i).ifPresent(c -> functionRows.add(
                        new NamedRow(role, table, c.digits(), name, amount(t, r, "total"), t.unit(), r.line())));
            }
        }
    }

    private void readBasicByEconomic(PrintedTable t) {
        TableRole role = TableRole.BASIC_BY_ECONOMIC;
        tables.add(role);
        String table = tableName(role);
        for (TableRow r : t.rows()) {
            String name = plain(t.text(r, "deptEconomicName"));
            if (name.equals("合计")) {
                put(FigureKey.BASIC_TOTAL, table + "“合计”", t, r);
                put(FigureKey.BASIC_PERSONNEL, table + "“合计”人员经费", t, r);
                put(FigureKey.BASIC_OPERATING, table + "“合计”公用经费", t, r);
            } else if (!name.isEmpty()) {
                economicRows.add(new NamedRow(role, table, null, name, amount(t, r, "total"), t.unit(), r.line()));
            }
        }
    }

    /** A row's amount in one column (人员经费 / 公用经费) of the basic-expenditure-by-economic-class table. */
    static BigDecimal economicAmount(PrintedTable basicByEconomic, String name, String column) {
        for (TableRow r : basicByEconomic.rows()) {
            if (plain(basicByEconomic.text(r, "deptEconomicName")).equals(name) && basicByEconomic.hasColumn(column)) {
                return amount(basicByEconomic, r, column);
            }
        }
        return null;
    }

    private void readThreePublic(PrintedTable t) {
        TableRole role = TableRole.THREE_PUBLIC;
        tables.add(role);
        String table = tableName(role);
        if (!t.hasColumn("item")) {
            readThreePublicColumns(t, table);
            return;
        }
        for (TableRow r : t.rows()) {
            String item = plain(t.text(r, "item"));
            String label = table + "“" + item + "”";
            if (item.equals("合计")) {
                put(FigureKey.THREE_PUBLIC_TOTAL, label, t, r);
            } else if (item.contains("出国")) {
                put(FigureKey.THREE_PUBLIC_OUTBOUND, label, t, r);
            } else if (item.contains("接待")) {
                put(FigureKey.THREE_PUBLIC_RECEPTION, label, t, r);
            } else if (item.contains("购置及运行")) {
                put(FigureKey.THREE_PUBLIC_VEHICLE, label, t, r);
            } else if (item.contains("购置")) {
                put(FigureKey.THREE_PUBLIC_VEHICLE_PURCHASE, label, t, r);
            } else if (item.contains("运行")) {
                put(FigureKey.THREE_PUBLIC_VEHICLE_OPERATION, label, t, r);
            }
        }
    }

    /**
     * The one-row form of the "三公" table: an item per column (合计, 因公出国（境）费, 公务接待费, 公务用车购置及运行费
     * with 购置费 and 运行费, and 机关运行经费 printed beside them).
     */
    private void readThreePublicColumns(PrintedTable t, String table) {
        for (TableRow r : t.rows()) {
            putColumn(FigureKey.THREE_PUBLIC_TOTAL, table + "“合计”", t, r, "threePublicTotal");
            putColumn(FigureKey.THREE_PUBLIC_OUTBOUND, table + "“因公出国（境）费”", t, r, "outbound");
            putColumn(FigureKey.THREE_PUBLIC_RECEPTION, table + "“公务接待费”", t, r, "reception");
            putColumn(FigureKey.THREE_PUBLIC_VEHICLE, table + "“公务用车购置及运行费”", t, r, "vehicleSubtotal");
            putColumn(FigureKey.THREE_PUBLIC_VEHICLE_PURCHASE, table + "“公务用车购置费”", t, r, "vehiclePurchase");
            putColumn(FigureKey.THREE_PUBLIC_VEHICLE_OPERATION, table + "“公务用车运行费”", t, r, "vehicleOperation");
            putColumn(FigureKey.AGENCY_TOTAL, table + "“机关运行经费”", t, r, "agencyOperating");
        }
    }

    private void putColumn(FigureKey key, String label, PrintedTable t, TableRow r, String column) {
        if (t.hasColumn(column)) {
            figures.putIfAbsent(key.id(), new Figure(key, label, amount(t, r, column), t.unit(), isEmpty(t)));
        }
    }

    private void readAgencyOperating(PrintedTable t) {
        TableRole role = TableRole.AGENCY_OPERATING;
        tables.add(role);
        String table = tableName(role);
        BigDecimal units = BigDecimal.ZERO;
        for (TableRow r : t.rows()) {
            String unit = plain(t.text(r, "unitName"));
            if (unit.endsWith("合计")) {
                put(FigureKey.AGENCY_TOTAL, table + "“" + unit + "”", t, r);
            } else if (!unit.isEmpty()) {
                units = units.add(amount(t, r, "total"));
            }
        }
        FigureKey key = FigureKey.AGENCY_TOTAL;
        figures.putIfAbsent(key.id(), new Figure(key, table + "各单位合计", units, t.unit(), isEmpty(t)));
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
            FigureKey key = FigureKey.PROJECTS_CURRENT;
            figures.put(key.id(), new Figure(key, tableName(key.role()) + "项目合计", current, MoneyUnit.WAN, false));
        }
        if (carried != null) {
            FigureKey key = FigureKey.PROJECTS_CARRYOVER;
            figures.put(key.id(), new Figure(key, tableName(key.role()) + "项目合计", carried, MoneyUnit.WAN, false));
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
