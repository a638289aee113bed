package org.gongkai.app.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * The servlet container's own error answers — a request it refuses before the application sees it,
 * such as a request line with raw (not percent-encoded) UTF-8 bytes, 400 — given as the portal's
 * error page in Chinese (problem+json under {@code /api/}), never Tomcat's English default page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ContainerErrorPages {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> portalErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                host.setErrorReportValveClass(PortalErrorReportValve.class.getName());
            }
        });
    }

    /** Tomcat's error report with the portal's page instead of its own (the host makes one by its class name). */
    public static class PortalErrorReportValve extends ErrorReportValve {

        public PortalErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(code);
            if (status == null) {
                status = code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
            }
            String uri = request.getDecodedRequestURI();
            boolean api = uri != null && uri.startsWith("/api/");
            String body = api ? "{\"type\":\"about:blank\",\"title\":\"" + (status.is5xxServerError() ? "服务器错误" : "请求有误")
                    + "\",\"status\":" + code + ",\"detail\":\"" + (status.is5xxServerError() ? "服务器内部错误，请稍后再试或联系管理员"
                            : "请求无法处理：地址或请求头不合规定（地址中的中文须按 UTF-8 百分号编码）") + "\"}"
                    : PortalController.errorPage(status);
            try {
                response.setContentType(api ? "application/problem+json" : "text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the answer already begun: nothing more to say
            }
        }
    }
}
