package org.gongkai.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What the public page cache keeps, for how long, and what it never keeps. */
class PublicPageCacheTest {

    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final AtomicInteger made = new AtomicInteger();
    private PublicPageCache cache;
    private int status = 200;
    private String type = "text/html;charset=UTF-8";

    @BeforeEach
    void setUp() {
        cache = new PublicPageCache(generation::get, now::get, 60_000, 1 << 20);
    }

    /** One request through the cache to a page that says how many times it was made. */
    private MockHttpServletResponse get(String path, MockHttpServletRequest request) throws Exception {
        if (request.getMethod() == null || request.getMethod().isEmpty()) {
            request.setMethod("GET");
        }
        request.setRequestURI(path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res)
                    throws java.io.IOException {
                int n = made.incrementAndGet();
                res.setStatus(status);
                res.setContentType(type);
                res.setHeader("ETag", "\"e" + n + "\"");
                res.setHeader("Cache-Control", "max-age=600, public");
                res.getOutputStream().write(("第" + n + "次").getBytes(StandardCharsets.UTF_8));
            }
        }));
        return response;
    }

    private MockHttpServletResponse get(String path) throws Exception {
        return get(path, new MockHttpServletRequest());
    }

    @Test
    void aPageIsMadeOnceWhileTheStoreIsUnchanged() throws Exception {
        assertThat(get("/140100").getContentAsString(StandardCharsets.UTF_8)).isEqualTo("第1次");
        MockHttpServletResponse again = get("/140100");
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("第1次");
        assertThat(again.getHeader("ETag")).isEqualTo("\"e1\"");
        assertThat(again.getHeader("Cache-Control")).isEqualTo("max-age=600, public");
        assertThat(again.getContentType()).startsWith("text/html");
        assertThat(made).hasValue(1);
        // another address is another page
        assertThat(get("/140200").getContentAsString(StandardCharsets.UTF_8)).isEqualTo("第2次");
    }

    @Test
    void aWriteToTheStoreOrTheTimeLimitMakesItAgain() throws Exception {
        get("/140100");
        generation.incrementAndGet();
        assertThat(get("/140100").getContentAsString(StandardCharsets.UTF_8)).isEqualTo("第2次");
        now.addAndGet(60_001);
        assertThat(get("/140100").getContentAsString(StandardCharsets.UTF_8)).isEqualTo("第3次");
        assertThat(get("/140100").getContentAsString(StandardCharsets.UTF_8)).isEqualTo("第3次");
    }

    @Test
    void aMatchingIfNoneMatchIsAnswered304() throws Exception {
        get("/140100");
        MockHttpServletRequest r = new MockHttpServletRequest();
        r.addHeader("If-None-Match", "\"e1\"");
        MockHttpServletResponse answer = get("/140100", r);
        assertThat(answer.getStatus()).isEqualTo(304);
        assertThat(answer.getContentAsByteArray()).isEmpty();
        assertThat(made).hasValue(1);
    }

    @Test
    void signedInCallersErrorsAndOtherMethodsPassThrough() throws Exception {
        get("/140100");
        MockHttpServletRequest withCookie = new MockHttpServletRequest();
        withCookie.setCookies(new Cookie("JSESSIONID", "x"));
        assertThat(get("/140100", withCookie).getContentAsString(StandardCharsets.UTF_8)).isEqualTo("第2次");
        MockHttpServletRequest withToken = new MockHttpServletRequest();
        withToken.addHeader("Authorization", "Bearer t");
        assertThat(get("/140100", withToken).getContentAsString(StandardCharsets.UTF_8)).isEqualTo("第3次");
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/140100");
        assertThat(get("/140100", post).getContentAsString(StandardCharsets.UTF_8)).isEqualTo("第4次");

        status = 404;
        get("/x");
        assertThat(get("/x").getContentAsString(StandardCharsets.UTF_8)).isEqualTo("第6次");
        status = 200;
        type = "application/pdf";
        get("/y.pdf");
        assertThat(get("/y.pdf").getContentAsString(StandardCharsets.UTF_8)).isEqualTo("第8次");
    }

    @Test
    void gzipAndPlainClientsAreKeptApart() throws Exception {
        get("/api/disclosures/1/files/json");
        MockHttpServletRequest gzip = new MockHttpServletRequest();
        gzip.addHeader("Accept-Encoding", "gzip, deflate");
        assertThat(get("/api/disclosures/1/files/json", gzip).getContentAsString(StandardCharsets.UTF_8)).isEqualTo("第2次");
        assertThat(get("/api/disclosures/1/files/json").getContentAsString(StandardCharsets.UTF_8)).isEqualTo("第1次");
    }
}
