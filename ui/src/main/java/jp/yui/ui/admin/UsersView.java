package jp.yui.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.yui.command.domain.Municipalities;
import jp.yui.command.domain.Municipality;
import jp.yui.query.security.Role;
import jp.yui.ui.MainLayout;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ユーザー管理 (administrators): the users with role and scope, creating a user (role and scope pickers), resetting a
 * password, disabling / enabling, issuing an API token; a second tab lists the latest sign-in attempts.
 * Everything goes through {@link UserDirectory}.
 */
@Route(value = "admin/users", layout = MainLayout.class)
@RolesAllowed("ADMIN")
@Menu(title = "admin.menu.users", order = 90, icon = "vaadin:users")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private final UserDirectory directory;
    private final Municipalities municipalities = Municipalities.officialList();

    final Grid<UserDirectory.UserRow> users = new Grid<>();
    final Grid<UserDirectory.LoginAttempt> logins = new Grid<>();

    final TextField newUsername = new TextField();
    final TextField newDisplayName = new TextField();
    final Select<Role> newRole = new Select<>();
    final TextField newCooperative = new TextField();
    final ComboBox<Municipality> newMunicipality = new ComboBox<>();
    final Select<String> newPrefecture = new Select<>();
    final PasswordField newPassword = new PasswordField();
    final Button create = new Button();

    final Span selected = new Span();
    final PasswordField resetPassword = new PasswordField();
    final Button reset = new Button();
    final Button toggleEnabled = new Button();
    final Button issueToken = new Button();
    final TextField issuedToken = new TextField();

    public UsersView(UserDirectory directory) {
        this.directory = directory;
        setSizeFull();

        Tab usersTab = new Tab(getTranslation("admin.tab.users"));
        usersTab.setId("tab-users");
        Tab loginsTab = new Tab(getTranslation("admin.tab.logins"));
        loginsTab.setId("tab-logins");
        Tabs tabs = new Tabs(usersTab, loginsTab);
        tabs.setId("admin-tabs");

        Component usersPage = usersPage();
        Component loginsPage = loginsPage();
        loginsPage.setVisible(false);
        tabs.addSelectedChangeListener(e -> {
            boolean showLogins = e.getSelectedTab() == loginsTab;
            usersPage.setVisible(!showLogins);
            loginsPage.setVisible(showLogins);
            if (showLogins) {
                refreshLogins();
            }
        });

        add(new H2(getTranslation("admin.title")), tabs, usersPage, loginsPage);
        refreshUsers();
    }

    // ------------------------------------------------------------------ users

    private Component usersPage() {
        users.setId("users-grid");
        users.addColumn(UserDirectory.UserRow::username).setHeader(getTranslation("admin.column.username"))
             .setKey("username").setSortable(true);
        users.addColumn(UserDirectory.UserRow::displayName).setHeader(getTranslation("admin.column.displayName"));
        users.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("admin.column.role"));
        users.addColumn(this::scopeLabel).setHeader(getTranslation("admin.column.scope"));
        users.addColumn(u -> getTranslation(u.enabled() ? "admin.enabled" : "admin.disabled"))
             .setHeader(getTranslation("admin.column.status")).setKey("status");
        users.addColumn(u -> u.createdAt() == null ? "" : TIME.format(u.createdAt()))
             .setHeader(getTranslation("admin.column.created"));
        users.setHeight("320px");
        users.asSingleSelect().addValueChangeListener(e -> showSelected(e.getValue()));

        // the selected user
        selected.setId("selected-user");
        resetPassword.setId("reset-password");
        resetPassword.setLabel(getTranslation("admin.resetPassword.new"));
        reset.setId("reset-password-button");
        reset.setText(getTranslation("admin.resetPassword"));
        reset.addClickListener(e -> resetPassword());
        toggleEnabled.setId("toggle-enabled");
        toggleEnabled.addClickListener(e -> toggleEnabled());
        issueToken.setId("issue-token");
        issueToken.setText(getTranslation("admin.token.issue"));
        issueToken.addClickListener(e -> issueToken());
        issuedToken.setId("issued-token");
        issuedToken.setReadOnly(true);
        issuedToken.setWidth("36em");
        issuedToken.setLabel(getTranslation("admin.token.shownOnce"));
        issuedToken.setVisible(false);
        HorizontalLayout actions = new HorizontalLayout(selected, resetPassword, reset, toggleEnabled, issueToken);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        showSelected(null);

        // a new user
        newUsername.setId("new-username");
        newUsername.setLabel(getTranslation("admin.column.username"));
        newDisplayName.setId("new-display-name");
        newDisplayName.setLabel(getTranslation("admin.column.displayName"));
        newRole.setId("new-role");
        newRole.setLabel(getTranslation("admin.column.role"));
        newRole.setItems(Role.values());
        newRole.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        newRole.addValueChangeListener(e -> showScopePicker(e.getValue()));
        newCooperative.setId("new-cooperative");
        newCooperative.setLabel(getTranslation("admin.scope.cooperative"));
        newMunicipality.setId("new-municipality");
        newMunicipality.setLabel(getTranslation("admin.scope.municipality"));
        newMunicipality.setItems(municipalities.all().stream()
                .sorted(Comparator.comparing(Municipality::code)).toList());
        newMunicipality.setItemLabelGenerator(m -> m.prefectureName() + " " + m.name() + "（" + m.code() + "）");
        newMunicipality.setWidth("20em");
        newPrefecture.setId("new-prefecture");
        newPrefecture.setLabel(getTranslation("admin.scope.prefecture"));
        Map<String, String> prefectures = new TreeMap<>();
        municipalities.all().forEach(m -> prefectures.put(m.prefectureCode(), m.prefectureName()));
        newPrefecture.setItems(List.copyOf(prefectures.keySet()));
        newPrefecture.setItemLabelGenerator(code -> prefectures.get(code) + "（" + code + "）");
        newPassword.setId("new-password");
        newPassword.setLabel(getTranslation("admin.password"));
        newPassword.setHelperText(getTranslation("admin.password.rule", UserDirectory.MIN_PASSWORD_LENGTH));
        create.setId("create-user");
        create.setText(getTranslation("admin.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> createUser());
        showScopePicker(null);
        HorizontalLayout form = new HorizontalLayout(newUsername, newDisplayName, newRole, newCooperative,
                newMunicipality, newPrefecture, newPassword, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        VerticalLayout page = new VerticalLayout(users, actions, issuedToken,
                new H2(getTranslation("admin.create.title")), form);
        page.setPadding(false);
        return page;
    }

    private String scopeLabel(UserDirectory.UserRow u) {
        if (u.scope() == null) {
            return "";
        }
        return switch (u.role()) {
            case MUNICIPALITY -> municipalities.label(u.scope());
            case PREFECTURE -> municipalities.prefectureName(u.scope()).map(n -> n + " (" + u.scope() + ")")
                    .orElse(u.scope());
            default -> u.scope();
        };
    }

    private void showScopePicker(Role role) {
        newCooperative.setVisible(role == Role.MANAGER);
        newMunicipality.setVisible(role == Role.MUNICIPALITY);
        newPrefecture.setVisible(role == Role.PREFECTURE);
    }

    private void showSelected(UserDirectory.UserRow user) {
        boolean any = user != null;
        selected.setText(any ? user.username() : getTranslation("admin.selectUser"));
        resetPassword.setEnabled(any);
        reset.setEnabled(any);
        toggleEnabled.setEnabled(any);
        issueToken.setEnabled(any && user.enabled());
        toggleEnabled.setText(getTranslation(any && !user.enabled() ? "admin.enable" : "admin.disable"));
        resetPassword.clear();
    }

    private void createUser() {
        Role role = newRole.getValue();
        String scope = role == null ? null : switch (role) {
            case MANAGER -> newCooperative.getValue();
            case MUNICIPALITY -> newMunicipality.getValue() == null ? null : newMunicipality.getValue().code();
            case PREFECTURE -> newPrefecture.getValue();
            case ADMIN -> null;
        };
        String username = newUsername.getValue() == null ? null : newUsername.getValue().strip();
        if (run(() -> directory.create(new UserDirectory.NewUser(username, newDisplayName.getValue(), role, scope),
                newPassword.getValue()), getTranslation("admin.created", username))) {
            newUsername.clear();
            newDisplayName.clear();
            newPassword.clear();
            newCooperative.clear();
            newMunicipality.clear();
            newPrefecture.clear();
            refreshUsers();
        }
    }

    private void resetPassword() {
        UserDirectory.UserRow user = users.asSingleSelect().getValue();
        if (user != null && run(() -> directory.resetPassword(user.username(), resetPassword.getValue()),
                getTranslation("admin.resetPassword.done", user.username()))) {
            resetPassword.clear();
        }
    }

    private void toggleEnabled() {
        UserDirectory.UserRow user = users.asSingleSelect().getValue();
        if (user != null && run(() -> directory.setEnabled(user.username(), !user.enabled()),
                getTranslation(user.enabled() ? "admin.disabled.done" : "admin.enabled.done", user.username()))) {
            refreshUsers();
        }
    }

    private void issueToken() {
        UserDirectory.UserRow user = users.asSingleSelect().getValue();
        if (user == null) {
            return;
        }
        String[] token = new String[1];
        if (run(() -> token[0] = directory.issueApiToken(user.username(), "UsersView"),
                getTranslation("admin.token.issued", user.username()))) {
            issuedToken.setValue(token[0]);
            issuedToken.setVisible(true);
        }
    }

    /** Runs an action of the directory; a refusal shows its translated message. */
    private boolean run(Runnable action, String success) {
        try {
            action.run();
            Notification.show(success, 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (IllegalArgumentException e) {
            String key = e.getMessage() != null && e.getMessage().startsWith("admin.") ? e.getMessage() : "admin.error";
            Notification.show(getTranslation(key, UserDirectory.MIN_PASSWORD_LENGTH), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    private void refreshUsers() {
        UserDirectory.UserRow before = users.asSingleSelect().getValue();
        List<UserDirectory.UserRow> rows = directory.users();
        users.setItems(rows);
        if (before != null) {
            rows.stream().filter(r -> r.username().equals(before.username())).findFirst()
                .ifPresentOrElse(users::select, () -> showSelected(null));
        }
    }

    // ------------------------------------------------------------------ sign-in audit

    private Component loginsPage() {
        logins.setId("logins-grid");
        logins.addColumn(a -> TIME.format(a.at())).setHeader(getTranslation("admin.login.time"));
        logins.addColumn(UserDirectory.LoginAttempt::username).setHeader(getTranslation("admin.column.username"))
              .setKey("username");
        logins.addColumn(UserDirectory.LoginAttempt::remoteAddress).setHeader(getTranslation("admin.login.address"));
        logins.addColumn(a -> getTranslation(a.success() ? "admin.login.success" : "admin.login.failure"))
              .setHeader(getTranslation("admin.login.result")).setKey("result");
        logins.addColumn(a -> a.reason() == null ? "" : getTranslation("admin.login.reason." + a.reason()))
              .setHeader(getTranslation("admin.login.reason"));
        Button refresh = new Button(getTranslation("admin.login.refresh"), e -> refreshLogins());
        refresh.setId("refresh-logins");
        VerticalLayout page = new VerticalLayout(refresh, logins);
        page.setPadding(false);
        page.setSizeFull();
        return page;
    }

    private void refreshLogins() {
        logins.setItems(directory.recentLogins(200));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " | 結 Yui";
    }
}
