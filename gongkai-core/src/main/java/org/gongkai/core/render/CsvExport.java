package org.gongkai.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.model.FilingDates;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.FundsBreakdown;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.performance.IndicatorMerger;
import org.gongkai.core.performance.MergedIndicator;
import org.gongkai.core.profile.ProfileSource;

/**
 * Machine-readable CSV next to the published document: one file per table as printed, named by
 * the table's position in its profile (T01.csv … T13.csv for a profile of 13 tables), plus
 * projects.csv, performance_targets.csv and performance_indicators.csv. UTF-8 with BOM so that
 * Excel opens it right; amounts as plain numbers without thousands separators.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** The files of a disclosure of a shipped profile (see {@link #files(Disclosure, BudgetFacts, ProfileSource)}). */
    public static OutputFiles files(Disclosure d, BudgetFacts facts) {
        return files(d, facts, ProfileSource.shipped());
    }

    /**
     * The files of a disclosure and its facts (either may be null). Each table's file is numbered
     * by its position in the profile the disclosure names, looked up in {@code profiles}; the
     * tables of a profile the source does not know are numbered in the disclosure's order.
     */
    public static OutputFiles files(Disclosure d, BudgetFacts facts, ProfileSource profiles) {
        OutputFiles out = new OutputFiles();
        if (d != null) {
            RenderProfile profile = RenderProfile.of(d, profiles);
            for (PrintedTable t : d.tables()) {
                out.put(fileName(profile.position(t)), table(t));
            }
        }
        if (facts != null) {
            out.put("projects.csv", projects(facts));
        }
        if (d != null) {
            out.put("performance_targets.csv", performanceTargets(d.performanceTargets()));
            out.put("performance_indicators.csv", performanceIndicators(d.performanceTargets()));
        }
        return out;
    }

    /** Position 1 → "T01.csv", 13 → "T13.csv". */
    static String fileName(int position) {
        return String.format(java.util.Locale.ROOT, "T%02d.csv", position);
    }

    /**
     * A table as printed: first row the column headers, then one row per printed row. A code printed
     * in 类|款|项 columns is written whole on every row: where the table leaves a 款/项 row's 类 (and
     * 款) blank under the row that printed it, the CSV row carries the parts it inherits, so that
     * each row reads on its own (sorted or filtered).
     */
    public static String table(PrintedTable t) {
        Csv csv = new Csv();
        csv.row(t.columns().stream().map(c -> c.label()).toList());
        boolean parts = !t.hasColumn(PrintedTable.CODE) && t.hasFunctionCodes();
        List<Optional<FunctionCode>> codes = t.functionCodes();
        for (int ri = 0; ri < t.rows().size(); ri++) {
            TableRow r = t.rows().get(ri);
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < t.columns().size(); i++) {
                String v = r.cell(i);
                if (t.columns().get(i).type() == ColumnType.AMOUNT && Numbers.isAmount(v)) {
                    v = Numbers.parseAmount(v).toPlainString();
                }
                cells.add(v);
            }
            if (parts) {
                codes.get(ri).ifPresent(code -> fillParts(t, cells, code));
            }
            csv.row(cells);
        }
        return csv.toString();
    }

    /** The code's 类, 款 and 项 in the table's code columns (as many as the code's level has). */
    private static void fillParts(PrintedTable t, List<String> cells, FunctionCode code) {
        List<String> digits = code.parts();
        for (int k = 0; k < PrintedTable.CODE_PARTS.size(); k++) {
            String key = PrintedTable.CODE_PARTS.get(k);
            if (t.hasColumn(key)) {
                cells.set(t.columnIndex(key), k < digits.size() ? digits.get(k) : "");
            }
        }
    }

    static String projects(BudgetFacts facts) {
        Csv csv = new Csv();
        List<String> header = new ArrayList<>(List.of("period", "unit", "project", "function_code", "category", "total_wan"));
        for (FundSource s : FundSource.values()) {
            header.add(s.key() + "_wan");
        }
        csv.row(header);
        for (ProjectFacts p : facts.projects()) {
            List<String> cells = new ArrayList<>(List.of(p.fundYear() == FundYear.CURRENT_YEAR ? "currentYear" : "carryover",
                    nz(p.unit()), p.name(), p.functionCode() == null ? "" : p.functionCode().digits(),
                    p.category() == null ? "" : p.category().label(), wan(p.total())));
            for (FundSource s : FundSource.values()) {
                Amount v = p.amount(s);
                cells.add(v == null ? "" : wan(v));
            }
            csv.row(cells);
        }
        return csv.toString();
    }

    static String performanceTargets(List<PerformanceTarget> targets) {
        Csv csv = new Csv();
        csv.row("project", "competent_department", "department_code", "implementing_unit", "attribute", "project_term",
                "period_total_yuan", "period_central_yuan", "period_provincial_yuan", "period_local_yuan",
                "period_self_raised_yuan", "period_other_yuan",
                "annual_total_yuan", "annual_central_yuan", "annual_provincial_yuan", "annual_local_yuan",
                "annual_self_raised_yuan", "annual_other_yuan", "filing_date", "line");
        for (PerformanceTarget t : targets) {
            List<String> cells = new ArrayList<>(List.of(nz(t.projectName()), nz(t.competentDepartment()), nz(t.departmentCode()),
                    nz(t.implementingUnit()), nz(t.attribute()), nz(t.projectTerm())));
            cells.addAll(funds(t.periodFunds()));
            cells.addAll(funds(t.annualFunds()));
            cells.add(FilingDates.normalised(t.filingDate()));
            cells.add(Integer.toString(t.line()));
            csv.row(cells);
        }
        return csv.toString();
    }

    private static List<String> funds(FundsBreakdown f) {
        if (f == null) {
            return List.of("", "", "", "", "", "");
        }
        return List.of(yuan(f.total()), yuan(f.central()), yuan(f.provincial()), yuan(f.local()), yuan(f.selfRaised()),
                yuan(f.other()));
    }

    private static String wan(Amount a) {
        return a.to(org.gongkai.core.model.MoneyUnit.WAN).value().toPlainString();
    }

    private static String yuan(Amount a) {
        return a == null ? "" : a.to(org.gongkai.core.model.MoneyUnit.YUAN).value().toPlainString();
    }

    static String performanceIndicators(List<PerformanceTarget> targets) {
        Csv csv = new Csv();
        csv.row("project", "level1", "level2", "level3", "period_value", "annual_value", "line");
        for (PerformanceTarget t : targets) {
            for (MergedIndicator m : IndicatorMerger.merge(t)) {
                csv.row(nz(t.projectName()), nz(m.level1()), nz(m.level2()), nz(m.name()), nz(m.periodValue()),
                        nz(m.annualValue()), Integer.toString(m.line()));
            }
        }
        return csv.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
