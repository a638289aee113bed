package org.gongkai.app.web;

import static org.gongkai.app.web.PortalPage.esc;

import java.nio.charset.StandardCharsets;
import org.gongkai.app.search.SearchIndex;
import org.gongkai.app.search.SearchResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /search?q=&page=}: full-text search over the current published disclosures, in the portal's
 * frame, without script. Each result names the department, year and section, shows the words around
 * the match and links to the section on the disclosure page. A blank, over-long or unsearchable
 * query gets a message on the same page, never an error.
 */
@RestController
class SearchController {

    private static final Logger LOG = LoggerFactory.getLogger(SearchController.class);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final SearchIndex index;

    SearchController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping(value = "/search", produces = "text/html")
    ResponseEntity<String> search(@RequestParam(required = false) String q, @RequestParam(required = false) String page) {
        String words = q == null ? "" : q.strip();
        boolean tooLong = words.codePointCount(0, words.length()) > SearchIndex.MAX_QUERY;
        PortalPage frame = new PortalPage(words.isEmpty() || tooLong ? "检索" : "检索：" + cut(words, 30)).crumb("检索", null).withoutSearchBox();
        StringBuilder b = new StringBuilder();
        b.append("<h1>检索已公开文件</h1>");
        form(b, tooLong ? words.substring(0, words.offsetByCodePoints(0, SearchIndex.MAX_QUERY)) : words, "search-q", "检索词");
        if (!index.ready()) {
            b.append("<p class=\"notice\" role=\"status\">检索索引正在建立，结果可能还不完整，请稍后再试。</p>");
        }
        if (q == null) {
            b.append("<p class=\"note\">可以检索各部门已公开的预算、决算文件：部门名称、项目名称、情况说明、绩效目标表的指标，")
                    .append("以及各张报表的科目名称（类、款、项）。多个词用空格分开，结果须包含全部词语。</p>");
        } else if (words.isEmpty()) {
            b.append("<p class=\"notice\" role=\"status\">请输入要检索的词语。</p>");
        } else if (tooLong) {
            b.append("<p class=\"notice\" role=\"status\">检索词过长：最多").append(SearchIndex.MAX_QUERY)
                    .append("个字，请缩短后再试。</p>");
        } else {
            results(b, words, index.search(words, pageNumber(page)));
        }
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache()).body(frame.render(b.toString()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> unexpected(Exception e) {
        LOG.error("search: unexpected error", e);
        return PortalController.error(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    /** The search form: on this page and the home page. */
    static void form(StringBuilder b, String value, String id, String label) {
        b.append("<form class=\"search-form\" role=\"search\" action=\"/search\" method=\"get\">")
                .append("<label for=\"").append(id).append("\">").append(esc(label)).append("</label>")
                .append("<span class=\"search-row\"><input id=\"").append(id).append("\" name=\"q\" type=\"search\" maxlength=\"")
                .append(SearchIndex.MAX_QUERY).append("\" value=\"").append(esc(value))
                .append("\" placeholder=\"部门、项目、科目名称，如：三公\" autocomplete=\"off\">")
                .append("<button type=\"submit\">检索</button></span></form>");
    }

    private static void results(StringBuilder b, String words, SearchResults r) {
        b.append("<section class=\"results\" aria-labelledby=\"results-h\"><h2 id=\"results-h\">");
        if (r.total() == 0) {
            b.append("没有找到“").append(esc(words)).append("”</h2>")
                    .append("<p>已公开的文件中没有同时包含这些词语的部分。可以换一个词，或减少词语再试。</p></section>");
            return;
        }
        long cap = (long) SearchIndex.MAX_PAGES * SearchIndex.PAGE_SIZE;
        b.append("“").append(esc(words)).append("”：共找到 ")
                .append(r.more() ? Math.min(r.total(), cap) + " 处以上" : r.total() + " 处").append("</h2>");
        if (r.pages() > 1) {
            b.append("<p class=\"note\">第 ").append(r.page()).append(" 页，共 ").append(r.pages()).append(" 页")
                    .append(r.more() ? "（只列出最相关的 " + cap + " 处，可以加词缩小范围）" : "")
                    .append("</p>");
        }
        int first = (r.page() - 1) * SearchIndex.PAGE_SIZE + 1;
        b.append("<ol class=\"hits\" start=\"").append(first).append("\">");
        for (SearchResults.Hit h : r.hits()) {
            String href = PortalPaths.disclosure(h.region(), h.department(), h.fiscalYear(), h.phase(), h.kind()) + "#" + PortalPaths.seg(h.anchor());
            b.append("<li><h3 class=\"hit-title\"><a href=\"").append(esc(href)).append("\">")
                    .append("<span class=\"hit-dept\">").append(esc(h.departmentName())).append("</span>")
                    .append("<span class=\"sep\"> · </span>").append(h.fiscalYear()).append("年")
                    .append(esc(PortalController.kindTitle(h.phase(), h.kind())))
                    .append("<span class=\"sep\"> · </span><span class=\"hit-section\">").append(esc(h.section())).append("</span></a></h3>")
                    .append("<p class=\"hit-meta\">").append(esc(h.regionName())).append(" · ").append(esc(h.sectionKind())).append("</p>");
            if (!h.snippet().isEmpty()) {
                b.append("<p class=\"hit-text\">").append(h.snippet()).append("</p>");
            }
            b.append("</li>");
        }
        b.append("</ol>");
        if (r.pages() > 1) {
            paging(b, words, r);
        }
        b.append("</section>");
    }

    private static void paging(StringBuilder b, String words, SearchResults r) {
        b.append("<nav class=\"paging\" aria-label=\"分页\"><ul>");
        if (r.page() > 1) {
            b.append("<li><a rel=\"prev\" href=\"").append(esc(href(words, r.page() - 1))).append("\">上一页</a></li>");
        }
        int from = Math.max(1, r.page() - 4);
        int to = Math.min(r.pages(), from + 8);
        for (int p = from; p <= to; p++) {
            if (p == r.page()) {
                b.append("<li><strong aria-current=\"page\">").append(p).append("</strong></li>");
            } else {
                b.append("<li><a href=\"").append(esc(href(words, p))).append("\" aria-label=\"第").append(p).append("页\">")
                        .append(p).append("</a></li>");
            }
        }
        if (r.page() < r.pages()) {
            b.append("<li><a rel=\"next\" href=\"").append(esc(href(words, r.page() + 1))).append("\">下一页</a></li>");
        }
        b.append("</ul></nav>");
    }

    private static String href(String words, int page) {
        return "/search?q=" + PortalPaths.query(words) + (page > 1 ? "&page=" + page : "");
    }

    private static int pageNumber(String s) {
        if (s == null || !s.matches("\\d{1,4}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(s));
    }

    private static String cut(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max)) + "…";
    }
}
