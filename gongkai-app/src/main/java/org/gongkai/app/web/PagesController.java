package org.gongkai.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.app.store.Caller;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The login form (plain HTML in the portal's frame, no JavaScript; the CSRF token in a hidden
 * field), which also shows who is logged in and the logout button. The public pages are
 * {@link PortalController}'s.
 */
@RestController
class PagesController {

    private static final String HTML = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

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
        Caller caller = Callers.current();
        if (!caller.isAnonymous()) {
            message += "<p>已登录：" + HtmlUtils.htmlEscape(caller.username()) + "（" + caller.role().code() + "）</p>"
                    + form("/logout", request, "<p><button type=\"submit\">退出</button></p>");
        }
        return new PortalPage("登录").crumb("工作人员登录", null).render("<div class=\"login\"><h1>工作人员登录</h1>"
                + "<p>编制人员、审核人员和管理员在此登录；公众查阅公开文件无须登录。</p>" + message
                + form("/login", request, "<p><label>用户名 <input name=\"username\" autocomplete=\"username\" required></label></p>"
                        + "<p><label>密码 <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label></p>"
                        + "<p><button type=\"submit\">登录</button></p>")
                + "<p><a href=\"/\">返回首页</a></p></div>");
    }

    private static String form(String action, HttpServletRequest request, String body) {
        return Forms.post(action, request, body);
    }
}
