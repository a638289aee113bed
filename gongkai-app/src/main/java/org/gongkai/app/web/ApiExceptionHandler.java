package org.gongkai.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.app.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of the API as RFC 9457 problem+json with a Chinese detail: the store's refusals by
 * their kind, the request's own faults 400, past the upload limit 413; anything unexpected 500
 * with a generic text (logged, never a stack trace in the answer).
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final String uploadLimit;

    ApiExceptionHandler(@org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:20MB}") String uploadLimit) {
        this.uploadLimit = uploadLimit;
    }

    @ExceptionHandler(StoreException.class)
    ResponseEntity<ProblemDetail> store(StoreException e, HttpServletRequest request) {
        HttpStatus status = status(e);
        if (e instanceof StoreException.Integrity) {
            LOG.error("integrity: {}", e.getMessage());
        }
        ProblemDetail p = Problems.of(status, e.getMessage(), request);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (e instanceof StoreException.UnacknowledgedErrors x) {
            p.setProperty("findings", x.findingIds());
        } else if (e instanceof StoreException.TransitionNotAllowed x && x.status() != null) {
            p.setProperty("currentStatus", x.status().code());
        } else if (e instanceof StoreException.LoginFailed x && x.retryAfter() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, x.retryAfter().toSeconds())));
        }
        return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    /** The HTTP status of each refusal of the store. */
    static HttpStatus status(StoreException e) {
        if (e instanceof StoreException.NotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof StoreException.Forbidden) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof StoreException.TransitionNotAllowed || e instanceof StoreException.Conflict) {
            return HttpStatus.CONFLICT;
        }
        if (e instanceof StoreException.UnacknowledgedErrors || e instanceof StoreException.Unreadable) {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }
        if (e instanceof StoreException.Invalid) {
            return HttpStatus.BAD_REQUEST;
        }
        if (e instanceof StoreException.LoginFailed x) {
            return x.retryAfter() != null ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(HttpStatus.CONTENT_TOO_LARGE, "上传的文件超过大小上限（" + uploadLimit + "）", request);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) {
        if (e.getCause() != null && e.getCause().getClass().getSimpleName().contains("SizeLimitExceeded")) {
            return tooLarge(null, request);
        }
        return answer(HttpStatus.BAD_REQUEST, "上传请求应为 multipart/form-data，文件放在 file 字段", request);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, "缺少上传的文件（multipart 字段 " + e.getRequestPartName() + "）", request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, "缺少参数：" + e.getParameterName(), request);
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ResponseEntity<ProblemDetail> binding(ServletRequestBindingException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, "请求缺少必需的参数或请求头", request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, "参数 " + e.getName() + " 的值无效：" + e.getValue(), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, "请求体不是有效的 JSON，或字段类型不符", request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的请求格式：" + e.getContentType(), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "此地址不支持 " + e.getMethod() + " 请求", request);
    }

    /** No handler and no static file: problem+json under /api/, else the portal's 404 page (a browser's address). */
    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<?> noResource(NoResourceFoundException e, HttpServletRequest request) {
        if (!request.getRequestURI().startsWith("/api/")) {
            return PortalController.error(HttpStatus.NOT_FOUND);
        }
        return answer(HttpStatus.NOT_FOUND, "没有这一地址：" + request.getRequestURI(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("unexpected error on {}", request.getRequestURI(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请稍后再试或联系管理员", request);
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String detail, HttpServletRequest request) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.of(status, detail, request));
    }
}
