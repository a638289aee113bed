package org.gongkai.core.profile;

import java.util.List;
import org.gongkai.core.model.MoneyUnit;

/**
 * The parts of a profile's document around its tables: title, the 部分 headings, the sections of
 * 情况说明. "{year}" stands for the fiscal year.
 *
 * @param titleTemplate       the document title, e.g. "{year}年度部门预算公开"
 * @param overviewTitle       "第一部分 概况"
 * @param dutiesHeading       "本部门职责" (numbered 一 in the 目录)
 * @param organizationHeading "机构设置情况" (numbered 二)
 * @param narrativeTitle      "第三部分 {year}年度部门预算情况说明"
 * @param glossaryTitle       "第四部分 名词解释"
 * @param requirePriorYear    whether a year-on-year comparison is required: when last year's figure
 *                            is unknown the narrative then shows a placeholder instead of leaving
 *                            the comparison out
 * @param narrativeSections   the sections of 情况说明, in printed order
 * @param narrativeUnit       the unit the narrative states amounts in ("48,966.85万元" → {@code WAN})
 * @param otherTitle          the heading of a part of further statements after the tables
 *                            ("其他相关情况说明"), whose sections are {@code narrativeSections}; null when none
 * @param projectTitleSuffix  how the heading of a project's own statement ends ("项目经费情况说明"),
 *                            null when the layout prints none
 * @param pdfReading          how a PDF of this layout is read back; {@link PdfReading#GRID} when not given
 * @param parts               the document's parts in printed order, when the layout says (else 概况, tables,
 *                            情况说明, 名词解释 as the 13-table layout prints them)
 */
public record DocumentLayout(
        String titleTemplate,
        String overviewTitle,
        String dutiesHeading,
        String organizationHeading,
        String narrativeTitle,
        String glossaryTitle,
        boolean requirePriorYear,
        List<NarrativeSectionSpec> narrativeSections,
        MoneyUnit narrativeUnit,
        String otherTitle,
        String projectTitleSuffix,
        PdfReading pdfReading,
        List<DocumentPart> parts) {

    /** A layout without parts of its own. */
    public DocumentLayout(String titleTemplate, String overviewTitle, String dutiesHeading, String organizationHeading,
            String narrativeTitle, String glossaryTitle, boolean requirePriorYear, List<NarrativeSectionSpec> narrativeSections,
            MoneyUnit narrativeUnit, String otherTitle, String projectTitleSuffix, PdfReading pdfReading) {
        this(titleTemplate, overviewTitle, dutiesHeading, organizationHeading, narrativeTitle, glossaryTitle, requirePriorYear,
                narrativeSections, narrativeUnit, otherTitle, projectTitleSuffix, pdfReading, null);
    }

    /** A layout without a part of further statements or project statements (the seed's). */
    public DocumentLayout(String titleTemplate, String overviewTitle, String dutiesHeading, String organizationHeading,
            String narrativeTitle, String glossaryTitle, boolean requirePriorYear, List<NarrativeSectionSpec> narrativeSections,
            MoneyUnit narrativeUnit) {
        this(titleTemplate, overviewTitle, dutiesHeading, organizationHeading, narrativeTitle, glossaryTitle, requirePriorYear,
                narrativeSections, narrativeUnit, null, null, null);
    }

    /** A layout whose PDFs are read by their grids. */
    public DocumentLayout(String titleTemplate, String overviewTitle, String dutiesHeading, String organizationHeading,
            String narrativeTitle, String glossaryTitle, boolean requirePriorYear, List<NarrativeSectionSpec> narrativeSections,
            MoneyUnit narrativeUnit, String otherTitle, String projectTitleSuffix) {
        this(titleTemplate, overviewTitle, dutiesHeading, organizationHeading, narrativeTitle, glossaryTitle, requirePriorYear,
                narrativeSections, narrativeUnit, otherTitle, projectTitleSuffix, null);
    }

    public DocumentLayout {
        if (narrativeUnit == null) {
            throw new IllegalArgumentException("the document layout has no narrativeUnit");
        }
        narrativeSections = narrativeSections == null ? List.of() : List.copyOf(narrativeSections);
        pdfReading = pdfReading == null ? PdfReading.GRID : pdfReading;
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public String title(int year) {
        return titleTemplate.replace("{year}", Integer.toString(year));
    }

    public String narrativeTitle(int year) {
        return narrativeTitle(year, "部门");
    }

    /** The narrative's title for the year and the kind of document ("部门", "单位") where it has "{kind}". */
    public String narrativeTitle(int year, String kindWord) {
        return narrativeTitle.replace("{year}", Integer.toString(year)).replace("{kind}", kindWord);
    }

    public String title(int year, String kindWord) {
        return title(year).replace("{kind}", kindWord);
    }

    /** The same layout without the given parts and 情况说明 topics (for a kind of document that lacks them). */
    public DocumentLayout without(java.util.Set<DocumentPart.Kind> omitParts, java.util.Set<NarrativeTopic> omitTopics) {
        return new DocumentLayout(titleTemplate, overviewTitle, dutiesHeading, organizationHeading, narrativeTitle,
                glossaryTitle, requirePriorYear,
                narrativeSections.stream().filter(s -> !omitTopics.contains(s.topic())).toList(), narrativeUnit,
                otherTitle, projectTitleSuffix, pdfReading,
                parts.stream().filter(p -> !omitParts.contains(p.part())).toList());
    }
}
