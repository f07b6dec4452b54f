package jp.yui.ui.manager;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.CancelAssignment;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.Period;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RescheduleAssignment;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import jp.yui.command.domain.JapaneseHolidays;
import jp.yui.query.people.ClientView;
import jp.yui.query.people.FindClients;
import jp.yui.query.people.FindWorkers;
import jp.yui.query.people.WorkerView;
import jp.yui.query.plan.FindYearPlan;
import jp.yui.query.plan.OvertimeLimits;
import jp.yui.query.plan.PlanDay;
import jp.yui.query.plan.WorkerYear;
import jp.yui.query.plan.YearPlan;
import jp.yui.query.ratio.CapCheck;
import jp.yui.query.ratio.FindNonMemberRatio;
import jp.yui.query.ratio.NonMemberRatio;
import jp.yui.query.ratio.UsageBreakdown;
import jp.yui.query.registry.CooperativeCertificationView;
import jp.yui.query.registry.FindCooperativeCertification;
import jp.yui.query.registry.MunicipalityRef;
import jp.yui.ui.MainLayout;
import jp.yui.ui.security.CurrentUser;
import jp.yui.ui.support.Dates;
import jp.yui.ui.support.Refusals;
import jp.yui.ui.support.SvgCharts;
import jp.yui.ui.support.YuiGateways;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Plan, reschedule or cancel an assignment, with a live preview of the effect on both caps and on the worker's hours
 * ({@link CapPreview}) before anything is sent. A refusal shows its rule and figures in Japanese above the form, and
 * every field keeps what the user typed.
 */
@Route(value = "assignment", layout = MainLayout.class)
@PageTitle("結 Yui")
@RolesAllowed("MANAGER")
@Menu(title = "views.menu.assignment", order = 30)
public class AssignmentView extends VerticalLayout implements BeforeEnterObserver {

    public enum Mode { PLAN, RESCHEDULE, CANCEL }

    /** An existing assignment as the plan read model shows it. */
    public record Existing(String assignmentId, String workerId, String workerName, String clientId, String clientName,
                           String work, LocalDate from, LocalDate to, Map<LocalDate, Integer> minutes,
                           Map<LocalDate, ClientClass> classes, long feePerHourYen, AssignmentKind kind) {
    }

    private final YuiGateways gateways;
    private final String cooperativeId;

    public final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    public final ComboBox<Existing> existing = new ComboBox<>();
    public final TextField assignmentId = new TextField();
    public final Select<AssignmentKind> kind = new Select<>();
    public final ComboBox<WorkerView> worker = new ComboBox<>();
    public final ComboBox<ClientView> client = new ComboBox<>();
    public final TextField work = new TextField();
    public final Select<WorkCategory> category = new Select<>();
    public final Select<MunicipalityRef> workplace = new Select<>();
    public final DatePicker from = new DatePicker();
    public final DatePicker to = new DatePicker();
    public final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    public final IntegerField minutesPerDay = new IntegerField();
    public final Checkbox exceptHolidays = new Checkbox();
    public final IntegerField feePerHour = new IntegerField();
    public final TextField reason = new TextField();
    public final Button submit = new Button();
    public final Div refusal = Refusals.area();
    public final Div preview = new Div();

    private YearPlan plan;
    private NonMemberRatio ratio;
    private final Map<String, Existing> existingById = new LinkedHashMap<>();
    private final Map<String, ClientView> clientsById = new HashMap<>();

    public AssignmentView(YuiGateways gateways) {
        this.gateways = gateways;
        this.cooperativeId = CurrentUser.require().cooperativeId();
        setId("assignment-view");
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("views.assignment.mode." + m.name()));
        mode.setValue(Mode.PLAN);
        mode.setId("assignment-mode");
        existing.setLabel(getTranslation("views.assignment.existing"));
        existing.setItemLabelGenerator(a -> a.assignmentId() + " — " + a.workerName() + " → " + a.clientName()
                + "（" + a.from() + "〜" + a.to() + "）");
        existing.setId("assignment-existing");
        existing.setWidth("40em");
        assignmentId.setLabel(getTranslation("views.assignment.id"));
        assignmentId.setValue("a-" + UUID.randomUUID().toString().substring(0, 8));
        assignmentId.setId("assignment-id");
        kind.setLabel(getTranslation("views.assignment.kind"));
        kind.setItems(AssignmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("views.kind." + k.name()));
        kind.setValue(AssignmentKind.DISPATCH);
        worker.setLabel(getTranslation("views.assignment.worker"));
        worker.setItemLabelGenerator(w -> w.name() + "（" + w.workerId() + "）");
        worker.setId("assignment-worker");
        client.setLabel(getTranslation("views.assignment.client"));
        client.setItemLabelGenerator(c -> c.name() + "（" + (en() ? c.classEn() : c.classJa()) + "）");
        client.setId("assignment-client");
        work.setLabel(getTranslation("views.assignment.work"));
        work.setId("assignment-work");
        category.setLabel(getTranslation("views.assignment.category"));
        category.setItems(WorkCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("views.category." + c.name()));
        category.setValue(WorkCategory.GENERAL);
        workplace.setLabel(getTranslation("views.assignment.workplace"));
        workplace.setItemLabelGenerator(m -> m.name() + "（" + m.code() + "）");
        workplace.setId("assignment-workplace");
        from.setLabel(getTranslation("views.assignment.from"));
        from.setId("assignment-from");
        to.setLabel(getTranslation("views.assignment.to"));
        to.setId("assignment-to");
        days.setLabel(getTranslation("views.assignment.days"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(d -> getTranslation("views.dow." + d.name()));
        days.setValue(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        days.setId("assignment-days");
        minutesPerDay.setLabel(getTranslation("views.assignment.minutesPerDay"));
        minutesPerDay.setValue(480);
        minutesPerDay.setStepButtonsVisible(true);
        minutesPerDay.setStep(30);
        minutesPerDay.setId("assignment-minutes");
        exceptHolidays.setLabel(getTranslation("views.assignment.exceptHolidays"));
        exceptHolidays.setValue(true);
        feePerHour.setLabel(getTranslation("views.assignment.fee"));
        feePerHour.setValue(1500);
        feePerHour.setId("assignment-fee");
        reason.setLabel(getTranslation("views.assignment.reason"));
        reason.setId("assignment-reason");
        submit.setText(getTranslation("views.assignment.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("assignment-submit");
        submit.addClickListener(e -> submit());
        preview.setId("assignment-preview");

        FormLayout form = new FormLayout(assignmentId, kind, worker, client, work, category, workplace, from, to,
                minutesPerDay, feePerHour, reason);
        form.add(days, 2);
        form.add(exceptHolidays);
        add(new H2(getTranslation("views.assignment.title")), mode, existing, refusal, form, submit,
                new H3(getTranslation("views.assignment.preview")), preview);

        loadReferenceData();
        mode.addValueChangeListener(e -> applyMode());
        existing.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                fillFrom(e.getValue());
            }
            updatePreview();
        });
        worker.addValueChangeListener(e -> updatePreview());
        client.addValueChangeListener(e -> updatePreview());
        from.addValueChangeListener(e -> {
            if (plan == null || e.getValue() != null && Dates.businessYearOf(e.getValue()) != plan.businessYear()) {
                loadYear(e.getValue() == null ? Dates.currentBusinessYear() : Dates.businessYearOf(e.getValue()));
            }
            updatePreview();
        });
        to.addValueChangeListener(e -> updatePreview());
        days.addValueChangeListener(e -> updatePreview());
        minutesPerDay.addValueChangeListener(e -> updatePreview());
        exceptHolidays.addValueChangeListener(e -> updatePreview());
        feePerHour.addValueChangeListener(e -> updatePreview());
        kind.addValueChangeListener(e -> updatePreview());
        applyMode();
    }

    private boolean en() {
        return getLocale() != null && "en".equals(getLocale().getLanguage());
    }

    private void loadReferenceData() {
        LocalDate today = Dates.today();
        try {
            worker.setItems(gateways.queryList(new FindWorkers(cooperativeId, today), WorkerView.class));
            List<ClientView> clients = gateways.queryList(new FindClients(cooperativeId, today), ClientView.class);
            clients.forEach(c -> clientsById.put(c.clientId(), c));
            client.setItems(clients);
            CooperativeCertificationView cert = gateways.queryOptional(
                    new FindCooperativeCertification(cooperativeId), CooperativeCertificationView.class).orElse(null);
            if (cert != null && cert.district() != null) {
                workplace.setItems(cert.district());
                if (!cert.district().isEmpty()) {
                    workplace.setValue(cert.district().get(0));
                }
            }
        } catch (RuntimeException e) {
            Refusals.show(refusal, e);
        }
        loadYear(Dates.currentBusinessYear());
    }

    private void loadYear(int businessYear) {
        try {
            plan = gateways.query(new FindYearPlan(cooperativeId, businessYear), YearPlan.class);
            ratio = gateways.query(new FindNonMemberRatio(cooperativeId, businessYear), NonMemberRatio.class);
        } catch (RuntimeException e) {
            Refusals.show(refusal, e);
            return;
        }
        existingById.clear();
        Map<String, Map<LocalDate, Integer>> minutes = new LinkedHashMap<>();
        Map<String, Map<LocalDate, ClientClass>> classes = new HashMap<>();
        Map<String, PlanDay> first = new LinkedHashMap<>();
        Map<String, WorkerYear> workerOf = new HashMap<>();
        for (WorkerYear w : plan.workers()) {
            for (PlanDay d : w.days()) {
                if (d.assignmentId() == null) {
                    continue;
                }
                first.putIfAbsent(d.assignmentId(), d);
                workerOf.putIfAbsent(d.assignmentId(), w);
                minutes.computeIfAbsent(d.assignmentId(), k -> new TreeMap<>()).merge(d.date(), d.projectedMinutes(),
                        Integer::sum);
                classes.computeIfAbsent(d.assignmentId(), k -> new HashMap<>()).put(d.date(), d.clientClass());
            }
        }
        for (Map.Entry<String, PlanDay> e : first.entrySet()) {
            TreeMap<LocalDate, Integer> m = (TreeMap<LocalDate, Integer>) minutes.get(e.getKey());
            PlanDay d = e.getValue();
            WorkerYear w = workerOf.get(e.getKey());
            existingById.put(e.getKey(), new Existing(e.getKey(), w.workerId(), w.name(), d.clientId(),
                    d.clientName() == null ? d.clientId() : d.clientName(), d.work(), m.firstKey(), m.lastKey(), m,
                    classes.get(e.getKey()), d.feePerHourYen(), d.kind()));
        }
        Existing selected = existing.getValue();
        existing.setItems(existingById.values());
        if (selected != null && existingById.containsKey(selected.assignmentId())) {
            existing.setValue(existingById.get(selected.assignmentId()));
        }
    }

    private void applyMode() {
        Mode m = mode.getValue();
        boolean planning = m == Mode.PLAN;
        existing.setVisible(!planning);
        assignmentId.setVisible(planning);
        kind.setReadOnly(!planning);
        worker.setReadOnly(!planning);
        client.setReadOnly(!planning);
        work.setReadOnly(!planning);
        category.setReadOnly(!planning);
        workplace.setReadOnly(!planning);
        feePerHour.setReadOnly(!planning);
        boolean cancel = m == Mode.CANCEL;
        from.setReadOnly(cancel);
        to.setReadOnly(cancel);
        days.setReadOnly(cancel);
        minutesPerDay.setReadOnly(cancel);
        exceptHolidays.setReadOnly(cancel);
        reason.setVisible(cancel);
        submit.setText(getTranslation("views.assignment.submit." + m.name()));
        updatePreview();
    }

    /** Puts an existing assignment into the form (its period and the weekly pattern it mostly has). */
    public void fillFrom(Existing a) {
        worker.getListDataView().getItems().filter(w -> w.workerId().equals(a.workerId())).findFirst()
                .ifPresent(worker::setValue);
        client.getListDataView().getItems().filter(c -> c.clientId().equals(a.clientId())).findFirst()
                .ifPresent(client::setValue);
        work.setValue(a.work() == null ? "" : a.work());
        feePerHour.setValue((int) a.feePerHourYen());
        kind.setValue(a.kind() == null ? AssignmentKind.DISPATCH : a.kind());
        from.setValue(a.from());
        to.setValue(a.to());
        Map<Integer, Integer> counts = new HashMap<>();
        Set<DayOfWeek> dows = EnumSet.noneOf(DayOfWeek.class);
        a.minutes().forEach((d, m) -> {
            if (m > 0) {
                counts.merge(m, 1, Integer::sum);
                dows.add(d.getDayOfWeek());
            }
        });
        counts.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(e -> minutesPerDay.setValue(e.getKey()));
        if (!dows.isEmpty()) {
            days.setValue(dows);
        }
    }

    /**
     * Opens an assignment (?assignment=id) or plans one for a worker and client (?worker=id&client=id&date=yyyy-mm-dd).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        String date = params.getOrDefault("date", List.of()).stream().findFirst().orElse(null);
        if (date != null) {
            try {
                LocalDate d = LocalDate.parse(date);
                if (plan == null || Dates.businessYearOf(d) != plan.businessYear()) {
                    loadYear(Dates.businessYearOf(d));
                }
                if (!params.containsKey("assignment")) {
                    from.setValue(d);
                    to.setValue(d);
                }
            } catch (RuntimeException ignored) {
                // a bad date in the address: leave the form as it is
            }
        }
        params.getOrDefault("assignment", List.of()).stream().findFirst().map(existingById::get).ifPresent(a -> {
            mode.setValue(Mode.RESCHEDULE);
            existing.setValue(a);
        });
        params.getOrDefault("worker", List.of()).stream().findFirst().ifPresent(id -> worker.getListDataView()
                .getItems().filter(w -> w.workerId().equals(id)).findFirst().ifPresent(worker::setValue));
        params.getOrDefault("client", List.of()).stream().findFirst().ifPresent(id -> client.getListDataView()
                .getItems().filter(c -> c.clientId().equals(id)).findFirst().ifPresent(client::setValue));
    }

    private Map<DayOfWeek, Integer> weekdayMinutes() {
        Map<DayOfWeek, Integer> m = new EnumMap<>(DayOfWeek.class);
        int minutes = minutesPerDay.getValue() == null ? 0 : minutesPerDay.getValue();
        for (DayOfWeek d : days.getValue()) {
            m.put(d, minutes);
        }
        return m;
    }

    private Set<LocalDate> holidays(LocalDate a, LocalDate b) {
        Set<LocalDate> out = new HashSet<>();
        if (a != null && b != null && !b.isBefore(a) && exceptHolidays.getValue()) {
            JapaneseHolidays.shared().between(a, b).forEach(h -> out.add(h.date()));
        }
        return out;
    }

    /**
     * The client's class on {@code day} without asking the read model once per day: a member on the days its
     * membership periods cover; on other days the non-member class it has today, or — for a member today — related
     * municipality for municipal bodies and other non-member for the rest (R-CAP: class per day).
     */
    private ClientClass classOn(String clientId, LocalDate day) {
        ClientView c = clientsById.get(clientId);
        if (c == null) {
            return null;
        }
        if (c.memberships() != null && c.memberships().stream().anyMatch(m -> m.covers(day))) {
            return ClientClass.MEMBER;
        }
        if (c.clientClass() != ClientClass.MEMBER) {
            return c.clientClass();
        }
        return c.kind() != null && c.kind().needsMunicipality() ? ClientClass.RELATED_MUNICIPALITY
                : ClientClass.OTHER_NON_MEMBER;
    }

    /** Recomputes the preview from the read models and the form. */
    public void updatePreview() {
        preview.removeAll();
        if (plan == null || ratio == null) {
            return;
        }
        boolean fees = ratio.capUnit() == CapUnit.FEES;
        UsageBreakdown p = ratio.projected();
        CapPreview.Figures before = fees
                ? new CapPreview.Figures(p.member().feesYen(), p.related().feesYen(), p.other().feesYen())
                : new CapPreview.Figures(p.member().minutes(), p.related().minutes(), p.other().minutes());
        List<CapPreview.Cap> caps = p.inCapUnit().caps().stream()
                .map((CapCheck c) -> new CapPreview.Cap(c.ruleId(), c.includesRelated(), c.capPercent())).toList();

        Mode m = mode.getValue();
        Existing old = m == Mode.PLAN ? null : existing.getValue();
        CapPreview.Figures removed = CapPreview.Figures.ZERO;
        Map<LocalDate, Integer> removedDays = Map.of();
        if (old != null && old.kind() != AssignmentKind.SECONDMENT) {
            for (Map.Entry<LocalDate, Integer> e : old.minutes().entrySet()) {
                removed = removed.plus(CapPreview.Figures.of(old.classes().get(e.getKey()),
                        CapPreview.amount(e.getValue(), old.feePerHourYen(), fees)));
            }
        }
        if (old != null) {
            removedDays = old.minutes();
        }
        Map<LocalDate, Integer> addedDays = Map.of();
        CapPreview.Figures added = CapPreview.Figures.ZERO;
        String clientId = old != null ? old.clientId() : client.getValue() == null ? null : client.getValue().clientId();
        long fee = old != null ? old.feePerHourYen() : feePerHour.getValue() == null ? 0 : feePerHour.getValue();
        if (m != Mode.CANCEL && from.getValue() != null && to.getValue() != null) {
            addedDays = CapPreview.days(from.getValue(), to.getValue(), weekdayMinutes(),
                    holidays(from.getValue(), to.getValue()), plan.firstDay(), plan.lastDay());
            boolean secondment = old != null ? old.kind() == AssignmentKind.SECONDMENT
                    : kind.getValue() == AssignmentKind.SECONDMENT;
            if (clientId != null && !secondment) {
                for (Map.Entry<LocalDate, Integer> e : addedDays.entrySet()) {
                    ClientClass cls = old != null && old.classes().containsKey(e.getKey())
                            ? old.classes().get(e.getKey()) : classOn(clientId, e.getKey());
                    added = added.plus(CapPreview.Figures.of(cls, CapPreview.amount(e.getValue(), fee, fees)));
                }
            }
        }
        CapPreview.Figures after = before.minus(removed).plus(added);
        List<CapPreview.CapOutcome> outcomes = CapPreview.caps(before, after, caps);

        UnorderedList list = new UnorderedList();
        list.setId("preview-caps");
        String unit = fees ? "円" : "h";
        list.add(new ListItem(getTranslation("views.preview.figures",
                amountText(before.member(), fees), amountText(before.related(), fees), amountText(before.other(), fees),
                amountText(after.member(), fees), amountText(after.related(), fees), amountText(after.other(), fees),
                unit)));
        for (CapPreview.CapOutcome o : outcomes) {
            ListItem li = new ListItem(getTranslation("views.preview.cap", o.cap().ruleId(),
                    o.cap().includesRelated() ? "O+R" : "O", o.cap().percent(), share(o.shareBefore()),
                    share(o.shareAfter()), amountText(o.headRoomAfter(), fees), unit,
                    getTranslation(o.wouldRefuse() ? "views.preview.refused"
                            : o.holdsAfter() ? "views.preview.ok" : "views.preview.above")));
            li.getStyle().set("color", o.wouldRefuse() ? SvgCharts.BREACH_COLOR
                    : SvgCharts.shareColor(o.shareAfter(), o.cap().percent()));
            list.add(li);
        }
        preview.add(list);

        WorkerView wv = old == null ? worker.getValue() : null;
        String workerId = old != null ? old.workerId() : wv == null ? null : wv.workerId();
        WorkerYear wy = workerId == null ? null
                : plan.workers().stream().filter(w -> w.workerId().equals(workerId)).findFirst().orElse(null);
        if (workerId != null) {
            Map<LocalDate, Integer> existingDays = new TreeMap<>();
            if (wy != null) {
                wy.days().forEach(d -> {
                    if (d.projectedMinutes() > 0) {
                        existingDays.merge(d.date(), d.projectedMinutes(), Integer::sum);
                    }
                });
            }
            OvertimeLimits l = plan.overtimeLimits();
            CapPreview.Limits limits = l == null ? new CapPreview.Limits(480, 2400, 480, 2700, 21600, plan.weekStartsOn())
                    : new CapPreview.Limits(l.dailyRegularMinutes(), l.weeklyRegularMinutes(), l.dailyPlanLimitMinutes(),
                    l.monthlyLimitMinutes(), l.yearlyLimitMinutes(), plan.weekStartsOn());
            CapPreview.WorkerOutcome w = CapPreview.worker(existingDays, removedDays, addedDays, limits);
            UnorderedList wl = new UnorderedList();
            wl.setId("preview-worker");
            wl.add(new ListItem(getTranslation("views.preview.workerYear", Dates.hours(w.yearMinutesBefore()),
                    Dates.hours(w.yearMinutesAfter()))));
            ListItem daily = new ListItem(getTranslation("views.preview.workerDay", Dates.hours(w.maxDayMinutes()),
                    w.maxDay() == null ? "-" : w.maxDay().toString(), Dates.hours(limits.dailyPlanLimitMinutes()),
                    w.daysOverDailyLimit()));
            if (w.daysOverDailyLimit() > 0) {
                daily.getStyle().set("color", SvgCharts.BREACH_COLOR);
            }
            wl.add(daily);
            ListItem ot = new ListItem(getTranslation("views.preview.workerOvertime",
                    Dates.hours(w.overtimeMinutesAfter()), Dates.hours(limits.yearlyLimitMinutes()),
                    Dates.hours(w.maxMonthOvertimeMinutes()),
                    w.maxOvertimeMonth() == null ? "-" : w.maxOvertimeMonth().toString(),
                    Dates.hours(limits.monthlyLimitMinutes())));
            if (w.monthlyLimitExceeded() || w.yearlyLimitExceeded()) {
                ot.getStyle().set("color", SvgCharts.BREACH_COLOR);
            }
            wl.add(ot);
            preview.add(wl);
        }
    }

    private static String share(double s) {
        return Double.isInfinite(s) ? "∞" : SvgCharts.fmt(s);
    }

    private static String amountText(long amount, boolean fees) {
        return fees ? SvgCharts.fmt(amount) : Dates.hours(amount);
    }

    /** Sends the command of the current mode; on refusal the form keeps every value. */
    public void submit() {
        Mode m = mode.getValue();
        try {
            Object command = switch (m) {
                case PLAN -> new PlanAssignment(cooperativeId, assignmentId.getValue(), kind.getValue(),
                        worker.getValue() == null ? null : worker.getValue().workerId(),
                        client.getValue() == null ? null : client.getValue().clientId(), work.getValue(),
                        category.getValue(), null, workplace.getValue() == null ? null : workplace.getValue().code(),
                        period(), pattern(), feePerHour.getValue() == null ? 0 : feePerHour.getValue());
                case RESCHEDULE -> new RescheduleAssignment(cooperativeId, selectedId(), period(), pattern());
                case CANCEL -> new CancelAssignment(cooperativeId, selectedId(), reason.getValue());
            };
            gateways.send(command);
        } catch (RuntimeException e) {
            Refusals.show(refusal, e);
            return;
        }
        Refusals.clear(refusal);
        Refusals.success(this, getTranslation("views.assignment.done." + m.name()));
        loadYear(plan == null ? Dates.currentBusinessYear() : plan.businessYear());
        if (m == Mode.PLAN) {
            assignmentId.setValue("a-" + UUID.randomUUID().toString().substring(0, 8));
        }
        updatePreview();
    }

    private String selectedId() {
        return existing.getValue() == null ? null : existing.getValue().assignmentId();
    }

    private Period period() {
        return from.getValue() == null || to.getValue() == null ? null : Period.of(from.getValue(), to.getValue());
    }

    private WorkPattern pattern() {
        Period period = period();
        if (period != null && period.wellFormed() && exceptHolidays.getValue()) {
            return WorkPattern.weeklyExceptHolidays(weekdayMinutes(), period);
        }
        return WorkPattern.weekly(weekdayMinutes());
    }
}
