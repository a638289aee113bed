package org.gongkai.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.core.Reference;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TableRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Gongkai's own PDF of the reference, read back: the profile is recognised from the PDF, and the
 * export of the PDF is the export of the text — every table cell, every performance target and
 * indicator — apart from the columns that say where a value was read. The pages of the hand-checked
 * values were read off the rendered pages (pdftoppm): 表一 on page 4, 表二 on page 5, the first
 * 绩效目标表 (临时人员工资) on page 22, the indicators of 基础设施配套咨询服务费 on page 55.
 */
class RenderedPdfRoundTripTest {

    private static final Set<String> WHERE_READ = Set.of("line", "page", "box");

    private static Map<String, byte[]> fromText;
    private static Map<String, byte[]> fromPdf;
    private static Loaded back;
    private static byte[] finalPdf;
    private static byte[] draftPdf;
    private static Map<String, byte[]> fromDraftPdf;

    @BeforeAll
    static void renderAndReadBack() {
        Pipeline p = Pipeline.standard();
        Loaded text = p.load(Reference.file());
        Disclosure published = p.publish(text).disclosure();
        finalPdf = p.render(published, RenderFormat.PDF);
        back = p.load("reference.pdf", finalPdf);
        fromText = p.export(text, ExportFormat.CSV);
        fromPdf = p.export(back, ExportFormat.CSV);
        draftPdf = p.render(published, RenderFormat.PDF, true);
        fromDraftPdf = p.export(p.load("reference-draft.pdf", draftPdf), ExportFormat.CSV);
    }

    @Test
    void aDraftCarriesTheMarkInTheTextOfEveryPageAndTheFinalNone() throws Exception {
        List<String> draftPages = pageTexts(draftPdf);
        assertThat(draftPages).hasSizeGreaterThan(40);
        for (int i = 0; i < draftPages.size(); i++) {
            assertThat(draftPages.get(i)).as("page %d", i + 1).contains("草稿");
        }
        assertThat(pageTexts(finalPdf)).hasSameSizeAs(draftPages).noneMatch(t -> t.contains("草稿"));
    }

    @Test
    void aDraftReadsBackAsTheFinalDocument() {
        assertThat(fromDraftPdf.keySet()).isEqualTo(fromPdf.keySet());
        for (String name : fromPdf.keySet()) {
            assertThat(rows(fromDraftPdf.get(name))).as(name).isEqualTo(rows(fromPdf.get(name)));
        }
    }

    private static List<String> pageTexts(byte[] pdf) throws java.io.IOException {
        List<String> pages = new ArrayList<>();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
        }
        return pages;
    }

    @Test
    void theProfileIsRecognisedFromThePdf() {
        assertThat(back.profile().id()).isEqualTo("shanxi-13");
        assertThat(back.disclosure().tables()).hasSize(13);
        assertThat(back.disclosure().performanceTargets()).hasSize(43);
    }

    @Test
    void everyTableAndPerformanceFileIsTheSame() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            names.add(String.format("T%02d.csv", i));
        }
        names.add("performance_targets.csv");
        names.add("performance_indicators.csv");
        for (String name : names) {
            assertThat(fromPdf).as(name).containsKey(name);
            assertThat(withoutWhereRead(fromPdf.get(name))).as(name).isEqualTo(withoutWhereRead(fromText.get(name)));
        }
        assertThat(rows(fromPdf.get("performance_indicators.csv"))).hasSize(429);
    }

    @Test
    void tableCellsKeepTheirPage() {
        Disclosure d = back.disclosure();
        TableRow revenue = row(table(d, TableRole.BUDGET_SUMMARY), "一、一般公共预算");
        assertThat(revenue.cells().get(1)).isEqualTo("48798.56");
        assertThat(revenue.source().page()).isEqualTo(4);
        assertThat(revenue.source().box()).isNotNull();
        TableRow sanitation = row(table(d, TableRole.REVENUE_BY_FUNCTION), "2120501");
        assertThat(sanitation.cells()).containsSubsequence("城乡社区环境卫生", "21694.90", "21694.90");
        assertThat(sanitation.cells().get(sanitation.cells().size() - 1)).isEqualTo("81.90");
        assertThat(sanitation.source().page()).isEqualTo(5);
    }

    @Test
    void performanceFormsKeepTheirPage() {
        List<PerformanceTarget> targets = back.disclosure().performanceTargets();
        PerformanceTarget first = targets.get(0);
        assertThat(first.projectName()).isEqualTo("临时人员工资");
        assertThat(first.source().page()).isEqualTo(22);
        assertThat(first.filingDate()).isEqualTo("2025-12-24"); // printed as a date: the reference prints the timestamp 20251224150159
        Indicator cost = first.periodIndicators().stream().filter(i -> i.name().equals("人员聘用单位成本")).findFirst().orElseThrow();
        assertThat(cost.value()).isEqualTo("≤88000元");
        assertThat(cost.source().page()).isEqualTo(22);

        PerformanceTarget consulting = targets.stream().filter(t -> t.projectName().equals("基础设施配套咨询服务费"))
                .findFirst().orElseThrow();
        Indicator satisfaction = consulting.annualIndicators().stream().filter(i -> i.name().equals("入驻企业满意度"))
                .findFirst().orElseThrow();
        assertThat(satisfaction.value()).isEqualTo("≥90%");
        assertThat(satisfaction.level2()).isEqualTo("服务对象满意度");
        assertThat(satisfaction.source().page()).isEqualTo(55);
    }

    private static PrintedTable table(Disclosure d, TableRole role) {
        return d.tables().stream().filter(t -> t.role() == role).findFirst().orElseThrow();
    }

    private static TableRow row(PrintedTable t, String firstCell) {
        return t.rows().stream().filter(r -> r.cell(0).equals(firstCell)).findFirst().orElseThrow();
    }

    /** The CSV's rows without the columns that say where a value was read. */
    private static List<List<String>> withoutWhereRead(byte[] csv) {
        List<List<String>> rows = rows(csv);
        List<String> header = rows.get(0);
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rows) {
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                if (!WHERE_READ.contains(header.get(i))) {
                    kept.add(i < r.size() ? r.get(i) : "");
                }
            }
            out.add(kept);
        }
        return out;
    }

    /** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
    private static List<List<String>> rows(byte[] csv) {
        String s = new String(csv, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
