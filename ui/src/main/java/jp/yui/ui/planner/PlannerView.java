package jp.yui.ui.planner;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jp.yui.command.api.CommandRefusedException;
import jp.yui.command.api.Period;
import jp.yui.command.api.RecordSeasonalJob;
import jp.yui.command.api.SeasonalJobTerms;
import jp.yui.command.api.WithdrawSeasonalJob;
import jp.yui.command.api.WorkCategory;
import jp.yui.query.jobs.FindSeasonalJobs;
import jp.yui.query.jobs.SeasonalJobView;
import jp.yui.query.people.ClientView;
import jp.yui.query.people.FindClients;
import jp.yui.query.security.YuiPrincipal;
import jp.yui.ui.MainLayout;
import jp.yui.ui.security.CurrentUser;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * 年間計画の自動作成 — the year-round planner for a cooperative's manager: the seasonal jobs (list, record, withdraw),
 * a planner run with its progress and current score (the UI polls), and the proposal as a board of workers × days
 * coloured by client (an SVG drawn on the server), with the Japanese score explanation; accept (the assignments are
 * planned through the command bus — the aggregate judges each) or discard.
 */
@Route(value = "planner", layout = MainLayout.class)
@PageTitle("年間計画の自動作成")
@Menu(title = "planner.menu", order = 50, icon = "vaadin:calendar-clock")
@RolesAllowed("MANAGER")
public class PlannerView extends VerticalLayout {

    static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
            "#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#17becf"};

    private final PlannerRuns runs;
    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final String cooperativeId;

    private final IntegerField year = new IntegerField();
    private final IntegerField seconds = new IntegerField();
    private final Grid<SeasonalJobView> jobs = new Grid<>(SeasonalJobView.class, false);
    private final Button start = new Button();
    private final Button stop = new Button();
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Span status = new Span();
    private final Div proposalArea = new Div();
    private String runId;
    private Registration poll;
    private int polls;

    public PlannerView(PlannerRuns runs, CommandGateway commandGateway, QueryGateway queryGateway) {
        this.runs = runs;
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.cooperativeId = CurrentUser.get().map(YuiPrincipal::cooperativeId).orElse("");
        setWidthFull();

        LocalDate today = LocalDate.now();
        year.setLabel(getTranslation("planner.year"));
        year.setValue(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1);
        year.setStepButtonsVisible(true);
        year.setId("planner-year");
        year.addValueChangeListener(e -> refreshJobs());
        seconds.setLabel(getTranslation("planner.seconds"));
        seconds.setValue(30);
        seconds.setMin(1);
        seconds.setMax(600);
        seconds.setId("planner-seconds");

        add(new H2(getTranslation("planner.title")), new Span(getTranslation("planner.intro")));
        add(new H3(getTranslation("planner.jobs")), jobsGrid(), jobForm());
        add(new H3(getTranslation("planner.run")), runBar(), proposalArea);
        proposalArea.setWidthFull();
        refreshJobs();
    }

    // ------------------------------------------------------------------ seasonal jobs

    private Grid<SeasonalJobView> jobsGrid() {
        jobs.setId("planner-jobs");
        jobs.addColumn(SeasonalJobView::jobId).setHeader(getTranslation("planner.job.id")).setAutoWidth(true);
        jobs.addColumn(SeasonalJobView::clientName).setHeader(getTranslation("planner.job.client")).setAutoWidth(true);
        jobs.addColumn(SeasonalJobView::work).setHeader(getTranslation("planner.job.work")).setAutoWidth(true);
        jobs.addColumn(j -> j.from() + "〜" + j.to()).setHeader(getTranslation("planner.job.period")).setAutoWidth(true);
        jobs.addColumn(j -> j.dates().isEmpty() ? days(j.weekdays()) : j.dates().size() + getTranslation("planner.job.dates"))
                .setHeader(getTranslation("planner.job.days"));
        jobs.addColumn(j -> j.minutesPerDay() / 60.0 + " h × " + j.headcount())
                .setHeader(getTranslation("planner.job.hours"));
        jobs.addColumn(j -> String.join("・", j.requiredSkills())).setHeader(getTranslation("planner.job.skills"));
        jobs.addComponentColumn(j -> {
            Button w = new Button(getTranslation("planner.job.withdraw"), e -> send(new WithdrawSeasonalJob(cooperativeId,
                    j.jobId(), null), "planner.job.withdrawn"));
            w.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return w;
        });
        jobs.setAllRowsVisible(true);
        return jobs;
    }

    private String days(Set<DayOfWeek> days) {
        Locale l = getLocale() == null ? Locale.JAPANESE : getLocale();
        return new TreeSet<>(days).stream().map(d -> d.getDisplayName(TextStyle.SHORT, l)).collect(Collectors.joining(""));
    }

    private FormLayout jobForm() {
        TextField jobId = new TextField(getTranslation("planner.job.id"));
        ComboBox<ClientView> client = new ComboBox<>(getTranslation("planner.job.client"));
        client.setItems(clients());
        client.setItemLabelGenerator(c -> c.name() + "（" + c.classJa() + "）");
        TextField work = new TextField(getTranslation("planner.job.work"));
        TextField workplace = new TextField(getTranslation("planner.job.workplace"));
        workplace.setHelperText(getTranslation("planner.job.workplace.help"));
        DatePicker from = new DatePicker(getTranslation("planner.job.from"));
        DatePicker to = new DatePicker(getTranslation("planner.job.to"));
        CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>(getTranslation("planner.job.days"));
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, getLocale() == null ? Locale.JAPANESE : getLocale()));
        weekdays.setValue(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        Checkbox holidaysOff = new Checkbox(getTranslation("planner.job.holidaysOff"), true);
        IntegerField hours = new IntegerField(getTranslation("planner.job.hoursPerDay"));
        hours.setValue(8);
        IntegerField headcount = new IntegerField(getTranslation("planner.job.headcount"));
        headcount.setValue(1);
        TextField skills = new TextField(getTranslation("planner.job.skills"));
        skills.setHelperText(getTranslation("planner.job.skills.help"));
        IntegerField fee = new IntegerField(getTranslation("planner.job.fee"));
        fee.setValue(1100);
        Button record = new Button(getTranslation("planner.job.record"), e -> {
            if (client.getValue() == null || from.getValue() == null || to.getValue() == null) {
                Notification.show(getTranslation("planner.job.incomplete")).addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            Set<String> skillSet = Arrays.stream(skills.getValue().split("[,、，]")).map(String::strip)
                    .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
            SeasonalJobTerms terms = new SeasonalJobTerms(client.getValue().clientId(), work.getValue(),
                    WorkCategory.GENERAL, null, workplace.getValue().strip(), new Period(from.getValue(), to.getValue()),
                    weekdays.getValue(), Set.of(), holidaysOff.getValue(),
                    hours.getValue() == null ? 0 : hours.getValue() * 60,
                    headcount.getValue() == null ? 0 : headcount.getValue(), skillSet,
                    fee.getValue() == null ? 0 : fee.getValue());
            send(new RecordSeasonalJob(cooperativeId, jobId.getValue().strip(), terms), "planner.job.recorded");
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("planner-record-job");
        FormLayout form = new FormLayout(jobId, client, work, workplace, from, to, weekdays, holidaysOff, hours,
                headcount, skills, fee, record);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        return form;
    }

    private List<ClientView> clients() {
        try {
            return queryGateway.query(new FindClients(cooperativeId, LocalDate.now()),
                    ResponseTypes.multipleInstancesOf(ClientView.class)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return List.of();
        }
    }

    private void refreshJobs() {
        try {
            jobs.setItems(queryGateway.query(new FindSeasonalJobs(cooperativeId, year.getValue(), false),
                    ResponseTypes.multipleInstancesOf(SeasonalJobView.class)).get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            jobs.setItems(List.of());
        }
    }

    private void send(Object command, String okKey) {
        try {
            commandGateway.sendAndWait(command);
            Notification.show(getTranslation(okKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refreshJobs(); // the read model follows asynchronously; the poll refreshes the list again
        } catch (CommandRefusedException e) {
            error(e);
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof CommandRefusedException r) {
                error(r);
            } else {
                Notification.show(String.valueOf(e.getMessage())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }

    private void error(CommandRefusedException e) {
        boolean en = getLocale() != null && getLocale().getLanguage().equals("en");
        Notification n = Notification.show(en ? e.messageEn() : e.messageJa());
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setDuration(8000);
    }

    // ------------------------------------------------------------------ run

    private HorizontalLayout runBar() {
        start.setText(getTranslation("planner.start"));
        start.setId("planner-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> {
            try {
                PlannerRuns.RunInfo run = runs.start(cooperativeId, year.getValue(), seconds.getValue() == null ? 30
                        : seconds.getValue());
                runId = run.runId();
                proposalArea.removeAll();
                show(run);
            } catch (RuntimeException ex) {
                Notification.show(String.valueOf(ex.getMessage())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        stop.setText(getTranslation("planner.stop"));
        stop.setId("planner-stop");
        stop.setEnabled(false);
        stop.addClickListener(e -> {
            if (runId != null) {
                show(runs.stop(cooperativeId, runId));
            }
        });
        progress.setWidth("240px");
        status.setId("planner-status");
        HorizontalLayout bar = new HorizontalLayout(year, seconds, start, stop, progress, status);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        bar.setWidthFull();
        bar.expand(status);
        return bar;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ui.setPollInterval(1000);
        poll = ui.addPollListener(e -> {
            if (++polls % 5 == 0) {
                refreshJobs();
            }
            if (runId != null) {
                runs.find(cooperativeId, runId).ifPresent(this::show);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (poll != null) {
            poll.remove();
        }
        detachEvent.getUI().setPollInterval(-1);
    }

    private PlannerRuns.Status shown;

    private void show(PlannerRuns.RunInfo run) {
        progress.setValue(run.progressPercent());
        String score = run.score() == null ? "—" : run.score();
        status.setText(getTranslation("planner.status." + run.status().name()) + " ・ "
                + getTranslation("planner.score") + " " + score + (run.feasible() ? " ✓" : "")
                + (run.message() == null ? "" : " ・ " + run.message()));
        boolean solving = run.status() == PlannerRuns.Status.SOLVING || run.status() == PlannerRuns.Status.STOPPING;
        stop.setEnabled(solving);
        start.setEnabled(!solving);
        if (run.status() == PlannerRuns.Status.PROPOSED && shown != PlannerRuns.Status.PROPOSED) {
            runs.proposal(cooperativeId, run.runId()).ifPresent(this::showProposal);
        }
        shown = run.status();
    }

    // ------------------------------------------------------------------ proposal board

    private void showProposal(PlannerRuns.ProposalInfo p) {
        proposalArea.removeAll();
        Span summary = new Span(getTranslation("planner.proposal.summary", p.items().size(), p.score(),
                p.coveragePercent(), p.memberCoveragePercent(), p.idleDaysPerWorker()));
        summary.setId("planner-summary");
        UnorderedList explanation = new UnorderedList();
        p.explanationJa().forEach(t -> explanation.add(new ListItem(t)));
        p.leftOut().forEach(t -> explanation.add(new ListItem(getTranslation("planner.proposal.leftOut") + " " + t)));
        Button acceptNow = new Button(getTranslation("planner.accept"), e -> {
            try {
                PlannerRuns.AcceptResult r = runs.accept(cooperativeId, p.runId());
                Notification n = Notification.show(getTranslation("planner.accepted", r.planned(), r.refused().size()));
                n.addThemeVariants(r.refused().isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
                proposalArea.removeAll();
            } catch (RuntimeException ex) {
                Notification.show(String.valueOf(ex.getMessage())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        acceptNow.setId("planner-accept");
        acceptNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        acceptNow.setEnabled(!p.items().isEmpty());
        Button discardNow = new Button(getTranslation("planner.discard"), e -> {
            runs.discard(cooperativeId, p.runId());
            runId = null;
            proposalArea.removeAll();
            status.setText(getTranslation("planner.status.DISCARDED"));
            progress.setValue(0);
            start.setEnabled(true);
        });
        discardNow.setId("planner-discard");
        discardNow.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div board = new Div(board(p));
        board.getStyle().set("overflow-x", "auto");
        board.setWidthFull();
        proposalArea.add(new H3(getTranslation("planner.proposal")), summary, board, legend(p), explanation,
                new HorizontalLayout(acceptNow, discardNow));
    }

    private static Map<String, String> colours(PlannerRuns.ProposalInfo p) {
        Map<String, String> out = new LinkedHashMap<>();
        p.items().stream().map(PlannerRuns.Item::clientName).distinct().sorted()
                .forEach(c -> out.put(c, PALETTE[out.size() % PALETTE.length]));
        return out;
    }

    /** Workers × days, each proposed day coloured by client; drawn as one SVG on the server. */
    static Svg board(PlannerRuns.ProposalInfo p) {
        if (p.items().isEmpty()) {
            return new Svg("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'></svg>");
        }
        LocalDate first = p.items().stream().map(PlannerRuns.Item::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = p.items().stream().map(PlannerRuns.Item::to).max(LocalDate::compareTo).orElseThrow();
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        List<String> workers = p.items().stream().map(i -> i.workerName() + "\u0000" + i.workerId()).distinct().sorted()
                .toList();
        Map<String, String> colour = colours(p);
        int cell = 4;
        int label = 110;
        int row = 18;
        int width = label + days * cell + 10;
        int height = 24 + workers.size() * row;
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' width='" + width + "' height='"
                + height + "' font-size='11' font-family='sans-serif'>");
        for (LocalDate m = first.withDayOfMonth(1); !m.isAfter(last); m = m.plusMonths(1)) {
            int x = label + (int) Math.max(0, ChronoUnit.DAYS.between(first, m)) * cell;
            svg.append("<line x1='").append(x).append("' y1='14' x2='").append(x).append("' y2='").append(height)
                    .append("' stroke='#ccc'/><text x='").append(x + 2).append("' y='12'>").append(m.getMonthValue())
                    .append("月</text>");
        }
        for (int r = 0; r < workers.size(); r++) {
            String[] w = workers.get(r).split("\u0000");
            int y = 20 + r * row;
            svg.append("<text x='2' y='").append(y + 12).append("'>").append(escape(w[0])).append("</text>");
            for (PlannerRuns.Item item : p.items()) {
                if (!item.workerId().equals(w[1])) {
                    continue;
                }
                for (LocalDate d : item.days()) {
                    int x = label + (int) ChronoUnit.DAYS.between(first, d) * cell;
                    svg.append("<rect x='").append(x).append("' y='").append(y).append("' width='").append(cell)
                            .append("' height='").append(row - 4).append("' fill='")
                            .append(colour.get(item.clientName())).append("'><title>").append(d).append(' ')
                            .append(escape(item.clientName())).append(' ').append(escape(item.work()))
                            .append("</title></rect>");
                }
            }
        }
        return new Svg(svg.append("</svg>").toString());
    }

    private static Div legend(PlannerRuns.ProposalInfo p) {
        Div legend = new Div();
        legend.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                LumoUtility.FontSize.SMALL);
        colours(p).forEach((client, c) -> {
            Span swatch = new Span();
            swatch.getStyle().set("display", "inline-block").set("width", "12px").set("height", "12px")
                    .set("background", c).set("margin-right", "4px");
            legend.add(new Span(swatch, new Span(client)));
        });
        return legend;
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
