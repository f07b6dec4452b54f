package jp.yui.deploy.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.ClientKind;
import jp.yui.deploy.demo.DemoDataLoader;
import jp.yui.deploy.support.YuiIntegrationTest;
import jp.yui.query.export.CsvEncoding;
import jp.yui.query.people.ClientView;
import jp.yui.query.people.FindClients;
import jp.yui.query.people.FindMembers;
import jp.yui.query.people.FindWorkers;
import jp.yui.query.people.MemberView;
import jp.yui.query.people.WorkerView;
import jp.yui.query.plan.FindWorkerYear;
import jp.yui.query.plan.FindYearPlan;
import jp.yui.query.plan.PlanDay;
import jp.yui.query.plan.WorkerYear;
import jp.yui.query.plan.YearPlan;
import jp.yui.query.ratio.CapCheck;
import jp.yui.query.ratio.FindNonMemberRatio;
import jp.yui.query.ratio.NonMemberRatio;
import jp.yui.query.security.YuiPrincipal;
import jp.yui.ui.HomeView;
import jp.yui.ui.admin.ReplayView;
import jp.yui.ui.manager.ActualHoursView;
import jp.yui.ui.manager.AssignmentView;
import jp.yui.ui.manager.DashboardView;
import jp.yui.ui.manager.LedgerView;
import jp.yui.ui.manager.MembersView;
import jp.yui.ui.manager.PlanBoardLayout;
import jp.yui.ui.manager.PlanBoardView;
import jp.yui.ui.manager.WorkersView;
import jp.yui.ui.manager.YearCloseView;
import jp.yui.ui.municipality.MunicipalityView;
import jp.yui.ui.prefecture.AsOfView;
import jp.yui.ui.prefecture.AuditView;
import jp.yui.ui.prefecture.RegistryView;
import jp.yui.ui.support.SvgCharts;
import jp.yui.ui.support.YuiGateways;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The views on the real application (Spring context, Axon, PostgreSQL, the demo cooperative "dozen"), driven with
 * Karibu-Testing as a signed-in user of each role.
 */
@YuiIntegrationTest
class ViewsIntegrationTest {

    static final String DOZEN = DemoDataLoader.COOPERATIVE_ID;
    static final YuiPrincipal MANAGER = YuiPrincipal.manager("manager", "島前の事務局", DOZEN);
    static final YuiPrincipal AMA = YuiPrincipal.municipality("ama", "海士町", "325252");
    static final YuiPrincipal SHIMANE = YuiPrincipal.prefecture("shimane", "島根県", "32");
    static final int YEAR = 2026;

    @Autowired
    ApplicationContext context;
    @Autowired
    YuiGateways gateways;

    void signIn(YuiPrincipal principal) {
        Authentication auth = new UsernamePasswordAuthenticationToken(principal, null,
                List.of(new SimpleGrantedAuthority(principal.role().authority())));
        SecurityContextHolder.getContext().setAuthentication(auth);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(auth);
            request.setUserInRole((p, role) -> auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role) || a.getAuthority().equals(role)));
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes().autoDiscoverViews("jp.yui"), context,
                uiFactory));
        // Japanese, as the application picks for a browser that does not ask for English
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.JAPANESE);
        UI.getCurrent().setLocale(java.util.Locale.JAPANESE);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    static void await(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < end) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // not there yet
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    /** The demo year is projected (plan and ratio read models have it). */
    NonMemberRatio demoYear() {
        await("the demo year in the read models", () -> {
            NonMemberRatio r = gateways.query(new FindNonMemberRatio(DOZEN, YEAR), NonMemberRatio.class);
            YearPlan p = gateways.query(new FindYearPlan(DOZEN, YEAR), YearPlan.class);
            return r.projected().member().minutes() > 0 && p.workers().stream().anyMatch(w -> !w.days().isEmpty());
        });
        return gateways.query(new FindNonMemberRatio(DOZEN, YEAR), NonMemberRatio.class);
    }

    static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void homeSendsEachRoleToItsMainView() {
        signIn(MANAGER);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(DashboardView.class);
        tearDown();
        signIn(AMA);
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(MunicipalityView.class);
        tearDown();
        signIn(YuiPrincipal.administrator("admin", "管理者"));
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(ReplayView.class);
    }

    @Test
    void dashboardShowsBothCapsWithTheRealFigures() {
        signIn(MANAGER);
        NonMemberRatio ratio = demoYear();
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView view = _get(DashboardView.class);
        view.refresh();
        List<CapCheck> caps = ratio.projected().inCapUnit().caps();
        assertThat(caps).hasSize(2); // R-CAP-2: O ≤ 20 %, O + R ≤ 50 %
        for (int i = 0; i < caps.size(); i++) {
            int index = i;
            Html gauge = _get(Html.class, s -> s.withId("cap-gauge-" + index));
            assertThat(gauge.getInnerHtml()).contains(SvgCharts.fmt(caps.get(i).sharePercent().doubleValue()) + " %")
                    .contains("上限 " + caps.get(i).capPercent() + " %").contains(caps.get(i).ruleId());
        }
        assertThat(text(_get(Div.class, s -> s.withId("dashboard-caps")))).contains("あと受けられる時間");
        assertThat(_get(Html.class, s -> s.withId("usage-bars")).getInnerHtml()).contains("組合員");
        assertThat(text(_get(com.vaadin.flow.component.html.UnorderedList.class,
                s -> s.withId("dashboard-warnings")))).isNotBlank();
    }

    @Test
    void planBoardRendersTheDemoYearAndOpensAnAssignment() {
        signIn(MANAGER);
        demoYear();
        UI.getCurrent().navigate(PlanBoardView.class);
        PlanBoardView view = _get(PlanBoardView.class);
        view.refresh();
        PlanBoardLayout.Board board = view.layout();
        assertThat(board.columns()).hasSize(365);
        assertThat(board.workerIds()).contains("w1", "w2");
        assertThat(board.cells()).isNotEmpty();
        Div div = _get(Div.class, s -> s.withId("plan-board"));
        assertThat(((Html) div.getChildren().findFirst().orElseThrow()).getInnerHtml()).contains("data-assignment=");

        PlanBoardLayout.Cell cell = board.cells().get(0);
        view.open(cell.workerId(), cell.assignmentId(), cell.date().toString());
        AssignmentView form = _get(AssignmentView.class);
        assertThat(form.mode.getValue()).isEqualTo(AssignmentView.Mode.RESCHEDULE);
        assertThat(form.existing.getValue().assignmentId()).isEqualTo(cell.assignmentId());
        assertThat(text(form.preview)).contains("R-CAP");
    }

    @Test
    void assignmentRefusalShowsTheRuleAndKeepsTheInputThenAWritePathPlans() {
        signIn(MANAGER);
        demoYear();
        UI.getCurrent().navigate(AssignmentView.class);
        AssignmentView form = _get(AssignmentView.class);
        WorkerView w7 = form.worker.getListDataView().getItems().filter(w -> w.workerId().equals("w7")).findFirst()
                .orElseThrow();
        ClientView setnet = form.client.getListDataView().getItems().filter(c -> c.clientId().equals("setnet"))
                .findFirst().orElseThrow();
        form.worker.setValue(w7);
        form.client.setValue(setnet);
        form.work.setValue("定置網の補助（試験）");
        form.from.setValue(LocalDate.of(2027, 1, 12));
        form.to.setValue(LocalDate.of(2027, 1, 15));
        form.days.setValue(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        form.minutesPerDay.setValue(420);
        assertThat(text(form.preview)).contains("R-CAP-2").contains("組合員");
        String id = form.assignmentId.getValue();

        _click(form.submit);

        assertThat(form.refusal.isVisible()).isTrue();
        assertThat(form.refusal.getId()).contains("refusal-message");
        assertThat(text(form.refusal)).startsWith("R-WORK-1");
        // everything typed is still there
        assertThat(form.worker.getValue().workerId()).isEqualTo("w7");
        assertThat(form.client.getValue().clientId()).isEqualTo("setnet");
        assertThat(form.work.getValue()).isEqualTo("定置網の補助（試験）");
        assertThat(form.from.getValue()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(form.minutesPerDay.getValue()).isEqualTo(420);
        assertThat(form.assignmentId.getValue()).isEqualTo(id);

        // the write path: a worker hired in the workers view is planned for a member
        String workerId = "ui-" + UUID.randomUUID().toString().substring(0, 6);
        UI.getCurrent().navigate(WorkersView.class);
        WorkersView workers = _get(WorkersView.class);
        workers.hireId.setValue(workerId);
        workers.hireName.setValue("画面 試験");
        workers.hireBirth.setValue(LocalDate.of(1996, 6, 1));
        workers.hireOn.setValue(LocalDate.of(2026, 11, 1));
        workers.hireType.setValue(EmploymentType.INDEFINITE);
        workers.hireHome.setValue("325252");
        _click(workers.hire);
        assertThat(workers.refusal.isVisible()).as(text(workers.refusal)).isFalse();
        await("the hired worker", () -> gateways.queryList(new FindWorkers(DOZEN, LocalDate.of(2026, 12, 1)),
                WorkerView.class).stream().anyMatch(w -> w.workerId().equals(workerId)));

        UI.getCurrent().navigate(AssignmentView.class);
        AssignmentView plan = _get(AssignmentView.class);
        plan.worker.setValue(plan.worker.getListDataView().getItems().filter(w -> w.workerId().equals(workerId))
                .findFirst().orElseThrow());
        plan.client.setValue(plan.client.getListDataView().getItems().filter(c -> c.clientId().equals("process"))
                .findFirst().orElseThrow());
        plan.work.setValue("水産加工（試験）");
        plan.from.setValue(LocalDate.of(2027, 1, 12));
        plan.to.setValue(LocalDate.of(2027, 1, 13));
        plan.days.setValue(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY));
        plan.minutesPerDay.setValue(360);
        assertThat(text(plan.preview)).contains("0.0 時間 → 12.0 時間");
        String assignmentId = plan.assignmentId.getValue();
        _click(plan.submit);
        assertThat(plan.refusal.isVisible()).as(text(plan.refusal)).isFalse();
        await("the planned assignment", () -> gateways.query(new FindWorkerYear(DOZEN, workerId, YEAR),
                WorkerYear.class).days().stream().anyMatch(d -> assignmentId.equals(d.assignmentId())));
    }

    @Test
    void actualHoursGridSaves() {
        signIn(MANAGER);
        demoYear();
        YearMonth october = YearMonth.of(2026, 10);
        YearPlan plan = gateways.query(new FindYearPlan(DOZEN, YEAR), YearPlan.class);
        WorkerYear worker = plan.workers().stream().filter(w -> w.days().stream().anyMatch(d ->
                d.assignmentId() != null && YearMonth.from(d.date()).equals(october) && d.plannedMinutes() > 0))
                .findFirst().orElseThrow();
        UI.getCurrent().navigate(ActualHoursView.class);
        ActualHoursView view = _get(ActualHoursView.class);
        view.worker.setValue(view.worker.getListDataView().getItems()
                .filter(w -> w.workerId().equals(worker.workerId())).findFirst().orElseThrow());
        view.month.setValue(october);
        assertThat(view.rows()).isNotEmpty();
        assertThat(GridKt._size(view.grid)).isEqualTo(view.rows().size());
        _click(view.fillPlanned);
        ActualHoursView.Row first = view.rows().get(0);
        first.actual().setValue(first.day().plannedMinutes() - 30);
        _click(view.save);
        assertThat(view.refusal.isVisible()).as(text(view.refusal)).isFalse();
        PlanDay day = first.day();
        await("the actual hours", () -> gateways.query(new FindWorkerYear(DOZEN, worker.workerId(), YEAR),
                WorkerYear.class).days().stream().anyMatch(d -> d.date().equals(day.date())
                && day.assignmentId().equals(d.assignmentId()) && d.actualMinutes() != null
                && d.actualMinutes() == day.plannedMinutes() - 30));
    }

    @Test
    void membersFormsCreate() {
        signIn(MANAGER);
        demoYear();
        UI.getCurrent().navigate(MembersView.class);
        MembersView view = _get(MembersView.class);
        assertThat(GridKt._size(view.members)).isGreaterThanOrEqualTo(10);
        String member = "ui-m-" + UUID.randomUUID().toString().substring(0, 6);
        view.admitId.setValue(member);
        view.admitName.setValue("株式会社 画面試験");
        view.admitIndustry.setValue("小売業");
        view.admitJoined.setValue(LocalDate.of(2026, 11, 1));
        _click(view.admit);
        assertThat(view.refusal.isVisible()).as(text(view.refusal)).isFalse();
        String client = "ui-c-" + UUID.randomUUID().toString().substring(0, 6);
        view.clientId.setValue(client);
        view.clientName.setValue("観光協会（試験）");
        view.clientKind.setValue(ClientKind.BUSINESS);
        _click(view.register);
        assertThat(view.refusal.isVisible()).as(text(view.refusal)).isFalse();
        await("the new member and client", () ->
                gateways.queryList(new FindMembers(DOZEN, LocalDate.of(2026, 12, 1)), MemberView.class).stream()
                        .anyMatch(m -> m.clientId().equals(member))
                        && gateways.queryList(new FindClients(DOZEN, LocalDate.of(2026, 12, 1)), ClientView.class)
                        .stream().anyMatch(c -> c.clientId().equals(client)));

        // a refusal keeps the form: an unknown municipality code
        view.clientId.setValue("ui-bad");
        view.clientName.setValue("どこかの町");
        view.clientKind.setValue(ClientKind.MUNICIPALITY);
        view.clientMunicipality.setValue("999999");
        _click(view.register);
        assertThat(view.refusal.isVisible()).isTrue();
        assertThat(view.clientMunicipality.getValue()).isEqualTo("999999");
    }

    @Test
    void ledgerListsAndExports() {
        signIn(MANAGER);
        demoYear();
        UI.getCurrent().navigate(LedgerView.class);
        LedgerView view = _get(LedgerView.class);
        await("ledger rows", () -> {
            view.refresh();
            return GridKt._size(view.grid) > 0;
        });
        byte[] csv = view.csv(null, CsvEncoding.UTF8_BOM);
        assertThat(csv.length).isGreaterThan(100);
        assertThat(csv[0]).isEqualTo((byte) 0xEF); // BOM
        assertThat(view.csvLink().getHref()).isNotBlank();
    }

    @Test
    void yearCloseAndReopen() {
        signIn(MANAGER);
        demoYear();
        UI.getCurrent().navigate(YearCloseView.class);
        YearCloseView view = _get(YearCloseView.class);
        view.year.setValue(2025);
        _click(view.close);
        assertThat(view.refusal.isVisible()).as(text(view.refusal)).isFalse();
        await("the closed year", () -> {
            view.refresh();
            return view.reopen.isEnabled();
        });
        assertThat(text(view.summary)).contains("締め済み");
        view.reason.setValue("画面の試験");
        _click(view.reopen);
        assertThat(view.refusal.isVisible()).as(text(view.refusal)).isFalse();
    }

    @Test
    void municipalitySeesRatiosAndSubsidy() {
        signIn(AMA);
        demoYear();
        UI.getCurrent().navigate(MunicipalityView.class);
        MunicipalityView view = _get(MunicipalityView.class);
        view.refresh();
        assertThat(_get(Html.class, s -> s.withId("ratio-chart-" + DOZEN)).getInnerHtml()).contains("<polyline")
                .contains("R-CAP-2");
        assertThat(GridKt._size(view.subsidy)).isGreaterThanOrEqualTo(1);
        assertThat(view.subsidyTotals.getText()).contains("¥");
    }

    @Test
    void prefectureSeesRegistryAsOfAndAudit() {
        signIn(SHIMANE);
        demoYear();
        UI.getCurrent().navigate(RegistryView.class);
        RegistryView registry = _get(RegistryView.class);
        assertThat(GridKt._size(registry.grid)).isGreaterThanOrEqualTo(1);
        assertThat(GridKt._get(registry.grid, 0).certificationNumber()).isNotBlank();

        UI.getCurrent().navigate(AsOfView.class);
        AsOfView asOf = _get(AsOfView.class);
        asOf.cooperative.setValue(asOf.cooperative.getListDataView().getItems()
                .filter(c -> c.cooperativeId().equals(DOZEN)).findFirst().orElseThrow());
        // folded from the events recorded up to that day: the demo data were recorded today
        LocalDate today = jp.yui.ui.support.Dates.today();
        asOf.date.setValue(today);
        _click(asOf.show);
        assertThat(text(asOf.result)).contains("島前マルチワーク事業協同組合")
                .contains(jp.yui.query.export.Wareki.format(today)).contains("組合員");

        UI.getCurrent().navigate(AuditView.class);
        AuditView audit = _get(AuditView.class);
        // one cooperative at a time, the first of the prefecture preselected; choose the demo cooperative
        assertThat(audit.cooperative.getValue()).isNotNull();
        audit.cooperative.setValue(audit.cooperative.getListDataView().getItems()
                .filter(c -> c.cooperativeId().equals(DOZEN)).findFirst().orElseThrow());
        audit.refresh();
        assertThat(audit.total).isGreaterThan(0);
        assertThat(GridKt._size(audit.grid)).isBetween(1, 50);
        audit.user.setValue(DemoDataLoader.USER);
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("audit-search")));
        assertThat(GridKt._get(audit.grid, 0).userId()).isEqualTo(DemoDataLoader.USER);
    }

    @Test
    void prefectureDialogShowsARefusalAndStaysOpen() {
        signIn(SHIMANE);
        demoYear();
        UI.getCurrent().navigate(RegistryView.class);
        RegistryView registry = _get(RegistryView.class);
        var dozen = registry.grid.getListDataView().getItems().filter(r -> r.cooperativeId().equals(DOZEN))
                .findFirst().orElseThrow();
        registry.openRenew(dozen);
        com.vaadin.flow.component.datepicker.DatePicker decided = _get(
                com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("dialog-date"));
        decided.setValue(LocalDate.of(2040, 1, 1)); // after the current term: refused
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("dialog-confirm")));
        assertThat(registry.dialog.isOpened()).isTrue();
        Div refusal = _get(registry.dialog, Div.class, s -> s.withId("refusal-message"));
        assertThat(text(refusal)).contains("入力に誤りがあります").contains("decidedOn").contains("有効期間中");
        assertThat(decided.getValue()).isEqualTo(LocalDate.of(2040, 1, 1));
    }

    @Test
    void aMunicipalityCannotOpenTheManagerScreensAndTheAdministratorSeesReplay() {
        signIn(AMA);
        try {
            UI.getCurrent().navigate(DashboardView.class);
        } catch (RuntimeException refused) {
            // Karibu's error view rejects the navigation loudly: the dashboard was not opened either
        }
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(DashboardView.class::isInstance);
        tearDown();
        signIn(YuiPrincipal.administrator("admin", "管理者"));
        UI.getCurrent().navigate(ReplayView.class);
        ReplayView replay = _get(ReplayView.class);
        assertThat(replay.bar.getValue()).isBetween(0.0, 1.0);
        assertThat(replay.status.getText()).isNotBlank();
        assertThat(GridKt._size(replay.processors)).isGreaterThan(0);
        // each of Yui's processors says which read models it builds (the light ones share "records")
        assertThat(replay.readModels("records")).contains("員外利用比率").contains("派遣元管理台帳");
        assertThat(replay.readModels("plan")).contains("年間就業計画");
        assertThat(replay.readModels("some-later-processor")).isEmpty();
        List<String> rows = new java.util.ArrayList<>();
        for (int i = 0; i < GridKt._size(replay.processors); i++) {
            rows.add(String.join(" | ", GridKt._getFormattedRow(replay.processors, i)));
        }
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("records | ").contains("認定台帳"));
    }
}
