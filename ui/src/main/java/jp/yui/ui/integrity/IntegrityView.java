package jp.yui.ui.integrity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import jp.yui.query.integrity.ChainVerification;
import jp.yui.query.integrity.VerifyEventChain;
import jp.yui.query.registry.CooperativeSummary;
import jp.yui.query.registry.FindCooperativesByPrefecture;
import jp.yui.query.security.YuiPrincipal;
import jp.yui.ui.MainLayout;
import jp.yui.ui.security.CurrentUser;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * 改ざん検知 (tamper evidence) for a prefecture auditor: choose a cooperative of the auditor's prefecture, verify its
 * event hash chain ({@link VerifyEventChain}), and see the result — with the position of the first broken link.
 */
@Route(value = "integrity", layout = MainLayout.class)
@PageTitle("結 Yui")
@Menu(title = "ops.integrity.menu", order = 90)
@RolesAllowed("PREFECTURE")
public class IntegrityView extends VerticalLayout {

    private final QueryGateway queries;
    final ComboBox<CooperativeSummary> cooperative = new ComboBox<>();
    final Button verify = new Button();
    final Span status = new Span();
    final Paragraph reason = new Paragraph();
    final Paragraph details = new Paragraph();

    public IntegrityView(QueryGateway queries) {
        this.queries = queries;
        YuiPrincipal user = CurrentUser.require();
        add(new H2(getTranslation("ops.integrity.title")));
        add(new Paragraph(getTranslation("ops.integrity.explanation")));

        cooperative.setId("integrity-cooperative");
        cooperative.setLabel(getTranslation("ops.integrity.cooperative"));
        cooperative.setItemLabelGenerator(c -> c.name() + "（" + c.cooperativeId() + "）");
        cooperative.setItems(cooperativesOf(user));
        cooperative.setWidth("28em");

        verify.setId("integrity-verify");
        verify.setText(getTranslation("ops.integrity.verify"));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(e -> verifySelected());
        verify.setEnabled(false);
        cooperative.addValueChangeListener(e -> verify.setEnabled(e.getValue() != null));

        HorizontalLayout form = new HorizontalLayout(cooperative, verify);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        status.setId("integrity-status");
        reason.setId("integrity-reason");
        details.setId("integrity-details");
        add(form, status, reason, details);
    }

    private List<CooperativeSummary> cooperativesOf(YuiPrincipal user) {
        try {
            return queries.query(new FindCooperativesByPrefecture(user.prefectureCode()),
                    ResponseTypes.multipleInstancesOf(CooperativeSummary.class)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            status.setText(getTranslation("ops.integrity.error"));
            return List.of();
        }
    }

    void verifySelected() {
        CooperativeSummary chosen = cooperative.getValue();
        if (chosen == null) {
            return;
        }
        ChainVerification result;
        try {
            result = queries.query(new VerifyEventChain(chosen.cooperativeId()), ChainVerification.class)
                    .get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            status.setText(getTranslation("ops.integrity.error"));
            status.getElement().getThemeList().set("badge error", true);
            reason.setText("");
            details.setText("");
            return;
        }
        show(result);
    }

    void show(ChainVerification result) {
        boolean english = getLocale() != null && getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage());
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(result.ok() ? "badge success" : "badge error");
        status.setText(getTranslation(result.ok() ? "ops.integrity.ok" : "ops.integrity.broken"));
        reason.setText(english ? result.reasonEn() : result.reasonJa());
        StringBuilder d = new StringBuilder(getTranslation("ops.integrity.checked", result.eventsChecked()));
        if (result.firstBrokenPosition() != null) {
            d.append(" / ").append(getTranslation("ops.integrity.position",
                    result.firstBrokenPosition().sequenceNumber(), result.firstBrokenPosition().globalIndex()));
        }
        if (result.pending() > 0) {
            d.append(" / ").append(getTranslation("ops.integrity.pending", result.pending()));
        }
        if (result.headHash() != null) {
            d.append(" / ").append(getTranslation("ops.integrity.head", result.headHash()));
        }
        details.setText(d.toString());
    }
}
