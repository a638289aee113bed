package org.gongkai.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.app.store.Caller;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The two pages of the server so far: a home page saying it runs (with the API's links) and the
 * login form (plain HTML, no JavaScript; the CSRF token in a hidden field). The public portal's
 * pages are not here.
 */
@RestController
class PagesController {

    private static final String HTML = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

    @GetMapping(value = "/", produces = HTML)
    String home(HttpServletRequest request) {
        Caller caller = Callers.current();
        String who = caller.isAnonymous() ? "<a href=\"/login\">登录</a>"
                : "已登录：" + HtmlUtils.htmlEscape(caller.username()) + "（" + caller.role().code() + "）"
                        + form("/logout", request, "<button type=\"submit\">退出</button>");
        return page("Gongkai 公开", "<h1>Gongkai 公开</h1><p>服务器正在运行。</p>"
                + "<ul><li><a href=\"/swagger-ui.html\">接口文档（Swagger UI）</a></li>"
                + "<li><a href=\"/v3/api-docs\">OpenAPI 3 描述（/v3/api-docs）</a></li>"
                + "<li><a href=\"/api/disclosures\">已公开的公开文件（/api/disclosures）</a></li>"
                + "<li><a href=\"/actuator/health\">运行状态（/actuator/health）</a></li></ul>"
                + "<div>" + who + "</div>");
    }

    @GetMapping(value = "/login", produces = HTML)
    String login(HttpServletRequest request) {
        String message = "";
        if (request.getParameter("error") != null) {
            message = "<p role=\"alert\">用户名或密码错误。</p>";
        } else if (request.getParameter("locked") != null) {
            message = "<p role=\"alert\">登录失败次数过多，请稍后再试。</p>";
        } else if (request.getParameter("logout") != null) {
            message = "<p>已退出。</p>";
        }
        return page("登录 - Gongkai 公开", "<h1>登录</h1>" + message
                + form("/login", request, "<p><label>用户名 <input name=\"username\" autocomplete=\"username\" required></label></p>"
                        + "<p><label>密码 <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label></p>"
                        + "<p><button type=\"submit\">登录</button></p>")
                + "<p><a href=\"/\">返回首页</a></p>");
    }

    private static String form(String action, HttpServletRequest request, String body) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String token = csrf == null ? "" : "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(csrf.getParameterName())
                + "\" value=\"" + HtmlUtils.htmlEscape(csrf.getToken()) + "\">";
        return "<form method=\"post\" action=\"" + action + "\">" + token + body + "</form>";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>" + body + "</body></html>";
    }
}
