package org.gongkai.core.facts;

import java.util.List;
import org.gongkai.core.model.GlossaryEntry;

/**
 * The words a machine cannot know, entered by the department (or read from a published document)
 * and carried into the narrative untouched. A null reason is shown as a visible placeholder and
 * reported by the checks — never invented.
 *
 * @param duties                     本部门职责 paragraphs
 * @param organization               机构设置情况 paragraphs
 * @param revenueChangeReason        收入增减的主要原因
 * @param expenditureChangeReason    支出增减的主要原因
 * @param generalBudgetChangeReason  一般公共预算当年支出增减的主要原因
 * @param personnelCovers            人员经费主要包括（e.g. "基本工资、津贴补贴…"）
 * @param operatingCovers            公用经费主要包括
 * @param threePublicChangeReason    "三公"经费增减的原因
 * @param agencyOperatingChangeReason 机关运行经费增减的原因
 * @param purchaseServicesCatalogue  政府购买服务指导性目录 (text, "无" when none)
 * @param otherNotes                 其他说明
 * @param glossary                   第四部分 名词解释
 */
public record DisclosureTexts(
        List<String> duties,
        List<String> organization,
        String revenueChangeReason,
        String expenditureChangeReason,
        String generalBudgetChangeReason,
        String personnelCovers,
        String operatingCovers,
        String threePublicChangeReason,
        String agencyOperatingChangeReason,
        String purchaseServicesCatalogue,
        String otherNotes,
        List<GlossaryEntry> glossary) {

    public DisclosureTexts {
        duties = duties == null ? List.of() : List.copyOf(duties);
        organization = organization == null ? List.of() : List.copyOf(organization);
        glossary = glossary == null ? List.of() : List.copyOf(glossary);
    }

    public static DisclosureTexts empty() {
        return new DisclosureTexts(List.of(), List.of(), null, null, null, null, null, null, null, null, null, List.of());
    }
}
