package jp.yui.command.cooperative;

import static jp.yui.command.cooperative.Demo.AMA;
import static jp.yui.command.cooperative.Demo.CHIBU;
import static jp.yui.command.cooperative.Demo.COOP;
import static jp.yui.command.cooperative.Demo.NISHINOSHIMA;
import static jp.yui.command.cooperative.Demo.OKINOSHIMA;
import static jp.yui.command.cooperative.RuleTestSupport.actuals;
import static jp.yui.command.cooperative.RuleTestSupport.as;
import static jp.yui.command.cooperative.RuleTestSupport.date;
import static jp.yui.command.cooperative.RuleTestSupport.history;
import static jp.yui.command.cooperative.RuleTestSupport.minutesOnDays;
import static jp.yui.command.cooperative.RuleTestSupport.planDays;
import static jp.yui.command.cooperative.RuleTestSupport.planned;
import static jp.yui.command.cooperative.RuleTestSupport.withWorkplace;
import static org.hamcrest.Matchers.containsString;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yui.command.api.AssignmentCancelled;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertificationLapsed;
import jp.yui.command.api.CertificationRenewed;
import jp.yui.command.api.CertificationRevoked;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.CertifyDistrictChange;
import jp.yui.command.api.CooperativeCertified;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.DistrictChangeCertified;
import jp.yui.command.api.LapseCertification;
import jp.yui.command.api.LapseReason;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RecordActualHours;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.command.api.RenewCertification;
import jp.yui.command.api.RevocationGround;
import jp.yui.command.api.RevokeCertification;
import jp.yui.command.api.RuleViolationException;
import jp.yui.command.api.WorkCategory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Certification: R-CERT-1 (valid on every day), R-CERT-3 (lapse and revocation), R-CERT-4 (one prefecture). */
class CertificationRulesTest {

    /** 千代田区, Tokyo — a real municipality in another prefecture. */
    private static final String CHIYODA = "131016";
    /** 鳥取市, Tottori — a real municipality in another prefecture. */
    private static final String TOTTORI = "312011";

    private AggregateTestFixture<Cooperative> fixture;

    @BeforeEach
    void setUp() {
        fixture = Demo.fixture();
    }

    // ------------------------------------------------------------------ R-CERT-1

    @Test
    @DisplayName("R-CERT-1 accepted: certified 2021-06-01 → valid through 2031-05-31 (10 years)")
    void rCert1_accepted_certificationTermIsTenYears() {
        fixture.given(Demo.registered(CapUnit.HOURS))
                .when(new CertifyCooperative(COOP, "島根県指令地第12号", date("2021-06-01")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CooperativeCertified(COOP, "島根県指令地第12号", "32", date("2021-06-01"),
                        date("2021-06-01"), date("2031-05-31")));
    }

    @Test
    @DisplayName("R-CERT-1 refused: an assignment 2031-05-30..06-01 reaches beyond the expiry 2031-05-31")
    void rCert1_refused_beyondExpiry() {
        fixture.given(history())
                .when(planDays("a1", "w1", "rice", "2031-05-30", 3, 5))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CERT-1"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CERT-1 accepted: an assignment 2031-05-29..05-31 ends on the last valid day")
    void rCert1_accepted_throughLastValidDay() {
        PlanAssignment c = planDays("a1", "w1", "rice", "2031-05-29", 3, 5);
        fixture.given(history())
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-CERT-1 accepted: after renewal (next term from 2031-06-01) the same assignment runs across the expiry")
    void rCert1_accepted_acrossExpiryAfterRenewal() {
        PlanAssignment c = planDays("a1", "w1", "rice", "2031-05-30", 3, 5);
        fixture.given(history(new CertificationRenewed(COOP, "島根県指令地第88号", date("2031-03-15"),
                        date("2031-06-01"), date("2041-05-31"))))
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-CERT-1 accepted: a renewal starts the next 10-year term the day after expiry")
    void rCert1_accepted_renewalStartsNextTerm() {
        fixture.given(history())
                .when(new RenewCertification(COOP, "島根県指令地第88号", date("2031-03-15")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CertificationRenewed(COOP, "島根県指令地第88号", date("2031-03-15"),
                        date("2031-06-01"), date("2041-05-31")));
    }

    @Test
    @DisplayName("R-CERT-1 refused: a cooperative that was never certified cannot plan dispatch")
    void rCert1_refused_neverCertified() {
        List<Object> h = history();
        h.removeIf(e -> e instanceof CooperativeCertified);
        fixture.given(h)
                .when(planDays("a1", "w1", "rice", "2026-09-01", 3, 5))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CERT-1"))
                .expectNoEvents();
    }

    // ------------------------------------------------------------------ R-CERT-3

    /** a1 runs past 2027-01-01; a2 ends before; s1 is a secondment and c1 was cancelled — neither is dispatch to act on. */
    private static List<Object> historyWithAssignments() {
        PlanAssignment a1 = withWorkplace(Demo.plan("a1", "w4", "cattle", "2026-10-01", "2027-03-31",
                Demo.weekdays(8)), NISHINOSHIMA);
        PlanAssignment a2 = Demo.plan("a2", "w1", "process", "2026-07-01", "2026-09-30", Demo.weekdays(8));
        PlanAssignment s1 = as(planDays("s1", "w2", "builder", "2027-01-05", 5, 6), AssignmentKind.SECONDMENT,
                WorkCategory.CONSTRUCTION, null);
        PlanAssignment c1 = planDays("c1", "w3", "oyster", "2027-02-01", 5, 7);
        return history(planned(a1), planned(a2), planned(s1), planned(c1),
                new AssignmentCancelled(COOP, "c1", "oyster season cancelled"));
    }

    @Test
    @DisplayName("R-CERT-3 accepted: CertificationRevoked lists the planned dispatch reaching past the effective date")
    void rCert3_accepted_revocationListsAssignmentsNeedingAction() {
        fixture.given(historyWithAssignments())
                .when(new RevokeCertification(COOP, date("2027-01-01"), RevocationGround.BREACH, "報告義務違反"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CertificationRevoked(COOP, date("2027-01-01"), RevocationGround.BREACH,
                        "報告義務違反", List.of("a1")));
    }

    @Test
    @DisplayName("R-CERT-3 accepted: CertificationLapsed lists the planned dispatch reaching past the effective date")
    void rCert3_accepted_lapseListsAssignmentsNeedingAction() {
        fixture.given(historyWithAssignments())
                .when(new LapseCertification(COOP, date("2027-01-01"), LapseReason.DISSOLUTION))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CertificationLapsed(COOP, date("2027-01-01"), LapseReason.DISSOLUTION,
                        List.of("a1")));
    }

    private static CertificationRevoked revokedFrom2027() {
        return new CertificationRevoked(COOP, date("2027-01-01"), RevocationGround.CRITERIA_NO_LONGER_MET,
                "基準不適合", List.of());
    }

    private static CertificationLapsed lapsedFrom2027() {
        return new CertificationLapsed(COOP, date("2027-01-01"), LapseReason.DISCONTINUATION, List.of());
    }

    @Test
    @DisplayName("R-CERT-3 refused: after CertificationRevoked no new dispatch from the effective date")
    void rCert3_refused_dispatchAfterRevocation() {
        fixture.given(history(revokedFrom2027()))
                .when(planDays("a1", "w1", "rice", "2027-01-05", 3, 5))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CERT-3"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CERT-3 refused: after revocation an assignment may not run into the effective date")
    void rCert3_refused_dispatchRunningIntoRevocation() {
        fixture.given(history(revokedFrom2027()))
                .when(planDays("a1", "w1", "rice", "2026-12-30", 3, 5))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CERT-3"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CERT-3 accepted: after revocation a dispatch ending the day before the effective date")
    void rCert3_accepted_dispatchBeforeRevocation() {
        PlanAssignment c = planDays("a1", "w1", "rice", "2026-12-29", 3, 5);
        fixture.given(history(revokedFrom2027()))
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-CERT-3 refused: after CertificationLapsed no new dispatch from the effective date")
    void rCert3_refused_dispatchAfterLapse() {
        fixture.given(history(lapsedFrom2027()))
                .when(planDays("a1", "w1", "rice", "2027-01-05", 3, 5))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CERT-3"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CERT-3 accepted: after lapse a dispatch before the effective date")
    void rCert3_accepted_dispatchBeforeLapse() {
        PlanAssignment c = planDays("a1", "w1", "rice", "2026-12-01", 5, 5);
        fixture.given(history(lapsedFrom2027()))
                .when(c)
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(c));
    }

    @Test
    @DisplayName("R-CERT-3 accepted: actual hours before the revocation are still recorded (history stays)")
    void rCert3_accepted_actualsBeforeRevocation() {
        PlanAssignment a = planDays("a1", "w1", "rice", "2026-12-01", 5, 5);
        Map<LocalDate, Integer> actual = minutesOnDays("2026-12-01", 5, 300);
        // actual results are facts of the past: the clock stands after the month
        Demo.fixture(jp.yui.command.domain.CapLaw.defaults(), LocalDate.of(2027, 2, 1))
                .given(history(planned(a), revokedFrom2027()))
                .when(new RecordActualHours(COOP, "a1", YearMonth.of(2026, 12), actual))
                .expectSuccessfulHandlerExecution()
                .expectEvents(actuals("a1", YearMonth.of(2026, 12), actual));
    }

    @Test
    @DisplayName("R-CERT-3 refused: actual hours on a day after the revocation are not recorded as dispatch")
    void rCert3_refused_actualsAfterRevocation() {
        PlanAssignment a = Demo.plan("a1", "w1", "rice", "2026-12-01", "2027-01-31", Demo.weekdays(5));
        Demo.fixture(jp.yui.command.domain.CapLaw.defaults(), LocalDate.of(2027, 2, 1))
                .given(history(planned(a), revokedFrom2027()))
                .when(new RecordActualHours(COOP, "a1", YearMonth.of(2027, 1), minutesOnDays("2027-01-05", 1, 300)))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CERT-3"))
                .expectNoEvents();
    }

    // ------------------------------------------------------------------ R-CERT-4

    @Test
    @DisplayName("R-CERT-4 refused: RegisterCooperative with a district across Shimane and Tokyo")
    void rCert4_refused_registerDistrictAcrossPrefectures() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCooperative(COOP, "島前マルチワーク事業協同組合", "32", Set.of(AMA, CHIYODA), 4,
                        CapUnit.HOURS, DayOfWeek.SUNDAY, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CERT-4"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CERT-4 accepted: RegisterCooperative with the three Dōzen municipalities of Shimane")
    void rCert4_accepted_registerDistrictInOnePrefecture() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCooperative(COOP, " 島前マルチワーク事業協同組合 ", "32",
                        Set.of(AMA, NISHINOSHIMA, CHIBU), null, null, null, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CooperativeRegistered(COOP, "島前マルチワーク事業協同組合", "32",
                        Set.of(AMA, NISHINOSHIMA, CHIBU), 4, CapUnit.HOURS, DayOfWeek.SUNDAY,
                        OvertimeAgreement.standard()));
    }

    @Test
    @DisplayName("R-CERT-4 refused: CertifyDistrictChange adding Tottori city to a Shimane district")
    void rCert4_refused_districtChangeAcrossPrefectures() {
        fixture.given(history())
                .when(new CertifyDistrictChange(COOP, Set.of(AMA, NISHINOSHIMA, CHIBU, TOTTORI), date("2026-10-01")))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CERT-4"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CERT-4 accepted: CertifyDistrictChange adding 隠岐の島町, also in Shimane")
    void rCert4_accepted_districtChangeWithinPrefecture() {
        fixture.given(history())
                .when(new CertifyDistrictChange(COOP, Set.of(AMA, NISHINOSHIMA, CHIBU, OKINOSHIMA), date("2026-10-01")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DistrictChangeCertified(COOP, Set.of(AMA, NISHINOSHIMA, CHIBU, OKINOSHIMA),
                        date("2026-10-01")));
    }

    @Test
    @DisplayName("R-CERT-1 accepted: certified on 2024-02-29 → valid through 2034-02-28 (no 29 February in 2034: end of February)")
    void rCert1_accepted_termFrom29February() {
        fixture.given(Demo.registered(CapUnit.HOURS))
                .when(new CertifyCooperative(COOP, "島根県指令地第30号", date("2024-02-29")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CooperativeCertified(COOP, "島根県指令地第30号", "32", date("2024-02-29"),
                        date("2024-02-29"), date("2034-02-28")));
    }
}
