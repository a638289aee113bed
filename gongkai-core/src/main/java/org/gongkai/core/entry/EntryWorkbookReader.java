package org.gongkai.core.entry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.catalogue.CatalogueSource;
import org.gongkai.core.entry.EntryLayout.Col;
import org.gongkai.core.entry.EntryLayout.Item;
import org.gongkai.core.entry.EntryLayout.Kind;
import org.gongkai.core.entry.EntryLayout.Sheet;
import org.gongkai.core.ingest.xlsx.WorkbookFile;
import org.gongkai.core.ingest.xlsx.WorkbookFile.RawCell;
import org.gongkai.core.ingest.xlsx.WorkbookFile.RawSheet;
import org.gongkai.core.facts.AgencyOperatingFacts;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.DisclosureTexts;
import org.gongkai.core.facts.EconomicLine;
import org.gongkai.core.facts.ExpenditureKind;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.facts.Money;
import org.gongkai.core.facts.PriorYear;
import org.gongkai.core.facts.ProjectCategory;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.facts.RevenueLine;
import org.gongkai.core.facts.ThreePublicFacts;
import org.gongkai.core.ingest.IngestException;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Assets;
import org.gongkai.core.model.EconomicCode;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.FundsBreakdown;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.SourceRef;
import org.gongkai.core.model.VehicleCount;

/**
 * Reads a filled entry workbook (预算录入表, {@link EntryWorkbookWriter}) into {@link BudgetFacts}.
 * Values are read as stored; a formula in a cell Gongkai reads is refused (its cached result is
 * never trusted), except in a code's name cell, whose name comes from the catalogue anyway. Every
 * problem names its sheet and cell in Chinese ({@code 支出!A12：科目编码2120599不在2026年科目表中});
 * all problems found are reported together, as one {@link IngestException}.
 */
public final class EntryWorkbookReader {

    /** The most problems listed in one message. */
    static final int MAX_PROBLEMS = 50;

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private final CatalogueSource catalogues;
    private final Set<String> profiles;

    private String file;
    private final List<String> problems = new ArrayList<>();
    private Map<String, RawSheet> sheets;
    private Catalogue catalogue;
    private int year;

    /**
     * @param catalogues the catalogues by year (the workbook's 预算年度 chooses one)
     * @param profiles   the profile ids a workbook may name
     */
    public EntryWorkbookReader(CatalogueSource catalogues, Set<String> profiles) {
        this.catalogues = catalogues;
        this.profiles = Set.copyOf(profiles);
    }

    /** Whether the bytes are a zip or an OLE2 file: what an .xlsx, an .xls or an encrypted workbook is. */
    public static boolean isWorkbook(byte[] bytes) {
        return WorkbookFile.isZip(bytes) || WorkbookFile.isOle2(bytes);
    }

    /**
     * The facts the workbook holds.
     *
     * @throws IngestException naming every problem's sheet and cell, or what the file is if it is not an .xlsx
     */
    public synchronized BudgetFacts read(String name, byte[] bytes) {
        file = name;
        problems.clear();
        try {
            List<RawSheet> raw = WorkbookFile.read(name, bytes);
            sheets = new LinkedHashMap<>();
            for (RawSheet s : raw) {
                sheets.put(s.name(), s);
            }
            structure(raw);
            fail();
            return facts();
        } finally {
            sheets = null;
            catalogue = null;
        }
    }

    private void fail() {
        if (!problems.isEmpty()) {
            List<String> shown = problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
            String more = problems.size() > MAX_PROBLEMS ? "\n……另有" + (problems.size() - MAX_PROBLEMS) + "处问题" : "";
            throw new IngestException(file, "预算录入表有" + problems.size() + "处问题：\n" + String.join("\n", shown) + more);
        }
    }

    private void problem(String sheet, String ref, String message) {
        problems.add(sheet + "!" + ref + "：" + message);
    }

    private static String ref(int row, int col) {
        return new CellReference(row, col).formatAsString(false);
    }

    // ---- structure -------------------------------------------------------------------------------

    private void structure(List<RawSheet> raw) {
        for (RawSheet s : raw) {
            if (s.hidden() && !s.name().equals(EntryLayout.CATALOGUE)) {
                problems.add(s.name() + "：工作表“" + s.name() + "”被隐藏。隐藏的内容打印和核对时都看不到，"
                        + "请取消隐藏（右键工作表标签—取消隐藏）或删除该表后再读取");
            }
        }
        for (Sheet spec : EntryLayout.SHEETS) {
            RawSheet s = sheets.get(spec.name());
            if (s == null) {
                problems.add(spec.name() + "：缺少工作表“" + spec.name() + "”（请用 gongkai template 生成的录入表填写，不要删除或改名工作表）");
                continue;
            }
            for (CellRangeAddress m : s.merged()) {
                if (m.getLastRow() >= EntryLayout.HEADER_ROW) {
                    problem(spec.name(), m.formatAsString(), "数据区不能合并单元格，请取消合并，每个值单独占一格");
                }
            }
            if (!spec.isForm()) {
                for (int k = 0; k < spec.columns().size(); k++) {
                    String want = spec.columns().get(k).header();
                    String got = plain(s.cell(EntryLayout.HEADER_ROW, k));
                    if (got == null || !got.replace("＊", "").replaceAll("\\s", "").equals(want.replaceAll("\\s", ""))) {
                        problem(spec.name(), ref(EntryLayout.HEADER_ROW, k), "表头应为“" + want + "”，实际为“"
                                + (got == null ? "" : got) + "”（请不要移动、插入或删除列）");
                    }
                }
            }
        }
        if (problems.isEmpty()) {
            RawSheet dept = sheets.get(EntryLayout.DEPARTMENT);
            Map<String, List<Values>> items = form(EntryLayout.DEPARTMENT_SHEET);
            Integer y = one(items, EntryLayout.I_YEAR, 0, v -> v.integer(0));
            if (y != null) {
                try {
                    catalogue = catalogues.forYear(y);
                    year = y;
                } catch (IllegalArgumentException e) {
                    Values v = items.get(EntryLayout.I_YEAR).get(0);
                    problem(dept.name(), v.refOf(0), "预算年度为" + y + "年，没有该年度的政府收支分类科目");
                }
            }
        }
    }

    /** A cell's text for a header or label (formulas and errors are not looked into). */
    private static String plain(RawCell c) {
        return c == null || c.value() == null ? null : c.value().strip();
    }

    // ---- cells -----------------------------------------------------------------------------------

    /** One row's value cells: a table row, or a form item's cells right of its label. */
    private final class Values {
        final Sheet sheet;
        final int row;
        final int firstCol;
        final List<Col> cols;

        Values(Sheet sheet, int row, int firstCol, List<Col> cols) {
            this.sheet = sheet;
            this.row = row;
            this.firstCol = firstCol;
            this.cols = cols;
        }

        String refOf(int k) {
            return ref(row, firstCol + k);
        }

        RawCell raw(int k) {
            return sheets.get(sheet.name()).cell(row, firstCol + k);
        }

        boolean blank() {
            for (int k = 0; k < cols.size(); k++) {
                RawCell c = raw(k);
                // a name formula (the template's help beside an empty code) is no content
                boolean helper = cols.get(k).kind() == Kind.CODE_NAME && c != null && c.formula();
                if (c != null && !c.isBlank() && !helper) {
                    return false;
                }
            }
            return true;
        }

        private void bad(int k, String message) {
            problem(sheet.name(), refOf(k), message);
        }

        /** The cell's value as text, null when blank; a formula or an error is a problem. */
        String text(int k) {
            RawCell c = raw(k);
            Col col = cols.get(k);
            if (c == null) {
                if (col.required()) {
                    bad(k, "必须填写“" + col.header() + "”");
                }
                return null;
            }
            if (c.type() == RawCell.Type.ERROR) {
                bad(k, "单元格为错误值" + c.value() + "，请改正后再读取");
                return null;
            }
            if (c.formula()) {
                bad(k, "单元格是公式；Gongkai 只读取填入的数值，不采用公式的计算结果，请改为数值（复制后“选择性粘贴—数值”）");
                return null;
            }
            String v = c.value() == null ? null : c.value().strip();
            if (v == null || v.isEmpty()) {
                if (col.required()) {
                    bad(k, "必须填写“" + col.header() + "”");
                }
                return null;
            }
            if (c.type() == RawCell.Type.NUMBER) {
                try {
                    return new BigDecimal(v).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    bad(k, "无法读取的数字“" + v + "”");
                    return null;
                }
            }
            return v;
        }

        /** A number cell (or a text holding only a plain number). */
        BigDecimal number(int k) {
            RawCell c = raw(k);
            String v = text(k);
            if (v == null) {
                return null;
            }
            if (c.type() == RawCell.Type.BOOLEAN || !PLAIN_NUMBER.matcher(v).matches()) {
                bad(k, "“" + cols.get(k).header() + "”应为数字，实际为文本“" + v + "”（只填数字，不带千分位逗号、单位或空格）");
                return null;
            }
            return new BigDecimal(v);
        }

        Amount amount(int k) {
            BigDecimal v = number(k);
            return v == null ? null : Money.of(Amount.yuan(v));
        }

        /**
         * An amount of a performance form, held as printed (not normalised like the facts' money):
         * in 元 without trailing zeros, "440000" for 440000.00.
         */
        Amount printedYuan(int k) {
            BigDecimal v = number(k);
            if (v == null) {
                return null;
            }
            BigDecimal plain = v.stripTrailingZeros();
            return Amount.yuan(plain.scale() < 0 ? plain.setScale(0) : plain);
        }

        Integer integer(int k) {
            BigDecimal v = number(k);
            if (v == null) {
                return null;
            }
            try {
                return v.stripTrailingZeros().scale() <= 0 ? v.intValueExact() : badInteger(k, v);
            } catch (ArithmeticException e) {
                return badInteger(k, v);
            }
        }

        private Integer badInteger(int k, BigDecimal v) {
            bad(k, "“" + cols.get(k).header() + "”应为整数，实际为" + v.toPlainString());
            return null;
        }

        /** A code: digits, written as text or as a number. */
        String code(int k) {
            String v = text(k);
            if (v == null) {
                return null;
            }
            String digits = Catalogue.normalizeCode(v);
            if (digits == null) {
                bad(k, "“" + cols.get(k).header() + "”应为数字编码，实际为“" + v + "”");
            }
            return digits;
        }

        /** One of the column's choices. */
        String choice(int k) {
            String v = text(k);
            if (v != null && !cols.get(k).choices().contains(v)) {
                bad(k, "“" + v + "”不是可选的“" + cols.get(k).header() + "”，应为：" + String.join("、", cols.get(k).choices()));
                return null;
            }
            return v;
        }

        /** A name cell beside a code: as written, or (blank or a formula) the catalogue's name of the code. */
        String name(int k, String code, Function<String, java.util.Optional<CatalogueEntry>> lookup) {
            RawCell c = raw(k);
            if (c != null && c.formula()) {
                return code == null ? null : lookup.apply(code).map(CatalogueEntry::name).orElse(null);
            }
            String v = text(k);
            if (v == null && code != null) {
                return lookup.apply(code).map(CatalogueEntry::name).orElse(null);
            }
            return v;
        }

        FunctionCode functionCode(int k) {
            String code = code(k);
            if (code == null) {
                return null;
            }
            if (catalogue.function(code).isEmpty()) {
                bad(k, "科目编码" + code + "不在" + year + "年科目表中");
                return null;
            }
            return FunctionCode.of(code);
        }

        EconomicCode economicCode(int k, boolean dept) {
            String code = code(k);
            if (code == null) {
                return null;
            }
            boolean known = dept ? catalogue.deptEconomic(code).isPresent() : catalogue.govEconomic(code).isPresent();
            if (!known) {
                bad(k, (dept ? "部门" : "政府") + "经济科目编码" + code + "不在" + year + "年科目表中");
                return null;
            }
            return EconomicCode.of(code);
        }

        Map<FundSource, Amount> bySource(int from) {
            Map<FundSource, Amount> out = new EnumMap<>(FundSource.class);
            FundSource[] sources = FundSource.values();
            for (int s = 0; s < sources.length; s++) {
                Amount a = amount(from + s);
                if (a != null) {
                    out.put(sources[s], a);
                }
            }
            return out;
        }
    }

    /** The non-blank data rows of a table. */
    private List<Values> table(Sheet spec) {
        RawSheet s = sheets.get(spec.name());
        List<Values> rows = new ArrayList<>();
        for (int r = EntryLayout.FIRST_DATA_ROW; r <= s.lastRow(); r++) {
            Values v = new Values(spec, r, 0, spec.columns());
            if (!v.blank()) {
                rows.add(v);
            }
            for (Integer col : s.rows().getOrDefault(r, Map.of()).keySet()) {
                RawCell c = s.cell(r, col);
                if (col >= spec.columns().size() && c != null && !c.isBlank()) {
                    // a value right of the table is not read: say so rather than lose it
                    problem(spec.name(), ref(r, col), "表格右侧的内容不会被读取（本表只有" + spec.columns().size() + "列）");
                }
            }
        }
        return rows;
    }

    /** The item of the sheet a row's label names; null, the row reported, when the sheet has none of that label. */
    private Item item(Sheet spec, int row, String label) {
        Item item = null;
        for (Item i : spec.items()) {
            if (i.label().equals(label)) {
                item = i;
            }
        }
        if (item == null) {
            problem(spec.name(), ref(row, 0), "未知的项目“" + label + "”");
        }
        return item;
    }

    /** A form's items by label, each with its non-blank rows in order. */
    private Map<String, List<Values>> form(Sheet spec) {
        RawSheet s = sheets.get(spec.name());
        Map<String, List<Values>> out = new LinkedHashMap<>();
        for (int r = EntryLayout.FIRST_DATA_ROW; r <= s.lastRow(); r++) {
            String label = plain(s.cell(r, 0));
            if (label == null || label.isEmpty()) {
                boolean anything = false;
                for (Map.Entry<Integer, RawCell> e : s.rows().getOrDefault(r, Map.of()).entrySet()) {
                    anything |= e.getKey() > 0 && !e.getValue().isBlank() && !isSubHeader(spec, e.getValue());
                }
                if (anything) {
                    problem(spec.name(), ref(r, 0), "这一行有内容但A列没有项目名称");
                }
                continue;
            }
            label = label.replace("＊", "").strip();
            Item item = item(spec, r, label);
            if (item == null) {
                continue;
            }
            Values v = new Values(spec, r, 1, item.values());
            if (v.blank()) {
                continue;
            }
            List<Values> list = out.computeIfAbsent(label, k -> new ArrayList<>());
            if (!item.repeated() && !list.isEmpty()) {
                problem(spec.name(), ref(r, 0), "“" + label + "”只能填一行（第" + (list.get(0).row + 1) + "行已填写）");
                continue;
            }
            list.add(v);
        }
        for (Item i : spec.items()) {
            if (!i.repeated() && i.values().get(0).required() && !out.containsKey(i.label())) {
                int at = labelRow(s, i.label());
                if (at < 0) {
                    problems.add(spec.name() + "：缺少“" + i.label() + "”一行，必须填写");
                } else {
                    problem(spec.name(), ref(at, 1), "必须填写“" + i.label() + "”");
                }
            }
        }
        return out;
    }

    /** A form of blocks (绩效目标): each block's items by label, a block starting at its first item's row. */
    private List<Map<String, Values>> blocks(Sheet spec) {
        RawSheet s = sheets.get(spec.name());
        String first = spec.items().get(0).label();
        List<Map<String, Values>> out = new ArrayList<>();
        Map<String, Values> block = null;
        for (int r = EntryLayout.FIRST_DATA_ROW; r <= s.lastRow(); r++) {
            String label = plain(s.cell(r, 0));
            if (label == null || label.isEmpty()) {
                for (Map.Entry<Integer, RawCell> e : s.rows().getOrDefault(r, Map.of()).entrySet()) {
                    if (e.getKey() > 0 && !e.getValue().isBlank()) {
                        problem(spec.name(), ref(r, 0), "这一行有内容但A列没有项目名称");
                        break;
                    }
                }
                continue;
            }
            label = label.replace("＊", "").strip();
            Item item = item(spec, r, label);
            if (item == null) {
                continue;
            }
            Values v = new Values(spec, r, 1, item.values());
            if (label.equals(first)) {
                block = new LinkedHashMap<>();
                block.put(label, v);
                out.add(block);
                continue;
            }
            if (block == null) {
                problem(spec.name(), ref(r, 0), "每组从“" + first + "”一行开始，这一行之前没有“" + first + "”");
                continue;
            }
            if (block.containsKey(label)) {
                problem(spec.name(), ref(r, 0), "“" + label + "”在同一组中出现两次（第" + (block.get(label).row + 1) + "行已有）；"
                        + "新的一组要从“" + first + "”开始");
                continue;
            }
            block.put(label, v);
        }
        // a block whose cells are all blank (the empty block of a blank template) is no record
        out.removeIf(b -> b.values().stream().allMatch(Values::blank));
        return out;
    }

    /** The row whose label (column A) is {@code label}, -1 when none. */
    private static int labelRow(RawSheet s, String label) {
        for (int r = EntryLayout.FIRST_DATA_ROW; r <= s.lastRow(); r++) {
            String l = plain(s.cell(r, 0));
            if (l != null && l.replace("＊", "").strip().equals(label)) {
                return r;
            }
        }
        return -1;
    }

    private static boolean isSubHeader(Sheet spec, RawCell c) {
        return spec.items().stream().flatMap(i -> i.values().stream()).anyMatch(col -> col.header().equals(plain(c)));
    }

    private static <T> T one(Map<String, List<Values>> items, String label, int k, Function<Values, T> read) {
        List<Values> rows = items.get(label);
        return rows == null || rows.isEmpty() ? null : read.apply(rows.get(0));
    }

    private static List<String> texts(Map<String, List<Values>> items, String label) {
        List<String> out = new ArrayList<>();
        for (Values v : items.getOrDefault(label, List.of())) {
            String t = v.text(0);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    // ---- facts -----------------------------------------------------------------------------------

    private BudgetFacts facts() {
        Map<String, List<Values>> dept = form(EntryLayout.DEPARTMENT_SHEET);
        String department = one(dept, EntryLayout.I_DEPARTMENT, 0, v -> v.text(0));
        String unitCode = one(dept, EntryLayout.I_UNIT_CODE, 0, v -> v.text(0));
        String region = one(dept, EntryLayout.I_REGION, 0, v -> v.text(0));
        String profile = one(dept, EntryLayout.I_PROFILE, 0, v -> v.text(0));
        if (profile != null && !profiles.contains(profile)) {
            Values v = dept.get(EntryLayout.I_PROFILE).get(0);
            problem(EntryLayout.DEPARTMENT, v.refOf(0), "未知的地区模板“" + profile + "”，应为：" + String.join("、", new java.util.TreeSet<>(profiles)));
        }
        List<String> units = texts(dept, EntryLayout.I_UNIT);
        List<String> duties = texts(dept, EntryLayout.I_DUTY);
        List<String> organization = texts(dept, EntryLayout.I_ORGANIZATION);
        Amount carryforward = one(dept, EntryLayout.I_CARRYFORWARD, 0, v -> v.amount(0));
        PriorYear prior = new PriorYear(one(dept, EntryLayout.I_PRIOR_REVENUE, 0, v -> v.amount(0)),
                one(dept, EntryLayout.I_PRIOR_EXPENDITURE, 0, v -> v.amount(0)),
                one(dept, EntryLayout.I_PRIOR_GENERAL, 0, v -> v.amount(0)),
                one(dept, EntryLayout.I_PRIOR_THREE_PUBLIC, 0, v -> v.amount(0)),
                one(dept, EntryLayout.I_PRIOR_AGENCY, 0, v -> v.amount(0)));

        List<RevenueLine> revenue = new ArrayList<>();
        for (Values v : table(EntryLayout.REVENUE_SHEET)) {
            FundSource source = source(v.choice(0));
            String code = v.code(1);
            String name = v.text(2);
            Amount amount = v.amount(3);
            if (source != null && code != null && name != null && amount != null) {
                revenue.add(new RevenueLine(source, code, name, amount));
            }
        }

        List<BudgetLine> lines = new ArrayList<>();
        for (Values v : table(EntryLayout.EXPENDITURE_SHEET)) {
            FunctionCode code = v.functionCode(0);
            FundSource source = source(v.choice(2));
            FundYear fundYear = fundYear(v.choice(3));
            ExpenditureKind kind = kind(v.choice(4));
            Amount amount = v.amount(5);
            if (code != null && source != null && fundYear != null && kind != null && amount != null) {
                lines.add(new BudgetLine(code, source, fundYear, kind, amount));
            }
        }

        List<EconomicLine> economic = new ArrayList<>();
        for (Values v : table(EntryLayout.BASIC_SHEET)) {
            EconomicCode dc = v.economicCode(0, true);
            String dn = v.name(1, dc == null ? null : dc.digits(), catalogue::deptEconomic);
            EconomicCode gc = v.economicCode(2, false);
            RawCell gnCell = v.raw(3);
            String gn = gnCell != null && gnCell.formula()
                    ? (gc == null ? null : catalogue.govEconomic(gc.digits()).map(CatalogueEntry::name).orElse(null))
                    : v.text(3);
            Amount personnel = v.amount(4);
            Amount operating = v.amount(5);
            if (dn == null && dc == null) {
                problem(EntryLayout.BASIC, v.refOf(1), "必须填写部门经济科目名称或编码");
            }
            economic.add(new EconomicLine(dc, dn, gc, gn, personnel, operating));
        }

        List<ProjectFacts> projects = new ArrayList<>();
        for (Values v : table(EntryLayout.PROJECTS_SHEET)) {
            String name = v.text(0);
            String unit = v.text(1);
            FundYear fundYear = fundYear(v.choice(2));
            ProjectCategory category = category(v.choice(3));
            FunctionCode code = v.functionCode(4);
            Map<FundSource, Amount> amounts = v.bySource(6);
            if (name != null && fundYear != null) {
                projects.add(new ProjectFacts(name, unit, fundYear, category, code, amounts));
            }
        }

        List<PerformanceTarget> targets = targets();

        ThreePublicFacts threePublic = threePublic();

        List<AgencyOperatingFacts> agency = new ArrayList<>();
        for (Values v : table(EntryLayout.AGENCY_SHEET)) {
            String unit = v.text(0);
            agency.add(new AgencyOperatingFacts(unit, v.bySource(1)));
        }

        Map<String, List<Values>> proc = form(EntryLayout.PROCUREMENT_SHEET);
        Procurement procurement = proc.isEmpty() ? null
                : new Procurement(one(proc, EntryLayout.I_PROC_TOTAL, 0, v -> v.amount(0)),
                        one(proc, EntryLayout.I_PROC_GOODS, 0, v -> v.amount(0)),
                        one(proc, EntryLayout.I_PROC_WORKS, 0, v -> v.amount(0)),
                        one(proc, EntryLayout.I_PROC_SERVICES, 0, v -> v.amount(0)), SourceRef.NONE);

        Assets assets = assets();

        Map<String, List<Values>> t = form(EntryLayout.TEXTS_SHEET);
        List<GlossaryEntry> glossary = new ArrayList<>();
        for (Values v : table(EntryLayout.GLOSSARY_SHEET)) {
            glossary.add(new GlossaryEntry(v.text(0), v.text(1), v.text(2), SourceRef.NONE));
        }
        DisclosureTexts texts = new DisclosureTexts(duties, organization,
                one(t, EntryLayout.I_REVENUE_REASON, 0, v -> v.text(0)),
                one(t, EntryLayout.I_EXPENDITURE_REASON, 0, v -> v.text(0)),
                one(t, EntryLayout.I_GENERAL_REASON, 0, v -> v.text(0)),
                one(t, EntryLayout.I_PERSONNEL_COVERS, 0, v -> v.text(0)),
                one(t, EntryLayout.I_OPERATING_COVERS, 0, v -> v.text(0)),
                one(t, EntryLayout.I_THREE_PUBLIC_REASON, 0, v -> v.text(0)),
                one(t, EntryLayout.I_AGENCY_REASON, 0, v -> v.text(0)),
                one(t, EntryLayout.I_PURCHASE_SERVICES, 0, v -> v.text(0)),
                one(t, EntryLayout.I_OTHER_NOTES, 0, v -> v.text(0)),
                glossary);
        fail();
        return new BudgetFacts(department, unitCode, region, year, profile, units, lines, carryforward, economic, projects,
                threePublic, agency, procurement, assets, prior, targets, texts, revenue);
    }

    private List<PerformanceTarget> targets() {
        Map<Integer, List<Values>> indicatorRows = new HashMap<>();
        for (Values v : table(EntryLayout.INDICATORS_SHEET)) {
            Integer n = v.integer(0);
            if (n != null) {
                indicatorRows.computeIfAbsent(n, k -> new ArrayList<>()).add(v);
            }
        }
        List<PerformanceTarget> out = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        List<Item> items = EntryLayout.TARGETS_SHEET.items();
        for (Map<String, Values> block : blocks(EntryLayout.TARGETS_SHEET)) {
            Values[] field = new Values[items.size()];
            for (int k = 0; k < items.size(); k++) {
                field[k] = block.get(items.get(k).label());
            }
            Values numberCell = field[0];
            Integer n = numberCell.integer(0);
            if (n != null && !seen.add(n)) {
                numberCell.bad(0, "序号" + n + "重复");
            }
            Function<Integer, String> text = k -> field[k] == null ? null : field[k].text(0);
            if (field[1] == null) {
                problem(EntryLayout.TARGETS, numberCell.refOf(0), "这一组缺少“项目名称”");
            }
            String project = text.apply(1);
            FundsBreakdown period = funds(field, 8);
            FundsBreakdown annual = funds(field, 14);
            List<Indicator> periodIndicators = new ArrayList<>();
            List<Indicator> annualIndicators = new ArrayList<>();
            List<IndicatorGroup> groups = new ArrayList<>();
            for (Values i : indicatorRows.getOrDefault(n, List.of())) {
                String column = i.choice(1);
                String level1 = i.text(2);
                String level2 = i.text(3);
                String name = i.text(4);
                String value = i.text(5);
                if (EntryLayout.PERIOD.equals(column)) {
                    IndicatorGroup g = new IndicatorGroup(level1, level2);
                    if (!groups.contains(g)) {
                        groups.add(g);
                    }
                }
                if (name == null && value == null) {
                    continue;
                }
                Indicator indicator = new Indicator(level1, level2, name, value, SourceRef.NONE);
                (EntryLayout.PERIOD.equals(column) ? periodIndicators : annualIndicators).add(indicator);
            }
            out.add(new PerformanceTarget(text.apply(2), project, text.apply(3), text.apply(4), text.apply(5), text.apply(6),
                    text.apply(7), period, annual, text.apply(20), text.apply(21), text.apply(22), text.apply(23), text.apply(24),
                    text.apply(25), text.apply(26), periodIndicators, annualIndicators, groups, text.apply(27), text.apply(28),
                    text.apply(29), text.apply(30), List.of(), SourceRef.NONE, SourceRef.NONE));
        }
        for (Map.Entry<Integer, List<Values>> e : indicatorRows.entrySet()) {
            if (!seen.contains(e.getKey())) {
                Values first = e.getValue().get(0);
                first.bad(0, "“绩效目标”表中没有序号" + e.getKey());
            }
        }
        return out;
    }

    private static FundsBreakdown funds(Values[] field, int from) {
        Amount[] a = new Amount[6];
        boolean any = false;
        for (int k = 0; k < 6; k++) {
            a[k] = field[from + k] == null ? null : field[from + k].printedYuan(0);
            any |= a[k] != null;
        }
        return any ? new FundsBreakdown(a[0], a[1], a[2], a[3], a[4], a[5]) : null;
    }

    private ThreePublicFacts threePublic() {
        List<Map<FundSource, Amount>> maps = new ArrayList<>();
        for (int k = 0; k < EntryLayout.THREE_PUBLIC_ROWS.size(); k++) {
            maps.add(Map.of());
        }
        for (Values v : table(EntryLayout.THREE_PUBLIC_SHEET)) {
            String label = v.text(0);
            int at = label == null ? -1 : EntryLayout.THREE_PUBLIC_ROWS.indexOf(label);
            if (label != null && at < 0) {
                v.bad(0, "未知的项目“" + label + "”，应为：" + String.join("、", EntryLayout.THREE_PUBLIC_ROWS));
                continue;
            }
            if (at >= 0) {
                maps.set(at, v.bySource(1));
            }
        }
        return new ThreePublicFacts(maps.get(0), maps.get(1), maps.get(2), maps.get(3));
    }

    private Assets assets() {
        Map<String, List<Values>> a = form(EntryLayout.ASSETS_SHEET);
        if (a.isEmpty()) {
            return null;
        }
        List<VehicleCount> vehicles = new ArrayList<>();
        for (Values v : a.getOrDefault(EntryLayout.I_VEHICLE, List.of())) {
            String category = v.text(0);
            Integer count = v.integer(1);
            if (category == null || count == null) {
                v.bad(category == null ? 0 : 1, "车辆类别和辆数都要填写");
            } else {
                vehicles.add(new VehicleCount(category, count));
            }
        }
        List<Assets.EquipmentCount> equipment = new ArrayList<>();
        for (Values v : a.getOrDefault(EntryLayout.I_EQUIPMENT, List.of())) {
            BigDecimal threshold = v.number(0);
            String kind = v.text(1);
            Integer count = v.integer(2);
            if (count == null) {
                v.bad(2, "必须填写台（套）数");
            } else {
                equipment.add(new Assets.EquipmentCount(threshold, kind, count));
            }
        }
        return new Assets(one(a, EntryLayout.I_AS_OF, 0, v -> v.text(0)), one(a, EntryLayout.I_VEHICLE_QUOTA, 0, v -> v.integer(0)),
                one(a, EntryLayout.I_VEHICLES_ACTUAL, 0, v -> v.integer(0)), vehicles,
                one(a, EntryLayout.I_OFFICE_AREA, 0, v -> v.number(0)), equipment, SourceRef.NONE);
    }

    private static FundSource source(String label) {
        for (FundSource s : FundSource.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        return null;
    }

    private static FundYear fundYear(String label) {
        return label == null ? null : label.equals(EntryLayout.CURRENT_YEAR) ? FundYear.CURRENT_YEAR : FundYear.CARRYOVER;
    }

    private static ExpenditureKind kind(String label) {
        for (ExpenditureKind k : ExpenditureKind.values()) {
            if (EntryLayout.label(k).equals(label)) {
                return k;
            }
        }
        return null;
    }

    private static ProjectCategory category(String label) {
        for (ProjectCategory c : ProjectCategory.values()) {
            if (c.label().equals(label)) {
                return c;
            }
        }
        return null;
    }
}
