package jp.yui.deploy.security;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import jp.yui.deploy.support.YuiIntegrationTest;
import jp.yui.query.security.Principals;
import jp.yui.query.security.Role;
import jp.yui.ui.admin.UserDirectory;
import jp.yui.ui.admin.UsersView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The administrators' users screen with the application's Spring context and database (Karibu-Testing). */
@YuiIntegrationTest
@AutoConfigureMockMvc // same context as SecurityIntegrationTest
class UsersViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    UsersView view;

    @BeforeEach
    void openAsAdministrator() {
        Principals.signIn(Principals.administrator());
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), context, UI::new));
        UI.getCurrent().setLocale(Locale.JAPANESE);
        view = new UsersView(directory);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
        Principals.clear();
    }

    @SuppressWarnings("unchecked")
    private Grid<UserDirectory.UserRow> usersGrid() {
        return _get(Grid.class, s -> s.withId("users-grid"));
    }

    private List<UserDirectory.UserRow> rows() {
        return usersGrid().getListDataView().getItems().toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void createResetDisableAndIssueAToken() {
        assertThat(rows()).extracting(UserDirectory.UserRow::username).contains("admin", "manager", "ama");
        assertThat(_get(Tabs.class, s -> s.withId("admin-tabs")).getSelectedTab().getLabel()).isEqualTo("ユーザー");

        String name = "pref-" + UUID.randomUUID().toString().substring(0, 8);
        _get(TextField.class, s -> s.withId("new-username")).setValue(name);
        _get(TextField.class, s -> s.withId("new-display-name")).setValue("島根県 担当");
        Select<Role> role = _get(Select.class, s -> s.withId("new-role"));
        role.setValue(Role.PREFECTURE);
        assertThat(_get(Select.class, s -> s.withId("new-prefecture")).isVisible()).isTrue();
        _get(Select.class, s -> s.withId("new-prefecture")).setValue("32");
        _get(PasswordField.class, s -> s.withId("new-password")).setValue("short");
        _get(Button.class, s -> s.withId("create-user")).click();
        assertThat(rows()).extracting(UserDirectory.UserRow::username).doesNotContain(name); // password too short

        _get(PasswordField.class, s -> s.withId("new-password")).setValue("a-long-enough-password");
        _get(Button.class, s -> s.withId("create-user")).click();
        UserDirectory.UserRow created = rows().stream().filter(r -> r.username().equals(name)).findFirst().orElseThrow();
        assertThat(created.role()).isEqualTo(Role.PREFECTURE);
        assertThat(created.scope()).isEqualTo("32");
        assertThat(hash(name)).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("a-long-enough-password", hash(name))).isTrue();

        usersGrid().select(created);
        _get(PasswordField.class, s -> s.withId("reset-password")).setValue("another-long-password");
        _get(Button.class, s -> s.withId("reset-password-button")).click();
        assertThat(passwordEncoder.matches("another-long-password", hash(name))).isTrue();

        _get(Button.class, s -> s.withId("issue-token")).click();
        TextField token = _get(TextField.class, s -> s.withId("issued-token"));
        assertThat(token.isVisible()).isTrue();
        assertThat(token.getValue()).startsWith("yui_");

        _get(Button.class, s -> s.withId("toggle-enabled")).click();
        assertThat(jdbc.queryForObject("select enabled from yui_user where username = ?", Boolean.class, name)).isFalse();
        assertThat(rows().stream().filter(r -> r.username().equals(name)).findFirst().orElseThrow().enabled()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSignInLogIsTheSecondTab() {
        jdbc.update("insert into yui_login_audit (username, remote_address, success, reason) values (?, ?, false, ?)",
                "someone", "10.9.9.9", "BAD_CREDENTIALS");
        Tabs tabs = _get(Tabs.class, s -> s.withId("admin-tabs"));
        tabs.setSelectedIndex(1);
        Grid<UserDirectory.LoginAttempt> logins = _get(Grid.class, s -> s.withId("logins-grid"));
        assertThat(logins.getListDataView().getItems().toList())
                .anySatisfy(a -> assertThat(a.username()).isEqualTo("someone"));
    }

    private String hash(String username) {
        return jdbc.queryForObject("select password_hash from yui_user where username = ?", String.class, username);
    }
}
