package jp.yui.command.cooperative;

import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import jp.yui.command.api.AssignmentTermsRecorded;
import jp.yui.command.api.CertificationLapsed;
import jp.yui.command.api.ComplaintRecorded;
import jp.yui.command.api.InvalidCommandException;
import jp.yui.command.api.LapseReason;
import jp.yui.command.api.OfficeCostRecorded;
import jp.yui.command.api.PersonnelCostRecorded;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RecordActualHours;
import jp.yui.command.api.RecordAssignmentTerms;
import jp.yui.command.api.RecordComplaint;
import jp.yui.command.api.RecordOfficeCost;
import jp.yui.command.api.RecordPersonnelCost;
import jp.yui.command.api.RecordSocialInsurance;
import jp.yui.command.api.RecordTraining;
import jp.yui.command.api.RenewCertification;
import jp.yui.command.api.SocialInsuranceRecorded;
import jp.yui.command.api.TrainingKind;
import jp.yui.command.api.TrainingRecorded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The records the dispatcher's ledger (R-REP-1) and the subsidy figures (R-REP-4) are built from. */
class LedgerAndSubsidyRecordsTest {

    private final AggregateTestFixture<Cooperative> fixture = Demo.fixture();
    private static final PlanAssignment A1 = Demo.plan("a1", "w1", "setnet", "2026-04-01", "2026-06-30", Demo.weekdays(6));

    private List<Object> history() {
        List<Object> h = Demo.history();
        h.add(Demo.planned(A1));
        return h;
    }

    @Test
    @DisplayName("R-REP-1: the terms of an assignment (unit, times, responsibility, responsible persons) are recorded")
    void rRep1_assignmentTermsRecorded() {
        fixture.given(history())
                .when(new RecordAssignmentTerms(Demo.COOP, "a1", "定置網部", LocalTime.of(6, 0), LocalTime.of(13, 0), 60,
                        "補助的業務（責任者の指示による）", "組合 事務局長 田村", "崎の定置網 網元 山口"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AssignmentTermsRecorded(Demo.COOP, "a1", "定置網部", LocalTime.of(6, 0),
                        LocalTime.of(13, 0), 60, "補助的業務（責任者の指示による）", "組合 事務局長 田村", "崎の定置網 網元 山口"));
    }

    @Test
    @DisplayName("R-REP-1 bad input: end time before start time, break longer than the day, unknown assignment")
    void rRep1_badTerms() {
        fixture.given(history())
                .when(new RecordAssignmentTerms(Demo.COOP, "a1", null, LocalTime.of(13, 0), LocalTime.of(6, 0), 0, null, "a", "b"))
                .expectException(InvalidCommandException.class).expectExceptionMessage(containsString("endTime"))
                .expectNoEvents();
        fixture.given(history())
                .when(new RecordAssignmentTerms(Demo.COOP, "a1", null, LocalTime.of(6, 0), LocalTime.of(7, 0), 60, null, "a", "b"))
                .expectException(InvalidCommandException.class).expectExceptionMessage(containsString("breakMinutes"))
                .expectNoEvents();
        fixture.given(history())
                .when(new RecordComplaint(Demo.COOP, "nope", LocalDate.of(2026, 5, 1), "苦情", null))
                .expectException(InvalidCommandException.class).expectExceptionMessage(containsString("assignmentId"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-REP-1: complaints, social insurance and training are recorded; a gap in insurance needs a reason")
    void rRep1_complaintsInsuranceTraining() {
        fixture.given(history())
                .when(new RecordComplaint(Demo.COOP, "a1", LocalDate.of(2026, 5, 1), "休憩が取れない", "派遣先と協議し改善"))
                .expectEvents(new ComplaintRecorded(Demo.COOP, "a1", LocalDate.of(2026, 5, 1), "休憩が取れない", "派遣先と協議し改善"));
        fixture.given(history())
                .when(new RecordSocialInsurance(Demo.COOP, "w1", true, true, true, null))
                .expectEvents(new SocialInsuranceRecorded(Demo.COOP, "w1", true, true, true, null));
        fixture.given(history())
                .when(new RecordSocialInsurance(Demo.COOP, "w1", true, true, false, " "))
                .expectException(InvalidCommandException.class).expectExceptionMessage(containsString("reasonNotEnrolled"))
                .expectNoEvents();
        fixture.given(history())
                .when(new RecordTraining(Demo.COOP, "w1", LocalDate.of(2026, 4, 10), TrainingKind.CAREER_CONSULTATION, "面談", 60))
                .expectEvents(new TrainingRecorded(Demo.COOP, "w1", LocalDate.of(2026, 4, 10), TrainingKind.CAREER_CONSULTATION, "面談", 60));
    }

    @Test
    @DisplayName("R-REP-4: personnel cost per worker-year and office cost per year; negative or unemployed years refused")
    void rRep4_costs() {
        fixture.given(history())
                .when(new RecordPersonnelCost(Demo.COOP, "w1", 2026, 3_200_000))
                .expectEvents(new PersonnelCostRecorded(Demo.COOP, "w1", 2026, 3_200_000));
        fixture.given(history())
                .when(new RecordOfficeCost(Demo.COOP, 2026, 7_500_000))
                .expectEvents(new OfficeCostRecorded(Demo.COOP, 2026, 7_500_000));
        fixture.given(history())
                .when(new RecordOfficeCost(Demo.COOP, 2026, -1))
                .expectException(InvalidCommandException.class).expectExceptionMessage(containsString("yen"))
                .expectNoEvents();
        // w6 was hired 2026-04-01: no personnel cost for business year 2025
        fixture.given(history())
                .when(new RecordPersonnelCost(Demo.COOP, "w6", 2025, 1_000_000))
                .expectException(InvalidCommandException.class).expectExceptionMessage(containsString("businessYear"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-DISP-4 bad input: actual results are facts of the past — a future month or day is refused")
    void rDisp4_futureActualsRefused() {
        fixture.given(history())
                .when(new RecordActualHours(Demo.COOP, "a1", YearMonth.of(2026, 12), Map.of()))
                .expectException(InvalidCommandException.class).expectExceptionMessage(containsString("month"))
                .expectNoEvents();
        PlanAssignment nov = Demo.plan("a2", "w2", "setnet", "2026-11-02", "2026-11-30", Demo.weekdays(6));
        List<Object> h = history();
        h.add(Demo.planned(nov));
        fixture.given(h)
                .when(new RecordActualHours(Demo.COOP, "a2", YearMonth.of(2026, 11), Map.of(LocalDate.of(2026, 11, 26), 360)))
                .expectException(InvalidCommandException.class).expectExceptionMessage(containsString("minutesPerDay"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CERT-3: a certification that lapsed at its expiry can no longer be renewed")
    void rCert3_lapsedAtExpiryCannotBeRenewed() {
        List<Object> h = Demo.history();
        h.add(new CertificationLapsed(Demo.COOP, LocalDate.of(2031, 6, 1), LapseReason.EXPIRY, List.of()));
        fixture.given(h)
                .when(new RenewCertification(Demo.COOP, "島根県指令地第99号", LocalDate.of(2031, 5, 1)))
                .expectException(InvalidCommandException.class).expectExceptionMessage(containsString("decidedOn"))
                .expectNoEvents();
    }
}
