package jp.yui.ui.prefecture;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.yui.query.audit.AuditEntry;
import jp.yui.query.audit.AuditTrailPage;
import jp.yui.query.audit.FindAuditTrail;
import jp.yui.query.registry.CooperativeSummary;
import jp.yui.query.registry.FindCooperativesByPrefecture;
import jp.yui.ui.MainLayout;
import jp.yui.ui.security.CurrentUser;
import jp.yui.ui.support.Dates;
import jp.yui.ui.support.Refusals;
import jp.yui.ui.support.YuiGateways;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** The audit trail (every event, who and when) with filters by date, user, cooperative and event type, paged. */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("結 Yui")
@RolesAllowed("PREFECTURE")
@Menu(title = "views.menu.audit", order = 230)
public class AuditView extends VerticalLayout {

    static final int PAGE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Dates.TOKYO);

    private final YuiGateways gateways;
    public final ComboBox<CooperativeSummary> cooperative = new ComboBox<>();
    public final TextField user = new TextField();
    public final TextField eventType = new TextField();
    public final DatePicker from = new DatePicker();
    public final DatePicker to = new DatePicker();
    public final Grid<AuditEntry> grid = new Grid<>();
    public final Span pageInfo = new Span();
    public final Button previous = new Button();
    public final Button next = new Button();
    public final Div refusal = Refusals.area();
    public int offset;
    public long total;

    public AuditView(YuiGateways gateways) {
        this.gateways = gateways;
        cooperative.setLabel(getTranslation("views.coop.name"));
        cooperative.setItemLabelGenerator(CooperativeSummary::name);
        // the trail is read one cooperative at a time (the scope of an auditor is the prefecture's cooperatives)
        cooperative.setClearButtonVisible(false);
        cooperative.setId("audit-cooperative");
        try {
            java.util.List<CooperativeSummary> cooperatives = gateways.queryList(
                    new FindCooperativesByPrefecture(CurrentUser.require().prefectureCode()), CooperativeSummary.class);
            cooperative.setItems(cooperatives);
            if (!cooperatives.isEmpty()) {
                cooperative.setValue(cooperatives.get(0));
            }
        } catch (RuntimeException e) {
            Refusals.show(refusal, e);
        }
        user.setLabel(getTranslation("views.audit.user"));
        user.setId("audit-user");
        eventType.setLabel(getTranslation("views.audit.eventType"));
        eventType.setId("audit-type");
        from.setLabel(getTranslation("views.audit.from"));
        to.setLabel(getTranslation("views.audit.to"));
        Button search = new Button(getTranslation("views.audit.search"), e -> {
            offset = 0;
            refresh();
        });
        search.setId("audit-search");
        previous.setText("‹");
        previous.addClickListener(e -> {
            offset = Math.max(0, offset - PAGE);
            refresh();
        });
        next.setText("›");
        next.setId("audit-next");
        next.addClickListener(e -> {
            offset += PAGE;
            refresh();
        });
        grid.setId("audit-grid");
        grid.addColumn(a -> a.occurredAt() == null ? "" : TIME.format(a.occurredAt()))
                .setHeader(getTranslation("views.audit.time")).setAutoWidth(true);
        grid.addColumn(AuditEntry::userId).setHeader(getTranslation("views.audit.user")).setAutoWidth(true);
        grid.addColumn(AuditEntry::cooperativeName).setHeader(getTranslation("views.coop.name")).setAutoWidth(true);
        grid.addColumn(AuditEntry::eventType).setHeader(getTranslation("views.audit.eventType")).setAutoWidth(true);
        grid.addColumn(a -> en() ? a.descriptionEn() : a.descriptionJa())
                .setHeader(getTranslation("views.audit.description")).setFlexGrow(1);
        HorizontalLayout filters = new HorizontalLayout(cooperative, user, eventType, from, to, search);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        pageInfo.setId("audit-page");
        add(new H2(getTranslation("views.audit.title")), filters, refusal, grid,
                new HorizontalLayout(previous, pageInfo, next));
        refresh();
    }

    private boolean en() {
        return getLocale() != null && "en".equals(getLocale().getLanguage());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public void refresh() {
        Instant f = from.getValue() == null ? null : from.getValue().atStartOfDay(Dates.TOKYO).toInstant();
        Instant t = to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(Dates.TOKYO).toInstant();
        if (cooperative.getValue() == null) {
            grid.setItems(java.util.List.of());
            total = 0;
            pageInfo.setText(getTranslation("views.audit.page", 0, 0, 0));
            previous.setEnabled(false);
            next.setEnabled(false);
            return;
        }
        try {
            AuditTrailPage page = gateways.query(new FindAuditTrail(
                    cooperative.getValue() == null ? null : cooperative.getValue().cooperativeId(),
                    blank(user.getValue()), f, t, blank(eventType.getValue()), offset, PAGE), AuditTrailPage.class);
            grid.setItems(page.entries());
            total = page.total();
            pageInfo.setText(getTranslation("views.audit.page", total == 0 ? 0 : offset + 1,
                    Math.min(total, offset + page.entries().size()), total));
            previous.setEnabled(offset > 0);
            next.setEnabled(offset + PAGE < total);
            Refusals.clear(refusal);
        } catch (RuntimeException e) {
            Refusals.show(refusal, e);
        }
    }
}
