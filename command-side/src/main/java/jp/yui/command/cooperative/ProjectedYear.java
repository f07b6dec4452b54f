package jp.yui.command.cooperative;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.Period;
import jp.yui.command.api.Usage;
import jp.yui.command.api.UsageFigures;

/**
 * R-CAP-4 — the projected year: M, R and O of one business year, where each month with submitted actual results
 * counts with its actual minutes and fees, and every other month with its planned ones. Only dispatches count;
 * secondments never do (R-DISP-2). Each day is classed by the client's class on that day.
 */
final class ProjectedYear {

    private ProjectedYear() {
    }

    /**
     * The figures {@code before} (of a set of assignments holding {@code old}, or no assignment with candidate's id
     * when {@code old} is null) would become with {@code candidate} in place of {@code old}: exactly the figures of
     * the changed set, since they are sums of integers per assignment.
     */
    static UsageFigures replacing(UsageFigures before, BusinessYear year, AssignmentState old,
                                  AssignmentState candidate, ClientClassifier classifier) {
        UsageFigures added = figures(year, List.of(candidate), classifier);
        UsageFigures removed = old == null ? UsageFigures.ZERO : figures(year, List.of(old), classifier);
        return new UsageFigures(before.member().plus(added.member()).minus(removed.member()),
                before.related().plus(added.related()).minus(removed.related()),
                before.other().plus(added.other()).minus(removed.other()));
    }

    static UsageFigures figures(BusinessYear year, Collection<AssignmentState> assignments, ClientClassifier classifier) {
        long[] minutes = new long[3];
        long[] fees = new long[3];
        Period yearPeriod = year.period();
        for (AssignmentState a : assignments) {
            if (!a.isDispatch() || a.cancelled()) {
                continue;
            }
            Period span = a.period().intersection(yearPeriod);
            if (span == null) {
                continue;
            }
            for (LocalDate d = span.from(); !d.isAfter(span.to()); d = d.plusDays(1)) {
                int m = a.effectiveMinutes(d);
                if (m > 0) {
                    int i = classifier.classOn(a.clientId(), d).ordinal();
                    minutes[i] += m;
                    fees[i] += (long) m * a.feePerHourYen();
                }
            }
        }
        return new UsageFigures(new Usage(minutes[ClientClass.MEMBER.ordinal()], fees[ClientClass.MEMBER.ordinal()]),
                new Usage(minutes[ClientClass.RELATED_MUNICIPALITY.ordinal()], fees[ClientClass.RELATED_MUNICIPALITY.ordinal()]),
                new Usage(minutes[ClientClass.OTHER_NON_MEMBER.ordinal()], fees[ClientClass.OTHER_NON_MEMBER.ordinal()]));
    }
}
