package jp.yui.deploy.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Bearer tokens of the REST API: {@code Authorization: Bearer yui_<id>_<secret>}. A valid token of an enabled user
 * signs that user in for this request; an invalid one is answered 401 at once. Requests without a bearer token pass
 * on (HTTP Basic, or the entry point's 401). Not a Spring bean on purpose (it would be registered for every URL).
 */
public class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final JdbcUserDirectory users;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    public ApiTokenAuthenticationFilter(JdbcUserDirectory users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<YuiUser> user;
        try {
            user = users.findByApiToken(header.substring(BEARER.length()).strip());
        } catch (org.springframework.dao.DataAccessException e) {
            // the database cannot be reached (restart, fail-over): a fault of the moment, answered as the API's 503
            SecurityContextHolder.clearContext();
            SecurityConfiguration.unavailable(request, response);
            return;
        }
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            FilterChainProblems.unauthorized(request, response, "The bearer token is unknown, revoked or of a disabled user.");
            return;
        }
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities());
        authentication.setDetails(details.buildDetails(request));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
