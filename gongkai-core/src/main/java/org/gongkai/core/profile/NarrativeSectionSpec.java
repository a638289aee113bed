package org.gongkai.core.profile;

import java.util.List;

/**
 * One section of a profile's 情况说明. Its number (一, 二, …) is its position in the profile.
 *
 * @param topic            what the section says (the writer's part)
 * @param heading          the heading as printed after the number, e.g. "收入预算情况说明"
 * @param subheadings      sub-headings printed before each part of the topic, in the topic's order
 *                         (e.g. "（一）…", "1、…"); empty when the section has none
 * @param subheadingsInToc whether the 目录 lists the sub-headings (level 3); absent = no
 */
public record NarrativeSectionSpec(NarrativeTopic topic, String heading, List<String> subheadings, Boolean subheadingsInToc) {

    public NarrativeSectionSpec {
        subheadings = subheadings == null ? List.of() : List.copyOf(subheadings);
        subheadingsInToc = Boolean.TRUE.equals(subheadingsInToc);
    }

    /** The i-th sub-heading, or null when the profile prints none there. */
    public String subheading(int i) {
        return i < subheadings.size() ? subheadings.get(i) : null;
    }
}
