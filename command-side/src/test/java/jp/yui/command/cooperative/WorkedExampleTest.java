package jp.yui.command.cooperative;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.CancelAssignment;
import jp.yui.command.api.Period;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RuleViolationException;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The worked example of RULES.md (hours, after the amendment), with its exact figures: M = 1,000 h, O = 150 h;
 * a related municipality's 400 h is refused (55 %), 350 h accepted (50 % exactly); a private non-member's 60 h
 * is then refused (O = 210 h = 21 %); cancelling a 100 h member assignment is refused (O + R = 500 h = 55.6 % of
 * 900 h).
 */
class WorkedExampleTest {

    private final AggregateTestFixture<Cooperative> fixture = Demo.fixture();

    /** Explicit weekdays from a Monday, 8 h each until {@code hours} are used up (the last day takes the rest). */
    static WorkPattern weekdayHours(LocalDate monday, int hours) {
        Map<LocalDate, Integer> days = new TreeMap<>();
        int left = hours * 60;
        for (LocalDate d = monday; left > 0; d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            int m = Math.min(8 * 60, left);
            days.put(d, m);
            left -= m;
        }
        return WorkPattern.days(days);
    }

    static PlanAssignment dispatch(String id, String worker, String client, int hours) {
        WorkPattern p = weekdayHours(LocalDate.of(2026, 4, 6), hours);
        LocalDate last = ((TreeMap<LocalDate, Integer>) new TreeMap<>(p.dayMinutes())).lastKey();
        return new PlanAssignment(Demo.COOP, id, AssignmentKind.DISPATCH, worker, client, "作業", WorkCategory.GENERAL,
                null, Demo.AMA, new Period(LocalDate.of(2026, 4, 6), last), p, 1100);
    }

    private List<Object> given(PlanAssignment... planned) {
        List<Object> h = Demo.history();
        for (PlanAssignment p : planned) {
            h.add(Demo.planned(p));
        }
        return new ArrayList<>(h);
    }

    private static final PlanAssignment M1 = dispatch("m1", "w1", "setnet", 800);
    private static final PlanAssignment M2 = dispatch("m2", "w2", "process", 100);
    private static final PlanAssignment M3 = dispatch("m3", "w3", "rice", 100);
    private static final PlanAssignment O1 = dispatch("o1", "w4", "hotel", 150);
    private static final PlanAssignment R400 = dispatch("r400", "w5", "ama-town", 400);
    private static final PlanAssignment R350 = dispatch("r350", "w5", "ama-town", 350);
    private static final PlanAssignment O60 = dispatch("o60", "w6", "pref", 60);

    @Test
    @DisplayName("R-CAP-2 worked example: related municipality 400 h refused (O + R = 550 h = 55 % > 50 %)")
    void rCap2_workedExample_municipality400Refused() {
        fixture.given(given(M1, M2, M3, O1)).when(R400)
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(allOf(containsString("R-CAP-2"),
                        containsString("non-member use O + R would be 550 h = 55.0 % of member use 1,000 h"),
                        containsString("(other non-members 150 h, related municipalities 400 h); the cap is 50 %")))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-2 worked example: related municipality 350 h accepted (exactly 50 %, inclusive)")
    void rCap2_workedExample_municipality350Accepted() {
        fixture.given(given(M1, M2, M3, O1)).when(R350)
                .expectSuccessfulHandlerExecution()
                .expectEvents(Demo.planned(R350));
    }

    @Test
    @DisplayName("R-CAP-2 worked example: then a private non-member's 60 h refused (O = 210 h = 21 % > 20 %)")
    void rCap2_workedExample_otherNonMember60Refused() {
        fixture.given(given(M1, M2, M3, O1, R350)).when(O60)
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(allOf(containsString("R-CAP-2"),
                        containsString("other non-member use would be 210 h = 21.0 % of member use 1,000 h; the cap is 20 %")))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R-CAP-4 worked example: cancelling a 100 h member assignment refused (O + R = 500 h = 55.6 % of 900 h)")
    void rCap4_workedExample_memberCancellationRefused() {
        fixture.given(given(M1, M2, M3, O1, R350)).when(new CancelAssignment(Demo.COOP, "m3", "season cancelled"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(allOf(containsString("R-CAP-2"), containsString("500 h"),
                        containsString("500 h = 55.6 % of member use 900 h")))
                .expectNoEvents();
    }
}
