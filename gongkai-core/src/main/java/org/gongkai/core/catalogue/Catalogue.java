package org.gongkai.core.catalogue;

import org.gongkai.core.model.CodeLevel;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 政府收支分类科目 of one budget year: 支出功能分类 (类/款/项), 部门预算支出经济分类 (类/款) and
 * 政府预算支出经济分类 (类/款). Codes and names change from year to year, so the catalogue is
 * keyed by year ({@link CatalogueSource}); the shipped data lives on the classpath under
 * {@code org/gongkai/core/catalogue/<year>/} as {@code function-codes.csv},
 * {@code dept-economic-codes.csv} and {@code gov-economic-codes.csv}.
 *
 * <p>Codes are accepted as printed ({@link #normalizeCode}); names compare after removing
 * whitespace, so a name wrapped in a PDF ("债务发行费用 支出") still matches. Instances are
 * immutable and shared.
 */
public final class Catalogue {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u3000\\-－]+");

    private final int year;
    private final int dataYear;
    private final CodeTable functions;
    private final CodeTable deptEconomic;
    private final CodeTable govEconomic;

    Catalogue(int year, int dataYear, CodeTable functions, CodeTable deptEconomic, CodeTable govEconomic) {
        this.year = year;
        this.dataYear = dataYear;
        this.functions = functions;
        this.deptEconomic = deptEconomic;
        this.govEconomic = govEconomic;
    }

    /**
     * The catalogue shipped with Gongkai for budget year {@code year}: that year's data, or, when
     * the year has no folder, the data of the nearest earlier year that has one. The same as
     * {@code CatalogueSource.shipped().forYear(year)}; code that may be given other catalogues
     * takes a {@link CatalogueSource}.
     *
     * @throws IllegalArgumentException when neither the year nor any earlier year has data
     * @throws IllegalStateException when a data file is missing or malformed (the message names
     *                               the file and line)
     */
    public static Catalogue forYear(int year) {
        return CatalogueSource.shipped().forYear(year);
    }

    /** This catalogue's tables as the catalogue of budget year {@code year} (a year that falls back to them). */
    Catalogue asYear(int year) {
        return year == this.year ? this : new Catalogue(year, dataYear, functions, deptEconomic, govEconomic);
    }

    /** The budget year asked for. */
    public int year() {
        return year;
    }

    /** The year whose data was loaded: {@link #year()}, or the earlier year it fell back to. */
    public int dataYear() {
        return dataYear;
    }

    /** A 支出功能分类科目 (类, 款 or 项) by code, printed in any form {@link #normalizeCode} accepts. */
    public Optional<CatalogueEntry> function(String code) {
        return functions.get(normalizeCode(code));
    }

    /** All 支出功能分类 类 in code order (201 一般公共服务支出 … 234 抗疫特别国债安排的支出). */
    public List<CatalogueEntry> functionClasses() {
        return functions.classes();
    }

    /** The direct children of a 支出功能分类 code (the 款 of a 类, the 项 of a 款) in code order. */
    public List<CatalogueEntry> functionChildren(String code) {
        return functions.children(normalizeCode(code));
    }

    /** A 部门预算支出经济分类科目 (类 or 款) by code. */
    public Optional<CatalogueEntry> deptEconomic(String code) {
        return deptEconomic.get(normalizeCode(code));
    }

    /**
     * A 部门预算支出经济分类科目 by name (whitespace ignored). Some 款 names occur under several 类
     * (办公设备购置 is 30902 and 31002): pass the 类 code as {@code parentCode} to choose, or
     * {@code null} to accept the name only when it is unique.
     *
     * @return the single match, or empty when there is none or more than one
     */
    public Optional<CatalogueEntry> deptEconomicByName(String name, String parentCode) {
        List<CatalogueEntry> named = deptEconomic.named(name);
        if (parentCode != null && !parentCode.isBlank()) {
            String parent = normalizeCode(parentCode);
            named = named.stream().filter(e -> e.parentCode() != null && e.parentCode().equals(parent)).toList();
        }
        return single(named);
    }

    /** All 部门预算支出经济分类 类 in code order (301 工资福利支出 …). */
    public List<CatalogueEntry> deptEconomicClasses() {
        return deptEconomic.classes();
    }

    /** Every 部门预算支出经济分类科目 (类 and 款) in code order. */
    public List<CatalogueEntry> deptEconomicEntries() {
        return deptEconomic.all();
    }

    /** Every 政府预算支出经济分类科目 (类 and 款) in code order. */
    public List<CatalogueEntry> govEconomicEntries() {
        return govEconomic.all();
    }

    /** A 政府预算支出经济分类科目 (类 or 款, 501–599) by code. */
    public Optional<CatalogueEntry> govEconomic(String code) {
        return govEconomic.get(normalizeCode(code));
    }

    /**
     * A 政府预算支出经济分类科目 by name (whitespace ignored); empty when no code or several codes
     * have the name (房屋建筑物购建 is 50301 and 50401).
     */
    public Optional<CatalogueEntry> govEconomicByName(String name) {
        return single(govEconomic.named(name));
    }

    private static Optional<CatalogueEntry> single(List<CatalogueEntry> entries) {
        return entries.size() == 1 ? Optional.of(entries.get(0)) : Optional.empty();
    }

    /**
     * The code as digits only: "2120501", "212 05 01" and "212-05-01" all give "2120501". A 款 or
     * 项 part printed with one digit, its leading zero lost ("301 2"), is padded ("30102").
     *
     * @return the digits, or {@code null} when {@code printed} is null, blank or not a code
     */
    public static String normalizeCode(String printed) {
        if (printed == null || printed.isBlank()) {
            return null;
        }
        if (CodeTable.isDigits(printed)) {
            return printed;
        }
        StringBuilder code = new StringBuilder();
        for (String part : SEPARATORS.split(printed.strip())) {
            code.append(part.length() == 1 && code.length() > 0 ? "0" + part : part);
        }
        return CodeTable.isDigits(code.toString()) ? code.toString() : null;
    }

    @Override
    public String toString() {
        return "Catalogue[" + year + (dataYear == year ? "" : " (data of " + dataYear + ")") + ": "
                + functions.size() + " function, " + deptEconomic.size() + " dept economic, "
                + govEconomic.size() + " gov economic codes]";
    }
}
