package org.gongkai.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/** The staff pages' forms: POST with the session's CSRF token in a hidden field (plain HTML, no script). */
final class Forms {

    private Forms() {
    }

    /** A POST form of url-encoded fields. */
    static String post(String action, HttpServletRequest request, String body) {
        return post(action, request, body, null);
    }

    /** A POST form with a class of its own (null for none). */
    static String post(String action, HttpServletRequest request, String body, String cssClass) {
        return "<form method=\"post\" action=\"" + HtmlUtils.htmlEscape(action) + "\""
                + (cssClass == null ? "" : " class=\"" + cssClass + "\"") + ">" + csrf(request) + body + "</form>";
    }

    /** A POST form that uploads a file (multipart). */
    static String upload(String action, HttpServletRequest request, String body) {
        return "<form method=\"post\" action=\"" + HtmlUtils.htmlEscape(action) + "\" enctype=\"multipart/form-data\">"
                + csrf(request) + body + "</form>";
    }

    private static String csrf(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return csrf == null ? "" : "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(csrf.getParameterName())
                + "\" value=\"" + HtmlUtils.htmlEscape(csrf.getToken()) + "\">";
    }
}
