package org.gongkai.core.entry;

import java.util.Arrays;
import java.util.List;
import org.gongkai.core.facts.ExpenditureKind;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.facts.ProjectCategory;

/**
 * The layout of the entry workbook (预算录入表), shared by its writer and its reader: the sheets in
 * order, each a table (a title row, a note row, a header row, then one row per fact) or a form (one
 * row per item: its label in column A, its values to the right), and the words of the choices.
 * The writer lays the sheets out from these specs and the reader finds every value by them, so the
 * two cannot drift apart.
 */
public final class EntryLayout {

    private EntryLayout() {
    }

    /** Row (0-based) of a sheet's title; the note is the row below, the header the row after. */
    static final int TITLE_ROW = 0;
    static final int NOTE_ROW = 1;
    static final int HEADER_ROW = 2;
    /** First row (0-based) of the data of a table or the items of a form. */
    static final int FIRST_DATA_ROW = 3;

    /** What a cell holds, which decides how it is written, checked and read. */
    enum Kind {
        /** short text */
        TEXT,
        /** a paragraph (wrapped) */
        LONG_TEXT,
        /** 支出功能分类科目编码, checked against the year's catalogue */
        FUNCTION_CODE,
        /** 部门预算支出经济分类科目编码 */
        DEPT_ECONOMIC_CODE,
        /** 政府预算支出经济分类科目编码 */
        GOV_ECONOMIC_CODE,
        /** a code the catalogue does not hold (收入科目) */
        OTHER_CODE,
        /** the name of the code in the cell to the left, from the catalogue when left blank */
        CODE_NAME,
        /** money in 元 */
        AMOUNT,
        /** a whole number (辆, 台) */
        INTEGER,
        /** a number that is not money (平方米, 万元 threshold) */
        NUMBER,
        /** one of {@link Col#choices()} */
        CHOICE,
        /** the year, a whole number */
        YEAR,
        /** one of the profiles Gongkai knows */
        PROFILE
    }

    /** A column of a table, or a value cell of a form item. */
    record Col(String header, Kind kind, boolean required, int width, List<String> choices) {

        Col(String header, Kind kind, boolean required, int width) {
            this(header, kind, required, width, List.of());
        }

        boolean isCode() {
            return kind == Kind.FUNCTION_CODE || kind == Kind.DEPT_ECONOMIC_CODE || kind == Kind.GOV_ECONOMIC_CODE
                    || kind == Kind.OTHER_CODE;
        }
    }

    /** An item of a form: its label, its value cells, and whether it may take several rows. */
    record Item(String label, boolean repeated, List<Col> values) {

        Item(String label, boolean repeated, Col... values) {
            this(label, repeated, List.of(values));
        }
    }

    /** A sheet: a table ({@code columns}) or a form ({@code items}; 绩效目标 repeats its items, a block per form). */
    record Sheet(String name, String title, String note, List<Col> columns, List<Item> items, boolean blocks) {

        Sheet(String name, String title, String note, List<Col> columns, List<Item> items) {
            this(name, title, note, columns, items, false);
        }

        boolean isForm() {
            return !items.isEmpty();
        }

        /** Whether the form's items repeat, a block per record, each block starting with its first item. */
        boolean isBlocks() {
            return blocks;
        }

        /** The headers of the form's value columns (the widest item decides how many). */
        int width() {
            return isForm() ? 1 + items.stream().mapToInt(i -> i.values().size()).max().orElse(1) : columns.size();
        }

        Item item(String label) {
            return items.stream().filter(i -> i.label().equals(label)).findFirst().orElseThrow();
        }
    }

    // ---- words of the choices ------------------------------------------------------------------

    static final String CURRENT_YEAR = "本年";
    static final String CARRYOVER = "上年结转";
    static final String PERIOD = "实施期";
    static final String ANNUAL = "年度";

    static List<String> sourceLabels() {
        return Arrays.stream(FundSource.values()).map(FundSource::label).toList();
    }

    static String label(FundYear year) {
        return year == FundYear.CURRENT_YEAR ? CURRENT_YEAR : CARRYOVER;
    }

    static String label(ExpenditureKind kind) {
        return switch (kind) {
            case BASIC_PERSONNEL -> "人员经费";
            case BASIC_OPERATING -> "公用经费";
            case BASIC -> "基本支出（未分人员、公用）";
            case PROJECT -> "项目支出";
        };
    }

    static List<String> kindLabels() {
        return Arrays.stream(ExpenditureKind.values()).map(EntryLayout::label).toList();
    }

    static List<String> categoryLabels() {
        return Arrays.stream(ProjectCategory.values()).map(ProjectCategory::label).toList();
    }

    /** The four rows of the 三公 sheet, in order. */
    static final List<String> THREE_PUBLIC_ROWS = List.of("因公出国（境）费", "公务接待费", "公务用车购置费", "公务用车运行维护费");

    // ---- the sheets ----------------------------------------------------------------------------

    static final String INSTRUCTIONS = "说明";
    static final String CATALOGUE = "科目表";

    static final String DEPARTMENT = "单位信息";
    static final String REVENUE = "收入";
    static final String EXPENDITURE = "支出";
    static final String BASIC = "基本支出";
    static final String PROJECTS = "项目";
    static final String TARGETS = "绩效目标";
    static final String INDICATORS = "绩效指标";
    static final String THREE_PUBLIC = "三公";
    static final String AGENCY = "机关运行经费";
    static final String PROCUREMENT = "政府采购";
    static final String ASSETS = "国有资产";
    static final String TEXTS = "文字说明";

    // 单位信息 items
    static final String I_DEPARTMENT = "部门名称";
    static final String I_UNIT_CODE = "单位代码";
    static final String I_REGION = "财政区划";
    static final String I_YEAR = "预算年度";
    static final String I_PROFILE = "地区模板";
    static final String I_UNIT = "所属单位";
    static final String I_DUTY = "主要职能";
    static final String I_ORGANIZATION = "机构设置";
    static final String I_CARRYFORWARD = "年终结转（元）";
    static final String I_PRIOR_REVENUE = "上年收入总计（元）";
    static final String I_PRIOR_EXPENDITURE = "上年支出总计（元）";
    static final String I_PRIOR_GENERAL = "上年一般公共预算当年支出（元）";
    static final String I_PRIOR_THREE_PUBLIC = "上年“三公”经费（元）";
    static final String I_PRIOR_AGENCY = "上年机关运行经费（元）";

    // 政府采购 items
    static final String I_PROC_TOTAL = "政府采购预算合计（元）";
    static final String I_PROC_GOODS = "货物（元）";
    static final String I_PROC_WORKS = "工程（元）";
    static final String I_PROC_SERVICES = "服务（元）";

    // 国有资产 items
    static final String I_AS_OF = "截至日期";
    static final String I_VEHICLE_QUOTA = "公务用车编制数（辆）";
    static final String I_VEHICLES_ACTUAL = "公务用车实有数（辆）";
    static final String I_VEHICLE = "实有车辆（按类别）";
    static final String I_OFFICE_AREA = "办公用房建筑总面积（平方米）";
    static final String I_EQUIPMENT = "设备（按单位价值）";

    // 文字说明 items
    static final String I_REVENUE_REASON = "收入增减变化的主要原因";
    static final String I_EXPENDITURE_REASON = "支出增减变化的主要原因";
    static final String I_GENERAL_REASON = "一般公共预算当年支出增减变化的主要原因";
    static final String I_PERSONNEL_COVERS = "人员经费主要包括";
    static final String I_OPERATING_COVERS = "公用经费主要包括";
    static final String I_THREE_PUBLIC_REASON = "“三公”经费增减变化的原因";
    static final String I_AGENCY_REASON = "机关运行经费增减变化的原因";
    static final String I_PURCHASE_SERVICES = "政府购买服务指导性目录";
    static final String I_OTHER_NOTES = "其他需要说明的情况";
    static final String GLOSSARY = "名词解释";

    private static Col text(String h, boolean required, int width) {
        return new Col(h, Kind.TEXT, required, width);
    }

    private static Col para(String h) {
        return new Col(h, Kind.LONG_TEXT, false, 60);
    }

    private static Col amount(String h, boolean required) {
        return new Col(h, Kind.AMOUNT, required, 16);
    }

    private static Col choice(String h, boolean required, List<String> choices) {
        return new Col(h, Kind.CHOICE, required, 16, choices);
    }

    private static Col value(Kind kind, boolean required) {
        return new Col("内容", kind, required, kind == Kind.LONG_TEXT ? 90 : 30);
    }

    /** One amount column per fund source, "一般公共预算（元）" …. */
    private static List<Col> sourceAmounts() {
        return sourceLabels().stream().map(l -> amount(l + "（元）", false)).toList();
    }

    private static List<Col> cols(List<Col> first, List<Col> rest) {
        return java.util.stream.Stream.concat(first.stream(), rest.stream()).toList();
    }

    static final Sheet DEPARTMENT_SHEET = new Sheet(DEPARTMENT, "单位信息",
            "部门名称、预算年度和地区模板必须填写。所属单位、主要职能、机构设置可各占多行：插入一行，A列写同一项目名称。",
            List.of(), List.of(
                    new Item(I_DEPARTMENT, false, value(Kind.TEXT, true)),
                    new Item(I_UNIT_CODE, false, value(Kind.TEXT, false)),
                    new Item(I_REGION, false, value(Kind.TEXT, false)),
                    new Item(I_YEAR, false, value(Kind.YEAR, true)),
                    new Item(I_PROFILE, false, value(Kind.PROFILE, true)),
                    new Item(I_UNIT, true, value(Kind.TEXT, false)),
                    new Item(I_DUTY, true, value(Kind.LONG_TEXT, false)),
                    new Item(I_ORGANIZATION, true, value(Kind.LONG_TEXT, false)),
                    new Item(I_CARRYFORWARD, false, value(Kind.AMOUNT, false)),
                    new Item(I_PRIOR_REVENUE, false, value(Kind.AMOUNT, false)),
                    new Item(I_PRIOR_EXPENDITURE, false, value(Kind.AMOUNT, false)),
                    new Item(I_PRIOR_GENERAL, false, value(Kind.AMOUNT, false)),
                    new Item(I_PRIOR_THREE_PUBLIC, false, value(Kind.AMOUNT, false)),
                    new Item(I_PRIOR_AGENCY, false, value(Kind.AMOUNT, false))));

    static final Sheet REVENUE_SHEET = new Sheet(REVENUE, "政府性基金、国有资本经营预算收入（按收入科目）　单位：元",
            "各资金来源的收入合计由“支出”表按资金来源汇总得出，不在此填写；本表只填政府性基金预算、国有资本经营预算的收入科目明细。",
            List.of(choice("资金来源", true, sourceLabels()), new Col("收入科目编码", Kind.OTHER_CODE, true, 14),
                    text("收入科目名称", true, 36), amount("金额（元）", true)),
            List.of());

    static final Sheet EXPENDITURE_SHEET = new Sheet(EXPENDITURE, "支出（按功能科目、资金来源、本年/上年结转、基本/项目）　单位：元",
            "每行一笔：同一科目的不同资金来源、不同资金年度、人员经费/公用经费/项目支出各占一行。科目编码从下拉列表选择或直接输入（文本或数字均可），名称由科目表带出。",
            List.of(new Col("功能科目编码", Kind.FUNCTION_CODE, true, 14), new Col("科目名称", Kind.CODE_NAME, false, 30),
                    choice("资金来源", true, sourceLabels()), choice("资金年度", true, List.of(CURRENT_YEAR, CARRYOVER)),
                    new Col("支出类型", Kind.CHOICE, true, 24, kindLabels()), amount("金额（元）", true)),
            List.of());

    static final Sheet BASIC_SHEET = new Sheet(BASIC, "一般公共预算基本支出（按经济科目）　单位：元",
            "每个部门预算支出经济分类款一行，人员经费与公用经费分列；没有的部分留空。政府预算支出经济分类可不填。",
            List.of(new Col("部门经济科目编码", Kind.DEPT_ECONOMIC_CODE, false, 14), new Col("部门经济科目名称", Kind.CODE_NAME, true, 26),
                    new Col("政府经济科目编码", Kind.GOV_ECONOMIC_CODE, false, 14), new Col("政府经济科目名称", Kind.CODE_NAME, false, 26),
                    amount("人员经费（元）", false), amount("公用经费（元）", false)),
            List.of());

    static final Sheet PROJECTS_SHEET = new Sheet(PROJECTS, "项目支出（本年预算与上年结转）　单位：元",
            "每个项目一行，金额按资金来源分列，没有的来源留空。本年项目的绩效目标填在“绩效目标”“绩效指标”两表。",
            cols(List.of(text("项目名称", true, 34), text("单位", false, 24), choice("资金年度", true, List.of(CURRENT_YEAR, CARRYOVER)),
                    choice("项目类别", false, categoryLabels()), new Col("功能科目编码", Kind.FUNCTION_CODE, false, 14),
                    new Col("科目名称", Kind.CODE_NAME, false, 26)), sourceAmounts()),
            List.of());

    // 绩效目标 items: one block of them per form, each block starting with its 序号
    static final String I_NUMBER = "序号";
    static final String I_PROJECT = "项目名称";
    static final List<String> FUNDS_PARTS = List.of("资金总额", "中央财政资金", "省级财政资金", "市县（区）财政资金", "单位自筹", "其他资金");

    private static List<Item> targetItems() {
        List<Item> items = new java.util.ArrayList<>(List.of(
                new Item(I_NUMBER, false, value(Kind.INTEGER, true)),
                new Item(I_PROJECT, false, value(Kind.TEXT, true)),
                new Item("表名", false, value(Kind.TEXT, false)),
                new Item("主管部门及代码", false, value(Kind.TEXT, false)),
                new Item("部门代码", false, value(Kind.TEXT, false)),
                new Item("实施单位", false, value(Kind.TEXT, false)),
                new Item("项目属性", false, value(Kind.TEXT, false)),
                new Item("项目期", false, value(Kind.TEXT, false))));
        for (String column : List.of(PERIOD, ANNUAL)) {
            for (String part : FUNDS_PARTS) {
                items.add(new Item(column + "：" + part + "（元）", false, value(Kind.AMOUNT, false)));
            }
        }
        for (String text : List.of("项目概况", "立项依据", "项目设立必要性", "保证项目实施的制度、措施", "项目实施计划",
                "总体目标：实施期目标", "总体目标：年度目标")) {
            items.add(new Item(text, false, value(Kind.LONG_TEXT, false)));
        }
        for (String text : List.of("负责人", "经办人", "联系电话", "填报日期")) {
            items.add(new Item(text, false, value(Kind.TEXT, false)));
        }
        return List.copyOf(items);
    }

    /**
     * 绩效目标: a form per project, as the printed 绩效目标表 lists its items, one block below the
     * other; a block starts with its 序号, which the 绩效指标 sheet refers to.
     */
    static final Sheet TARGETS_SHEET = new Sheet(TARGETS, "项目支出绩效目标表（每个项目一组）　资金单位：元",
            "每个本年项目一组，从“序号”一行开始；增加项目时复制一组，改序号。资金没有的填0，未知的留空。指标填在“绩效指标”表，按序号对应。",
            List.of(), targetItems(), true);

    static final Sheet INDICATORS_SHEET = new Sheet(INDICATORS, "项目支出绩效指标",
            "每个三级指标一行，实施期与年度各占一行；只有一级、二级而无三级指标的分组，三级指标和指标值留空。",
            List.of(new Col("绩效目标序号", Kind.INTEGER, true, 8), choice("栏次", true, List.of(PERIOD, ANNUAL)),
                    text("一级指标", true, 14), text("二级指标", true, 20), text("三级指标", false, 36), text("指标值", false, 24)),
            List.of());

    static final Sheet THREE_PUBLIC_SHEET = new Sheet(THREE_PUBLIC, "“三公”经费预算（按资金来源）　单位：元",
            "没有的来源留空；预算为零的填0。",
            cols(List.of(text("项目", true, 22)), sourceAmounts()), List.of());

    static final Sheet AGENCY_SHEET = new Sheet(AGENCY, "机关运行经费预算（按单位、资金来源）　单位：元",
            "每个单位一行，没有的来源留空。",
            cols(List.of(text("单位", true, 30)), sourceAmounts()), List.of());

    static final Sheet PROCUREMENT_SHEET = new Sheet(PROCUREMENT, "政府采购预算　单位：元",
            "全部留空表示不公开政府采购预算；没有采购的填0。",
            List.of(), List.of(
                    new Item(I_PROC_TOTAL, false, value(Kind.AMOUNT, false)),
                    new Item(I_PROC_GOODS, false, value(Kind.AMOUNT, false)),
                    new Item(I_PROC_WORKS, false, value(Kind.AMOUNT, false)),
                    new Item(I_PROC_SERVICES, false, value(Kind.AMOUNT, false))));

    static final Sheet ASSETS_SHEET = new Sheet(ASSETS, "国有资产占有使用情况",
            "车辆按类别、设备按单位价值各占一行（可插入行，A列写同一项目名称）。全部留空表示不公开。",
            List.of(), List.of(
                    new Item(I_AS_OF, false, value(Kind.TEXT, false)),
                    new Item(I_VEHICLE_QUOTA, false, value(Kind.INTEGER, false)),
                    new Item(I_VEHICLES_ACTUAL, false, value(Kind.INTEGER, false)),
                    new Item(I_VEHICLE, true, new Col("车辆类别", Kind.TEXT, false, 30), new Col("辆", Kind.INTEGER, false, 10)),
                    new Item(I_OFFICE_AREA, false, value(Kind.NUMBER, false)),
                    new Item(I_EQUIPMENT, true, new Col("单位价值（万元）以上", Kind.NUMBER, false, 30),
                            new Col("设备类别", Kind.TEXT, false, 14), new Col("台（套）", Kind.INTEGER, false, 10))));

    static final Sheet TEXTS_SHEET = new Sheet(TEXTS, "文字说明（只有本部门知道的内容）",
            "留空的原因在生成的公开文件中显示为【待填写】，核对时会提示。",
            List.of(), List.of(
                    new Item(I_REVENUE_REASON, false, value(Kind.LONG_TEXT, false)),
                    new Item(I_EXPENDITURE_REASON, false, value(Kind.LONG_TEXT, false)),
                    new Item(I_GENERAL_REASON, false, value(Kind.LONG_TEXT, false)),
                    new Item(I_PERSONNEL_COVERS, false, value(Kind.LONG_TEXT, false)),
                    new Item(I_OPERATING_COVERS, false, value(Kind.LONG_TEXT, false)),
                    new Item(I_THREE_PUBLIC_REASON, false, value(Kind.LONG_TEXT, false)),
                    new Item(I_AGENCY_REASON, false, value(Kind.LONG_TEXT, false)),
                    new Item(I_PURCHASE_SERVICES, false, value(Kind.LONG_TEXT, false)),
                    new Item(I_OTHER_NOTES, false, value(Kind.LONG_TEXT, false))));

    static final Sheet GLOSSARY_SHEET = new Sheet(GLOSSARY, "名词解释",
            "每条名词一行，按公开文件中的顺序。",
            List.of(text("序号", false, 8), text("名词", true, 24), new Col("解释", Kind.LONG_TEXT, true, 90)), List.of());

    /** The data sheets in the workbook's order (after 说明, before the hidden 科目表). */
    static final List<Sheet> SHEETS = List.of(DEPARTMENT_SHEET, REVENUE_SHEET, EXPENDITURE_SHEET, BASIC_SHEET, PROJECTS_SHEET,
            TARGETS_SHEET, INDICATORS_SHEET, THREE_PUBLIC_SHEET, AGENCY_SHEET, PROCUREMENT_SHEET, ASSETS_SHEET, TEXTS_SHEET,
            GLOSSARY_SHEET);
}
