package jp.yui.ui.manager;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import jp.yui.query.plan.FindYearPlan;
import jp.yui.query.plan.YearPlan;
import jp.yui.ui.MainLayout;
import jp.yui.ui.security.CurrentUser;
import jp.yui.ui.support.BusinessYearSelect;
import jp.yui.ui.support.Refusals;
import jp.yui.ui.support.YuiGateways;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The year-round plan board (年間就業計画): workers × days, weeks or months of the business year, coloured by client
 * class (member / related municipality / other non-member; secondments apart), holidays and weekends shaded. One
 * server-drawn SVG; a click on a bar opens that assignment, a click on an empty row plans a new one for the worker.
 * The board looks at the plan read model again every 15 seconds and redraws only when it changed.
 */
@Route(value = "plan", layout = MainLayout.class)
@PageTitle("結 Yui")
@RolesAllowed("MANAGER")
@Menu(title = "views.menu.plan", order = 20)
public class PlanBoardView extends VerticalLayout {

    private static final String ASSIGNMENT = "event.target.getAttribute('data-assignment') || ''";
    private static final String WORKER = "event.target.getAttribute('data-worker') || ''";
    private static final String DATE = "event.target.getAttribute('data-date') || ''";

    private final YuiGateways gateways;
    private final String cooperativeId;
    private final BusinessYearSelect year = new BusinessYearSelect();
    private final Select<PlanBoardLayout.Zoom> zoom = new Select<>();
    private final Div board = new Div();
    private PlanBoardLayout.Board layout;
    private String shownSvg;
    private Registration poll;

    public PlanBoardView(YuiGateways gateways) {
        this.gateways = gateways;
        this.cooperativeId = CurrentUser.require().cooperativeId();
        zoom.setItems(PlanBoardLayout.Zoom.values());
        zoom.setItemLabelGenerator(z -> getTranslation("views.plan.zoom." + z.name()));
        zoom.setLabel(getTranslation("views.plan.zoom"));
        zoom.setValue(PlanBoardLayout.Zoom.DAYS);
        zoom.setId("plan-zoom");
        board.setId("plan-board");
        board.setWidthFull();
        board.getStyle().set("overflow-x", "auto");
        board.getElement().addEventListener("click", e -> open(e.getEventData().getString(WORKER),
                        e.getEventData().getString(ASSIGNMENT), e.getEventData().getString(DATE)))
                .addEventData(WORKER).addEventData(ASSIGNMENT).addEventData(DATE);
        year.addValueChangeListener(e -> refresh());
        zoom.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("views.plan.title")), new HorizontalLayout(year, zoom), legend(), board);
        refresh();
    }

    private HorizontalLayout legend() {
        HorizontalLayout l = new HorizontalLayout();
        l.add(swatch(PlanBoardLayout.MEMBER, getTranslation("views.class.MEMBER")),
                swatch(PlanBoardLayout.RELATED, getTranslation("views.class.RELATED_MUNICIPALITY")),
                swatch(PlanBoardLayout.OTHER, getTranslation("views.class.OTHER_NON_MEMBER")),
                swatch(PlanBoardLayout.SECONDMENT, getTranslation("views.plan.secondment")),
                swatch(PlanBoardLayout.HOLIDAY, getTranslation("views.plan.holiday")));
        return l;
    }

    private static Span swatch(String color, String text) {
        Span s = new Span("■ " + text);
        s.getStyle().set("color", color).set("font-size", "var(--lumo-font-size-s)");
        if (PlanBoardLayout.HOLIDAY.equals(color)) {
            s.getStyle().set("color", "#e57373");
        }
        return s;
    }

    public void refresh() {
        try {
            YearPlan plan = gateways.query(new FindYearPlan(cooperativeId, year.getValue()), YearPlan.class);
            PlanBoardLayout.Board next = PlanBoardLayout.layout(plan, zoom.getValue(), 1400);
            String svg = PlanBoardLayout.svg(next);
            layout = next;
            if (svg.equals(shownSvg)) {
                return; // nothing changed since the last look: keep the page as it is
            }
            shownSvg = svg;
            board.removeAll();
            board.add(new Html("<div>" + svg + "</div>"));
        } catch (RuntimeException e) {
            layout = null;
            shownSvg = null;
            board.removeAll();
            board.add(new Span(Refusals.text(e, getLocale())));
        }
    }

    /** The board follows changes made elsewhere (other users, imports, the planner): it looks again every 15 s. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        ui.setPollInterval(15_000);
        poll = ui.addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    /** The current layout (for tests). */
    public PlanBoardLayout.Board layout() {
        return layout;
    }

    /** Opens the assignment of a clicked bar, or the form to plan one for the clicked worker. */
    public void open(String workerId, String assignmentId, String date) {
        Map<String, String> params = new LinkedHashMap<>();
        if (assignmentId != null && !assignmentId.isBlank()) {
            params.put("assignment", assignmentId);
        } else if (workerId != null && !workerId.isBlank()) {
            params.put("worker", workerId);
        } else {
            return;
        }
        if (date != null && !date.isBlank()) {
            params.put("date", date);
        }
        UI.getCurrent().navigate(AssignmentView.class, QueryParameters.simple(params));
    }
}
