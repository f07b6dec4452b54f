package jp.yui.command.cooperative;

import java.time.LocalDate;
import java.util.Collection;
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
