package jp.yui.ui.manager;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.yui.command.api.RecordActualHours;
import jp.yui.query.people.FindWorkers;
import jp.yui.query.people.WorkerView;
import jp.yui.query.plan.FindWorkerYear;
import jp.yui.query.plan.PlanDay;
import jp.yui.query.plan.WorkerYear;
import jp.yui.ui.MainLayout;
import jp.yui.ui.security.CurrentUser;
import jp.yui.ui.support.Dates;
import jp.yui.ui.support.Refusals;
import jp.yui.ui.support.YuiGateways;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Monthly actual hours (実績) per worker: one row per day and assignment with the planned minutes and a field for the
 * actual ones; saving sends one {@link RecordActualHours} per assignment of the month (R-DISP-4, R-REP-2).
 */
@Route(value = "actuals", layout = MainLayout.class)
@PageTitle("結 Yui")
@RolesAllowed("MANAGER")
@Menu(title = "views.menu.actuals", order = 40)
public class ActualHoursView extends VerticalLayout {

    /** One editable row. */
    public static final class Row {
        final PlanDay day;
        final IntegerField actual = new IntegerField();

        Row(PlanDay day) {
            this.day = day;
            actual.setValue(day.actualMinutes() != null ? day.actualMinutes() : null);
            actual.setPlaceholder(String.valueOf(day.plannedMinutes()));
            actual.setWidth("8em");
            actual.setMin(0);
            actual.setMax(24 * 60);
        }

        public PlanDay day() {
            return day;
        }

        public IntegerField actual() {
            return actual;
        }
    }

    private final YuiGateways gateways;
    private final String cooperativeId;
    public final ComboBox<WorkerView> worker = new ComboBox<>();
    public final Select<YearMonth> month = new Select<>();
    public final Grid<Row> grid = new Grid<>();
    public final Button save = new Button();
    public final Button fillPlanned = new Button();
    public final Div refusal = Refusals.area();
    private final List<Row> rows = new ArrayList<>();

    public ActualHoursView(YuiGateways gateways) {
        this.gateways = gateways;
        this.cooperativeId = CurrentUser.require().cooperativeId();
        worker.setLabel(getTranslation("views.assignment.worker"));
        worker.setItemLabelGenerator(w -> w.name() + "（" + w.workerId() + "）");
        worker.setId("actuals-worker");
        month.setLabel(getTranslation("views.actuals.month"));
        month.setId("actuals-month");
        YearMonth now = YearMonth.from(Dates.today());
        List<YearMonth> months = new ArrayList<>();
        LocalDate first = Dates.businessYear(Dates.currentBusinessYear()).firstDay().minusYears(1);
        for (YearMonth m = YearMonth.from(first); !m.isAfter(now); m = m.plusMonths(1)) {
            months.add(0, m);
        }
        month.setItems(months);
        month.setItemLabelGenerator(m -> m.getYear() + "年" + m.getMonthValue() + "月");
        month.setValue(now);
        grid.setId("actuals-grid");
        grid.addColumn(r -> Dates.format(r.day.date(), getLocale()) + (r.day.holiday() ? "（祝）" : ""))
                .setHeader(getTranslation("views.actuals.date")).setAutoWidth(true);
        grid.addColumn(r -> r.day.clientName() == null ? r.day.clientId() : r.day.clientName())
                .setHeader(getTranslation("views.assignment.client")).setAutoWidth(true);
        grid.addColumn(r -> r.day.work()).setHeader(getTranslation("views.assignment.work"));
        grid.addColumn(r -> r.day.plannedMinutes()).setHeader(getTranslation("views.actuals.planned"));
        grid.addComponentColumn(r -> r.actual).setHeader(getTranslation("views.actuals.actual"));
        grid.setAllRowsVisible(true);
        save.setText(getTranslation("views.actuals.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("actuals-save");
        save.addClickListener(e -> save());
        fillPlanned.setText(getTranslation("views.actuals.fillPlanned"));
        fillPlanned.setId("actuals-fill");
        fillPlanned.addClickListener(e -> rows.forEach(r -> {
            if (r.actual.getValue() == null) {
                r.actual.setValue(r.day.plannedMinutes());
            }
        }));
        try {
            worker.setItems(gateways.queryList(new FindWorkers(cooperativeId, Dates.today()), WorkerView.class));
        } catch (RuntimeException e) {
            Refusals.show(refusal, e);
        }
        worker.addValueChangeListener(e -> reload());
        month.addValueChangeListener(e -> reload());
        add(new H2(getTranslation("views.actuals.title")), new HorizontalLayout(worker, month), refusal, grid,
                new HorizontalLayout(fillPlanned, save));
    }

    public void reload() {
        rows.clear();
        if (worker.getValue() != null && month.getValue() != null) {
            try {
                int year = Dates.businessYearOf(month.getValue().atDay(1));
                WorkerYear wy = gateways.query(new FindWorkerYear(cooperativeId, worker.getValue().workerId(), year),
                        WorkerYear.class);
                if (wy != null) {
                    wy.days().stream().filter(d -> d.assignmentId() != null
                                    && YearMonth.from(d.date()).equals(month.getValue())
                                    && (d.plannedMinutes() > 0 || d.actualMinutes() != null))
                            .forEach(d -> rows.add(new Row(d)));
                }
            } catch (RuntimeException e) {
                Refusals.show(refusal, e);
            }
        }
        grid.setItems(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    public void save() {
        Map<String, Map<LocalDate, Integer>> byAssignment = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.actual.getValue() != null) {
                byAssignment.computeIfAbsent(r.day.assignmentId(), k -> new TreeMap<>())
                        .merge(r.day.date(), r.actual.getValue(), Integer::sum);
            }
        }
        try {
            for (Map.Entry<String, Map<LocalDate, Integer>> e : byAssignment.entrySet()) {
                gateways.send(new RecordActualHours(cooperativeId, e.getKey(), month.getValue(), e.getValue()));
            }
        } catch (RuntimeException e) {
            Refusals.show(refusal, e);
            return;
        }
        Refusals.clear(refusal);
        Refusals.success(this, getTranslation("views.actuals.saved", byAssignment.size()));
    }
}
