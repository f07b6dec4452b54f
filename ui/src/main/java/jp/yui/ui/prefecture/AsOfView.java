package jp.yui.ui.prefecture;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.yui.query.asof.CooperativeAsOf;
import jp.yui.query.asof.FindCooperativeAsOf;
import jp.yui.query.asof.UsageAsOf;
import jp.yui.query.registry.CooperativeSummary;
import jp.yui.query.registry.FindCooperativesByPrefecture;
import jp.yui.query.registry.MunicipalityRef;
import jp.yui.ui.MainLayout;
import jp.yui.ui.security.CurrentUser;
import jp.yui.ui.support.Dates;
import jp.yui.ui.support.Refusals;
import jp.yui.ui.support.YuiGateways;

import java.util.stream.Collectors;

/**
 * A cooperative as it was on a chosen date (R-REP-5), folded from the events recorded up to that date:
 * certification, district, members, workers, clients and M/R/O of that business year.
 */
@Route(value = "as-of", layout = MainLayout.class)
@PageTitle("結 Yui")
@RolesAllowed("PREFECTURE")
@Menu(title = "views.menu.asOf", order = 220)
public class AsOfView extends VerticalLayout {

    private final YuiGateways gateways;
    public final ComboBox<CooperativeSummary> cooperative = new ComboBox<>();
    public final DatePicker date = new DatePicker();
    public final Button show = new Button();
    public final Div result = new Div();
    public final Div refusal = Refusals.area();

    public AsOfView(YuiGateways gateways) {
        this.gateways = gateways;
        String prefecture = CurrentUser.require().prefectureCode();
        cooperative.setLabel(getTranslation("views.coop.name"));
        cooperative.setItemLabelGenerator(CooperativeSummary::name);
        cooperative.setId("asof-cooperative");
        cooperative.setWidth("24em");
        date.setLabel(getTranslation("views.asOf"));
        date.setValue(Dates.today());
        date.setId("asof-date");
        show.setText(getTranslation("views.asof.show"));
        show.setId("asof-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(e -> show());
        result.setId("asof-result");
        try {
            var coops = gateways.queryList(new FindCooperativesByPrefecture(prefecture), CooperativeSummary.class);
            cooperative.setItems(coops);
            if (!coops.isEmpty()) {
                cooperative.setValue(coops.get(0));
            }
        } catch (RuntimeException e) {
            Refusals.show(refusal, e);
        }
        HorizontalLayout bar = new HorizontalLayout(cooperative, date, show);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("views.asof.title")), bar, refusal, result);
    }

    public void show() {
        result.removeAll();
        if (cooperative.getValue() == null || date.getValue() == null) {
            return;
        }
        try {
            CooperativeAsOf c = gateways.queryOptional(new FindCooperativeAsOf(cooperative.getValue().cooperativeId(),
                    date.getValue()), CooperativeAsOf.class).orElse(null);
            if (c == null) {
                result.add(new Paragraph(getTranslation("views.asof.none")));
                return;
            }
            Refusals.clear(refusal);
            boolean en = getLocale() != null && "en".equals(getLocale().getLanguage());
            result.add(new H3(c.name() + " — " + Dates.format(c.date(), getLocale())));
            result.add(new Paragraph(getTranslation("views.asof.events", c.eventsConsidered())));
            if (c.certification() != null) {
                result.add(new Paragraph(getTranslation("views.registry.status") + "："
                        + (en ? c.certification().labelEn() : c.certification().labelJa())
                        + (c.certification().expiresOn() == null ? "" : "（" + getTranslation("views.registry.expires")
                        + " " + Dates.format(c.certification().expiresOn(), getLocale()) + "）")));
            }
            result.add(new Paragraph(getTranslation("views.registry.district") + "："
                    + c.district().stream().map(MunicipalityRef::name).collect(Collectors.joining("・"))));
            result.add(new Paragraph(getTranslation("views.asof.members", c.members().size()) + "："
                    + c.members().stream().map(m -> m.name()).collect(Collectors.joining("、"))));
            result.add(new Paragraph(getTranslation("views.asof.workers", c.workers().size()) + "："
                    + c.workers().stream().map(w -> w.name()).collect(Collectors.joining("、"))));
            result.add(new Paragraph(getTranslation("views.asof.clients", c.clients().size())));
            UsageAsOf u = c.usage();
            if (u != null) {
                UnorderedList l = new UnorderedList();
                l.setId("asof-usage");
                l.add(new ListItem(Dates.businessYearLabel(u.businessYear(), getLocale())));
                l.add(new ListItem(getTranslation("views.class.MEMBER") + "：" + u.memberHours() + " h"));
                l.add(new ListItem(getTranslation("views.class.RELATED_MUNICIPALITY") + "：" + u.relatedHours() + " h"));
                l.add(new ListItem(getTranslation("views.class.OTHER_NON_MEMBER") + "：" + u.otherHours() + " h"));
                l.add(new ListItem(getTranslation("views.asof.shares", u.otherSharePercent(),
                        u.nonMemberSharePercent(), getTranslation(u.withinCaps() ? "views.preview.ok"
                                : "views.preview.above"))));
                result.add(l);
            }
        } catch (RuntimeException e) {
            Refusals.show(refusal, e);
        }
    }
}
