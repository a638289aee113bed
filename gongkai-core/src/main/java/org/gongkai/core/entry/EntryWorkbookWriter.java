package org.gongkai.core.entry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.entry.EntryLayout.Col;
import org.gongkai.core.entry.EntryLayout.Item;
import org.gongkai.core.entry.EntryLayout.Kind;
import org.gongkai.core.entry.EntryLayout.Sheet;
import org.gongkai.core.facts.AgencyOperatingFacts;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.DisclosureTexts;
import org.gongkai.core.facts.EconomicLine;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.PriorYear;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.facts.RevenueLine;
import org.gongkai.core.facts.ThreePublicFacts;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Assets;
import org.gongkai.core.model.FundsBreakdown;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.VehicleCount;

/**
 * Writes the entry workbook (预算录入表) a department's finance staff fill in: 说明 first, then one
 * sheet per kind of fact ({@link EntryLayout#SHEETS}), then the hidden 科目表 — the year's
 * 功能科目 and 经济科目 with their names, which the drop-down lists of the code cells draw on.
 * Cells a person must fill are yellow. Empty, or filled from the facts of any input ({@code --from}),
 * so that next year starts from this year. Codes are text cells holding the code alone, the name in
 * the next cell; amounts are numbers in 元.
 */
public final class EntryWorkbookWriter {

    /** Empty rows offered below the filled ones of each table. */
    static final int SPARE_ROWS = 10;
    /** Rows of a table that carry the drop-down lists and formats, counted from the first data row. */
    static final int VALIDATED_ROWS = 2000;

    static final String FUNCTION_NAMES = "功能科目";
    static final String DEPT_ECONOMIC_NAMES = "部门经济科目";
    static final String GOV_ECONOMIC_NAMES = "政府经济科目";
    static final String PROFILE_NAMES = "地区模板";

    private final Catalogue catalogue;
    private final List<String> profiles;

    private XSSFWorkbook wb;
    private CellStyle title;
    private CellStyle note;
    private CellStyle header;
    private CellStyle label;
    private CellStyle textCell;
    private CellStyle wrapCell;
    private CellStyle amountCell;
    private CellStyle numberCell;
    private CellStyle requiredText;
    private CellStyle requiredWrap;
    private CellStyle requiredAmount;
    private CellStyle requiredNumber;

    /**
     * @param catalogue the year's catalogue: its codes fill 科目表 and name the codes
     * @param profiles  the ids of the profiles a workbook may name (the 地区模板 drop-down)
     */
    public EntryWorkbookWriter(Catalogue catalogue, List<String> profiles) {
        this.catalogue = catalogue;
        this.profiles = List.copyOf(profiles);
    }

    /** An empty workbook for a department of {@code profile} in the catalogue's year. */
    public byte[] blank(String profile) {
        return write(null, profile);
    }

    /** The workbook filled from {@code facts} (their year must be the catalogue's). */
    public byte[] filled(BudgetFacts facts) {
        return write(facts, facts.profile());
    }

    /** The same facts in another profile and year (a workbook for next year starts from this year's facts). */
    public static BudgetFacts retarget(BudgetFacts f, String profile, int year) {
        if (f.profile().equals(profile) && f.fiscalYear() == year) {
            return f;
        }
        return new BudgetFacts(f.department(), f.unitCode(), f.region(), year, profile, f.units(), f.lines(), f.carryforward(),
                f.basicByEconomic(), f.projects(), f.threePublic(), f.agencyOperating(), f.procurement(), f.assets(), f.priorYear(),
                f.performanceTargets(), f.texts(), f.fundRevenue());
    }

    private byte[] write(BudgetFacts f, String profile) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            wb = book;
            styles();
            instructions();
            department(f, profile);
            revenue(f);
            expenditure(f);
            basic(f);
            projects(f);
            targets(f);
            indicators(f);
            threePublic(f);
            agency(f);
            procurement(f);
            assets(f);
            texts(f);
            catalogueSheet();
            wb.setActiveSheet(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb = null;
        }
    }

    // ---- styles ----------------------------------------------------------------------------------

    private void styles() {
        Font plain = font(11, false);
        Font bold = font(11, true);
        short text = wb.createDataFormat().getFormat("@");
        short money = wb.createDataFormat().getFormat("#,##0.00");
        short general = wb.createDataFormat().getFormat("General");
        title = wb.createCellStyle();
        title.setFont(font(14, true));
        note = wb.createCellStyle();
        note.setFont(plain);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        header = bordered(bold, text, false);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label = bordered(bold, text, false);
        label.setWrapText(true);
        textCell = bordered(plain, text, false);
        textCell.setWrapText(true);
        wrapCell = bordered(plain, text, false);
        wrapCell.setWrapText(true);
        amountCell = bordered(plain, money, false);
        numberCell = bordered(plain, general, false);
        requiredText = bordered(plain, text, true);
        requiredText.setWrapText(true);
        requiredWrap = bordered(plain, text, true);
        requiredWrap.setWrapText(true);
        requiredAmount = bordered(plain, money, true);
        requiredNumber = bordered(plain, general, true);
    }

    private Font font(int points, boolean bold) {
        Font font = wb.createFont();
        font.setFontName("宋体");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }

    private CellStyle bordered(Font font, short format, boolean required) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setDataFormat(format);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        if (required) {
            s.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C}, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    private CellStyle style(Col c, boolean required) {
        return switch (c.kind()) {
            case AMOUNT -> required ? requiredAmount : amountCell;
            case INTEGER, NUMBER, YEAR -> required ? requiredNumber : numberCell;
            case LONG_TEXT -> required ? requiredWrap : wrapCell;
            default -> required ? requiredText : textCell;
        };
    }

    // ---- 说明 -------------------------------------------------------------------------------------

    private void instructions() {
        XSSFSheet s = wb.createSheet(EntryLayout.INSTRUCTIONS);
        s.setColumnWidth(0, 100 * 256);
        List<String> lines = new ArrayList<>(List.of(
                "预算录入表 — 填写说明",
                "",
                "1. 本工作簿是部门预算公开的录入表。填好后用 Gongkai 读取（import、check、render、export 均可直接读取本文件），"
                        + "由同一套数字生成全部公开报表和情况说明，报表之间自然一致。",
                "2. 黄色底色的单元格必须填写；其余单元格没有的可以留空。留空表示“没有”或“不知道”，填0表示金额为零。",
                "3. 金额一律以“元”为单位，只填数字（如 1234.56），不要带千分位逗号或“元”“万元”等文字。",
                "4. 科目编码单独占一格（如 2120501），名称在右边一格；编码可从下拉列表选择，也可直接输入，文本或数字均可。"
                        + "名称留空时按科目表填写。",
                "5. 请不要合并数据区的单元格，不要隐藏、删除或改名工作表，不要移动或删除列；可以插入或删除数据行。",
                "6. 可以用公式帮助计算，但 Gongkai 只读取填入的数值，不采用公式的计算结果：交付前请把公式单元格改为数值"
                        + "（复制后“选择性粘贴—数值”）。科目名称列的公式除外（名称按科目表确定）。",
                "7. 每个问题都会指出工作表和单元格，例如“支出!A12：科目编码2120599不在" + catalogue.year() + "年科目表中”。",
                "",
                "各工作表：",
                "　单位信息 — 部门名称、单位代码、预算年度、地区模板、所属单位、主要职能、机构设置、年终结转和上年数",
                "　收入 — 政府性基金预算、国有资本经营预算的收入科目明细（其他收入由支出按资金来源汇总）",
                "　支出 — 按功能科目、资金来源、本年/上年结转、人员经费/公用经费/项目支出逐笔填写",
                "　基本支出 — 一般公共预算基本支出按部门经济科目（款）分人员经费、公用经费",
                "　项目 — 本年预算项目与上年结转项目，金额按资金来源分列",
                "　绩效目标、绩效指标 — 每个本年项目的绩效目标表及其三级指标",
                "　三公 — “三公”经费按资金来源",
                "　机关运行经费 — 按单位、资金来源",
                "　政府采购、国有资产 — 政府采购预算，国有资产占有使用情况",
                "　文字说明 — 增减变化的原因、人员经费和公用经费主要包括的内容等",
                "　名词解释 — 公开文件第四部分的名词及其解释",
                "　科目表（隐藏）— " + catalogue.year() + "年政府收支分类科目，下拉列表的来源，请勿修改"));
        for (int i = 0; i < lines.size(); i++) {
            Cell c = s.createRow(i).createCell(0);
            c.setCellValue(lines.get(i));
            c.setCellStyle(i == 0 ? title : note);
            if (i > 0) {
                fitHeight(c, lines.get(i));
            }
        }
        Row example = s.createRow(lines.size() + 1);
        Cell sample = example.createCell(0);
        sample.setCellValue("示例：黄色单元格为必填");
        sample.setCellStyle(requiredText);
        print(s, -1);
    }

    // ---- data sheets -----------------------------------------------------------------------------

    private XSSFSheet start(Sheet spec) {
        XSSFSheet s = wb.createSheet(spec.name());
        int width = spec.width();
        Cell t = s.createRow(EntryLayout.TITLE_ROW).createCell(0);
        t.setCellValue(spec.title());
        t.setCellStyle(title);
        Row noteRow = s.createRow(EntryLayout.NOTE_ROW);
        Cell n = noteRow.createCell(0);
        n.setCellValue(spec.note());
        n.setCellStyle(note);
        int noteWidth = 0;
        if (width > 1) {
            s.addMergedRegion(new CellRangeAddress(EntryLayout.TITLE_ROW, EntryLayout.TITLE_ROW, 0, width - 1));
            s.addMergedRegion(new CellRangeAddress(EntryLayout.NOTE_ROW, EntryLayout.NOTE_ROW, 0, width - 1));
        }
        Row h = s.createRow(EntryLayout.HEADER_ROW);
        h.setHeightInPoints(spec.isForm() ? 18 : 32);
        if (spec.isForm()) {
            header(h, 0, "项目");
            header(h, 1, "内容");
            s.setColumnWidth(0, 34 * 256);
            int widest = 1;
            for (Item item : spec.items()) {
                for (int k = 0; k < item.values().size(); k++) {
                    widest = Math.max(widest, item.values().get(k).width());
                    s.setColumnWidth(1 + k, Math.max(s.getColumnWidth(1 + k), Math.min(item.values().get(k).width(), 70) * 256));
                }
            }
            noteWidth = 34 + widest;
        } else {
            for (int k = 0; k < spec.columns().size(); k++) {
                Col c = spec.columns().get(k);
                // a long header breaks before its unit, "政府性基金预算" over "（元）", not inside a word
                String head = c.header();
                int unit = head.lastIndexOf('（');
                if (unit > 0 && head.length() * 2 > c.width()) {
                    head = head.substring(0, unit) + "\n" + head.substring(unit);
                }
                header(h, k, head + (c.required() ? "＊" : ""));
                s.setColumnWidth(k, c.width() * 256);
                noteWidth += c.width();
            }
            s.createFreezePane(1, EntryLayout.FIRST_DATA_ROW);
        }
        // the note wraps over the merged width: make its row tall enough to show it
        int chars = spec.note().length() * 2;
        int perLine = Math.max(noteWidth, 20) - 2;
        noteRow.setHeightInPoints(14.5f * Math.max(1, (chars + perLine - 1) / perLine) + 4);
        print(s, EntryLayout.HEADER_ROW);
        return s;
    }

    private void header(Row h, int col, String text) {
        Cell c = h.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(header);
    }

    private void print(XSSFSheet s, int repeatRow) {
        s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        s.getPrintSetup().setLandscape(true);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
        s.setAutobreaks(true);
        s.setPrintGridlines(false);
        s.setMargin(XSSFSheet.LeftMargin, 0.4);
        s.setMargin(XSSFSheet.RightMargin, 0.4);
        if (repeatRow >= 0) {
            s.setRepeatingRows(new CellRangeAddress(repeatRow, repeatRow, -1, -1));
        }
        s.getFooter().setCenter("&A　第 &P 页");
    }

    /** A table: its rows, then spare rows, every one styled; drop-down lists over the validated rows. */
    private void table(Sheet spec, List<List<Object>> rows) {
        table(spec, rows, SPARE_ROWS);
    }

    private void table(Sheet spec, List<List<Object>> rows, int spare) {
        XSSFSheet s = start(spec);
        int total = rows.size() + spare;
        for (int r = 0; r < total; r++) {
            Row row = s.createRow(EntryLayout.FIRST_DATA_ROW + r);
            List<Object> values = r < rows.size() ? rows.get(r) : List.of();
            for (int k = 0; k < spec.columns().size(); k++) {
                Col c = spec.columns().get(k);
                Cell cell = row.createCell(k);
                cell.setCellStyle(style(c, c.required()));
                Object v = k < values.size() ? values.get(k) : null;
                if (v == null && c.kind() == Kind.CODE_NAME && k > 0 && spec.columns().get(k - 1).isCode()
                        && spec.columns().get(k - 1).kind() != Kind.OTHER_CODE) {
                    cell.setCellFormula(lookup(spec.columns().get(k - 1).kind(), row.getRowNum(), k - 1));
                } else {
                    set(cell, v);
                }
            }
        }
        for (int k = 0; k < spec.columns().size(); k++) {
            validate(s, spec.columns().get(k), new CellRangeAddressList(EntryLayout.FIRST_DATA_ROW,
                    EntryLayout.FIRST_DATA_ROW + Math.max(VALIDATED_ROWS, total) - 1, k, k));
        }
    }

    /** The name of the code in the cell at (row, col), from 科目表 — a help for the person; the reader ignores it. */
    private String lookup(Kind kind, int row, int col) {
        String ref = new CellReference(row, col).formatAsString();
        String names = switch (kind) {
            case FUNCTION_CODE -> "'科目表'!$A:$B";
            case DEPT_ECONOMIC_CODE -> "'科目表'!$D:$E";
            default -> "'科目表'!$G:$H";
        };
        return "IF(" + ref + "=\"\",\"\",IFERROR(VLOOKUP(TEXT(" + ref + ",\"0\")," + names + ",2,FALSE),\"（科目表中没有）\"))";
    }

    /** A form: each item's rows (at least one), its value cells styled and validated. */
    private void form(Sheet spec, Map<String, List<List<Object>>> values) {
        XSSFSheet s = start(spec);
        items(s, spec, values, EntryLayout.FIRST_DATA_ROW);
    }

    /** A form of blocks (绩效目标): the items once per record, an empty row between records; one empty block when none. */
    private void blocks(Sheet spec, List<Map<String, List<List<Object>>>> records) {
        XSSFSheet s = start(spec);
        int r = EntryLayout.FIRST_DATA_ROW;
        List<Map<String, List<List<Object>>>> all = records.isEmpty() ? List.of(Map.of()) : records;
        for (Map<String, List<List<Object>>> record : all) {
            r = items(s, spec, record, r) + 1;
        }
    }

    /** Writes the items from row {@code r}; returns the row after the last one written. */
    private int items(XSSFSheet s, Sheet spec, Map<String, List<List<Object>>> values, int r) {
        for (Item item : spec.items()) {
            List<List<Object>> rows = values.getOrDefault(item.label(), List.of());
            if (item.values().size() > 1) {
                Row sub = s.createRow(r++);
                for (int k = 0; k < item.values().size(); k++) {
                    Cell c = sub.createCell(1 + k);
                    c.setCellValue(item.values().get(k).header());
                    c.setCellStyle(header);
                }
            }
            int count = Math.max(1, rows.size()) + (item.repeated() ? 1 : 0);
            for (int i = 0; i < count; i++) {
                Row row = s.createRow(r);
                Cell l = row.createCell(0);
                l.setCellValue(item.label() + (item.values().get(0).required() ? "＊" : ""));
                l.setCellStyle(label);
                List<Object> v = i < rows.size() ? rows.get(i) : List.of();
                for (int k = 0; k < item.values().size(); k++) {
                    Col c = item.values().get(k);
                    Cell cell = row.createCell(1 + k);
                    cell.setCellStyle(style(c, c.required()));
                    set(cell, k < v.size() ? v.get(k) : null);
                    validate(s, c, new CellRangeAddressList(r, r, 1 + k, 1 + k));
                }
                r++;
            }
        }
        return r;
    }

    private void set(Cell cell, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (v instanceof Integer i) {
            cell.setCellValue(i);
        } else {
            String text = v.toString();
            cell.setCellValue(text);
            if (cell.getCellStyle().getWrapText()) {
                fitHeight(cell, text);
            }
        }
    }

    /** Makes the row tall enough to show the wrapped text of the cell (Chinese characters count two columns). */
    private static void fitHeight(Cell cell, String text) {
        int columns = Math.max(8, cell.getSheet().getColumnWidth(cell.getColumnIndex()) / 256 - 1);
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            int width = 0;
            for (int i = 0; i < part.length(); i++) {
                width += part.charAt(i) >= 0x2E80 ? 2 : 1;
            }
            lines += Math.max(1, (width + columns - 1) / columns);
        }
        Row row = cell.getRow();
        float height = 14.5f * Math.min(lines, 40) + 3;
        if (height > row.getHeightInPoints()) {
            row.setHeightInPoints(height);
        }
    }

    private void validate(XSSFSheet s, Col c, CellRangeAddressList where) {
        DataValidationHelper helper = s.getDataValidationHelper();
        DataValidationConstraint constraint = switch (c.kind()) {
            case CHOICE -> helper.createExplicitListConstraint(c.choices().toArray(String[]::new));
            case FUNCTION_CODE -> helper.createFormulaListConstraint(FUNCTION_NAMES);
            case DEPT_ECONOMIC_CODE -> helper.createFormulaListConstraint(DEPT_ECONOMIC_NAMES);
            case GOV_ECONOMIC_CODE -> helper.createFormulaListConstraint(GOV_ECONOMIC_NAMES);
            case PROFILE -> helper.createFormulaListConstraint(PROFILE_NAMES);
            default -> null;
        };
        if (constraint == null) {
            return;
        }
        DataValidation dv = helper.createValidation(constraint, where);
        dv.setSuppressDropDownArrow(true);
        dv.setEmptyCellAllowed(true);
        // a code typed by hand may be a number: warn, do not refuse (the reader checks every code)
        dv.setErrorStyle(c.kind() == Kind.CHOICE ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        dv.setShowErrorBox(true);
        dv.createErrorBox("请从列表选择", c.kind() == Kind.CHOICE ? "请从下拉列表中选择：" + String.join("、", c.choices())
                : "该编码不在" + catalogue.year() + "年科目表中");
        s.addValidationData(dv);
    }

    // ---- the sheets' contents ----------------------------------------------------------------------

    private static BigDecimal yuan(Amount a) {
        return a == null ? null : a.to(MoneyUnit.YUAN).value();
    }

    private static List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }

    private void department(BudgetFacts f, String profile) {
        Map<String, List<List<Object>>> v = new java.util.LinkedHashMap<>();
        v.put(EntryLayout.I_YEAR, List.of(row(catalogue.year())));
        v.put(EntryLayout.I_PROFILE, List.of(row(profile)));
        if (f != null) {
            v.put(EntryLayout.I_DEPARTMENT, List.of(row(f.department())));
            v.put(EntryLayout.I_UNIT_CODE, List.of(row(f.unitCode())));
            v.put(EntryLayout.I_REGION, List.of(row(f.region())));
            v.put(EntryLayout.I_UNIT, f.units().stream().map(u -> row(u)).toList());
            v.put(EntryLayout.I_DUTY, f.texts().duties().stream().map(u -> row(u)).toList());
            v.put(EntryLayout.I_ORGANIZATION, f.texts().organization().stream().map(u -> row(u)).toList());
            v.put(EntryLayout.I_CARRYFORWARD, List.of(row(yuan(f.carryforward()))));
            PriorYear p = f.priorYear() == null ? PriorYear.unknown() : f.priorYear();
            v.put(EntryLayout.I_PRIOR_REVENUE, List.of(row(yuan(p.revenueTotal()))));
            v.put(EntryLayout.I_PRIOR_EXPENDITURE, List.of(row(yuan(p.expenditureTotal()))));
            v.put(EntryLayout.I_PRIOR_GENERAL, List.of(row(yuan(p.generalBudgetCurrentYear()))));
            v.put(EntryLayout.I_PRIOR_THREE_PUBLIC, List.of(row(yuan(p.threePublicTotal()))));
            v.put(EntryLayout.I_PRIOR_AGENCY, List.of(row(yuan(p.agencyOperatingTotal()))));
        }
        form(EntryLayout.DEPARTMENT_SHEET, v);
    }

    private void revenue(BudgetFacts f) {
        List<List<Object>> rows = new ArrayList<>();
        if (f != null) {
            for (RevenueLine l : f.fundRevenue()) {
                rows.add(row(l.source().label(), l.code(), l.name(), yuan(l.amount())));
            }
        }
        table(EntryLayout.REVENUE_SHEET, rows);
    }

    private String functionName(String code) {
        return code == null ? null : catalogue.function(code).map(CatalogueEntry::name).orElse(null);
    }

    private void expenditure(BudgetFacts f) {
        List<List<Object>> rows = new ArrayList<>();
        if (f != null) {
            for (BudgetLine l : f.lines()) {
                String code = l.functionCode().digits();
                rows.add(row(code, functionName(code), l.source().label(), EntryLayout.label(l.fundYear()),
                        EntryLayout.label(l.kind()), yuan(l.amount())));
            }
        }
        table(EntryLayout.EXPENDITURE_SHEET, rows);
    }

    private void basic(BudgetFacts f) {
        List<List<Object>> rows = new ArrayList<>();
        if (f != null) {
            for (EconomicLine l : f.basicByEconomic()) {
                rows.add(row(l.deptEconomicCode() == null ? null : l.deptEconomicCode().digits(), l.deptEconomicName(),
                        l.govEconomicCode() == null ? null : l.govEconomicCode().digits(), l.govEconomicName(),
                        yuan(l.personnel()), yuan(l.operating())));
            }
        }
        table(EntryLayout.BASIC_SHEET, rows);
    }

    private void projects(BudgetFacts f) {
        List<List<Object>> rows = new ArrayList<>();
        if (f != null) {
            for (ProjectFacts p : f.projects()) {
                String code = p.functionCode() == null ? null : p.functionCode().digits();
                List<Object> r = new ArrayList<>(row(p.name(), p.unit(), EntryLayout.label(p.fundYear()),
                        p.category() == null ? null : p.category().label(), code, functionName(code)));
                for (FundSource s : FundSource.values()) {
                    r.add(yuan(p.amount(s)));
                }
                rows.add(r);
            }
        }
        table(EntryLayout.PROJECTS_SHEET, rows);
    }

    private void targets(BudgetFacts f) {
        List<Map<String, List<List<Object>>>> records = new ArrayList<>();
        if (f != null) {
            int n = 1;
            for (PerformanceTarget t : f.performanceTargets()) {
                List<Object> values = new ArrayList<>(row(n++, t.projectName(), t.title(), t.competentDepartment(), t.departmentCode(),
                        t.implementingUnit(), t.attribute(), t.projectTerm()));
                values.addAll(funds(t.periodFunds()));
                values.addAll(funds(t.annualFunds()));
                values.addAll(row(t.overview(), t.basis(), t.necessity(), t.measures(), t.plan(), t.periodGoal(), t.annualGoal(),
                        t.responsible(), t.handler(), t.phone(), t.filingDate()));
                Map<String, List<List<Object>>> record = new java.util.LinkedHashMap<>();
                List<Item> items = EntryLayout.TARGETS_SHEET.items();
                for (int k = 0; k < items.size(); k++) {
                    record.put(items.get(k).label(), List.of(row(values.get(k))));
                }
                records.add(record);
            }
        }
        blocks(EntryLayout.TARGETS_SHEET, records);
    }

    private static List<Object> funds(FundsBreakdown b) {
        if (b == null) {
            return row(null, null, null, null, null, null);
        }
        return row(yuan(b.total()), yuan(b.central()), yuan(b.provincial()), yuan(b.local()), yuan(b.selfRaised()),
                yuan(b.other()));
    }

    private void indicators(BudgetFacts f) {
        List<List<Object>> rows = new ArrayList<>();
        if (f != null) {
            int n = 1;
            for (PerformanceTarget t : f.performanceTargets()) {
                indicatorRows(rows, n, EntryLayout.PERIOD, t.periodIndicators(), t);
                indicatorRows(rows, n, EntryLayout.ANNUAL, t.annualIndicators(), null);
                n++;
            }
        }
        table(EntryLayout.INDICATORS_SHEET, rows);
    }

    /** The indicators of one column; for the 实施期 column also the groups printed without any indicator. */
    private static void indicatorRows(List<List<Object>> rows, int n, String column, List<Indicator> indicators,
            PerformanceTarget groupsOf) {
        List<org.gongkai.core.model.IndicatorGroup> pending = groupsOf == null ? List.of() : new ArrayList<>(groupsOf.groups());
        for (Indicator i : indicators) {
            if (groupsOf != null) {
                emptyGroupsBefore(rows, n, column, pending, i.level1(), i.level2());
            }
            rows.add(row(n, column, i.level1(), i.level2(), i.name(), i.value()));
        }
        for (org.gongkai.core.model.IndicatorGroup g : pending) {
            rows.add(row(n, column, g.level1(), g.level2(), null, null));
        }
    }

    /** Writes the groups without indicators that come before (level1, level2) and takes that group off the list. */
    private static void emptyGroupsBefore(List<List<Object>> rows, int n, String column,
            List<org.gongkai.core.model.IndicatorGroup> pending, String level1, String level2) {
        int at = -1;
        for (int k = 0; k < pending.size(); k++) {
            if (java.util.Objects.equals(pending.get(k).level1(), level1) && java.util.Objects.equals(pending.get(k).level2(), level2)) {
                at = k;
                break;
            }
        }
        if (at < 0) {
            return;
        }
        for (int k = 0; k < at; k++) {
            org.gongkai.core.model.IndicatorGroup g = pending.remove(0);
            rows.add(row(n, column, g.level1(), g.level2(), null, null));
        }
        pending.remove(0);
    }

    private void threePublic(BudgetFacts f) {
        ThreePublicFacts t = f == null ? ThreePublicFacts.none() : f.threePublic();
        List<Map<FundSource, Amount>> maps = List.of(t.outboundTravel(), t.reception(), t.vehiclePurchase(), t.vehicleOperation());
        List<List<Object>> rows = new ArrayList<>();
        for (int k = 0; k < maps.size(); k++) {
            List<Object> r = new ArrayList<>(row(EntryLayout.THREE_PUBLIC_ROWS.get(k)));
            for (FundSource s : FundSource.values()) {
                r.add(yuan(maps.get(k).get(s)));
            }
            rows.add(r);
        }
        // the four rows are fixed: no spare rows to fill
        table(EntryLayout.THREE_PUBLIC_SHEET, rows, 0);
    }

    private void agency(BudgetFacts f) {
        List<List<Object>> rows = new ArrayList<>();
        if (f != null) {
            for (AgencyOperatingFacts a : f.agencyOperating()) {
                List<Object> r = new ArrayList<>(row(a.unit()));
                for (FundSource s : FundSource.values()) {
                    r.add(yuan(a.amounts().get(s)));
                }
                rows.add(r);
            }
        }
        table(EntryLayout.AGENCY_SHEET, rows);
    }

    private void procurement(BudgetFacts f) {
        Map<String, List<List<Object>>> v = new java.util.LinkedHashMap<>();
        Procurement p = f == null ? null : f.procurement();
        if (p != null) {
            v.put(EntryLayout.I_PROC_TOTAL, List.of(row(yuan(p.total()))));
            v.put(EntryLayout.I_PROC_GOODS, List.of(row(yuan(p.goods()))));
            v.put(EntryLayout.I_PROC_WORKS, List.of(row(yuan(p.works()))));
            v.put(EntryLayout.I_PROC_SERVICES, List.of(row(yuan(p.services()))));
        }
        form(EntryLayout.PROCUREMENT_SHEET, v);
    }

    private void assets(BudgetFacts f) {
        Map<String, List<List<Object>>> v = new java.util.LinkedHashMap<>();
        Assets a = f == null ? null : f.assets();
        if (a != null) {
            v.put(EntryLayout.I_AS_OF, List.of(row(a.asOf())));
            v.put(EntryLayout.I_VEHICLE_QUOTA, List.of(row(a.vehicleQuota())));
            v.put(EntryLayout.I_VEHICLES_ACTUAL, List.of(row(a.vehiclesActual())));
            List<List<Object>> vehicles = new ArrayList<>();
            for (VehicleCount c : a.vehicles()) {
                vehicles.add(row(c.category(), c.count()));
            }
            v.put(EntryLayout.I_VEHICLE, vehicles);
            v.put(EntryLayout.I_OFFICE_AREA, List.of(row(a.officeAreaSquareMetres())));
            List<List<Object>> equipment = new ArrayList<>();
            for (Assets.EquipmentCount e : a.equipment()) {
                equipment.add(row(e.threshold(), e.kind(), e.count()));
            }
            v.put(EntryLayout.I_EQUIPMENT, equipment);
        }
        form(EntryLayout.ASSETS_SHEET, v);
    }

    private void texts(BudgetFacts f) {
        Map<String, List<List<Object>>> v = new java.util.LinkedHashMap<>();
        if (f != null) {
            DisclosureTexts t = f.texts();
            v.put(EntryLayout.I_REVENUE_REASON, List.of(row(t.revenueChangeReason())));
            v.put(EntryLayout.I_EXPENDITURE_REASON, List.of(row(t.expenditureChangeReason())));
            v.put(EntryLayout.I_GENERAL_REASON, List.of(row(t.generalBudgetChangeReason())));
            v.put(EntryLayout.I_PERSONNEL_COVERS, List.of(row(t.personnelCovers())));
            v.put(EntryLayout.I_OPERATING_COVERS, List.of(row(t.operatingCovers())));
            v.put(EntryLayout.I_THREE_PUBLIC_REASON, List.of(row(t.threePublicChangeReason())));
            v.put(EntryLayout.I_AGENCY_REASON, List.of(row(t.agencyOperatingChangeReason())));
            v.put(EntryLayout.I_PURCHASE_SERVICES, List.of(row(t.purchaseServicesCatalogue())));
            v.put(EntryLayout.I_OTHER_NOTES, List.of(row(t.otherNotes())));
        }
        form(EntryLayout.TEXTS_SHEET, v);
        List<List<Object>> glossary = new ArrayList<>();
        if (f != null) {
            for (GlossaryEntry g : f.texts().glossary()) {
                glossary.add(row(g.number(), g.term(), g.definition()));
            }
        }
        table(EntryLayout.GLOSSARY_SHEET, glossary);
    }

    // ---- 科目表 -----------------------------------------------------------------------------------

    private void catalogueSheet() {
        XSSFSheet s = wb.createSheet(EntryLayout.CATALOGUE);
        Row h = s.createRow(0);
        String[] heads = {"功能科目编码", "功能科目名称", "", "部门经济科目编码", "部门经济科目名称", "", "政府经济科目编码", "政府经济科目名称",
            "", "地区模板"};
        for (int k = 0; k < heads.length; k++) {
            if (!heads[k].isEmpty()) {
                header(h, k, heads[k]);
            }
        }
        List<CatalogueEntry> functions = new ArrayList<>();
        for (CatalogueEntry c : catalogue.functionClasses()) {
            tree(c, functions);
        }
        int fn = column(s, 0, functions);
        int dn = column(s, 3, catalogue.deptEconomicEntries());
        int gn = column(s, 6, catalogue.govEconomicEntries());
        for (int i = 0; i < profiles.size(); i++) {
            row(s, i + 1).createCell(9).setCellValue(profiles.get(i));
        }
        name(FUNCTION_NAMES, "$A$2:$A$" + (fn + 1));
        name(DEPT_ECONOMIC_NAMES, "$D$2:$D$" + (dn + 1));
        name(GOV_ECONOMIC_NAMES, "$G$2:$G$" + (gn + 1));
        name(PROFILE_NAMES, "$J$2:$J$" + (profiles.size() + 1));
        s.setColumnWidth(1, 40 * 256);
        s.setColumnWidth(4, 30 * 256);
        s.setColumnWidth(7, 30 * 256);
        wb.setSheetVisibility(wb.getSheetIndex(s), SheetVisibility.HIDDEN);
    }

    private void tree(CatalogueEntry e, List<CatalogueEntry> out) {
        out.add(e);
        for (CatalogueEntry child : catalogue.functionChildren(e.code())) {
            tree(child, out);
        }
    }

    private int column(XSSFSheet s, int col, List<CatalogueEntry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            Row r = row(s, i + 1);
            Cell code = r.createCell(col);
            code.setCellValue(entries.get(i).code());
            code.setCellStyle(textCell);
            r.createCell(col + 1).setCellValue(entries.get(i).name());
        }
        return entries.size();
    }

    private static Row row(XSSFSheet s, int index) {
        Row r = s.getRow(index);
        return r == null ? s.createRow(index) : r;
    }

    private void name(String name, String range) {
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula("'" + EntryLayout.CATALOGUE + "'!" + range);
    }
}
