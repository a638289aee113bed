package org.gongkai.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TextBlock;
import org.gongkai.core.model.TocEntry;
import org.gongkai.core.profile.DocumentLayout;
import org.gongkai.core.profile.DocumentPart;
import org.gongkai.core.profile.Profile;

/**
 * The headings of a rendered disclosure in document order, with the ids the HTML gives them: the
 * 目录 (levels 1–3) and the PDF bookmarks (also the performance forms, level 4) are made from it.
 */
final class Outline {

    /**
     * A heading.
     *
     * @param id    the element id in the HTML
     * @param level 1 part, 2 section or table, 3 sub-section listed in the 目录, 4 bookmark only
     * @param title as printed in the 目录
     */
    record Heading(String id, int level, String title) {
    }

    static final String PART_OVERVIEW = "part1";
    static final String PART_TABLES = "part2";
    static final String PART_NARRATIVE = "part3";
    static final String PART_GLOSSARY = "part4";

    private static final Pattern SUB_HEADING = Pattern.compile("^（[一二三四五六七八九十]+）\\S.{0,40}$");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\d{1,2}[、.．]\\S.{0,28}$");

    private final List<Heading> headings;

    private Outline(List<Heading> headings) {
        this.headings = List.copyOf(headings);
    }

    List<Heading> headings() {
        return headings;
    }

    static final String PART_EXPLANATION = "part-explanation";
    static final String PART_PROJECTS = "part-projects";

    /** The layout's parts in printed order, or empty when it prints the 13-table layout's four parts. */
    static List<DocumentPart> parts(RenderProfile profile) {
        return profile.profile().map(Profile::document).map(DocumentLayout::parts).orElse(List.of());
    }

    /** The element id of a part. */
    static String partId(DocumentPart.Kind kind) {
        return switch (kind) {
            case DUTIES -> "overview-duties";
            case ORGANIZATION -> "overview-organization";
            case GLOSSARY -> PART_GLOSSARY;
            case EXPLANATION -> PART_EXPLANATION;
            case TABLES -> PART_TABLES;
            case OTHER -> PART_NARRATIVE;
            case PROJECTS -> PART_PROJECTS;
        };
    }

    /** A part's text with the document's year, kind word and department. */
    static String fill(Disclosure d, String template) {
        String kind = d.metadata().kind() == null ? "部门" : d.metadata().kind().label();
        return DocumentPart.fill(template, d.metadata().fiscalYear(), kind, d.metadata().department());
    }

    static Outline of(Disclosure d, RenderProfile profile) {
        List<DocumentPart> parts = parts(profile);
        if (!parts.isEmpty()) {
            List<Heading> h = new ArrayList<>();
            for (DocumentPart p : parts) {
                h.add(new Heading(partId(p.part()), 1, fill(d, p.toc())));
                if (p.part() == DocumentPart.Kind.TABLES) {
                    int n = 1;
                    for (PrintedTable t : d.tables()) {
                        h.add(new Heading(tableId(t), 2, n++ + ". " + (t.title() == null ? "" : t.title().strip())));
                    }
                }
            }
            return new Outline(h);
        }
        List<Heading> h = new ArrayList<>();
        if (d.overview() != null) {
            h.add(new Heading(PART_OVERVIEW, 1, "第一部分 概况"));
            h.add(new Heading("overview-duties", 2, "一、本部门职责"));
            h.add(new Heading("overview-organization", 2, "二、机构设置情况"));
        }
        if (!d.tables().isEmpty()) {
            h.add(new Heading(PART_TABLES, 1, tablesPartTitle(d, profile)));
            for (PrintedTable t : d.tables()) {
                h.add(new Heading(tableId(t), 2, tableHeading(profile, t)));
            }
        }
        if (d.narrative() != null) {
            h.add(new Heading(PART_NARRATIVE, 1, narrativeTitle(d)));
            int index = 0;
            for (NarrativeSection s : d.narrative().sections()) {
                h.add(new Heading(sectionId(index), 2, sectionTitle(s)));
                int i = 0;
                for (TextBlock p : s.paragraphs()) {
                    if (isSubHeading(p.text()) && listedInToc(d, p.text())) {
                        h.add(new Heading(paragraphId(index, i), 3, p.text().strip()));
                    }
                    i++;
                }
                index++;
                if (isPerformanceSection(s)) {
                    int n = 1;
                    for (PerformanceTarget t : d.performanceTargets()) {
                        h.add(new Heading(formId(n++), 4, t.projectName() == null ? "项目支出绩效目标表" : t.projectName()));
                    }
                }
            }
        }
        if (!d.glossary().isEmpty()) {
            h.add(new Heading(PART_GLOSSARY, 1, "第四部分 名词解释"));
        }
        return new Outline(h);
    }

    static String tablesPartTitle(Disclosure d, RenderProfile profile) {
        String template = profile.profile().map(Profile::tableSectionTitle).orElse("第二部分 {year}年部门预算报表");
        return template.replace("{year}", Integer.toString(d.metadata().fiscalYear()));
    }

    static String narrativeTitle(Disclosure d) {
        String heading = d.narrative().heading();
        return heading == null || heading.isBlank()
                ? "第三部分 " + d.metadata().fiscalYear() + "年度部门预算情况说明" : heading.strip();
    }

    /** "表十二 2026年项目支出预算表（本年预算）": the table's printed name, then its title. */
    static String tableHeading(RenderProfile profile, PrintedTable t) {
        return profile.name(t) + " " + (t.title() == null ? "" : t.title().strip());
    }

    static String tableId(PrintedTable t) {
        return "table-" + t.id();
    }

    /** "section-5" for the fifth section of 情况说明. */
    static String sectionId(int index) {
        return "section-" + (index + 1);
    }

    static String sectionTitle(NarrativeSection s) {
        return s.number() + "、" + s.heading();
    }

    static String paragraphId(int sectionIndex, int paragraphIndex) {
        return sectionId(sectionIndex) + "-" + (paragraphIndex + 1);
    }

    static String formId(int n) {
        return "form-" + n;
    }

    /** "（一）政府购买服务指导性目录", "1、整体绩效目标", "2、房屋情况：". */
    static boolean isSubHeading(String text) {
        String t = text.strip();
        return SUB_HEADING.matcher(t).matches() && !t.endsWith("。") || NUMBERED_HEADING.matcher(t).matches() && !t.contains("。");
    }

    /** The section the performance-target forms follow (十、绩效管理情况). */
    static boolean isPerformanceSection(NarrativeSection s) {
        return s.heading() != null && s.heading().contains("绩效");
    }

    private static boolean listedInToc(Disclosure d, String text) {
        String t = text.strip();
        for (TocEntry e : d.tableOfContents()) {
            if (e.level() >= 3 && e.title().strip().equals(t)) {
                return true;
            }
        }
        return false;
    }
}
