package jp.yui.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jp.yui.query.security.Role;
import jp.yui.ui.admin.ReplayView;
import jp.yui.ui.manager.DashboardView;
import jp.yui.ui.municipality.MunicipalityView;
import jp.yui.ui.prefecture.RegistryView;
import jp.yui.ui.security.CurrentUser;

/**
 * The start page ({@code /}): every signed-in user is forwarded to the main screen of their role — the manager to
 * the dashboard, a municipality to its ratios and subsidy figures, a prefecture to the certification registry, an
 * administrator to replay.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    /** The main view of a role. */
    public static Class<? extends com.vaadin.flow.component.Component> mainViewOf(Role role) {
        return switch (role) {
            case MANAGER -> DashboardView.class;
            case MUNICIPALITY -> MunicipalityView.class;
            case PREFECTURE -> RegistryView.class;
            case ADMIN -> ReplayView.class;
        };
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentUser.get().ifPresent(p -> event.forwardTo(mainViewOf(p.role())));
    }
}
