package org.gongkai.app.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The portal's frame, shared by every public page (error pages included): {@code <html lang="zh-CN">},
 * the header with the site's name, breadcrumbs, the content in {@code <main>}, the footer. Plain
 * HTML and one style sheet ({@code /assets/portal.css}); a page with charts adds their script in its head ({@link Charts#HEAD}). Text is escaped here; the
 * body is HTML the caller built with {@link #esc}.
 */
final class PortalPage {

    static final String SITE = "Gongkai 公开 · 部门预决算公开";

    private final String title;
    private final List<String[]> crumbs = new ArrayList<>();
    private String head = "";
    private String bodyClass;
    private boolean searchBox = true;

    PortalPage(String title) {
        this.title = title;
    }

    /** A breadcrumb: its text and root-relative link (null for the current page). */
    PortalPage crumb(String text, String href) {
        crumbs.add(new String[] {text, href});
        return this;
    }

    /** More of the {@code <head>} (already HTML), before the portal's style sheet, which comes last and wins. */
    PortalPage head(String html) {
        this.head = html;
        return this;
    }

    PortalPage bodyClass(String c) {
        this.bodyClass = c;
        return this;
    }

    /** No search box in the header: the page holds its own (home, search). */
    PortalPage withoutSearchBox() {
        this.searchBox = false;
        return this;
    }

    String render(String body) {
        StringBuilder sb = new StringBuilder(body.length() + 4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" - ").append(esc(SITE)).append("</title>")
                .append(head).append("<link rel=\"stylesheet\" href=\"/assets/portal.css\">").append("</head>\n")
                .append("<body").append(bodyClass == null ? "" : " class=\"" + esc(bodyClass) + "\"").append(">\n")
                .append("<a class=\"skip\" href=\"#main\">跳到正文</a>\n")
                .append("<header class=\"site\"><div class=\"site-bar\"><a class=\"brand\" href=\"/\">")
                .append("<span class=\"brand-name\">Gongkai 公开</span> <span class=\"brand-sub\">部门预决算公开</span></a>");
        if (searchBox) {
            sb.append("<form class=\"site-search\" role=\"search\" action=\"/search\" method=\"get\">")
                    .append("<label class=\"vh\" for=\"site-q\">检索已公开文件</label>")
                    .append("<input id=\"site-q\" name=\"q\" type=\"search\" maxlength=\"100\" placeholder=\"检索已公开文件\">")
                    .append("<button type=\"submit\">检索</button></form>");
        }
        org.gongkai.app.store.Caller caller = Callers.current();
        if (caller.isAnonymous()) {
            sb.append("<a class=\"site-login\" href=\"/login\">工作人员登录</a>");
        } else {
            sb.append("<a class=\"site-login\" href=\"").append(StaffController.HOME).append("\">工作台（").append(esc(caller.username()))
                    .append("）</a>");
        }
        sb.append("</div></header>\n");
        if (!crumbs.isEmpty()) {
            sb.append("<nav class=\"crumbs\" aria-label=\"当前位置\"><ol>");
            sb.append("<li><a href=\"/\">首页</a></li>");
            for (String[] c : crumbs) {
                if (c[1] == null) {
                    sb.append("<li aria-current=\"page\">").append(esc(c[0])).append("</li>");
                } else {
                    sb.append("<li><a href=\"").append(esc(c[1])).append("\">").append(esc(c[0])).append("</a></li>");
                }
            }
            sb.append("</ol></nav>\n");
        }
        sb.append("<main id=\"main\">\n").append(body).append("\n</main>\n")
                .append("<footer class=\"site\"><p>本站公开的预算、决算文件由各部门编制、财政部门审核后发布；")
                .append("页面中的报表与说明由公开文件的数据生成，下载文件与页面内容一致。</p>")
                .append("<p>开放数据：<a href=\"/swagger-ui.html\">接口说明</a>（<a href=\"/v3/api-docs\">OpenAPI</a>） · <a href=\"/api/disclosures\">已公开文件列表（JSON）</a>")
                .append(" · 页面不用脚本也能完整阅读；图表的脚本由本站提供，本站不加载其他网站的内容。</p></footer>\n")
                .append("</body></html>\n");
        return sb.toString();
    }

    static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
