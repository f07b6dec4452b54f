package jp.yui.ui.prefecture;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.RenewCertification;
import jp.yui.command.api.RevocationGround;
import jp.yui.command.api.RevokeCertification;
import jp.yui.query.registry.CertificationRegistryRow;
import jp.yui.query.registry.CertificationStatus;
import jp.yui.query.registry.FindCertificationRegistry;
import jp.yui.query.registry.MunicipalityRef;
import jp.yui.ui.MainLayout;
import jp.yui.ui.security.CurrentUser;
import jp.yui.ui.support.Dates;
import jp.yui.ui.support.Refusals;
import jp.yui.ui.support.YuiGateways;

import java.util.stream.Collectors;

/**
 * The prefecture's certification registry (認定台帳): number, term, expiry, renewal window (R-CERT-2), status and
 * district; dialogs to certify, renew and revoke.
 */
@Route(value = "registry", layout = MainLayout.class)
@PageTitle("結 Yui")
@RolesAllowed("PREFECTURE")
@Menu(title = "views.menu.registry", order = 210)
public class RegistryView extends VerticalLayout {

    private final YuiGateways gateways;
    private final String prefectureCode;
    public final DatePicker asOf = new DatePicker();
    public final Grid<CertificationRegistryRow> grid = new Grid<>();
    public final Div refusal = Refusals.area();
    public Dialog dialog;

    public RegistryView(YuiGateways gateways) {
        this.gateways = gateways;
        this.prefectureCode = CurrentUser.require().prefectureCode();
        asOf.setLabel(getTranslation("views.asOf"));
        asOf.setValue(Dates.today());
        asOf.setId("registry-as-of");
        grid.setId("registry-grid");
        grid.addColumn(CertificationRegistryRow::name).setHeader(getTranslation("views.coop.name")).setAutoWidth(true);
        grid.addColumn(CertificationRegistryRow::certificationNumber).setHeader(getTranslation("views.registry.number"))
                .setAutoWidth(true);
        grid.addColumn(r -> en() ? r.statusEn() : r.statusJa()).setHeader(getTranslation("views.registry.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> Dates.format(r.expiresOn(), getLocale())).setHeader(getTranslation("views.registry.expires"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.daysUntilExpiry() == null ? "" : String.valueOf(r.daysUntilExpiry()))
                .setHeader(getTranslation("views.registry.days"));
        grid.addColumn(r -> r.renewalWindowOpensOn() == null ? "" : Dates.format(r.renewalWindowOpensOn(), getLocale())
                + "〜" + Dates.format(r.renewalWindowClosesOn(), getLocale()))
                .setHeader(getTranslation("views.registry.window")).setAutoWidth(true);
        grid.addColumn(r -> r.district() == null ? "" : r.district().stream().map(MunicipalityRef::name)
                .collect(Collectors.joining("・"))).setHeader(getTranslation("views.registry.district"));
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        asOf.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("views.registry.title")), asOf, refusal, grid);
        refresh();
    }

    private boolean en() {
        return getLocale() != null && "en".equals(getLocale().getLanguage());
    }

    private HorizontalLayout actions(CertificationRegistryRow r) {
        HorizontalLayout h = new HorizontalLayout();
        if (r.status() == CertificationStatus.NOT_CERTIFIED || !r.status().valid()) {
            Button certify = new Button(getTranslation("views.registry.certify"), e -> openCertify(r));
            certify.setId("certify-" + r.cooperativeId());
            h.add(certify);
        }
        if (r.status().valid() || r.status() == CertificationStatus.EXPIRED) {
            Button renew = new Button(getTranslation("views.registry.renew"), e -> openRenew(r));
            renew.setId("renew-" + r.cooperativeId());
            h.add(renew);
        }
        if (r.status().valid()) {
            Button revoke = new Button(getTranslation("views.registry.revoke"), e -> openRevoke(r));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.setId("revoke-" + r.cooperativeId());
            h.add(revoke);
        }
        return h;
    }

    public void refresh() {
        try {
            grid.setItems(gateways.queryList(new FindCertificationRegistry(prefectureCode,
                    asOf.getValue() == null ? Dates.today() : asOf.getValue()), CertificationRegistryRow.class));
        } catch (RuntimeException e) {
            Refusals.show(refusal, e);
        }
    }

    public void openCertify(CertificationRegistryRow r) {
        TextField number = new TextField(getTranslation("views.registry.number"));
        number.setId("dialog-number");
        DatePicker on = new DatePicker(getTranslation("views.registry.certifiedOn"), Dates.today());
        open(getTranslation("views.registry.certify") + "：" + r.name(), new FormLayout(number, on),
                () -> new CertifyCooperative(r.cooperativeId(), number.getValue(), on.getValue()));
    }

    public void openRenew(CertificationRegistryRow r) {
        TextField number = new TextField(getTranslation("views.registry.number"), r.certificationNumber(), "");
        number.setId("dialog-number");
        DatePicker on = new DatePicker(getTranslation("views.registry.decidedOn"), Dates.today());
        on.setId("dialog-date");
        open(getTranslation("views.registry.renew") + "：" + r.name(), new FormLayout(number, on),
                () -> new RenewCertification(r.cooperativeId(), number.getValue(), on.getValue()));
    }

    public void openRevoke(CertificationRegistryRow r) {
        DatePicker on = new DatePicker(getTranslation("views.registry.effectiveOn"), Dates.today());
        on.setId("dialog-date");
        Select<RevocationGround> ground = new Select<>();
        ground.setLabel(getTranslation("views.registry.ground"));
        ground.setItems(RevocationGround.values());
        ground.setItemLabelGenerator(g -> getTranslation("views.ground." + g.name()));
        ground.setValue(RevocationGround.CRITERIA_NO_LONGER_MET);
        TextField reason = new TextField(getTranslation("views.assignment.reason"));
        reason.setId("dialog-reason");
        open(getTranslation("views.registry.revoke") + "：" + r.name(), new FormLayout(on, ground, reason),
                () -> new RevokeCertification(r.cooperativeId(), on.getValue(), ground.getValue(), reason.getValue()));
    }

    private void open(String title, FormLayout form, java.util.function.Supplier<Object> command) {
        dialog = new Dialog();
        dialog.setHeaderTitle(title);
        Div inline = Refusals.area();
        Button ok = new Button(getTranslation("views.confirm"));
        ok.setId("dialog-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Dialog d = dialog;
        ok.addClickListener(e -> {
            try {
                gateways.send(command.get());
            } catch (RuntimeException ex) {
                Refusals.show(inline, ex);
                return;
            }
            d.close();
            Refusals.success(this, getTranslation("views.saved"));
            refresh();
        });
        Button cancel = new Button(getTranslation("views.cancel"), e -> d.close());
        dialog.add(inline, form);
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }
}
