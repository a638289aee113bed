package org.gongkai.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The core HTML renderer's document made fit for the portal's frame: its style sheet and its body
 * (never a nested {@code <html>}); its {@code <main>} becomes a {@code <div>} inside the portal's; the
 * 目录 lists each project's 绩效目标表 by project name as well; each table and form heading has a
 * link back to the 目录; each budget table's department and unit line stands above its scrolling
 * box, with a hint that more columns lie to the right.
 *
 * @param css  the document's style sheet
 * @param body the document's content
 */
record DocumentView(String css, String body) {

    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body>(.*)</body>", Pattern.DOTALL);
    private static final Pattern FORM = Pattern.compile(
            "<section class=\"perf-form\" id=\"([^\"]+)\"[^>]*>\\s*<h4[^>]*>.*?</h4>\\s*<div class=\"table-wrap\"[^>]*>\\s*<table[^>]*>\\s*"
                    + "<caption class=\"vh\">([^<]*)</caption>", Pattern.DOTALL);
    private static final Pattern NARRATIVE_SECTION = Pattern.compile("<section class=\"narrative\" id=\"([^\"]+)\"");
    private static final Pattern META = Pattern.compile(
            "(<div class=\"table-wrap\"[^>]*>\\s*<table class=\"budget[^\"]*\">\\s*<caption[^>]*>[^<]*</caption>\\s*<colgroup>.*?</colgroup>\\s*<thead>\\s*)"
                    + "<tr class=\"table-meta\">(.*?)</tr>\\s*", Pattern.DOTALL);
    private static final Pattern FORM_BOX = Pattern.compile("<div class=\"table-wrap\"[^>]*>(?=\\s*<table class=\"form\")");
    /** A cell of the line: 部门名称 or 单位 (the latter after the PDF's "表X（续）", which the page leaves out). */
    private static final Pattern META_CELL = Pattern.compile(
            "<td[^>]*class=\"(meta-[a-z]+)\"[^>]*>(?:<span class=\"table-continued\">[^<]*</span>)?([^<]*)</td>");
    private static final Pattern TABLE_TITLE = Pattern.compile("(<h3 id=\"([^\"]+)\" class=\"table-title\">.*?</h3>)");
    private static final Pattern FORM_TITLE = Pattern.compile("(<h4 class=\"form-title\"[^>]*>.*?</h4>)", Pattern.DOTALL);
    private static final String BACK = "<p class=\"to-toc\"><a href=\"#toc\">返回目录</a></p>";
    private static final String HINT = "<p class=\"scroll-hint\" aria-hidden=\"true\">表格较宽：左右滑动查看更多列 →</p>";

    static DocumentView of(String html) {
        Matcher style = STYLE.matcher(html);
        String css = style.find() ? style.group(1) : "";
        Matcher bm = BODY.matcher(html);
        String body = bm.find() ? bm.group(1) : html;
        body = body.replace("<main id=\"content\">", "<div class=\"doc-content\" id=\"content\">").replace("</main>", "</div>");
        body = formsInToc(body);
        body = metaAboveBox(body);
        body = FORM_BOX.matcher(body).replaceAll(m -> Matcher.quoteReplacement(HINT + m.group()));
        body = TABLE_TITLE.matcher(body).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + BACK));
        body = FORM_TITLE.matcher(body).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + BACK));
        return new DocumentView(css, body);
    }

    /** The forms' entries, by project name, after the 目录 entries of the section that holds them. */
    private static String formsInToc(String body) {
        List<String[]> forms = new ArrayList<>();
        Matcher fm = FORM.matcher(body);
        int first = -1;
        while (fm.find()) {
            first = first < 0 ? fm.start() : first;
            String caption = fm.group(2);
            int colon = caption.indexOf('：');
            forms.add(new String[] {fm.group(1), colon >= 0 ? caption.substring(colon + 1) : caption});
        }
        if (forms.isEmpty()) {
            return body;
        }
        String section = null;
        Matcher sm = NARRATIVE_SECTION.matcher(body);
        while (sm.find() && sm.start() < first) {
            section = sm.group(1);
        }
        StringBuilder li = new StringBuilder("<li class=\"toc-l3 toc-forms\"><details><summary>各项目绩效目标表（")
                .append(forms.size()).append("个）</summary><ol class=\"toc-list\">");
        for (String[] f : forms) {
            li.append("<li class=\"toc-l4\"><a href=\"#").append(f[0]).append("\"><span class=\"toc-text\">")
                    .append(f[1].isBlank() ? "项目支出绩效目标表" : f[1]).append("</span></a></li>");
        }
        li.append("</ol></details></li>\n");
        int tocEnd = body.indexOf("</ol>", Math.max(0, body.indexOf("class=\"toc-list\"")));
        if (tocEnd < 0) {
            return body;
        }
        int at = tocEnd;
        if (section != null) {
            int own = body.indexOf("href=\"#" + section + "\"");
            if (own >= 0 && own < tocEnd) {
                // after this section's entry and its sub-entries
                int next = body.indexOf("<li", own);
                while (next >= 0 && next < tocEnd && body.startsWith("href=\"#" + section + "-", body.indexOf("href=", next))) {
                    next = body.indexOf("<li", next + 3);
                }
                at = next >= 0 && next < tocEnd ? next : tocEnd;
            }
        }
        return body.substring(0, at) + li + body.substring(at);
    }

    /** The department and unit line out of the table's head, above its box. */
    private static String metaAboveBox(String body) {
        return META.matcher(body).replaceAll(m -> {
            StringBuilder line = new StringBuilder("<div class=\"table-meta-line\">");
            Matcher c = META_CELL.matcher(m.group(2));
            while (c.find()) {
                line.append("<span class=\"").append(c.group(1)).append("\">").append(c.group(2)).append("</span>");
            }
            line.append("</div>").append(HINT);
            return Matcher.quoteReplacement(line + m.group(1));
        });
    }
}
