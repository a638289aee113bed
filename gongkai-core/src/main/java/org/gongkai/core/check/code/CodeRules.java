package org.gongkai.core.check.code;

import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.check.view.TableClasses;
import org.gongkai.core.check.view.TableCodes;
import org.gongkai.core.check.view.TableEconomic;
import org.gongkai.core.check.view.TableSummary;
import org.gongkai.core.check.view.TableText;
import org.gongkai.core.check.view.TableView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.model.TableRole;

/**
 * Rules of the family 科目代码与名称 (domain.md §5): function codes printed in the tables against the
 * year's catalogue, the 类 rows of the 收支总表, and the economic names of T6. The catalogue may lack
 * a code (it grows from the documents read), so an unknown code or name is a WARNING; a known code
 * printed with another name is an ERROR.
 */
public final class CodeRules {

    private static final String CODE = "code";
    /** Layouts whose "code" column holds 支出功能分类 codes (T7's and T9's 收入科目 are not). */
    private static final Set<TableRole> FUNCTION_TABLES = Set.of(TableRole.REVENUE_BY_FUNCTION,
            TableRole.EXPENDITURE_BY_FUNCTION, TableRole.GENERAL_BUDGET_BY_FUNCTION,
            TableRole.GOVERNMENT_FUND_EXPENDITURE, TableRole.STATE_CAPITAL);

    static final Rule EXISTS = Rule.of("code.exists", Category.CODES, Severity.WARNING,
            "表中的支出功能分类科目编码应为3、5或7位数字（格式错误为错误），并存在于当年的科目目录中（目录可能不全，未收录的编码为警告）",
            CodeRules::exists);

    static final Rule NAME = Rule.of("code.name", Category.CODES, Severity.ERROR,
            "目录中已有的支出功能分类科目，表中名称应与当年目录名称一致（忽略空白）",
            CodeRules::names);

    static final Rule CONSISTENT = Rule.of("code.consistent", Category.CODES, Severity.ERROR,
            "同一科目编码在各表中的名称相同（目录未收录的编码）",
            CodeRules::consistent);

    static final Rule CLASS_NAME = Rule.of("code.class-name", Category.CODES, Severity.ERROR,
            "收支总表（{BUDGET_SUMMARY}、{FISCAL_SUMMARY}）的各类支出（如“十二、城乡社区支出”）名称与当年目录中该序号的类名称一致",
            CodeRules::classNames);

    static final Rule RENAMED = Rule.of("code.renamed", Category.CODES, Severity.ERROR,
            "不得使用已更名科目的旧名称（如210“医疗卫生与计划生育支出”现为“卫生健康支出”，207“文化体育与传媒支出”现为“文化旅游体育与传媒支出”）",
            CodeRules::renamed);

    static final Rule ECONOMIC = Rule.of("code.economic", Category.CODES, Severity.WARNING,
            "{BASIC_BY_ECONOMIC}的部门预算支出经济分类科目名称存在于当年目录中，且款列在所属的类下（未收录的名称为警告，已知编码名称不符或款列错类为错误）",
            CodeRules::economic);

    private CodeRules() {
    }

    public static List<Rule> all() {
        return List.of(EXISTS, NAME, CONSISTENT, CLASS_NAME, RENAMED, ECONOMIC);
    }

    /** The function-code sections of the tables that print them, in table order. */
    private static List<TableCodes> functionCodes(CheckContext c) {
        List<TableCodes> out = new ArrayList<>();
        for (TableView v : TableView.all(c)) {
            if (v.layout() != null && FUNCTION_TABLES.contains(v.layout())) {
                TableCodes.of(v, CODE).ifPresent(out::add);
            }
        }
        return out;
    }

    private static String catalogueName(CheckContext c) {
        return c.fiscalYear() + "年支出功能分类科目目录";
    }

    // ---- code.exists --------------------------------------------------------------------------

    private static void exists(CheckContext c, Findings out) {
        for (TableCodes codes : functionCodes(c)) {
            TableView v = codes.view();
            String codeKey = codes.section().codeKey();
            for (var row : v.rows()) {
                String printed = codes.printedCode(row);
                if (printed.isEmpty() || TableText.isTotal(printed) || printed.chars().noneMatch(Character::isDigit)) {
                    continue;
                }
                String name = TableText.squeeze(v.text(row, codes.section().nameKey()));
                if (!codes.wellFormed(row)) {
                    String label = name.isEmpty() ? printed : printed + " " + name;
                    out.report(Severity.ERROR, v.name() + "科目编码“" + printed + "”格式不正确：支出功能分类的类、款、项应为3、5、7位数字",
                            v.at(row, label, codeKey), Findings.evidence(Evidence.CODE, printed));
                }
            }
            for (TableCodes.CodeRow row : codes.rows()) {
                if (c.catalogue().function(row.code()).isEmpty()) {
                    out.report(Severity.WARNING, v.name() + "科目“" + row.label() + "”不在" + catalogueName(c)
                                    + "中（目录可能未收录，请核实编码）",
                            v.at(row.row(), row.label(), codeKey),
                            Findings.evidence(Evidence.CODE, row.code(), Evidence.NAME, row.name(), Evidence.CATALOGUE_YEAR,
                                    Integer.toString(c.catalogue().dataYear())));
                }
            }
        }
    }

    // ---- code.name ----------------------------------------------------------------------------

    private static void names(CheckContext c, Findings out) {
        for (TableCodes codes : functionCodes(c)) {
            TableView v = codes.view();
            String nameKey = codes.section().nameKey();
            for (TableCodes.CodeRow row : codes.rows()) {
                Optional<CatalogueEntry> entry = c.catalogue().function(row.code());
                if (entry.isEmpty() || isOldName(row.code(), row.name())) {
                    continue;
                }
                String expected = entry.get().name();
                if (row.name().isEmpty()) {
                    out.report(Severity.WARNING, v.name() + "科目“" + row.code() + "”没有名称，应为“" + expected + "”",
                            v.at(row.row(), row.label(), nameKey), Findings.evidence(Evidence.CODE, row.code(), Evidence.EXPECTED, expected));
                } else if (!TableText.sameName(expected, row.name())) {
                    out.report(v.name() + "科目“" + row.code() + "”的名称应为“" + expected + "”，实际为“" + row.name() + "”",
                            v.at(row.row(), row.label(), nameKey),
                            Findings.evidence(Evidence.CODE, row.code(), Evidence.EXPECTED, expected, Evidence.FOUND, row.name()));
                } else if (!TableText.squeeze(expected).equals(row.name())) {
                    out.report(Severity.INFO, v.name() + "科目“" + row.code() + "”的名称“" + row.name() + "”与目录名称“" + expected
                                    + "”只有括号或引号的全角、半角之别",
                            v.at(row.row(), row.label(), nameKey),
                            Findings.evidence(Evidence.CODE, row.code(), Evidence.EXPECTED, expected, Evidence.FOUND, row.name()));
                }
            }
        }
    }

    private static boolean isOldName(String code, String name) {
        return code.length() == 3 && TableClasses.renamedFrom(name).filter(code::equals).isPresent();
    }

    // ---- code.consistent ----------------------------------------------------------------------

    private static void consistent(CheckContext c, Findings out) {
        Map<String, TableCodes.CodeRow> first = new LinkedHashMap<>();
        Map<String, TableView> firstTable = new LinkedHashMap<>();
        for (TableCodes codes : functionCodes(c)) {
            TableView v = codes.view();
            for (TableCodes.CodeRow row : codes.rows()) {
                if (c.catalogue().function(row.code()).isPresent() || row.name().isEmpty()) {
                    continue;
                }
                TableCodes.CodeRow seen = first.get(row.code());
                if (seen == null) {
                    first.put(row.code(), row);
                    firstTable.put(row.code(), v);
                } else if (!TableText.sameName(seen.name(), row.name())) {
                    TableView where = firstTable.get(row.code());
                    out.report("科目“" + row.code() + "”在" + v.name() + "中名为“" + row.name() + "”，在" + where.name()
                                    + "中名为“" + seen.name() + "”，同一科目名称应一致",
                            v.at(row.row(), row.label(), codes.section().nameKey()),
                            Findings.evidence(Evidence.CODE, row.code(), Evidence.FOUND, row.name(), Evidence.ELSEWHERE, seen.name(),
                                    Evidence.AGAINST, where.at(seen.row(), seen.label(), codes.section().nameKey()).describe()));
                }
            }
        }
    }

    // ---- code.class-name, code.renamed --------------------------------------------------------

    private static List<TableSummary> summaries(CheckContext c) {
        List<TableSummary> out = new ArrayList<>();
        for (TableView v : TableView.all(c)) {
            if (v.layout() == TableRole.BUDGET_SUMMARY || v.layout() == TableRole.FISCAL_SUMMARY) {
                TableSummary.of(v).ifPresent(out::add);
            }
        }
        return out;
    }

    private static void classNames(CheckContext c, Findings out) {
        List<CatalogueEntry> classes = c.catalogue().functionClasses();
        for (TableSummary s : summaries(c)) {
            TableView v = s.view();
            String key = s.expenditure().labelKey;
            for (TableClasses.ClassRow row : TableClasses.of(s, c.catalogue())) {
                if (row.match() == TableClasses.Match.OLD_NAME) {
                    continue;
                }
                Location where = v.at(row.row(), row.label(), key);
                CatalogueEntry expected = row.atOrdinal();
                if (expected != null) {
                    if (TableText.sameName(expected.name(), row.name())) {
                        continue;
                    }
                    Optional<CatalogueEntry> other = classes.stream().filter(e -> TableText.sameName(e.name(), row.name())).findFirst();
                    String message = v.name() + "“" + row.label() + "”：第" + ordinalText(row.ordinal()) + "类应为“"
                            + expected.name() + "”（" + expected.code() + "）";
                    if (other.isPresent()) {
                        message += "，“" + row.name() + "”是第" + ordinalText(classes.indexOf(other.get()) + 1) + "类（"
                                + other.get().code() + "）";
                    } else {
                        message += "，实际为“" + row.name() + "”";
                    }
                    out.report(message, where, Findings.evidence(Evidence.EXPECTED, expected.code() + " " + expected.name(),
                            Evidence.FOUND, row.name()));
                } else if (row.match() != TableClasses.Match.NAME) {
                    out.report(v.name() + "“" + row.label() + "”不是" + catalogueName(c) + "中的类名称", where,
                            Findings.evidence(Evidence.FOUND, row.name()));
                }
            }
        }
    }

    private static String ordinalText(int n) {
        return n >= 1 && n <= 99 ? org.gongkai.core.model.ChineseNumerals.of(n) : Integer.toString(n);
    }

    private static void renamed(CheckContext c, Findings out) {
        for (TableSummary s : summaries(c)) {
            TableView v = s.view();
            String key = s.expenditure().labelKey;
            for (TableClasses.ClassRow row : TableClasses.of(s, c.catalogue())) {
                if (row.match() == TableClasses.Match.OLD_NAME) {
                    reportRenamed(c, out, v, row.name(), row.entry(), v.at(row.row(), row.label(), key), row.label());
                }
            }
        }
        for (TableCodes codes : functionCodes(c)) {
            TableView v = codes.view();
            for (TableCodes.CodeRow row : codes.rows()) {
                if (isOldName(row.code(), row.name())) {
                    c.catalogue().function(row.code()).ifPresent(entry -> reportRenamed(c, out, v, row.name(), entry,
                            v.at(row.row(), row.label(), codes.section().nameKey()), row.label()));
                }
            }
        }
    }

    private static void reportRenamed(CheckContext c, Findings out, TableView v, String oldName, CatalogueEntry entry,
                                      Location where, String label) {
        out.report(v.name() + "“" + label + "”：“" + oldName + "”是已停用的旧科目名称，" + c.fiscalYear() + "年" + entry.code()
                        + "类应为“" + entry.name() + "”",
                where, Findings.evidence(Evidence.CODE, entry.code(), Evidence.FOUND, oldName, Evidence.EXPECTED, entry.name()));
    }

    // ---- code.economic ------------------------------------------------------------------------

    private static void economic(CheckContext c, Findings out) {
        Optional<TableView> t6 = TableView.find(c, TableRole.BASIC_BY_ECONOMIC);
        if (t6.isEmpty()) {
            return;
        }
        Catalogue catalogue = c.catalogue();
        TableEconomic e = TableEconomic.of(t6.get(), catalogue);
        TableView v = e.view();
        String key = "deptEconomicName";
        String list = c.fiscalYear() + "年部门预算支出经济分类科目目录";
        for (TableEconomic.Line line : e.lines()) {
            Location where = v.at(line.row(), line.label(), key);
            if (line.printedCode() != null) {
                Optional<CatalogueEntry> entry = catalogue.deptEconomic(line.printedCode());
                if (entry.isEmpty()) {
                    out.report(Severity.WARNING, v.name() + "经济科目“" + line.label() + "”的编码不在" + list + "中（目录可能未收录）",
                            where, Findings.evidence(Evidence.CODE, line.printedCode(), Evidence.NAME, line.name()));
                } else if (!TableText.sameName(entry.get().name(), line.name())) {
                    out.report(Severity.ERROR, v.name() + "经济科目“" + line.printedCode() + "”的名称应为“" + entry.get().name()
                                    + "”，实际为“" + line.name() + "”",
                            where, Findings.evidence(Evidence.CODE, line.printedCode(), Evidence.EXPECTED, entry.get().name(), Evidence.FOUND, line.name()));
                }
                continue;
            }
            if (line.entry() != null) {
                continue;
            }
            if (line.isClass()) {
                out.report(Severity.WARNING, v.name() + "经济科目类“" + line.name() + "”不在" + list + "中（目录可能未收录，请核实名称）",
                        where, Findings.evidence(Evidence.NAME, line.name()));
                continue;
            }
            List<CatalogueEntry> elsewhere = TableEconomic.sectionsNamed(catalogue, line.name());
            if (elsewhere.isEmpty()) {
                out.report(Severity.WARNING, v.name() + "经济科目“" + line.name() + "”不在" + list + "中（目录可能未收录，请核实名称）",
                        where, Findings.evidence(Evidence.NAME, line.name()));
            } else if (line.parent() != null && line.parent().entry() != null) {
                CatalogueEntry parent = line.parent().entry();
                String codes = String.join("、", elsewhere.stream().map(x -> x.code() + "（"
                        + catalogue.deptEconomic(x.parentCode()).map(CatalogueEntry::name).orElse(x.parentCode()) + "）").toList());
                out.report(Severity.ERROR, v.name() + "经济科目“" + line.name() + "”列在“" + parent.code() + " " + parent.name()
                                + "”类下，但该款属于" + codes,
                        where, Findings.evidence(Evidence.NAME, line.name(), Evidence.CLASS, parent.code(),
                                Evidence.EXPECTED, String.join("、", elsewhere.stream().map(CatalogueEntry::code).toList())));
            }
        }
    }
}
