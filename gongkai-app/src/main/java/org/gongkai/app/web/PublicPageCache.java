package org.gongkai.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The portal's pages and the API's answers as the public gets them, kept in memory while the store is
 * unchanged. A page an anonymous visitor asks for (a GET with neither a session, a cookie nor
 * credentials) is the same for every
 * such visitor, and it changes only when the store does (a publication, a correction, a withdrawal,
 * a renamed department) or when the day turns (a department becomes late): a page is kept with the
 * store's write count ({@link org.gongkai.app.store.StoreChanges}) and for at most
 * {@code maxAgeMillis}, and answered from memory, headers included, without the security chain or the
 * controllers. Only complete 200 answers (HTML, JSON, CSV) that set no cookie are kept, apart for
 * clients that accept gzip and those that do not; an {@code If-None-Match}
 * naming the kept ETag is answered 304. Everything else passes through untouched.
 */
final class PublicPageCache extends OncePerRequestFilter {

    /** A kept answer: what the store's write count was when it was made, its headers and body. */
    private record Held(long generation, long madeAt, String contentType, List<String[]> headers, String etag, byte[] body) {
    }

    /** The answers kept: pages, the API's JSON, and CSV lists. */
    private static final List<String> KEPT_TYPES = List.of("text/html", "application/json", "text/csv");

    private final LongSupplier generation;
    private final LongSupplier clock;
    private final long maxAgeMillis;
    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<String, Held> held = new LinkedHashMap<>(256, 0.75f, true);

    PublicPageCache(LongSupplier generation, LongSupplier clock, long maxAgeMillis, long maxBytes) {
        this.generation = generation;
        this.clock = clock;
        this.maxAgeMillis = maxAgeMillis;
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getRequestedSessionId() != null || request.getCookies() != null) {
            return true;
        }
        String path = request.getRequestURI();
        return path.startsWith("/api/auth") || path.startsWith("/actuator") || path.startsWith("/v3/") || path.startsWith("/swagger-ui")
                || path.startsWith("/assets/") || path.startsWith("/vendor/") || path.startsWith("/login") || path.startsWith("/logout")
                || path.startsWith("/error");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getQueryString() == null ? request.getRequestURI() : request.getRequestURI() + "?" + request.getQueryString();
        // the API answers a published JSON gzipped to those who accept it, and may choose by Accept
        String key = (DisclosureController.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING)) ? "gzip " : "identity ") + uri
                + " " + request.getHeader(HttpHeaders.ACCEPT);
        long gen = generation.getAsLong();
        long now = clock.getAsLong();
        Held h = get(key);
        if (h != null && h.generation == gen && now - h.madeAt <= maxAgeMillis) {
            answer(h, request, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (keepable(wrapper)) {
            List<String[]> headers = new ArrayList<>();
            for (String name : wrapper.getHeaderNames()) {
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.equals("content-length") || lower.equals("date") || lower.equals("content-type")) {
                    continue;
                }
                for (String value : wrapper.getHeaders(name)) {
                    headers.add(new String[] {name, value});
                }
            }
            put(key, new Held(gen, now, wrapper.getContentType(), List.copyOf(headers), wrapper.getHeader(HttpHeaders.ETAG),
                    wrapper.getContentAsByteArray()));
        }
        wrapper.copyBodyToResponse();
    }

    private static boolean keepable(ContentCachingResponseWrapper r) {
        String type = r.getContentType();
        return r.getStatus() == HttpServletResponse.SC_OK && type != null && KEPT_TYPES.stream().anyMatch(type::startsWith)
                && !r.containsHeader(HttpHeaders.SET_COOKIE) && r.getContentSize() > 0;
    }

    private static void answer(Held h, HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (String[] header : h.headers) {
            response.addHeader(header[0], header[1]);
        }
        String inm = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (h.etag != null && inm != null && (inm.contains(h.etag) || inm.trim().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(h.contentType);
        response.setContentLength(h.body.length);
        response.getOutputStream().write(h.body);
    }

    private synchronized Held get(String key) {
        return held.get(key);
    }

    private synchronized void put(String key, Held h) {
        if (h.body.length > maxBytes / 4) {
            return;
        }
        Held old = held.put(key, h);
        if (old != null) {
            bytes -= old.body.length;
        }
        bytes += h.body.length;
        var it = held.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            Map.Entry<String, Held> eldest = it.next();
            bytes -= eldest.getValue().body.length;
            it.remove();
        }
    }

    /** How many pages are kept (for tests). */
    synchronized int size() {
        return held.size();
    }
}
