package jp.yui.command.cooperative;

import static jp.yui.command.cooperative.Demo.COOP;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.CommandRefusedException;
import jp.yui.command.api.InvalidCommandException;
import jp.yui.command.api.MedicalDispatchException;
import jp.yui.command.api.Period;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;

/**
 * Small helpers shared by the rule tests (on top of {@link Demo}): plans built from a run of days, variations of a
 * plan (fee, workplace, kind), actual results, and a matcher for {@code INVALID_INPUT} refusals naming a field.
 * All plans use the demo fee of ¥1,100/h unless changed.
 */
final class RuleTestSupport {

    private RuleTestSupport() {
    }

    /** The demo history followed by the given extra events. */
    static List<Object> history(Object... extra) {
        List<Object> h = Demo.history();
        h.addAll(Arrays.asList(extra));
        return h;
    }

    /** A dispatch on {@code n} consecutive days from {@code from}, {@code hours} a day (workplace 海士町, ¥1,100/h). */
    static PlanAssignment planDays(String id, String worker, String client, String from, int n, int hours) {
        LocalDate start = LocalDate.parse(from);
        return Demo.plan(id, worker, client, from, start.plusDays(n - 1L).toString(), Demo.days(start, n, hours));
    }

    /** The event of a plan, for given-events and expected events. */
    static AssignmentPlanned planned(PlanAssignment c) {
        return Demo.planned(c);
    }

    static PlanAssignment withFee(PlanAssignment c, long feePerHourYen) {
        return new PlanAssignment(c.cooperativeId(), c.assignmentId(), c.kind(), c.workerId(), c.clientId(), c.work(),
                c.category(), c.medicalException(), c.workplaceMunicipality(), c.period(), c.pattern(), feePerHourYen);
    }

    static PlanAssignment withWorkplace(PlanAssignment c, String municipality) {
        return new PlanAssignment(c.cooperativeId(), c.assignmentId(), c.kind(), c.workerId(), c.clientId(), c.work(),
                c.category(), c.medicalException(), municipality, c.period(), c.pattern(), c.feePerHourYen());
    }

    static PlanAssignment as(PlanAssignment c, AssignmentKind kind, WorkCategory category,
                             MedicalDispatchException exception) {
        return new PlanAssignment(c.cooperativeId(), c.assignmentId(), kind, c.workerId(), c.clientId(), c.work(),
                category, exception, c.workplaceMunicipality(), c.period(), c.pattern(), c.feePerHourYen());
    }

    static PlanAssignment withId(PlanAssignment c, String id) {
        return new PlanAssignment(c.cooperativeId(), id, c.kind(), c.workerId(), c.clientId(), c.work(),
                c.category(), c.medicalException(), c.workplaceMunicipality(), c.period(), c.pattern(),
                c.feePerHourYen());
    }

    static PlanAssignment withPeriod(PlanAssignment c, String from, String to, WorkPattern pattern) {
        return new PlanAssignment(c.cooperativeId(), c.assignmentId(), c.kind(), c.workerId(), c.clientId(), c.work(),
                c.category(), c.medicalException(), c.workplaceMunicipality(),
                new Period(LocalDate.parse(from), LocalDate.parse(to)), pattern, c.feePerHourYen());
    }

    /** {@code minutes} on each of {@code n} consecutive days from {@code from}. */
    static Map<LocalDate, Integer> minutesOnDays(String from, int n, int minutes) {
        Map<LocalDate, Integer> m = new TreeMap<>();
        LocalDate start = LocalDate.parse(from);
        for (int i = 0; i < n; i++) {
            m.put(start.plusDays(i), minutes);
        }
        return m;
    }

    /** {@code minutes} on each Monday–Friday of a month. */
    static Map<LocalDate, Integer> minutesOnWeekdays(YearMonth month, int minutes) {
        Map<LocalDate, Integer> m = new TreeMap<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue()) {
                m.put(d, minutes);
            }
        }
        return m;
    }

    static ActualHoursRecorded actuals(String assignmentId, YearMonth month, Map<LocalDate, Integer> minutesPerDay) {
        return new ActualHoursRecorded(COOP, assignmentId, month, Map.copyOf(minutesPerDay));
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static List<Object> list(Object... events) {
        return new ArrayList<>(Arrays.asList(events));
    }

    /** An {@link InvalidCommandException} (code INVALID_INPUT) naming exactly {@code field}. */
    static Matcher<Object> invalidInput(String field) {
        return new CustomTypeSafeMatcher<>("InvalidCommandException INVALID_INPUT naming field '" + field + "'") {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof InvalidCommandException e
                        && InvalidCommandException.CODE.equals(e.code()) && field.equals(e.field());
            }

            @Override
            protected void describeMismatchSafely(Object item, org.hamcrest.Description d) {
                if (item instanceof CommandRefusedException e) {
                    d.appendText("was " + item.getClass().getSimpleName() + " code=" + e.code() + " field="
                            + e.field() + " message=" + e.getMessage());
                } else {
                    d.appendText("was " + item);
                }
            }
        };
    }
}
