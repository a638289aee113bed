package org.gongkai.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gongkai.core.json.Json;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 9457 problem details (application/problem+json) with a Chinese title and detail; never a
 * stack trace. Used by the exception handler and by the security filters, which answer before
 * any controller.
 */
public final class Problems {

    /** The media type of every error answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /** A problem of this status with its Chinese title. */
    public static ProblemDetail of(HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title(status));
        if (request != null) {
            p.setInstance(URI.create(request.getRequestURI()));
        }
        return p;
    }

    /** Writes a problem straight into the response (from a filter). */
    public static void write(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String detail,
            Map<String, Object> extra) throws IOException {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("type", "about:blank");
        node.put("title", title(status));
        node.put("status", status.value());
        node.put("detail", detail);
        node.put("instance", request.getRequestURI());
        extra.forEach((k, v) -> node.putPOJO(k, v));
        response.setStatus(status.value());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(node));
    }

    /** The Chinese title of a status. */
    static String title(HttpStatus status) {
        return switch (status.value()) {
            case 400 -> "请求有误";
            case 401 -> "未登录或令牌无效";
            case 403 -> "无权执行此操作";
            case 404 -> "未找到";
            case 405 -> "不支持的请求方法";
            case 406 -> "不支持的响应格式";
            case 409 -> "状态冲突";
            case 413 -> "上传文件过大";
            case 415 -> "不支持的请求格式";
            case 422 -> "无法处理的内容";
            case 429 -> "请求过于频繁";
            default -> status.is5xxServerError() ? "服务器内部错误" : status.getReasonPhrase();
        };
    }
}
