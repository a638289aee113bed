package org.gongkai.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.app.store.Directory;
import org.gongkai.app.store.User;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's authentication: {@code Authorization: Bearer <token>} names the account (the store keeps
 * only the token's sha256). A request without the header is the public's; one with an unknown,
 * revoked or expired token is refused with 401.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";
    private final Directory directory;

    BearerTokenFilter(Directory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            Problems.write(response, request, HttpStatus.UNAUTHORIZED, "Authorization 应为 “Bearer 令牌”（令牌由 POST /api/auth/token 取得）", Map.of());
            return;
        }
        Optional<User> user = directory.userForToken(header.substring(PREFIX.length()).trim());
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            Problems.write(response, request, HttpStatus.UNAUTHORIZED, "令牌无效或已过期，请重新取得令牌（POST /api/auth/token）", Map.of());
            return;
        }
        User u = user.get();
        UsernamePasswordAuthenticationToken auth = UsernamePasswordAuthenticationToken.authenticated(u, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + u.role().name())));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
