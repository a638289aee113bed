package org.gongkai.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.gongkai.app.store.Directory;
import org.gongkai.app.store.StoreException;
import org.gongkai.app.store.User;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Two filter chains. {@code /api/**}: stateless, bearer tokens ({@link BearerTokenFilter}), no
 * session and no CSRF token; reading is open to the public (the services show it published
 * versions only), every write needs a token (else 401). The web pages: form login at
 * {@code /login} with a session and CSRF tokens; the public portal's pages open to everyone.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

    /** The portal's addresses, open to everyone (what they show is the public's view). */
    private static final String[] PORTAL_PAGES = {"/assets/**", "/*", "/*/*", "/*/*/*/*/*", "/*/*/*/*/*/*",
            // the vendored chart script; the compare pages (/{region}/{department}/比较[/{code}]); where the money goes
            // (…/支出/{code}, …/v{n}/支出[/{code}])
            "/vendor/**", "/*/*/*", "/*/*/*/*", "/*/*/*/*/*/*/*", "/*/*/*/*/*/*/*/*"};

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, Directory directory) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .anonymous(a -> { })
                .addFilterBefore(new BearerTokenFilter(directory), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/auth/token").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> Problems.write(res, req, HttpStatus.UNAUTHORIZED,
                                "此操作须先登录：请求头 Authorization: Bearer 令牌（由 POST /api/auth/token 取得）", Map.of()))
                        .accessDeniedHandler((req, res, ex) -> Problems.write(res, req, HttpStatus.FORBIDDEN, "无权执行此操作", Map.of())));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        // the staff's pages (StaffController, DashboardController): a login first; the store decides the rest
                        .requestMatchers("/staff", "/staff/**").authenticated()
                        .requestMatchers("/", "/login", "/error", "/favicon.ico", "/actuator/health", "/actuator/health/**",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        // the public portal (PortalController): region, department, disclosure and version pages, its style sheet
                        .requestMatchers(HttpMethod.GET, PORTAL_PAGES).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PORTAL_PAGES).permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/staff", false)
                        .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath()
                                + (ex instanceof LockedException ? "/login?locked" : "/login?error"))))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED));
        return http.build();
    }

    /** The form login: the same check as the token endpoint (throttled by address and by account). */
    /**
     * No observation (metrics span) around each of the security filters: they cost a tenth of a
     * published file's answer and nobody reads them; the request as a whole is still observed.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    AuthenticationProvider storeAuthentication(Logins logins) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) throws AuthenticationException {
                String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
                try {
                    User u = logins.login(authentication.getName(), String.valueOf(authentication.getCredentials()), address);
                    return UsernamePasswordAuthenticationToken.authenticated(u, null,
                            List.of(new SimpleGrantedAuthority("ROLE_" + u.role().name())));
                } catch (StoreException.LoginFailed e) {
                    throw e.retryAfter() != null ? new LockedException(e.getMessage()) : new BadCredentialsException(e.getMessage());
                }
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    /** The client's address as the throttle counts it (the connection's, never a forwarded header). */
    static String address(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
