package jp.yui.ui.manager;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.EndMembership;
import jp.yui.command.api.MembershipEndReason;
import jp.yui.command.api.RegisterNonMemberClient;
import jp.yui.query.people.ClientView;
import jp.yui.query.people.FindClients;
import jp.yui.query.people.FindMembers;
import jp.yui.query.people.MemberView;
import jp.yui.ui.MainLayout;
import jp.yui.ui.security.CurrentUser;
import jp.yui.ui.support.Dates;
import jp.yui.ui.support.Refusals;
import jp.yui.ui.support.YuiGateways;

/**
 * Members (組合員) and other clients (員外: related municipalities, other non-members): lists as of today, and forms
 * to admit a member, end a membership and register a non-member client.
 */
@Route(value = "members", layout = MainLayout.class)
@PageTitle("結 Yui")
@RolesAllowed("MANAGER")
@Menu(title = "views.menu.members", order = 50)
public class MembersView extends VerticalLayout {

    private final YuiGateways gateways;
    private final String cooperativeId;
    public final Grid<MemberView> members = new Grid<>();
    public final Grid<ClientView> clients = new Grid<>();
    public final Div refusal = Refusals.area();

    public final TextField admitId = new TextField();
    public final TextField admitName = new TextField();
    public final TextField admitIndustry = new TextField();
    public final DatePicker admitJoined = new DatePicker();
    public final Button admit = new Button();

    public final ComboBox<MemberView> endMember = new ComboBox<>();
    public final DatePicker endLastDay = new DatePicker();
    public final Select<MembershipEndReason> endReason = new Select<>();
    public final Button end = new Button();

    public final TextField clientId = new TextField();
    public final TextField clientName = new TextField();
    public final Select<ClientKind> clientKind = new Select<>();
    public final TextField clientMunicipality = new TextField();
    public final Button register = new Button();

    public MembersView(YuiGateways gateways) {
        this.gateways = gateways;
        this.cooperativeId = CurrentUser.require().cooperativeId();
        members.setId("members-grid");
        members.addColumn(MemberView::clientId).setHeader("ID").setAutoWidth(true);
        members.addColumn(MemberView::name).setHeader(getTranslation("views.people.name")).setAutoWidth(true);
        members.addColumn(MemberView::industry).setHeader(getTranslation("views.people.industry"));
        members.addColumn(m -> Dates.format(m.membership().joinedOn(), getLocale()))
                .setHeader(getTranslation("views.people.joinedOn")).setAutoWidth(true);
        members.addColumn(m -> Dates.format(m.membership().lastDay(), getLocale()))
                .setHeader(getTranslation("views.people.lastDay")).setAutoWidth(true);
        members.setAllRowsVisible(true);
        clients.setId("clients-grid");
        clients.addColumn(ClientView::clientId).setHeader("ID").setAutoWidth(true);
        clients.addColumn(ClientView::name).setHeader(getTranslation("views.people.name")).setAutoWidth(true);
        clients.addColumn(c -> en() ? c.kindEn() : c.kindJa()).setHeader(getTranslation("views.people.kind"));
        clients.addColumn(c -> en() ? c.classEn() : c.classJa()).setHeader(getTranslation("views.people.class"));
        clients.addColumn(c -> c.municipality() == null ? "" : c.municipality().name())
                .setHeader(getTranslation("views.people.municipality"));
        clients.setAllRowsVisible(true);

        admitId.setLabel("ID");
        admitId.setId("admit-id");
        admitName.setLabel(getTranslation("views.people.name"));
        admitName.setId("admit-name");
        admitIndustry.setLabel(getTranslation("views.people.industry"));
        admitJoined.setLabel(getTranslation("views.people.joinedOn"));
        admitJoined.setId("admit-joined");
        admit.setText(getTranslation("views.members.admit"));
        admit.setId("admit-submit");
        admit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        admit.addClickListener(e -> send(new AdmitMember(cooperativeId, admitId.getValue(), admitName.getValue(),
                admitIndustry.getValue(), admitJoined.getValue())));

        endMember.setLabel(getTranslation("views.members.member"));
        endMember.setItemLabelGenerator(m -> m.name() + "（" + m.clientId() + "）");
        endLastDay.setLabel(getTranslation("views.people.lastDay"));
        endReason.setLabel(getTranslation("views.members.endReason"));
        endReason.setItems(MembershipEndReason.values());
        endReason.setItemLabelGenerator(r -> en() ? jp.yui.query.people.MembershipPeriod.reasonEn(r)
                : jp.yui.query.people.MembershipPeriod.reasonJa(r));
        endReason.setValue(MembershipEndReason.VOLUNTARY_WITHDRAWAL);
        end.setText(getTranslation("views.members.end"));
        end.setId("end-submit");
        end.addClickListener(e -> send(new EndMembership(cooperativeId,
                endMember.getValue() == null ? null : endMember.getValue().clientId(), endLastDay.getValue(),
                endReason.getValue())));

        clientId.setLabel("ID");
        clientId.setId("client-id");
        clientName.setLabel(getTranslation("views.people.name"));
        clientName.setId("client-name");
        clientKind.setLabel(getTranslation("views.people.kind"));
        clientKind.setItems(ClientKind.values());
        clientKind.setItemLabelGenerator(k -> getTranslation("views.clientKind." + k.name()));
        clientKind.setValue(ClientKind.BUSINESS);
        clientKind.setId("client-kind");
        clientMunicipality.setLabel(getTranslation("views.people.municipalityCode"));
        clientMunicipality.setId("client-municipality");
        register.setText(getTranslation("views.members.register"));
        register.setId("client-submit");
        register.addClickListener(e -> send(new RegisterNonMemberClient(cooperativeId, clientId.getValue(),
                clientName.getValue(), clientKind.getValue(),
                clientMunicipality.getValue() == null || clientMunicipality.getValue().isBlank() ? null
                        : clientMunicipality.getValue().trim())));

        add(new H2(getTranslation("views.members.title")), refusal,
                new H3(getTranslation("views.members.members")), members,
                new H3(getTranslation("views.members.admit")),
                new FormLayout(admitId, admitName, admitIndustry, admitJoined), admit,
                new H3(getTranslation("views.members.end")), new FormLayout(endMember, endLastDay, endReason), end,
                new H3(getTranslation("views.members.clients")), clients,
                new H3(getTranslation("views.members.register")),
                new FormLayout(clientId, clientName, clientKind, clientMunicipality), register);
        refresh();
    }

    private boolean en() {
        return getLocale() != null && "en".equals(getLocale().getLanguage());
    }

    public void refresh() {
        try {
            var m = gateways.queryList(new FindMembers(cooperativeId, Dates.today()), MemberView.class);
            members.setItems(m);
            endMember.setItems(m);
            clients.setItems(gateways.queryList(new FindClients(cooperativeId, Dates.today()), ClientView.class));
        } catch (RuntimeException e) {
            Refusals.show(refusal, e);
        }
    }

    private void send(Object command) {
        try {
            gateways.send(command);
        } catch (RuntimeException e) {
            Refusals.show(refusal, e);
            return;
        }
        Refusals.clear(refusal);
        Refusals.success(this, getTranslation("views.saved"));
        refresh();
    }
}
