package jp.yui.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jp.yui.ui.security.CurrentUser;

import java.util.Locale;

/**
 * The frame of every screen: title, the user and their scope, a language switch, sign-out, and a side navigation
 * built from the views' {@code @Menu} annotations (their titles are translation keys). Only the views the user's
 * role may open appear ({@link MenuConfiguration} applies the views' access annotations).
 */
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authenticationContext) {
        setPrimarySection(Section.DRAWER);

        H1 title = new H1(getTranslation("app.title"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);

        Span user = new Span(CurrentUser.get()
                .map(p -> p.displayName() + "（" + getTranslation("role." + p.role().name()) + "）")
                .orElse(""));
        user.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        user.setId("current-user");

        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setItems(YuiI18NProvider.JAPANESE, YuiI18NProvider.ENGLISH);
        language.setItemLabelGenerator(l -> l.getLanguage().equals("en") ? "English" : "日本語");
        language.setValue(getLocale() != null && getLocale().getLanguage().equals("en")
                ? YuiI18NProvider.ENGLISH : YuiI18NProvider.JAPANESE);
        language.setAriaLabel(getTranslation("app.language"));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });

        Button logout = new Button(getTranslation("app.logout"), e -> authenticationContext.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, user, language, logout);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(user);
        header.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
        addToNavbar(header);

        Span brand = new Span("結 Yui");
        brand.addClassNames(LumoUtility.FontWeight.BOLD, LumoUtility.Padding.MEDIUM, LumoUtility.FontSize.XLARGE);
        addToDrawer(brand, navigation());
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
