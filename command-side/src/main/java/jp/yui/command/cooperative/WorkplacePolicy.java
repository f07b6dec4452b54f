package jp.yui.command.cooperative;

import java.time.LocalDate;
import java.util.List;
import jp.yui.command.api.Period;
import jp.yui.command.api.RuleViolationException;
import jp.yui.command.domain.Municipalities;

/** R-DISP-3 — the workplace of a dispatch lies inside the cooperative's district on every day of the dispatch. */
final class WorkplacePolicy {

    private WorkplacePolicy() {
    }

    static void check(String workplace, Period period, List<DistrictVersion> districts, Municipalities municipalities) {
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = nextChange(districts, d, period.to())) {
            if (!ClientClassifier.districtOn(districts, d).contains(workplace)) {
                throw new RuleViolationException("R-DISP-3",
                        "就業場所 " + municipalities.label(workplace) + " は組合の地区外です（" + d + "）",
                        "the workplace " + municipalities.label(workplace) + " lies outside the district (" + d + ")");
            }
        }
    }

    /** The next day on which the district changes after {@code day}, or the day after {@code end}. */
    private static LocalDate nextChange(List<DistrictVersion> districts, LocalDate day, LocalDate end) {
        LocalDate next = end.plusDays(1);
        for (DistrictVersion v : districts) {
            if (v.effectiveFrom() != null && v.effectiveFrom().isAfter(day) && v.effectiveFrom().isBefore(next)) {
                next = v.effectiveFrom();
            }
        }
        return next;
    }
}
