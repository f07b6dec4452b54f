package jp.yui.ui.manager;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.HireWorker;
import jp.yui.command.api.RecordPreviousEmployer;
import jp.yui.command.api.SeparateWorker;
import jp.yui.query.people.ClientView;
import jp.yui.query.people.FindClients;
import jp.yui.query.people.FindWorkers;
import jp.yui.query.people.WorkerView;
import jp.yui.ui.MainLayout;
import jp.yui.ui.security.CurrentUser;
import jp.yui.ui.support.Dates;
import jp.yui.ui.support.Refusals;
import jp.yui.ui.support.YuiGateways;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Workers (派遣職員): the list with employment type, age band and previous employers (R-WORK-3), and forms to hire,
 * separate and record a previous employer.
 */
@Route(value = "workers", layout = MainLayout.class)
@PageTitle("結 Yui")
@RolesAllowed("MANAGER")
@Menu(title = "views.menu.workers", order = 60)
public class WorkersView extends VerticalLayout {

    private final YuiGateways gateways;
    private final String cooperativeId;
    public final Grid<WorkerView> workers = new Grid<>();
    public final Div refusal = Refusals.area();

    public final TextField hireId = new TextField();
    public final TextField hireName = new TextField();
    public final DatePicker hireBirth = new DatePicker();
    public final DatePicker hireOn = new DatePicker();
    public final Select<EmploymentType> hireType = new Select<>();
    public final DatePicker hireFixedEnd = new DatePicker();
    public final TextField hireHome = new TextField();
    public final TextField hireSkills = new TextField();
    public final Button hire = new Button();

    public final ComboBox<WorkerView> sepWorker = new ComboBox<>();
    public final DatePicker sepLastDay = new DatePicker();
    public final TextField sepReason = new TextField();
    public final Button separate = new Button();

    public final ComboBox<WorkerView> prevWorker = new ComboBox<>();
    public final ComboBox<ClientView> prevClient = new ComboBox<>();
    public final DatePicker prevLeftOn = new DatePicker();
    public final Checkbox prevRetired = new Checkbox();
    public final Button previous = new Button();

    public WorkersView(YuiGateways gateways) {
        this.gateways = gateways;
        this.cooperativeId = CurrentUser.require().cooperativeId();
        workers.setId("workers-grid");
        workers.addColumn(WorkerView::workerId).setHeader("ID").setAutoWidth(true);
        workers.addColumn(WorkerView::name).setHeader(getTranslation("views.people.name")).setAutoWidth(true);
        workers.addColumn(w -> en() ? w.employmentEn() : w.employmentJa())
                .setHeader(getTranslation("views.workers.employment")).setAutoWidth(true);
        workers.addColumn(w -> en() ? w.ageBandEn() : w.ageBandJa()).setHeader(getTranslation("views.workers.age"));
        workers.addColumn(w -> Dates.format(w.hiredOn(), getLocale())).setHeader(getTranslation("views.workers.hiredOn"))
                .setAutoWidth(true);
        workers.addColumn(w -> Dates.format(w.lastDay(), getLocale()))
                .setHeader(getTranslation("views.people.lastDay")).setAutoWidth(true);
        workers.addColumn(w -> w.previousEmployers().stream()
                        .map(p -> p.clientName() + "：" + (en() ? p.ruleEn() : p.ruleJa()))
                        .collect(Collectors.joining(" / ")))
                .setHeader(getTranslation("views.workers.previous")).setAutoWidth(true);
        workers.setAllRowsVisible(true);

        hireId.setLabel("ID");
        hireId.setId("hire-id");
        hireName.setLabel(getTranslation("views.people.name"));
        hireName.setId("hire-name");
        hireBirth.setLabel(getTranslation("views.workers.birth"));
        hireBirth.setId("hire-birth");
        hireOn.setLabel(getTranslation("views.workers.hiredOn"));
        hireOn.setId("hire-on");
        hireType.setLabel(getTranslation("views.workers.employment"));
        hireType.setItems(EmploymentType.values());
        hireType.setItemLabelGenerator(t -> getTranslation("views.employment." + t.name()));
        hireType.setValue(EmploymentType.INDEFINITE);
        hireFixedEnd.setLabel(getTranslation("views.workers.fixedEnd"));
        hireHome.setLabel(getTranslation("views.people.municipalityCode"));
        hireHome.setId("hire-home");
        hireSkills.setLabel(getTranslation("views.workers.skills"));
        hire.setText(getTranslation("views.workers.hire"));
        hire.setId("hire-submit");
        hire.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        hire.addClickListener(e -> send(new HireWorker(cooperativeId, hireId.getValue(), hireName.getValue(),
                hireBirth.getValue(), hireOn.getValue(), hireType.getValue(),
                hireType.getValue() == EmploymentType.FIXED_TERM ? hireFixedEnd.getValue() : null,
                blankToNull(hireHome.getValue()), skills(hireSkills.getValue()))));

        sepWorker.setLabel(getTranslation("views.assignment.worker"));
        sepWorker.setItemLabelGenerator(w -> w.name() + "（" + w.workerId() + "）");
        sepLastDay.setLabel(getTranslation("views.people.lastDay"));
        sepReason.setLabel(getTranslation("views.assignment.reason"));
        separate.setText(getTranslation("views.workers.separate"));
        separate.setId("separate-submit");
        separate.addClickListener(e -> send(new SeparateWorker(cooperativeId,
                sepWorker.getValue() == null ? null : sepWorker.getValue().workerId(), sepLastDay.getValue(),
                sepReason.getValue())));

        prevWorker.setLabel(getTranslation("views.assignment.worker"));
        prevWorker.setItemLabelGenerator(w -> w.name() + "（" + w.workerId() + "）");
        prevWorker.setId("previous-worker");
        prevClient.setLabel(getTranslation("views.assignment.client"));
        prevClient.setItemLabelGenerator(c -> c.name() + "（" + c.clientId() + "）");
        prevClient.setId("previous-client");
        prevLeftOn.setLabel(getTranslation("views.workers.leftOn"));
        prevLeftOn.setId("previous-left");
        prevRetired.setLabel(getTranslation("views.workers.retired60"));
        previous.setText(getTranslation("views.workers.recordPrevious"));
        previous.setId("previous-submit");
        previous.addClickListener(e -> send(new RecordPreviousEmployer(cooperativeId,
                prevWorker.getValue() == null ? null : prevWorker.getValue().workerId(),
                prevClient.getValue() == null ? null : prevClient.getValue().clientId(), prevLeftOn.getValue(),
                prevRetired.getValue())));

        add(new H2(getTranslation("views.workers.title")), refusal, workers,
                new H3(getTranslation("views.workers.hire")),
                new FormLayout(hireId, hireName, hireBirth, hireOn, hireType, hireFixedEnd, hireHome, hireSkills), hire,
                new H3(getTranslation("views.workers.separate")), new FormLayout(sepWorker, sepLastDay, sepReason),
                separate, new H3(getTranslation("views.workers.recordPrevious")),
                new FormLayout(prevWorker, prevClient, prevLeftOn, prevRetired), previous);
        refresh();
    }

    private boolean en() {
        return getLocale() != null && "en".equals(getLocale().getLanguage());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Set<String> skills(String s) {
        if (s == null || s.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(s.split("[,、，]")).map(String::trim).filter(x -> !x.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public void refresh() {
        try {
            var list = gateways.queryList(new FindWorkers(cooperativeId, Dates.today()), WorkerView.class);
            workers.setItems(list);
            sepWorker.setItems(list);
            prevWorker.setItems(list);
            prevClient.setItems(gateways.queryList(new FindClients(cooperativeId, Dates.today()), ClientView.class));
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
