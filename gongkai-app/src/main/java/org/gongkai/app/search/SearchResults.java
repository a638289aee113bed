package org.gongkai.app.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param total the number of matching sections; with {@code more}, at least that many
 * @param more  whether more sections match than are counted (past the last page served)
 * @param page  the page shown (1-based)
 * @param pages the number of pages
 * @param hits  this page's sections, best first
 */
public record SearchResults(long total, boolean more, int page, int pages, List<Hit> hits) {

    /**
     * A matching section of a current published disclosure.
     *
     * @param anchor  the section's id on the disclosure page
     * @param section the section's title ("表三 2026年预算支出总表", "临时人员工资 绩效目标表")
     * @param kind    what the section is: 概况, 报表, 情况说明, 绩效目标表, 名词解释
     * @param snippet HTML: the text around the match, escaped, each match in {@code <mark>}
     */
    public record Hit(long disclosureId, int version, String region, String regionName, String department,
            String departmentName, int fiscalYear, String phase, String kind, String anchor, String section,
            String sectionKind, String snippet) {
    }

    static SearchResults empty() {
        return new SearchResults(0, false, 1, 0, List.of());
    }
}
