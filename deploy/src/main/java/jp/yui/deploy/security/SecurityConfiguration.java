package jp.yui.deploy.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Sign-in of Yui: passwords hashed by a {@link PasswordEncoder} that writes {@code {bcrypt}} and reads every
 * format Spring knows ({@link PasswordEncoderFactories#createDelegatingPasswordEncoder()}), the one
 * {@link YuiAuthenticationProvider} (rate limit, audit) used by the UI's form login and the API's HTTP Basic, and
 * the REST API's own filter chain.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * URLs the firewall refuses (encoded slashes or dots, semicolons, "//" …) are answered with a 400 problem document
     * here; the default handler threw, and the container's error dispatch then redirected API clients to the login page.
     */
    @Bean
    public org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler() {
        return FilterChainProblems.requestRejectedHandler();
    }

    /** The only authentication provider bean: Spring Security's global authentication manager uses it. */
    @Bean
    public YuiAuthenticationProvider yuiAuthenticationProvider(JdbcUserDirectory users, PasswordEncoder passwordEncoder,
                                                               LoginAttempts attempts) {
        return new YuiAuthenticationProvider(users, passwordEncoder, attempts);
    }

    /**
     * The REST API ({@code /api/**}), before the UI's chain: every request signed in by
     * {@code Authorization: Bearer yui_<id>_<secret>} (an API token an administrator issued) or HTTP Basic; stateless
     * (no session, no cookie), so no CSRF protection is needed and it is off here only; 401 with
     * {@code WWW-Authenticate} and a problem document ({@code urn:yui:problem:unauthorized}) otherwise. What a user may read or do is decided by the scope interceptors of the
     * buses (out of scope: {@link jp.yui.query.security.AccessRefusedException}, which the API answers with 404).
     */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    public SecurityFilterChain apiFilterChain(HttpSecurity http, JdbcUserDirectory users) throws Exception {
        org.springframework.security.web.AuthenticationEntryPoint entryPoint = (request, response, ex) -> {
            if (ex instanceof org.springframework.security.authentication.InternalAuthenticationServiceException) {
                // the user directory is unreachable (database down): a fault of the moment, not bad credentials
                unavailable(request, response);
                return;
            }
            response.addHeader("WWW-Authenticate", "Basic realm=\"Yui\"");
            response.addHeader("WWW-Authenticate", "Bearer");
            // written here, not by sendError: an error dispatch would run through the UI's chain (login redirect)
            FilterChainProblems.unauthorized(request, response,
                    "Sign in with HTTP Basic or an API token (Authorization: Bearer yui_…).");
        };
        http.securityMatcher("/api/**")
            .authorizeHttpRequests(a -> a.anyRequest().authenticated())
            .addFilterBefore(new ApiTokenAuthenticationFilter(users), BasicAuthenticationFilter.class)
            .httpBasic(b -> b.realmName("Yui").authenticationEntryPoint(entryPoint))
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(AbstractHttpConfigurer::disable)
            .requestCache(AbstractHttpConfigurer::disable)
            .formLogin(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable)
            .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint));
        return http.build();
    }

    /** 503 as the REST API's problem document ({@code urn:yui:problem:unavailable}, as {@code ApiProblems} answers). */
    static void unavailable(jakarta.servlet.http.HttpServletRequest request,
                            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.setHeader("Retry-After", String.valueOf(jp.yui.deploy.api.ApiProblems.RETRY_AFTER_SECONDS));
        FilterChainProblems.write(request, response, jakarta.servlet.http.HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                jp.yui.deploy.api.ApiProblems.UNAVAILABLE, "Service Unavailable",
                "The database is unavailable; nothing was changed. Retry later.",
                "データベースに接続できません。何も変更されていません。しばらくしてから再試行してください。");
    }

    /**
     * The API's documentation — the OpenAPI document and Swagger UI — is public: it describes the API and holds no
     * data (every call made from Swagger UI still goes through the API's chain above and needs a user).
     */
    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    public SecurityFilterChain apiDocumentationFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                        "/swagger-ui/**")
            .authorizeHttpRequests(a -> a.anyRequest().permitAll())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(AbstractHttpConfigurer::disable)
            .requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
