package org.gongkai.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A region's open data on H2 over HTTP: the budget lines as CSV and the Fiscal Data Package
 * descriptor beside it, checked against the rules of the Data Package, Table Schema and Fiscal
 * Data Package (v1.0) specifications that can be checked by hand, and against the reference's
 * figures (表二 line 126: 2120501 城乡社区环境卫生 本年 21694.90, 上年结转 81.90 万元).
 */
class OpenDataWebTest extends WebContract {

    private static final String BASE = "/api/regions/140171/open-data/2026/";
    /** Table Schema's field types. */
    private static final Set<String> FIELD_TYPES = Set.of("string", "number", "integer", "boolean", "object", "array", "date",
            "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any");
    private static final Set<String> DIMENSION_TYPES = Set.of("datetime", "entity", "classification", "activity", "fact",
            "location", "other");
    private static final Set<String> CLASSIFICATION_TYPES = Set.of("functional", "administrative", "economic");
    private static final Set<String> PHASES = Set.of("proposed", "approved", "adjusted", "executed");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry r) throws IOException {
        String dir = Files.createTempDirectory("gongkai-open-data-").toString();
        r.add("gongkai.data", () -> dir);
    }

    @BeforeEach
    void publishTheReference() throws Exception {
        String ed = api.token("ed", PASSWORD);
        String rv = api.token("rv", PASSWORD);
        Api.Answer up = uploadReference(ed);
        assertThat(up.status()).as(up.text()).isEqualTo(201);
        long id = up.json().get("id").asLong();
        publish(id, 1, ed, rv, null);
    }

    /** The CSV's rows, split by RFC 4180 (no field of these rows holds a quote or a line break). */
    private static List<List<String>> rows(String csv) {
        assertThat(csv).startsWith("\uFEFF");
        List<List<String>> out = new ArrayList<>();
        for (String line : csv.substring(1).split("\r\n")) {
            assertThat(line).doesNotContain("\"");
            out.add(List.of(line.split(",", -1)));
        }
        return out;
    }

    @Test
    void theDescriptorFollowsTheFiscalDataPackageRules() throws Exception {
        Api.Answer a = api.get(BASE + "datapackage.json", null);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        JsonNode pkg = a.json();
        // Data Package: name (lower case, url-usable), resources; Fiscal Data Package: model
        for (String key : List.of("name", "title", "resources", "model")) {
            assertThat(pkg.has(key)).as(key).isTrue();
        }
        assertThat(pkg.get("name").asString()).matches("^[-a-z0-9._/]+$");
        assertThat(pkg.get("profile").asString()).isEqualTo("fiscal-data-package");
        assertThat(pkg.get("fiscalPeriod").get("start").asString()).isEqualTo("2026-01-01");
        assertThat(pkg.get("resources").size()).isEqualTo(1);
        JsonNode res = pkg.get("resources").get(0);
        assertThat(res.get("name").asString()).matches("^[-a-z0-9._/]+$");
        // a relative POSIX path (never absolute, never another host, never upwards)
        String path = res.get("path").asString();
        assertThat(path).doesNotStartWith("/").doesNotContain("..").doesNotContain("://").doesNotContain("\\");
        Set<String> fields = new HashSet<>();
        Map<String, String> types = new java.util.HashMap<>();
        for (JsonNode f : res.get("schema").get("fields")) {
            String name = f.get("name").asString();
            assertThat(fields.add(name)).as("unique field " + name).isTrue();
            assertThat(FIELD_TYPES).contains(f.get("type").asString());
            types.put(name, f.get("type").asString());
        }

        JsonNode model = pkg.get("model");
        JsonNode measures = model.get("measures");
        assertThat(measures.size()).isPositive();
        for (var m : measures.properties()) {
            JsonNode v = m.getValue();
            assertThat(fields).as("measure " + m.getKey()).contains(v.get("source").asString());
            assertThat(types.get(v.get("source").asString())).isIn("number", "integer");
            assertThat(v.get("currency").asString()).isEqualTo("CNY").matches("^[A-Z]{3}$");
            assertThat(v.get("factor").isNumber()).isTrue();
            assertThat(v.get("direction").asString()).isIn("expenditure", "revenue");
            if (v.has("phase")) {
                assertThat(PHASES).contains(v.get("phase").asString());
            }
        }
        // the reference is an approved budget (批复后的预算): 元, factor 1
        assertThat(measures.get("amount").get("phase").asString()).isEqualTo("approved");
        assertThat(measures.get("amount").get("factor").asInt()).isEqualTo(1);

        JsonNode dimensions = model.get("dimensions");
        for (var d : dimensions.properties()) {
            JsonNode v = d.getValue();
            String where = "dimension " + d.getKey();
            assertThat(DIMENSION_TYPES).as(where).contains(v.get("dimensionType").asString());
            if (v.has("classificationType")) {
                assertThat(CLASSIFICATION_TYPES).as(where).contains(v.get("classificationType").asString());
            }
            JsonNode attributes = v.get("attributes");
            assertThat(attributes.size()).as(where).isPositive();
            for (var at : attributes.properties()) {
                assertThat(fields).as(where + " attribute " + at.getKey()).contains(at.getValue().get("source").asString());
                if (at.getValue().has("labelfor")) {
                    assertThat(attributes.has(at.getValue().get("labelfor").asString())).as(where).isTrue();
                }
                if (at.getValue().has("parent")) {
                    assertThat(attributes.has(at.getValue().get("parent").asString())).as(where).isTrue();
                }
            }
            JsonNode pk = v.get("primaryKey");
            List<String> keys = new ArrayList<>();
            if (pk.isArray()) {
                pk.forEach(k -> keys.add(k.asString()));
            } else {
                keys.add(pk.asString());
            }
            assertThat(keys).as(where).isNotEmpty();
            keys.forEach(k -> assertThat(attributes.has(k)).as(where + " primary key " + k).isTrue());
        }
        // 功能分类 类/款/项: functional classifications of code and label
        for (String level : List.of("functionClass", "functionSection", "functionItem")) {
            JsonNode d = dimensions.get(level);
            assertThat(d.get("dimensionType").asString()).isEqualTo("classification");
            assertThat(d.get("classificationType").asString()).isEqualTo("functional");
            assertThat(d.get("attributes").get("code").get("source").asString()).isEqualTo(level + "Code");
            assertThat(d.get("attributes").get("name").get("labelfor").asString()).isEqualTo("code");
        }
        for (String d : List.of("department", "year", "phase", "kind", "region")) {
            assertThat(dimensions.has(d)).as(d).isTrue();
        }
    }

    @Test
    void theResourceIsTheCsvBesideTheDescriptorAndItsFieldsAreItsHeader() throws Exception {
        JsonNode res = api.get(BASE + "datapackage.json", null).json().get("resources").get(0);
        Api.Answer csv = api.get(BASE + res.get("path").asString(), null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<List<String>> rows = rows(csv.text());
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (JsonNode f : res.get("schema").get("fields")) {
            names.add(f.get("name").asString());
            types.add(f.get("type").asString());
        }
        assertThat(rows.get(0)).containsExactlyElementsOf(names);
        assertThat(rows.size()).isGreaterThan(1);
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).hasSameSizeAs(names);
            for (int i = 0; i < row.size(); i++) {
                if (types.get(i).equals("integer")) {
                    Integer.parseInt(row.get(i));
                } else if (types.get(i).equals("number")) {
                    new BigDecimal(row.get(i));
                }
            }
        }
        // 2120501 城乡社区环境卫生: 本年 21694.90万元, 上年结转 81.90万元, in 元
        int item = names.indexOf("functionItemCode");
        int fundYear = names.indexOf("fundYearName");
        int amount = names.indexOf("amount");
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal carryover = BigDecimal.ZERO;
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.get(item).equals("2120501")) {
                assertThat(row.get(names.indexOf("functionItemName"))).isEqualTo("城乡社区环境卫生");
                assertThat(row.get(names.indexOf("departmentName"))).isEqualTo("山西转型综合改革示范区建设与公用事业管理部");
                assertThat(row.get(names.indexOf("phaseName"))).isEqualTo("预算");
                if (row.get(fundYear).equals("本年")) {
                    current = current.add(new BigDecimal(row.get(amount)));
                } else if (row.get(fundYear).equals("上年结转")) {
                    carryover = carryover.add(new BigDecimal(row.get(amount)));
                }
            }
        }
        assertThat(current).isEqualByComparingTo("216949000.00");
        assertThat(carryover).isEqualByComparingTo("819000.00");
    }

    @Test
    void theRegionPageLinksBothAndTheCityPackageHoldsItsDistricts() throws Exception {
        String page = api.get("/140171?year=2026", null).text();
        assertThat(page).contains("href=\"" + BASE + "budget-lines.csv\"").contains("href=\"" + BASE + "datapackage.json\"");
        // 太原市 (140100) over its district 140171
        List<List<String>> city = rows(api.get("/api/regions/140100/open-data/2026/budget-lines.csv", null).text());
        assertThat(city.size()).isEqualTo(rows(api.get(BASE + "budget-lines.csv", null).text()).size());
        // 大同市 has nothing published: the header alone
        assertThat(rows(api.get("/api/regions/140200/open-data/2026/budget-lines.csv", null).text())).hasSize(1);
        assertThat(api.get("/api/regions/999999/open-data/2026/datapackage.json", null).status()).isEqualTo(404);
        assertThat(api.get("/api/regions/140171/open-data/20x6/datapackage.json", null).status()).isEqualTo(404);
    }
}
