package jp.yui.command.cooperative;

import java.util.Map;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.Period;
import jp.yui.command.api.RuleViolationException;

/**
 * R-CAP-6 — a closed business year (締め) is frozen: a change of its M, R or O needs the year reopened for an
 * explicit correction with a reason first.
 */
final class ClosedYearPolicy {

    private ClosedYearPolicy() {
    }

    static void check(Map<Integer, Boolean> closedYears, Period affected, int startMonth) {
        if (affected == null) {
            return;
        }
        BusinessYear last = BusinessYear.containing(affected.to(), startMonth);
        for (BusinessYear y = BusinessYear.containing(affected.from(), startMonth); y.compareTo(last) <= 0; y = y.next()) {
            if (Boolean.TRUE.equals(closedYears.get(y.startYear()))) {
                throw new RuleViolationException("R-CAP-6",
                        y.startYear() + "年度は締め済みです。変更するには理由を付けて訂正のために再開してください",
                        "business year " + y.startYear() + " is closed; reopen it for a correction with a reason first");
            }
        }
    }
}
