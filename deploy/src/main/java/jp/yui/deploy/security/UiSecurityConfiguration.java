package jp.yui.deploy.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jp.yui.ui.login.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * Security of the Vaadin UI: form login at {@code /login} ({@link LoginView}), CSRF protection (Vaadin's own token
 * plus Spring's for the login form), and the views' access annotations ({@code @RolesAllowed}, {@code @PermitAll},
 * {@code @AnonymousAllowed}) checked on every navigation. Everything not matched by an earlier filter chain
 * (the REST API has its own) requires a signed-in user.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
public class UiSecurityConfiguration extends VaadinWebSecurity {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        super.configure(http);
        setLoginView(http, LoginView.class);
    }
}
