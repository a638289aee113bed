package org.gongkai.core.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.core.Reference;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TextBlock;
import org.gongkai.core.pipeline.Pipeline;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The seven sample PDFs of 上海市普陀区 read against values typed by hand from their pages
 * (golden/&lt;file&gt;.tsv: table, row, column, value): the totals of all nine tables, rows at 类, 款
 * and 项 level with their names, the 三公 table, and figures of the 编制说明 and 其他相关情况说明.
 * "blank" is a cell printed empty, not 0.
 */
class ShanghaiGoldenTest {

    private static final Path SAMPLES = Reference.repoRoot().resolve("../shared/samples/shanghai-putuo");
    /** The typed column names that the profile calls otherwise. */
    private static final Map<String, Map<String, String>> KEYS = Map.of(
            "T01", Map.of("expenditureAmount", "total"),
            "T04", Map.of("total", "subtotal"),
            "T08", Map.of("publicUse", "operating"));

    record Expected(String table, String row, String column, String value, int line) {
    }

    @TestFactory
    Stream<DynamicTest> everyTypedValueIsRead() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String sample : List.of("2024-dept-wanlijiedao", "2025-dept-wanlijiedao", "2025-dept-caizhengju",
                "2025-dept-quzhengfubangongshi", "2025-unit-quzhengfubangongshi", "2025-dept-shangwuweiyuanhui",
                "2025-unit-shangwuweiyuanhui")) {
            List<Expected> expected = typed(sample);
            if (expected.isEmpty()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(sample, () -> {
                Disclosure d = Pipeline.standard().load(SAMPLES.resolve(sample + ".pdf")).disclosure();
                assertThat(d.metadata().profile()).isEqualTo("shanghai-9");
                List<String> wrong = new ArrayList<>();
                for (Expected e : expected) {
                    String found = e.table().equals("NARR") ? narrative(d, e) : cell(d, e);
                    if (!e.value().equals(found)) {
                        wrong.add("line " + e.line() + " " + e.table() + " " + e.row() + " " + e.column() + ": typed “" + e.value()
                                + "”, read “" + found + "”");
                    }
                }
                assertThat(wrong).as(sample).isEmpty();
            }));
        }
        assertThat(tests).as("golden files").isNotEmpty();
        return tests.stream();
    }

    private static List<Expected> typed(String sample) throws IOException {
        List<Expected> out = new ArrayList<>();
        try (InputStream in = ShanghaiGoldenTest.class.getResourceAsStream("golden/" + sample + ".tsv")) {
            if (in == null) {
                return out;
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].replace("\r", "");
                if (l.isBlank() || l.startsWith("#") || l.startsWith("table\t")) {
                    continue;
                }
                String[] f = l.split("\t", -1);
                out.add(new Expected(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), i + 1));
            }
        }
        return out;
    }

    /** The cell typed: "blank" for an empty one; the row by its code digits, its item or "合计". */
    private static String cell(Disclosure d, Expected e) {
        PrintedTable t = d.table(e.table()).orElse(null);
        if (t == null) {
            return "(no table)";
        }
        String key = KEYS.getOrDefault(e.table(), Map.of()).getOrDefault(e.column(), e.column());
        for (TableRow r : t.rows()) {
            if (matches(t, r, e.row(), key)) {
                String column = key;
                if (!t.hasColumn(column)) {
                    return "(no column " + column + ")";
                }
                String v = t.text(r, column);
                return v.isEmpty() ? "blank" : v;
            }
        }
        return "(no row)";
    }

    private static boolean matches(PrintedTable t, TableRow r, String row, String key) {
        if (row.equals("-")) {
            return true;
        }
        if (t.hasColumn("incomeItem")) {
            String side = key.startsWith("income") ? "incomeItem" : "expenditureItem";
            return squeeze(t.text(r, side)).equals(squeeze(row));
        }
        String name = t.hasColumn("name") ? t.text(r, "name") : t.hasColumn("deptEconomicName") ? t.text(r, "deptEconomicName") : "";
        if (row.equals("合计")) {
            return squeeze(name).equals("合计");
        }
        StringBuilder code = new StringBuilder();
        for (String k : List.of("codeClass", "codeSection", "codeItem", "econClass", "econSection")) {
            if (t.hasColumn(k)) {
                code.append(t.text(r, k).strip());
            }
        }
        return code.toString().equals(row);
    }

    /** A narrative figure: the typed value if the paragraph it belongs to prints it (separators ignored). */
    private static String narrative(Disclosure d, Expected e) {
        List<String> candidates = new ArrayList<>();
        for (NarrativeSection s : d.narrative().sections()) {
            for (TextBlock p : s.paragraphs()) {
                String text = p.text();
                boolean belongs = switch (e.row()) {
                    case "income", "fiscalIncome" -> text.contains("收入预算");
                    case "expenditure" -> text.contains("支出预算");
                    case "threePublic" -> s.heading() != null && s.heading().contains("三公");
                    case "agencyOperating" -> s.heading() != null && s.heading().contains("机关运行经费");
                    case "procurement" -> s.heading() != null && s.heading().contains("政府采购");
                    default -> text.matches("^" + e.row() + "\\s*[.．、].*");
                };
                if (belongs) {
                    candidates.add(text);
                }
            }
        }
        if (candidates.isEmpty()) {
            return "(no paragraph)";
        }
        for (String c : candidates) {
            String plain = c.replace(",", "");
            if (e.column().equals("subject") ? c.contains(e.value()) : plain.contains(e.value())) {
                return e.value();
            }
        }
        return candidates.get(0);
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }
}
