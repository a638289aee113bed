package org.gongkai.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.gongkai.app.store.Directory;
import org.gongkai.app.store.OpenData;
import org.gongkai.app.store.Region;
import org.gongkai.app.store.StoreException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A region's open data for a year (over it and its sub-regions), beside each other so the package's
 * relative path finds the file:
 * <ul>
 * <li>{@code /api/regions/{region}/open-data/{year}/budget-lines.csv} — the published budget lines,
 * one row per department, disclosure, 功能科目 项, fund source, 本年/上年结转 and 基本/项目, in 元
 * (UTF-8 with a BOM, as every CSV of the site);</li>
 * <li>{@code …/datapackage.json} — a Fiscal Data Package (Frictionless, v1.0): the resource with its
 * table schema, and the model: the amount as the measure (CNY, factor 1: 元), 功能分类 类/款/项 as
 * functional classification dimensions with code and label attributes, the department as the
 * administrative classification, the region, the year, the disclosure's phase and kind, the fund
 * source, 本年/上年结转 and 基本/项目.</li>
 * </ul>
 * The columns are listed once ({@link #COLUMNS}), for the file and for its schema.
 */
@RestController
class OpenDataController {

    static final String CSV_NAME = "budget-lines.csv";

    /** A column of the CSV: its name, Table Schema type, Chinese title and value. */
    record Column(String name, String type, String title, Function<OpenData.Line, Object> value) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("year", "integer", "预算年度", OpenData.Line::year),
            new Column("regionCode", "string", "财政区划代码", OpenData.Line::regionCode),
            new Column("regionName", "string", "财政区划名称", OpenData.Line::regionName),
            new Column("departmentCode", "string", "部门（单位）代码", OpenData.Line::departmentCode),
            new Column("departmentName", "string", "部门（单位）名称", OpenData.Line::departmentName),
            new Column("phaseCode", "string", "公开文件阶段代码（budget 预算、adjusted 调整预算、final-account 决算）", OpenData.Line::phase),
            new Column("phaseName", "string", "公开文件阶段", l -> PortalPaths.phaseWord(l.phase())),
            new Column("kindCode", "string", "公开文件类别代码（department 部门、unit 单位）", OpenData.Line::kind),
            new Column("kindName", "string", "公开文件类别", l -> PortalPaths.kindWord(l.kind())),
            new Column("functionClassCode", "string", "支出功能分类科目编码（类）", OpenData.Line::functionClassCode),
            new Column("functionClassName", "string", "支出功能分类科目名称（类）", OpenData.Line::functionClassName),
            new Column("functionSectionCode", "string", "支出功能分类科目编码（款）", OpenData.Line::functionSectionCode),
            new Column("functionSectionName", "string", "支出功能分类科目名称（款）", OpenData.Line::functionSectionName),
            new Column("functionItemCode", "string", "支出功能分类科目编码（项）", OpenData.Line::functionItemCode),
            new Column("functionItemName", "string", "支出功能分类科目名称（项）", OpenData.Line::functionItemName),
            new Column("fundSourceCode", "string", "资金来源代码", OpenData.Line::fundSource),
            new Column("fundSourceName", "string", "资金来源", OpenData.Line::fundSourceName),
            new Column("fundYearCode", "string", "资金年度代码（current_year 本年、carryover 上年结转）", OpenData.Line::fundYear),
            new Column("fundYearName", "string", "资金年度", l -> fundYearName(l.fundYear())),
            new Column("expenditureKindCode", "string", "支出类型代码（basic 基本支出、project 项目支出）", OpenData.Line::expenditureKind),
            new Column("expenditureKindName", "string", "支出类型", OpenData.Line::expenditureKindName),
            new Column("amount", "number", "金额（元）", OpenData.Line::amount));

    private final Directory directory;
    private final OpenData openData;

    OpenDataController(Directory directory, OpenData openData) {
        this.directory = directory;
        this.openData = openData;
    }

    @GetMapping("/api/regions/{region}/open-data/{year}/" + CSV_NAME)
    ResponseEntity<byte[]> csv(@PathVariable String region, @PathVariable String year) {
        Region r = region(region);
        int y = year(year);
        List<List<?>> rows = new ArrayList<>();
        for (OpenData.Line l : openData.lines(within(r), y)) {
            List<Object> row = new ArrayList<>(COLUMNS.size());
            for (Column c : COLUMNS) {
                row.add(c.value().apply(l));
            }
            rows.add(row);
        }
        return Csv.answer(r.code() + "-" + y + "-budget-lines", COLUMNS.stream().map(Column::name).toList(), rows);
    }

    @GetMapping(value = "/api/regions/{region}/open-data/{year}/datapackage.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> datapackage(@PathVariable String region, @PathVariable String year) {
        Region r = region(region);
        int y = year(year);
        TreeSet<String> phases = new TreeSet<>();
        openData.lines(within(r), y).forEach(l -> phases.add(l.phase()));

        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("profile", "fiscal-data-package");
        pkg.put("name", ("gongkai-" + r.code() + "-" + y + "-budget-lines").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^-a-z0-9._/]", "-"));
        pkg.put("title", r.name() + y + "年已公开的部门预算支出明细");
        pkg.put("description", r.name() + "（含下级地区）各部门" + y + "年已公开文件（现行版本）的支出，按支出功能分类科目（类、款、项）、"
                + "资金来源、本年与上年结转、基本支出与项目支出列示，单位：元。");
        pkg.put("countryCode", "CN");
        pkg.put("granularity", "aggregated");
        pkg.put("fiscalPeriod", Map.of("start", y + "-01-01", "end", y + "-12-31"));

        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", "budget-lines");
        resource.put("title", "预算支出明细");
        resource.put("profile", "tabular-data-resource");
        resource.put("path", CSV_NAME);
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Column c : COLUMNS) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", c.name());
            f.put("type", c.type());
            f.put("title", c.title());
            fields.add(f);
        }
        resource.put("schema", Map.of("fields", fields));
        pkg.put("resources", List.of(resource));

        Map<String, Object> amount = new LinkedHashMap<>();
        amount.put("source", "amount");
        amount.put("title", "金额（元）");
        amount.put("currency", "CNY");
        amount.put("factor", 1);
        amount.put("direction", "expenditure");
        if (phases.size() == 1) {
            amount.put("phase", switch (phases.first()) {
                case "final-account" -> "executed";
                case "adjusted" -> "adjusted";
                default -> "approved";
            });
        }
        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put("functionClass", codeLabel("classification", "functional", "functionClassCode", "functionClassName"));
        dimensions.put("functionSection", codeLabel("classification", "functional", "functionSectionCode", "functionSectionName"));
        dimensions.put("functionItem", codeLabel("classification", "functional", "functionItemCode", "functionItemName"));
        dimensions.put("department", codeLabel("classification", "administrative", "departmentCode", "departmentName"));
        dimensions.put("region", codeLabel("location", null, "regionCode", "regionName"));
        Map<String, Object> yearAttr = new LinkedHashMap<>();
        yearAttr.put("year", Map.of("source", "year"));
        dimensions.put("year", Map.of("dimensionType", "datetime", "attributes", yearAttr, "primaryKey", List.of("year")));
        dimensions.put("phase", codeLabel("other", null, "phaseCode", "phaseName"));
        dimensions.put("kind", codeLabel("other", null, "kindCode", "kindName"));
        dimensions.put("fundSource", codeLabel("other", null, "fundSourceCode", "fundSourceName"));
        dimensions.put("fundYear", codeLabel("other", null, "fundYearCode", "fundYearName"));
        dimensions.put("expenditureKind", codeLabel("other", null, "expenditureKindCode", "expenditureKindName"));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("measures", Map.of("amount", amount));
        model.put("dimensions", dimensions);
        pkg.put("model", model);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(pkg);
    }

    /** A dimension of two attributes: the code (its primary key) and the name (the code's label). */
    private static Map<String, Object> codeLabel(String type, String classification, String code, String name) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("code", Map.of("source", code));
        attributes.put("name", Map.of("source", name, "labelfor", "code"));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("dimensionType", type);
        if (classification != null) {
            d.put("classificationType", classification);
        }
        d.put("attributes", attributes);
        d.put("primaryKey", List.of("code"));
        return d;
    }

    /** The address of a region's open data for a year: the CSV, or (package) the descriptor. */
    static String href(String region, int year, boolean pkg) {
        return "/api/regions/" + PortalPaths.seg(region) + "/open-data/" + year + "/" + (pkg ? "datapackage.json" : CSV_NAME);
    }

    private static String fundYearName(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "current_year" -> "本年";
            case "carryover" -> "上年结转";
            default -> code;
        };
    }

    private Region region(String code) {
        return directory.region(code).orElseThrow(() -> new StoreException.NotFound("没有这个地区：" + code));
    }

    private static int year(String s) {
        if (s == null || !s.matches("\\d{4}")) {
            throw new StoreException.NotFound("年度应为四位数字：" + s);
        }
        return Integer.parseInt(s);
    }

    /** The region and every region below it. */
    private List<String> within(Region r) {
        List<Region> all = directory.regions();
        List<String> out = new ArrayList<>();
        ArrayList<String> queue = new ArrayList<>(List.of(r.code()));
        while (!queue.isEmpty() && out.size() < 10_000) {
            String c = queue.remove(0);
            if (out.contains(c)) {
                continue;
            }
            out.add(c);
            for (Region x : all) {
                if (c.equals(x.parent())) {
                    queue.add(x.code());
                }
            }
        }
        return out;
    }
}
