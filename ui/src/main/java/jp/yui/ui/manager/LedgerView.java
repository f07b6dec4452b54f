package jp.yui.ui.manager;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.yui.query.export.CsvEncoding;
import jp.yui.query.ledger.ExportLedgerCsv;
import jp.yui.query.ledger.ExportLedgerPdf;
import jp.yui.query.ledger.FindLedger;
import jp.yui.query.ledger.LedgerEntry;
import jp.yui.query.people.FindWorkers;
import jp.yui.query.people.WorkerView;
import jp.yui.ui.MainLayout;
import jp.yui.ui.security.CurrentUser;
import jp.yui.ui.support.Dates;
import jp.yui.ui.support.Downloads;
import jp.yui.ui.support.Refusals;
import jp.yui.ui.support.YuiGateways;

/**
 * The dispatch ledger (派遣元管理台帳, R-REP-1), all workers or one, with CSV (UTF-8 with BOM or Shift_JIS) and PDF
 * export.
 */
@Route(value = "ledger", layout = MainLayout.class)
@PageTitle("結 Yui")
@RolesAllowed("MANAGER")
@Menu(title = "views.menu.ledger", order = 70)
public class LedgerView extends VerticalLayout {

    private final YuiGateways gateways;
    private final String cooperativeId;
    public final ComboBox<WorkerView> worker = new ComboBox<>();
    public final Grid<LedgerEntry> grid = new Grid<>();
    public final Div refusal = Refusals.area();
    private final HorizontalLayout downloads = new HorizontalLayout();

    public LedgerView(YuiGateways gateways) {
        this.gateways = gateways;
        this.cooperativeId = CurrentUser.require().cooperativeId();
        worker.setLabel(getTranslation("views.ledger.worker"));
        worker.setItemLabelGenerator(w -> w.name() + "（" + w.workerId() + "）");
        worker.setClearButtonVisible(true);
        worker.setId("ledger-worker");
        grid.setId("ledger-grid");
        grid.addColumn(LedgerEntry::workerName).setHeader(getTranslation("views.assignment.worker")).setAutoWidth(true);
        grid.addColumn(LedgerEntry::clientName).setHeader(getTranslation("views.assignment.client")).setAutoWidth(true);
        grid.addColumn(LedgerEntry::workplaceMunicipalityName).setHeader(getTranslation("views.assignment.workplace"));
        grid.addColumn(e -> e.period() == null ? "" : Dates.format(e.period().from(), getLocale()) + "〜"
                + Dates.format(e.period().to(), getLocale())).setHeader(getTranslation("views.ledger.period"))
                .setAutoWidth(true);
        grid.addColumn(LedgerEntry::work).setHeader(getTranslation("views.assignment.work"));
        grid.addColumn(e -> e.indefiniteTerm() ? "無期" : "有期").setHeader(getTranslation("views.workers.employment"));
        grid.addColumn(e -> Boolean.TRUE.equals(e.sixtyOrOverAsOf()) ? "60歳以上" : "")
                .setHeader(getTranslation("views.workers.age"));
        grid.addColumn(e -> Dates.hours(e.plannedMinutes())).setHeader(getTranslation("views.actuals.plannedHours"));
        grid.addColumn(e -> Dates.hours(e.actualMinutes())).setHeader(getTranslation("views.actuals.actualHours"));
        grid.addColumn(e -> en() ? e.status().labelEn() : e.status().labelJa())
                .setHeader(getTranslation("views.ledger.status"));
        grid.addColumn(e -> Dates.format(e.retainUntil(), getLocale())).setHeader(getTranslation("views.ledger.retain"))
                .setAutoWidth(true);
        grid.setPageSize(50);
        try {
            worker.setItems(gateways.queryList(new FindWorkers(cooperativeId, Dates.today()), WorkerView.class));
        } catch (RuntimeException e) {
            Refusals.show(refusal, e);
        }
        worker.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("views.ledger.title")), worker, downloads, refusal, grid);
        refresh();
    }

    private boolean en() {
        return getLocale() != null && "en".equals(getLocale().getLanguage());
    }

    private String workerId() {
        return worker.getValue() == null ? null : worker.getValue().workerId();
    }

    public void refresh() {
        String w = workerId();
        try {
            grid.setItems(gateways.queryList(new FindLedger(cooperativeId, w, Dates.today()), LedgerEntry.class));
        } catch (RuntimeException e) {
            Refusals.show(refusal, e);
        }
        String base = "ledger-" + cooperativeId + (w == null ? "" : "-" + w);
        downloads.removeAll();
        downloads.add(
                Downloads.link("ledger-csv", getTranslation("views.export.csvUtf8"), base + "-utf8.csv", "text/csv",
                        () -> csv(w, CsvEncoding.UTF8_BOM)),
                Downloads.link("ledger-csv-sjis", getTranslation("views.export.csvSjis"), base + "-sjis.csv",
                        "text/csv", () -> csv(w, CsvEncoding.SHIFT_JIS)),
                Downloads.link("ledger-pdf", getTranslation("views.export.pdf"), base + ".pdf", "application/pdf",
                        () -> pdf(w)));
    }

    /** The CSV bytes (as the download produces them). */
    public byte[] csv(String workerId, CsvEncoding encoding) {
        return gateways.queryBytes(new ExportLedgerCsv(cooperativeId, workerId, encoding));
    }

    public byte[] pdf(String workerId) {
        return gateways.queryBytes(new ExportLedgerPdf(cooperativeId, workerId));
    }

    public Anchor csvLink() {
        return (Anchor) downloads.getComponentAt(0);
    }
}
