package jp.yui.command.cooperative;

import static jp.yui.command.cooperative.Demo.COOP;
import static jp.yui.command.cooperative.RuleTestSupport.date;
import static jp.yui.command.cooperative.RuleTestSupport.history;
import static jp.yui.command.cooperative.RuleTestSupport.invalidInput;
import static jp.yui.command.cooperative.RuleTestSupport.planDays;
import static jp.yui.command.cooperative.RuleTestSupport.planned;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.EndMembership;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.MembershipEndReason;
import jp.yui.command.api.MembershipEnded;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Membership (組合員資格) and the class per day: voluntary withdrawal takes effect at a business-year end;
 * expulsion, death or loss of qualification can end a membership mid-year, and the member's remaining days then
 * count as other non-member use (R-CAP-4: reclassifying a client is a change of M and O, checked against the caps).
 */
class MembershipTest {

    private AggregateTestFixture<Cooperative> fixture;

    @BeforeEach
    void setUp() {
        fixture = Demo.fixture();
    }

    @Test
    @DisplayName("Membership refused: voluntary withdrawal of rice on 2026-12-31, not a business-year end (INVALID_INPUT)")
    void membership_refused_voluntaryWithdrawalMidYear() {
        fixture.given(history())
                .when(new EndMembership(COOP, "rice", date("2026-12-31"), MembershipEndReason.VOLUNTARY_WITHDRAWAL))
                .expectException(invalidInput("lastDay"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("Membership accepted: voluntary withdrawal of rice at the business-year end 2027-03-31")
    void membership_accepted_voluntaryWithdrawalAtYearEnd() {
        fixture.given(history())
                .when(new EndMembership(COOP, "rice", date("2027-03-31"), MembershipEndReason.VOLUNTARY_WITHDRAWAL))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MembershipEnded(COOP, "rice", date("2027-03-31"),
                        MembershipEndReason.VOLUNTARY_WITHDRAWAL));
    }

    /**
     * M = 100 h at process in December 2026 (w1, 20 x 5 h) + 100 h at rice in September (w2, 20 x 5 h) = 200 h;
     * O = 40 h at the hotel in August (w3, 8 x 5 h) = 20 %.
     */
    private static List<Object> historyWithProcessInDecember() {
        return history(planned(planDays("p1", "w1", "process", "2026-12-01", 20, 5)),
                planned(planDays("r1", "w2", "rice", "2026-09-01", 20, 5)),
                planned(planDays("o1", "w3", "hotel", "2026-08-01", 8, 5)));
    }

    @Test
    @DisplayName("Membership refused: expelling process on 2026-11-30 turns its 100 h of December into O (140 h of M 100 h) (R-CAP-2)")
    void membership_refused_expulsionReclassifiesRemainingHoursBeyondCap() {
        fixture.given(historyWithProcessInDecember())
                .when(new EndMembership(COOP, "process", date("2026-11-30"), MembershipEndReason.EXPULSION))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CAP-2"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("Membership accepted: expelling boat mid-year, which has no dispatch left, changes no figure")
    void membership_accepted_expulsionWithoutRemainingHours() {
        fixture.given(historyWithProcessInDecember())
                .when(new EndMembership(COOP, "boat", date("2026-11-30"), MembershipEndReason.EXPULSION))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MembershipEnded(COOP, "boat", date("2026-11-30"), MembershipEndReason.EXPULSION));
    }

    @Test
    @DisplayName("Membership accepted: expelling process on 2026-12-31, after its December hours, keeps them as M")
    void membership_accepted_expulsionAfterRemainingHours() {
        // p1 ends 2026-12-20: every one of its days is still a member day
        fixture.given(historyWithProcessInDecember())
                .when(new EndMembership(COOP, "process", date("2026-12-31"), MembershipEndReason.EXPULSION))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MembershipEnded(COOP, "process", date("2026-12-31"),
                        MembershipEndReason.EXPULSION));
    }

    @Test
    @DisplayName("Membership refused: voluntary withdrawal at 2027-03-31 when the member's April 2027 plans would break the cap of 2027 (R-CAP-2)")
    void membership_refused_withdrawalReclassifiesNextYear() {
        // business year 2027: M = 100 h at process (w1, from 2027-04-05) only; after withdrawal M = 0, O = 100 h
        PlanAssignment april = planDays("p2", "w1", "process", "2027-04-05", 20, 5);
        fixture.given(history(planned(april)))
                .when(new EndMembership(COOP, "process", date("2027-03-31"), MembershipEndReason.VOLUNTARY_WITHDRAWAL))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("R-CAP-2"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("Membership accepted: the non-member hotel joins on 2026-12-01 and keeps its id and name")
    void membership_accepted_nonMemberJoinsMidYear() {
        fixture.given(history())
                .when(new AdmitMember(COOP, "hotel", null, "宿泊業", date("2026-12-01")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MemberAdmitted(COOP, "hotel", "ホテル 島の風（非組合員）", "宿泊業", date("2026-12-01")));
    }

    @Test
    @DisplayName("Membership refused: a municipality cannot become a member (INVALID_INPUT)")
    void membership_refused_municipalityCannotJoin() {
        fixture.given(history())
                .when(new AdmitMember(COOP, "ama-town", null, null, date("2026-12-01")))
                .expectException(invalidInput("clientId"))
                .expectNoEvents();
    }
}
