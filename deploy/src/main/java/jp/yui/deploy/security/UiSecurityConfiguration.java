package jp.yui.deploy.security;

import jakarta.servlet.DispatcherType;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jp.yui.ui.login.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

import java.util.Map;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * Security of the Vaadin UI: form login at {@code /login} ({@link LoginView}), CSRF protection (Vaadin's own token
 * plus Spring's for the login form), and the views' access annotations ({@code @RolesAllowed}, {@code @PermitAll},
 * {@code @AnonymousAllowed}) checked on every navigation. Everything not matched by an earlier filter chain
 * (the REST API has its own, {@link SecurityConfiguration#apiFilterChain}) requires a signed-in user. Sign-in changes
 * the session id (session fixation); five failures in 15 minutes per username or address lock sign-in for a while
 * ({@link YuiAuthenticationProvider}), and the login view says so ({@code /login?error&locked}).
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
public class UiSecurityConfiguration extends VaadinWebSecurity {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        // a new session id at sign-in, the attributes carried over (session fixation)
        http.sessionManagement(s -> s.sessionFixation(f -> f.migrateSession()));
        // error dispatches render Spring Boot's /error page for whoever caused them: without this the error page of a
        // request refused elsewhere (e.g. a denied actuator endpoint, 403) became a redirect to the login page (302)
        http.authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class);
        // a sign-in locked by the rate limit (YuiAuthenticationProvider) says so on the login view
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?error&locked"));
        http.formLogin(f -> f.failureHandler(failure));
    }
}
