package org.gongkai.core.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.core.profile.DocumentPart;
import org.gongkai.core.model.CodeLevel;
import org.gongkai.core.model.Column;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.Metadata;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TextBlock;
import org.gongkai.core.profile.ProfileSource;

/**
 * Renders a {@link Disclosure} as one self-contained HTML file (XHTML syntax, UTF-8): cover,
 * 目录 with links, 第一部分 概况, 第二部分 the budget tables with their printed headers (merged
 * cells), 第三部分 情况说明 with charts and the performance-target forms, 第四部分 名词解释. CSS
 * is inline, charts are inline SVG; no script, no external request. Readable on a phone (tables
 * scroll sideways) and printable.
 */
public final class HtmlRenderer {

    private static final String CSS = resource("document.css");
    private static final Pattern CJK_GAP = Pattern.compile("(?<=[\\p{IsHan}，、（）])\\s+(?=[\\p{IsHan}，、（）])");
    private static final Pattern TOTAL = Pattern.compile(".*(合计|总计)$");

    /**
     * What the PDF renderer adds: page numbers in the 目录, its own CSS, bookmarks.
     *
     * @param pageNumbers printed page number per heading id (missing: none printed; null: the PDF
     *                    renderer counts them, by CSS target-counter)
     * @param css         CSS appended after the document CSS
     * @param bookmarks   whether to write the openhtmltopdf {@code <bookmarks>} element
     */
    record PrintSetup(Map<String, Integer> pageNumbers, String css, boolean bookmarks) {
    }

    /** Print CSS that puts {@code mark} in the top right margin of every PDF page (real text, not an image). */
    static String pageMarkCss(String mark) {
        return "\n@page { @top-right { content: \"" + mark + "\"; font-family: \"Noto Sans SC\"; font-size: 12pt;"
                + " font-weight: bold; color: #b00000; } }\n";
    }

    private final ProfileSource profiles;

    /** A renderer of disclosures of the shipped profiles. */
    public HtmlRenderer() {
        this(ProfileSource.shipped());
    }

    /**
     * A renderer that looks up the profile a disclosure names (its order, names, units and the
     * heading of its tables) in {@code profiles}; a disclosure of an unknown profile renders from
     * what its tables carry.
     */
    public HtmlRenderer(ProfileSource profiles) {
        this.profiles = java.util.Objects.requireNonNull(profiles, "profiles");
    }

    /** The disclosure as a complete HTML document. */
    public String render(Disclosure d) {
        return render(d, null, null);
    }

    /**
     * As {@link #render(Disclosure)}, with a banner reading {@code mark} (e.g. "草稿") at the top
     * of the page when it is not null.
     */
    public String render(Disclosure d, String mark) {
        return render(d, null, mark);
    }

    String render(Disclosure d, PrintSetup print) {
        return render(d, print, null);
    }

    private String render(Disclosure d, PrintSetup print, String mark) {
        java.util.Objects.requireNonNull(d.metadata(), "metadata");
        RenderProfile profile = RenderProfile.of(d, profiles);
        Outline outline = Outline.of(d, profile);
        Html h = new Html(400_000);
        Metadata m = d.metadata();
        String title = documentTitle(d);
        h.raw("<!DOCTYPE html>\n");
        h.open("html", "lang", "zh-CN").newline();
        h.open("head").newline();
        h.empty("meta", "charset", "utf-8").newline();
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        h.element("title", title).newline();
        h.empty("meta", "name", "description", "content", title + "：概况、预算报表、情况说明、名词解释").newline();
        if (m != null && m.department() != null) {
            h.empty("meta", "name", "author", "content", m.department()).newline();
        }
        h.open("style").raw(CSS);
        if (print != null && print.css() != null) {
            h.raw(print.css());
        }
        h.close("style").newline();
        if (print != null && print.bookmarks()) {
            bookmarks(h, outline);
        }
        h.close("head").newline();
        h.open("body").newline();
        if (mark != null) {
            h.element("p", mark + "：本文件尚有待填写的内容或核对错误，不得作为正式公开文本。", "class", "draft-banner",
                    "role", "note").newline();
        }
        cover(h, d);
        toc(h, outline, print);
        h.open("main", "id", "content").newline();
        List<DocumentPart> parts = Outline.parts(profile);
        if (parts.isEmpty()) {
            overview(h, d);
            tables(h, d, profile);
            narrative(h, d, profile);
            glossary(h, d);
        } else {
            for (DocumentPart p : parts) {
                part(h, d, profile, p);
            }
        }
        h.close("main").newline();
        h.close("body").newline().close("html").newline();
        return h.toString();
    }

    /** One part of a layout that lists its parts ({@link DocumentPart}), under its heading. */
    private static void part(Html h, Disclosure d, RenderProfile profile, DocumentPart p) {
        String id = Outline.partId(p.part());
        List<NarrativeSection> sections = d.narrative() == null ? List.of() : d.narrative().sections();
        int firstNumbered = 0;
        while (firstNumbered < sections.size() && sections.get(firstNumbered).number() == null) {
            firstNumbered++;
        }
        int afterNumbered = firstNumbered;
        while (afterNumbered < sections.size() && sections.get(afterNumbered).number() != null) {
            afterNumbered++;
        }
        switch (p.part()) {
            case DUTIES, ORGANIZATION -> {
                if (d.overview() == null) {
                    return;
                }
                h.open("section", "class", "part", "id", id, "aria-labelledby", id + "-h").newline();
                h.element("h2", Outline.fill(d, p.heading()), "id", id + "-h", "class", "part-title").newline();
                paragraphs(h, p.part() == DocumentPart.Kind.DUTIES ? d.overview().duties() : d.overview().organization());
                h.close("section").newline();
            }
            case GLOSSARY -> {
                h.open("section", "class", "part glossary", "id", id, "aria-labelledby", id + "-h").newline();
                h.element("h2", Outline.fill(d, p.heading()), "id", id + "-h", "class", "part-title").newline();
                for (GlossaryEntry e : d.glossary()) {
                    h.open("p", "class", "glossary-entry");
                    h.open("dfn").text(nz(e.number()).isEmpty() ? nz(e.term()) : "（" + e.number() + "）" + nz(e.term())).close("dfn");
                    h.text("：" + nz(e.definition()).replace('\n', ' '));
                    h.close("p").newline();
                }
                h.close("section").newline();
            }
            case TABLES -> {
                h.open("section", "class", "tables", "id", id).newline();
                h.element("span", "", "id", id + "-h");
                for (PrintedTable t : d.tables()) {
                    table(h, d, profile, t);
                }
                h.close("section").newline();
            }
            case EXPLANATION -> sectionsPart(h, id, p, d, sections, 0, firstNumbered, false);
            case OTHER -> sectionsPart(h, id, p, d, sections, firstNumbered, afterNumbered, false);
            case PROJECTS -> sectionsPart(h, id, p, d, sections, afterNumbered, sections.size(), true);
        }
    }

    /**
     * Sections of the narrative as a part: under the part's heading (numbered sections under theirs,
     * "一、…"), or each under its own heading as a page of its own when the part has none.
     */
    private static void sectionsPart(Html h, String id, DocumentPart p, Disclosure d, List<NarrativeSection> sections, int from,
            int to, boolean partHeadings) {
        if (from >= to) {
            return;
        }
        if (p.heading() != null) {
            h.open("section", "class", "part", "id", id, "aria-labelledby", id + "-h").newline();
            h.element("h2", Outline.fill(d, p.heading()), "id", id + "-h", "class", "part-title").newline();
        }
        for (int s = from; s < to; s++) {
            NarrativeSection section = sections.get(s);
            String sid = Outline.sectionId(s);
            boolean own = p.heading() == null;
            h.open("section", "class", own ? "part narrative" : "narrative", "id", own && s == from ? id : sid).newline();
            if (own) {
                h.element("h2", nz(section.heading()), "id", (s == from ? id : sid) + "-h", "class", "part-title").newline();
            } else {
                h.element("h3", Outline.sectionTitle(section), "id", sid + "-h").newline();
            }
            for (TextBlock b : section.paragraphs()) {
                String t = b.text() == null ? "" : b.text().strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (partHeadings && PART_LINE.matcher(t).matches()) {
                    h.element("h3", t).newline();
                } else {
                    h.element("p", t).newline();
                }
            }
            h.close("section").newline();
        }
        if (p.heading() != null) {
            h.close("section").newline();
        }
    }

    /** "一、项目概述": a part's line in a project's statement. */
    private static final Pattern PART_LINE = Pattern.compile("^[一二三四五六七八九十]+、\\S{2,10}$");

    static String documentTitle(Disclosure d) {
        Metadata m = d.metadata();
        String dept = m == null || m.department() == null ? "" : m.department().strip();
        String title = m == null || m.title() == null ? "部门预算公开" : m.title().strip();
        return dept.isEmpty() ? title : dept + title;
    }

    private static void cover(Html h, Disclosure d) {
        Metadata m = d.metadata();
        h.open("header", "class", "cover", "id", "cover").newline();
        if (m != null && m.department() != null) {
            h.element("p", m.department().strip(), "class", "cover-dept").newline();
        }
        h.element("h1", m == null || m.title() == null ? "部门预算公开" : m.title().strip()).newline();
        if (m != null && m.region() != null && !m.region().isBlank()) {
            h.element("p", m.region().strip(), "class", "cover-region").newline();
        }
        h.close("header").newline();
    }

    private static void toc(Html h, Outline outline, PrintSetup print) {
        h.open("nav", "class", "toc", "id", "toc", "aria-labelledby", "toc-title").newline();
        h.element("h2", "目　录", "id", "toc-title").newline();
        h.open("ol", "class", "toc-list").newline();
        for (Outline.Heading e : outline.headings()) {
            if (e.level() > 3) {
                continue;
            }
            h.open("li", "class", "toc-l" + e.level());
            h.open("a", "href", "#" + e.id());
            h.element("span", e.title(), "class", "toc-text");
            if (print != null) {
                h.element("span", "", "class", "toc-dots", "aria-hidden", "true");
                if (print.pageNumbers() == null) {
                    // the PDF renderer prints the page of the heading itself (target-counter in pdf.css);
                    // the heading, not its section, whose top may lie on the page before its first line
                    String heading = e.level() == 3 ? e.id() : e.id() + "-h";
                    h.element("span", "", "class", "toc-page", "href", "#" + heading);
                } else {
                    Integer page = print.pageNumbers().get(e.id());
                    h.element("span", page == null ? "" : page.toString(), "class", "toc-page");
                }
            }
            h.close("a").close("li").newline();
        }
        h.close("ol").newline();
        h.close("nav").newline();
    }

    private static void bookmarks(Html h, Outline outline) {
        h.open("bookmarks").newline();
        int depth = 0;
        for (Outline.Heading e : outline.headings()) {
            int level = e.level() == 4 ? 3 : e.level();
            while (depth >= level) {
                h.close("bookmark");
                depth--;
            }
            while (depth < level - 1) {
                // a heading deeper than its parent: keep the tree well-formed
                h.open("bookmark", "name", "", "href", "#" + e.id());
                depth++;
            }
            h.open("bookmark", "name", e.title(), "href", "#" + e.id());
            depth++;
        }
        while (depth > 0) {
            h.close("bookmark");
            depth--;
        }
        h.close("bookmarks").newline();
    }

    private static void overview(Html h, Disclosure d) {
        if (d.overview() == null) {
            return;
        }
        h.open("section", "class", "part", "id", Outline.PART_OVERVIEW, "aria-labelledby", Outline.PART_OVERVIEW + "-h").newline();
        h.element("h2", "第一部分 概况", "id", Outline.PART_OVERVIEW + "-h").newline();
        h.open("section", "id", "overview-duties").newline();
        h.element("h3", "一、本部门职责", "id", "overview-duties-h").newline();
        paragraphs(h, d.overview().duties());
        h.close("section").newline();
        h.open("section", "id", "overview-organization").newline();
        h.element("h3", "二、机构设置情况", "id", "overview-organization-h").newline();
        paragraphs(h, d.overview().organization());
        h.close("section").newline();
        h.close("section").newline();
    }

    private static void paragraphs(Html h, List<TextBlock> blocks) {
        if (blocks == null) {
            return;
        }
        for (TextBlock b : blocks) {
            if (b.text() != null && !b.text().isBlank()) {
                h.element("p", b.text().strip()).newline();
            }
        }
    }

    private static void tables(Html h, Disclosure d, RenderProfile profile) {
        if (d.tables().isEmpty()) {
            return;
        }
        h.open("section", "class", "part", "id", Outline.PART_TABLES, "aria-labelledby", Outline.PART_TABLES + "-h").newline();
        h.element("h2", Outline.tablesPartTitle(d, profile), "id", Outline.PART_TABLES + "-h").newline();
        for (PrintedTable t : d.tables()) {
            table(h, d, profile, t);
        }
        h.close("section").newline();
    }

    private static void table(Html h, Disclosure d, RenderProfile profile, PrintedTable t) {
        String id = Outline.tableId(t);
        int columns = t.columns().size();
        boolean wide = columns >= 8;
        h.open("section", "class", wide ? "budget-table wide" : "budget-table", "id", id, "aria-labelledby", id + "-h").newline();
        // a layout that lists its parts prints a table's title as its 目录 does, without the table's name
        String heading = Outline.parts(profile).isEmpty() ? Outline.tableHeading(profile, t) : nz(t.title()).strip();
        h.element("h3", heading, "id", id + "-h", "class", "table-title").newline();
        String unit = "单位：" + profile.unitLabel(t);
        String dept = "部门名称：" + (t.department() == null ? nz(d.metadata().department()) : t.department().strip());
        h.open("div", "class", "table-wrap", "role", "region", "aria-labelledby", id + "-h", "tabindex", "0").newline();
        h.open("table", "class", "budget cols-" + columns).newline();
        h.element("caption", nz(t.title()) + "（" + unit + "）", "class", "vh").newline();
        colgroup(h, t);
        h.open("thead").newline();
        // two cells, not a float: a float in a header repeated on the next page is not drawn
        int unitSpan = columns <= 4 ? 1 : 2;
        h.open("tr", "class", "table-meta");
        h.element("td", dept, "colspan", columns - unitSpan > 1 ? Integer.toString(columns - unitSpan) : null, "class", "meta-dept");
        // "表四（续）" before the unit on the pages a table continues onto (the PDF paints it only in a
        // repeated header; the screen never shows it)
        String label = nz(profile.name(t)).strip();
        if (label.isEmpty()) {
            h.element("td", unit, "colspan", unitSpan > 1 ? Integer.toString(unitSpan) : null, "class", "meta-unit");
        } else {
            h.open("td", "colspan", unitSpan > 1 ? Integer.toString(unitSpan) : null, "class", "meta-unit");
            h.element("span", label + "（续）", "class", "table-continued");
            h.text(unit);
            h.close("td");
        }
        h.close("tr").newline();
        List<List<String>> headerRows = t.headerRows().isEmpty()
                ? List.of(t.columns().stream().map(Column::label).toList()) : t.headerRows();
        for (List<HeaderGrid.Cell> row : HeaderGrid.of(headerRows, columns)) {
            if (row.isEmpty()) {
                continue;
            }
            h.open("tr");
            for (HeaderGrid.Cell c : row) {
                h.element("th", clean(c.text()), "scope", "col",
                        "colspan", c.colSpan() > 1 ? Integer.toString(c.colSpan()) : null,
                        "rowspan", c.rowSpan() > 1 ? Integer.toString(c.rowSpan()) : null);
            }
            h.close("tr").newline();
        }
        h.close("thead").newline();
        h.open("tbody").newline();
        String department = nz(d.metadata().department());
        List<Optional<FunctionCode>> codes = t.functionCodes();
        for (int ri = 0; ri < t.rows().size(); ri++) {
            TableRow r = t.rows().get(ri);
            if (r.isBlank()) {
                continue;
            }
            Optional<CodeLevel> level = codes.get(ri).map(FunctionCode::level);
            h.open("tr", "class", rowClass(t, r, level, department));
            for (int i = 0; i < columns; i++) {
                Column c = t.columns().get(i);
                String v = r.cell(i).strip();
                if (c.type() == ColumnType.AMOUNT) {
                    h.element("td", v, "class", "num");
                } else if (c.type() == ColumnType.TEXT && !v.isEmpty()) {
                    h.element("th", clean(v), "scope", "row", "class", indentClass(level));
                } else {
                    h.element("td", clean(v), "class", c.type() == ColumnType.CODE ? "code" : null);
                }
            }
            h.close("tr").newline();
        }
        h.close("tbody").newline();
        h.close("table").newline().close("div").newline();
        for (String note : t.notes()) {
            h.element("p", note, "class", "table-note").newline();
        }
        h.close("section").newline();
    }

    /** Column widths that fit the page: codes narrow, names wide, amounts equal. */
    private static void colgroup(Html h, PrintedTable t) {
        long texts = t.columns().stream().filter(c -> c.type() == ColumnType.TEXT).count();
        // a code printed in 类|款|项 columns: each part a few digits wide
        long codes = t.columns().stream().filter(c -> c.type() == ColumnType.CODE).count();
        double[] weights = new double[t.columns().size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = switch (t.columns().get(i).type()) {
                case CODE -> codes > 1 ? 0.55 : 1.3;
                case TEXT -> texts == 1 ? 3.4 : weights.length >= 7 ? 2.3 : 2.6;
                case AMOUNT -> t.unit() == org.gongkai.core.model.MoneyUnit.YUAN && weights.length >= 7 ? 1.75 : 1.15;
            };
            sum += weights[i];
        }
        h.open("colgroup");
        // 99.6% in all: a full 100% pushes the right half of the outer border off the page
        double used = 0;
        for (int i = 0; i < weights.length; i++) {
            double pct = i == weights.length - 1 ? 99.6 - used : Math.round(weights[i] * 996 / sum) / 10.0;
            used += pct;
            h.empty("col", "style", String.format(java.util.Locale.ROOT, "width:%.1f%%", pct));
        }
        h.close("colgroup").newline();
    }

    /** "total" for a 合计/总计 row or the department's row, "level-1" for a 类 row. */
    private static String rowClass(PrintedTable t, TableRow r, Optional<CodeLevel> level, String department) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).type() == ColumnType.AMOUNT) {
                continue;
            }
            String v = r.cell(i).strip();
            if (TOTAL.matcher(v).matches() || !department.isEmpty() && v.equals(department)) {
                return "total";
            }
        }
        return level.filter(l -> l == CodeLevel.CLASS).map(l -> "level-1").orElse(null);
    }

    /**
     * Names indented by the level of the row's 科目编码 (类, 款, 项), printed whole or in 类|款|项
     * columns.
     */
    private static String indentClass(Optional<CodeLevel> level) {
        return level.map(l -> switch (l) {
            case CLASS -> null;
            case SECTION -> "indent-1";
            case ITEM -> "indent-2";
        }).orElse(null);
    }

    private static void narrative(Html h, Disclosure d, RenderProfile profile) {
        if (d.narrative() == null) {
            return;
        }
        h.open("section", "class", "part", "id", Outline.PART_NARRATIVE, "aria-labelledby", Outline.PART_NARRATIVE + "-h").newline();
        h.element("h2", Outline.narrativeTitle(d), "id", Outline.PART_NARRATIVE + "-h").newline();
        Optional<SvgCharts.Chart> structure = SvgCharts.generalBudgetStructure(d, profile);
        List<NarrativeSection> sections = d.narrative().sections();
        int structureSection = structureChartSection(sections);
        int formNumber = 1;
        for (int s = 0; s < sections.size(); s++) {
            NarrativeSection section = sections.get(s);
            String id = Outline.sectionId(s);
            h.open("section", "class", "narrative", "id", id, "aria-labelledby", id + "-h").newline();
            h.element("h3", Outline.sectionTitle(section), "id", id + "-h").newline();
            boolean chartPlaced = false;
            for (int i = 0; i < section.paragraphs().size(); i++) {
                String text = section.paragraphs().get(i).text();
                if (text == null || text.isBlank()) {
                    continue;
                }
                String t = text.strip();
                if (s == structureSection && isStructureChartMention(t) && structure.isPresent() && !chartPlaced) {
                    h.raw(SvgCharts.figure(structure.get()));
                    chartPlaced = true;
                } else if (Outline.isSubHeading(t)) {
                    h.element("h4", t, "id", Outline.paragraphId(s, i)).newline();
                } else {
                    h.element("p", t).newline();
                }
            }
            if (s == structureSection && !chartPlaced && structure.isPresent()) {
                h.raw(SvgCharts.figure(structure.get()));
            }
            if (isExpenditureSection(section)) {
                SvgCharts.expenditureByFunction(d, profile).ifPresent(c -> h.raw(SvgCharts.figure(c)));
                SvgCharts.basicVersusProject(d, profile).ifPresent(c -> h.raw(SvgCharts.figure(c)));
            }
            if (Outline.isPerformanceSection(section) && !d.performanceTargets().isEmpty()) {
                h.open("div", "class", "perf-forms").newline();
                for (PerformanceTarget target : d.performanceTargets()) {
                    PerformanceForms.form(h, target, Outline.formId(formNumber++), d.metadata().fiscalYear());
                }
                h.close("div").newline();
            }
            h.close("section").newline();
        }
        h.close("section").newline();
    }

    /** The section holding "一般公共预算当年拨款结构图", else 一般公共预算支出情况说明; -1 when none. */
    private static int structureChartSection(List<NarrativeSection> sections) {
        for (int s = 0; s < sections.size(); s++) {
            for (TextBlock p : sections.get(s).paragraphs()) {
                if (p.text() != null && isStructureChartMention(p.text().strip())) {
                    return s;
                }
            }
        }
        for (int s = 0; s < sections.size(); s++) {
            String heading = nz(sections.get(s).heading());
            if (heading.startsWith("一般公共预算支出")) {
                return s;
            }
        }
        return -1;
    }

    private static boolean isStructureChartMention(String text) {
        return text.length() <= 30 && text.contains("结构图");
    }

    /** 三、支出预算情况说明 (not the 一般公共预算 one). */
    private static boolean isExpenditureSection(NarrativeSection s) {
        String heading = nz(s.heading());
        return heading.startsWith("支出预算情况");
    }

    private static void glossary(Html h, Disclosure d) {
        if (d.glossary().isEmpty()) {
            return;
        }
        h.open("section", "class", "part glossary", "id", Outline.PART_GLOSSARY, "aria-labelledby", Outline.PART_GLOSSARY + "-h").newline();
        h.element("h2", "第四部分 名词解释", "id", Outline.PART_GLOSSARY + "-h").newline();
        for (GlossaryEntry e : d.glossary()) {
            h.open("p", "class", "glossary-entry");
            h.open("dfn").text(nz(e.number()).isEmpty() ? nz(e.term()) : e.number() + "、" + nz(e.term())).close("dfn");
            h.text("：" + nz(e.definition()).replace('\n', ' '));
            h.close("p").newline();
        }
        h.close("section").newline();
    }

    /** Removes the spaces a PDF line break left between two Chinese characters. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return CJK_GAP.matcher(text.strip()).replaceAll("");
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
