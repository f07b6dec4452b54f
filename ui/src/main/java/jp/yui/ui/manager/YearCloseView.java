package jp.yui.ui.manager;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.yui.command.api.CloseBusinessYear;
import jp.yui.command.api.ReopenBusinessYearForCorrection;
import jp.yui.query.export.CsvEncoding;
import jp.yui.query.ratio.ExportNonMemberRatioCsv;
import jp.yui.query.ratio.ExportNonMemberRatioPdf;
import jp.yui.query.ratio.FindNonMemberRatio;
import jp.yui.query.ratio.NonMemberRatio;
import jp.yui.query.ratio.YearStatus;
import jp.yui.query.reports.ExportedFile;
import jp.yui.ui.MainLayout;
import jp.yui.ui.security.CurrentUser;
import jp.yui.ui.support.BusinessYearSelect;
import jp.yui.ui.support.Dates;
import jp.yui.ui.support.Downloads;
import jp.yui.ui.support.Refusals;
import jp.yui.ui.support.YuiGateways;

/**
 * Business-year close (締め, R-CAP-6): the year's M, R, O and shares, close it, or reopen it for a correction with a
 * reason; the non-member ratio as CSV and PDF.
 */
@Route(value = "close", layout = MainLayout.class)
@PageTitle("結 Yui")
@RolesAllowed("MANAGER")
@Menu(title = "views.menu.close", order = 80)
public class YearCloseView extends VerticalLayout {

    private final YuiGateways gateways;
    private final String cooperativeId;
    public final BusinessYearSelect year = new BusinessYearSelect();
    public final Div summary = new Div();
    public final Div refusal = Refusals.area();
    public final Button close = new Button();
    public final TextField reason = new TextField();
    public final Button reopen = new Button();
    private final HorizontalLayout downloads = new HorizontalLayout();

    public YearCloseView(YuiGateways gateways) {
        this.gateways = gateways;
        this.cooperativeId = CurrentUser.require().cooperativeId();
        summary.setId("close-summary");
        close.setText(getTranslation("views.close.close"));
        close.setId("close-submit");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(e -> send(new CloseBusinessYear(cooperativeId, year.getValue())));
        reason.setLabel(getTranslation("views.close.reason"));
        reason.setId("reopen-reason");
        reopen.setText(getTranslation("views.close.reopen"));
        reopen.setId("reopen-submit");
        reopen.addClickListener(e -> send(new ReopenBusinessYearForCorrection(cooperativeId, year.getValue(),
                reason.getValue())));
        year.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("views.close.title")), year, refusal, summary, close,
                new HorizontalLayout(reason, reopen), new H3(getTranslation("views.close.exports")), downloads);
        refresh();
    }

    public void refresh() {
        summary.removeAll();
        int y = year.getValue();
        try {
            NonMemberRatio r = gateways.query(new FindNonMemberRatio(cooperativeId, y), NonMemberRatio.class);
            boolean en = getLocale() != null && "en".equals(getLocale().getLanguage());
            summary.add(new Paragraph(Dates.businessYearLabel(y, getLocale()) + " — "
                    + (en ? r.status().labelEn() : r.status().labelJa())));
            UnorderedList figures = new UnorderedList(
                    new ListItem(getTranslation("views.class.MEMBER") + "：" + r.projected().member().hours() + " h"),
                    new ListItem(getTranslation("views.class.RELATED_MUNICIPALITY") + "："
                            + r.projected().related().hours() + " h"),
                    new ListItem(getTranslation("views.class.OTHER_NON_MEMBER") + "：" + r.projected().other().hours()
                            + " h"));
            r.projected().inCapUnit().caps().forEach(c -> figures.add(new ListItem(c.ruleId() + " "
                    + (en ? c.labelEn() : c.labelJa()) + "：" + c.sharePercent() + " %")));
            summary.add(figures);
            close.setEnabled(r.status() != YearStatus.CLOSED);
            reopen.setEnabled(r.status() == YearStatus.CLOSED);
        } catch (RuntimeException e) {
            Refusals.show(refusal, e);
        }
        downloads.removeAll();
        downloads.add(Downloads.link("ratio-csv", getTranslation("views.export.csvUtf8"),
                        "ratio-" + cooperativeId + "-" + y + ".csv", "text/csv",
                        () -> file(new ExportNonMemberRatioCsv(cooperativeId, y, CsvEncoding.UTF8_BOM))),
                Downloads.link("ratio-pdf", getTranslation("views.export.pdf"),
                        "ratio-" + cooperativeId + "-" + y + ".pdf", "application/pdf",
                        () -> file(new ExportNonMemberRatioPdf(cooperativeId, y))));
    }

    private byte[] file(Object query) {
        return gateways.query(query, ExportedFile.class).content();
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
