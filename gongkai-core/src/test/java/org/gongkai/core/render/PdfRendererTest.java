package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongkai.core.Reference;
import org.junit.jupiter.api.Test;

/** The PDF read back with PDFBox: totals, 目录 page numbers, fonts, page sizes, bookmarks. */
class PdfRendererTest {

    private static final Pattern FOOTER = Pattern.compile("第 (\\d+) 页 / 共 (\\d+) 页");
    private static final Pattern TOC_LINE = Pattern.compile("^(\\S.*?)\\s*(\\d+)$");

    private final List<String> pages = RenderedReference.pageTexts();

    @Test
    void aTableContinuedOnTheNextPageSaysSoInItsRepeatedHeaderOnly() {
        // the reference's 表四 ends with its last three rows (二、政府性基金预算 …) on the next page; 表十二's 52 rows
        // need two pages
        for (String table : List.of("表四", "表十二")) {
            String heading = table.equals("表四") ? "表四 2026年财政拨款收支总表" : "表十二 2026年项目支出预算表（本年预算）";
            int page = headingPage(heading);
            assertThat(pages.get(page)).as(table + " on its first page").doesNotContain(table + "（续）");
            assertThat(pages.get(page + 1)).as(table + " on the next page").contains(table + "（续）");
        }
        assertThat(pages.get(headingPage("表四 2026年财政拨款收支总表") + 1)).contains("收入总计");
        // a table on one page never says so
        assertThat(String.join("\n", pages)).doesNotContain("表五（续）").doesNotContain("表一（续）");
    }

    @Test
    void everyTableTotalIsPrinted() {
        Map<String, List<String>> totals = new LinkedHashMap<>();
        totals.put("表一 2026年预算收支总表", List.of("48798.56", "15.00", "48875.05", "48783.56", "91.49", "76.80",
                "48966.85", "168.29"));
        totals.put("表二 2026年预算收入总表", List.of("48798.56", "168.29", "21236.56", "445.00", "5377.10", "9.59",
                "21694.90", "81.90", "30.00", "76.80"));
        totals.put("表三 2026年预算支出总表", List.of("48966.85", "15.00", "48951.85", "48875.05", "5386.69", "21776.80",
                "76.80"));
        totals.put("表四 2026年财政拨款收支总表", List.of("48798.56", "48966.85", "168.29", "48875.05", "76.80"));
        totals.put("表五 2026年一般公共预算支出预算表（不含上年结转）", List.of("48798.56", "15.00", "48783.56", "21694.90"));
        totals.put("表六 2026年一般公共预算安排基本支出分经济科目表（不含上年结转）", List.of("15.00", "14.50", "8.50", "1.00",
                "0.50", "4.50"));
        totals.put("表十二 2026年项目支出预算表（本年预算）", List.of("48783.56", "5800.00", "20000.00", "4927.10", "0.96",
                "150.00"));
        totals.put("表十三 2026年项目支出预算表（上年结转）", List.of("168.29", "31.00", "30.90", "9.59", "76.80", "20.00"));
        for (Map.Entry<String, List<String>> e : totals.entrySet()) {
            int page = headingPage(e.getKey());
            String text = pages.get(page) + pages.get(page + 1);
            for (String amount : e.getValue()) {
                assertThat(text).as(e.getKey() + " " + amount).contains(amount);
            }
        }
        for (String empty : List.of("表七", "表八", "表九", "表十 ", "表十一")) {
            int page = pageStartingWith(empty);
            assertThat(pages.get(page)).as(empty).contains("注：本表无数据");
        }
    }

    @Test
    void tocNumbersAreThePagesWhereTheHeadingsAre() {
        Map<String, Integer> toc = tocEntries();
        assertThat(toc).hasSize(33);
        assertThat(toc).containsKeys("第一部分 概况", "表十二 2026年项目支出预算表（本年预算）", "十、绩效管理情况", "第四部分 名词解释");
        for (Map.Entry<String, Integer> e : toc.entrySet()) {
            int page = headingPage(e.getKey());
            assertThat(printedNumber(page)).as("page of " + e.getKey()).isEqualTo(e.getValue());
        }
        // the pages the layout placed the headings on are the printed ones
        assertThat(RenderedReference.pdf().pageNumbers().get("table-T12")).isEqualTo(toc.get("表十二 2026年项目支出预算表（本年预算）"));
    }

    @Test
    void pagesAreNumberedFromPartOne() {
        int first = headingPage("第一部分 概况");
        assertThat(first).isEqualTo(2); // cover and 目录 are not numbered
        assertThat(FOOTER.matcher(pages.get(0)).find()).isFalse();
        assertThat(FOOTER.matcher(pages.get(1)).find()).isFalse();
        int total = pages.size() - first;
        for (int i = first; i < pages.size(); i++) {
            Matcher m = FOOTER.matcher(pages.get(i));
            assertThat(m.find()).as("footer of page " + (i + 1)).isTrue();
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(i - first + 1);
            assertThat(Integer.parseInt(m.group(2))).isEqualTo(total);
        }
    }

    @Test
    void everyPageOfTheTablesShowsTheUnit() {
        int from = headingPage("表一 2026年预算收支总表");
        int to = headingPage("第三部分 2026年度部门预算情况说明");
        for (int i = from; i < to; i++) {
            assertThat(pages.get(i)).as("page " + (i + 1)).contains("单位：万元").contains("部门名称：");
        }
    }

    @Test
    void longProjectNamesAreNotCutOff() throws IOException {
        int t12 = headingPage("表十二 2026年项目支出预算表（本年预算）");
        // cells are read line by line across the row: take the amounts out to join a wrapped name
        String text = (pages.get(t12) + pages.get(t12 + 1)).replaceAll("\\s+", "").replaceAll("\\d+\\.\\d\\d", "");
        for (String name : List.of(
                "山西转型综合改革示范区生态示范城一期工程A、B、C标准化厂房建设项目202电池车间2工程结构安全性鉴定",
                "建设公用服务专项（示范区市政、环卫、园林绿化等领域公用服务2024年度、2025年度及服务咨询）",
                "山西转型综合改革示范区房屋市政领域招投标和建筑市场行为监督检查辅助服务",
                "原公用服务中心工程尾款（2020年以前、2021年、2022年）")) {
            assertThat(text).contains(name);
        }
        try (PDDocument doc = RenderedReference.load()) {
            Bounds bounds = new Bounds();
            bounds.getText(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                PDRectangle box = doc.getPage(p).getMediaBox();
                assertThat(bounds.minX.get(p)).as("left edge of page " + (p + 1)).isGreaterThan(30f);
                assertThat(bounds.maxX.get(p)).as("right edge of page " + (p + 1)).isLessThan(box.getWidth() - 30f);
            }
        }
    }

    @Test
    void a4PortraitWithLandscapeForTheWidestTables() throws IOException {
        try (PDDocument doc = RenderedReference.load()) {
            int t2 = headingPage("表二 2026年预算收入总表");
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                PDRectangle box = doc.getPage(p).getMediaBox();
                float w = Math.min(box.getWidth(), box.getHeight());
                float h = Math.max(box.getWidth(), box.getHeight());
                assertThat(w).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
                assertThat(h).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
                boolean landscape = box.getWidth() > box.getHeight();
                assertThat(landscape).as("page " + (p + 1)).isEqualTo(p == t2 || p == headingPage("表九 2026年国有资本经营预算收支预算表（不含上年结转）"));
            }
        }
    }

    @Test
    void chineseFontIsEmbeddedTrueType() throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = RenderedReference.load()) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName n : res.getFontNames()) {
                    PDFont font = res.getFont(n);
                    names.add(font.getName());
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(((PDType0Font) font).getDescendantFont()).isInstanceOf(PDCIDFontType2.class);
                    assertThat(font.getFontDescriptor().getFontFile2()).as("TrueType font file").isNotNull();
                }
            }
        }
        assertThat(names).allMatch(n -> n.endsWith("NotoSansSC-Regular") || n.endsWith("NotoSansSC-Bold"));
        assertThat(names).anyMatch(n -> n.endsWith("NotoSansSC-Bold"));
    }

    @Test
    void theFontHasAGlyphForEveryCharacter() throws IOException {
        String html = RenderedReference.html().replaceAll("<[^>]*>", " ");
        assertThat(PdfRenderer.missingGlyphs(html)).isEmpty();
        assertThat(PdfRenderer.missingGlyphs(Files.readString(Reference.file()))).isEmpty();
        assertThat(PdfRenderer.missingGlyphs("山西𠀀")).containsExactly("𠀀");
        String all = String.join("", pages);
        assertThat(all).doesNotContain("\uFFFD").doesNotContain("#");
    }

    @Test
    void bookmarksFollowTheParts() throws IOException {
        try (PDDocument doc = RenderedReference.load()) {
            List<String> parts = new ArrayList<>();
            Map<String, Integer> children = new LinkedHashMap<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                parts.add(item.getTitle());
                int n = 0;
                for (PDOutlineItem c : item.children()) {
                    n++;
                }
                children.put(item.getTitle(), n);
            }
            assertThat(parts).containsExactly("第一部分 概况", "第二部分 2026年部门预算报表", "第三部分 2026年度部门预算情况说明",
                    "第四部分 名词解释");
            assertThat(children.get("第二部分 2026年部门预算报表")).isEqualTo(13);
            assertThat(children.get("第三部分 2026年度部门预算情况说明")).isEqualTo(12);
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("山西转型综合改革示范区建设与公用事业管理部2026年度部门预算公开");
        }
        assertThat(RenderedReference.pdf().pdf().length).isLessThan(3_000_000);
    }

    // --- helpers

    /** The 目录 lines with their page numbers. */
    private Map<String, Integer> tocEntries() {
        Map<String, Integer> entries = new LinkedHashMap<>();
        for (String line : pages.get(1).split("\\R")) {
            Matcher m = TOC_LINE.matcher(line.strip());
            if (m.matches()) {
                entries.put(m.group(1).strip(), Integer.parseInt(m.group(2)));
            }
        }
        return entries;
    }

    /** Index of the first page after the 目录 with a line equal to {@code heading}. */
    private int headingPage(String heading) {
        for (int i = 2; i < pages.size(); i++) {
            for (String line : pages.get(i).split("\\R")) {
                if (line.strip().equals(heading)) {
                    return i;
                }
            }
        }
        throw new AssertionError("no page with heading " + heading);
    }

    private int pageStartingWith(String prefix) {
        for (int i = 2; i < pages.size(); i++) {
            for (String line : pages.get(i).split("\\R")) {
                if (line.startsWith(prefix) && line.contains("2026年")) {
                    return i;
                }
            }
        }
        throw new AssertionError("no page with a line starting " + prefix);
    }

    private int printedNumber(int page) {
        Matcher m = FOOTER.matcher(pages.get(page));
        assertThat(m.find()).as("footer of page " + (page + 1)).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** Leftmost and rightmost glyph edge of each page. */
    private static final class Bounds extends PDFTextStripper {
        final List<Float> minX = new ArrayList<>();
        final List<Float> maxX = new ArrayList<>();

        Bounds() throws IOException {
        }

        @Override
        protected void startPage(PDPage page) {
            minX.add(Float.MAX_VALUE);
            maxX.add(0f);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            int p = minX.size() - 1;
            for (TextPosition t : positions) {
                minX.set(p, Math.min(minX.get(p), t.getXDirAdj()));
                maxX.set(p, Math.max(maxX.get(p), t.getXDirAdj() + t.getWidthDirAdj()));
            }
        }
    }
}
