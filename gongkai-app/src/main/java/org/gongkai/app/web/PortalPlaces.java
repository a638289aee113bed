package org.gongkai.app.web;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.app.store.Directory;
import org.gongkai.app.store.Region;

/**
 * The addresses and breadcrumbs of the money and compare pages, beside {@link PortalPaths}:
 * {@code …/{部门|单位}/支出[/{code}]} (also under {@code /v{n}}), {@code /{region}/{department}/比较[/{code}]}
 * and {@code /{region}/比较}, every Chinese segment percent-encoded.
 */
final class PortalPlaces {

    /** The path word of the money pages. */
    static final String MONEY = "支出";
    /** The path word of the compare pages. */
    static final String COMPARE = "比较";

    private PortalPlaces() {
    }

    /** Where the money goes: the disclosure's (or one version's, when number > 0) page of a code ("" for all 类). */
    static String money(String region, String department, int year, String phase, String kind, int number, String code) {
        String base = number > 0 ? PortalPaths.version(region, department, year, phase, kind, number)
                : PortalPaths.disclosure(region, department, year, phase, kind);
        return base + "/" + PortalPaths.seg(MONEY) + (code == null || code.isEmpty() ? "" : "/" + code);
    }

    /** A department across years ("" for 类; a code for the codes under it). */
    static String compare(String region, String department, String code) {
        return PortalPaths.department(region, department) + "/" + PortalPaths.seg(COMPARE) + (code == null || code.isEmpty() ? "" : "/" + code);
    }

    /** A region's departments side by side. */
    static String regionCompare(String region) {
        return PortalPaths.region(region) + "/" + PortalPaths.seg(COMPARE);
    }

    /**
     * The disclosure's document with one more last entry in its 目录 (the {@code <nav id="toc">}'s
     * list): a link to where the money goes. The document unchanged when it has no 目录.
     */
    static String moneyInToc(String body, String href) {
        int toc = body.indexOf("id=\"toc\"");
        int end = toc < 0 ? -1 : body.indexOf("</nav>", toc);
        int list = end < 0 ? -1 : body.lastIndexOf("</ol>", end);
        if (list < toc || list < 0) {
            return body;
        }
        return body.substring(0, list) + "<li class=\"toc-l1 toc-money\"><a href=\"" + PortalPage.esc(href)
                + "\"><span class=\"toc-text\">支出去向（按科目至项目，附图表）</span></a></li>\n" + body.substring(list);
    }

    /** The links of a disclosure page to its money pages and the department's comparison across years. */
    static String disclosureLinks(String moneyHref, String compareHref) {
        return "<nav class=\"box data-views\" aria-labelledby=\"views-h\"><h2 id=\"views-h\">数据与图表</h2><ul>"
                + "<li><a href=\"" + PortalPage.esc(moneyHref) + "\">支出去向：按类、款、项直至项目</a></li>"
                + "<li><a href=\"" + PortalPage.esc(compareHref) + "\">本部门各年度比较</a></li></ul></nav>";
    }

    /** The breadcrumbs of a region's ancestors and the region (linked). */
    static void regionCrumbs(PortalPage page, Directory directory, String code, String name) {
        List<Region> all = directory.regions();
        Region r = all.stream().filter(x -> x.code().equals(code)).findFirst().orElse(new Region(code, name, null));
        List<Region> chain = new ArrayList<>();
        Region c = r;
        for (int i = 0; c != null && i < 16; i++) {
            chain.add(0, c);
            String parent = c.parent();
            c = parent == null ? null : all.stream().filter(x -> x.code().equals(parent)).findFirst().orElse(null);
        }
        for (Region x : chain) {
            page.crumb(x.name(), PortalPaths.region(x.code()));
        }
    }
}
