package jp.yui.ui.manager;

import jp.yui.command.api.ClientClass;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The live preview of the assignment form, as pure arithmetic: what a planned, rescheduled or cancelled assignment
 * would do to the caps (R-CAP-1/2, in the cooperative's cap unit) and to the worker's hours (R-WORK-4/5), before
 * anything is sent. The figures before come from the ratio and plan read models; the write model decides — the
 * preview only says what to expect, with the same arithmetic as the rule ({@code numerator × 100 ≤ percent × M}) and
 * the same refusal condition (a cap broken afterwards, and the change broke it or made that share larger).
 */
public final class CapPreview {

    private CapPreview() {
    }

    /** M, R and O of a business year in the cap unit (minutes, or yen). */
    public record Figures(long member, long related, long other) {
        public static final Figures ZERO = new Figures(0, 0, 0);

        public Figures plus(Figures d) {
            return new Figures(member + d.member, related + d.related, other + d.other);
        }

        public Figures minus(Figures d) {
            return new Figures(member - d.member, related - d.related, other - d.other);
        }

        public static Figures of(ClientClass cls, long amount) {
            if (cls == null) {
                return ZERO;
            }
            return switch (cls) {
                case MEMBER -> new Figures(amount, 0, 0);
                case RELATED_MUNICIPALITY -> new Figures(0, amount, 0);
                case OTHER_NON_MEMBER -> new Figures(0, 0, amount);
            };
        }
    }

    /** One cap: {@code O (+ R when includesRelated) ≤ percent % × M}. */
    public record Cap(String ruleId, boolean includesRelated, int percent) {
    }

    /** A cap before and after the change. */
    public record CapOutcome(Cap cap, double shareBefore, double shareAfter, boolean holdsBefore, boolean holdsAfter,
                             long headRoomAfter, boolean wouldRefuse) {
    }

    /** The worker's hours before and after. */
    public record WorkerOutcome(long yearMinutesBefore, long yearMinutesAfter, int maxDayMinutes, LocalDate maxDay,
                                int daysOverDailyLimit, int weeksOverWeeklyRegular, long overtimeMinutesAfter,
                                long maxMonthOvertimeMinutes, YearMonth maxOvertimeMonth, boolean monthlyLimitExceeded,
                                boolean yearlyLimitExceeded) {
    }

    /** The worker's limits (from the 36協定 settings of the plan read model). */
    public record Limits(int dailyRegularMinutes, int weeklyRegularMinutes, int dailyPlanLimitMinutes,
                         long monthlyLimitMinutes, long yearlyLimitMinutes, DayOfWeek weekStartsOn) {
    }

    /** Amount of {@code minutes} at {@code feePerHourYen} in the cap unit: minutes, or yen (rounded down). */
    public static long amount(long minutes, long feePerHourYen, boolean fees) {
        return fees ? Math.floorDiv(minutes * feePerHourYen, 60) : minutes;
    }

    public static double share(long numerator, long member) {
        if (member <= 0) {
            return numerator <= 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.floor(numerator * 1000.0 / member) / 10.0;
    }

    static long numerator(Cap cap, Figures f) {
        return f.other() + (cap.includesRelated() ? f.related() : 0);
    }

    static boolean holds(Cap cap, Figures f) {
        return numerator(cap, f) * 100 <= (long) cap.percent() * f.member();
    }

    /** Each cap before and after {@code before → after}. */
    public static List<CapOutcome> caps(Figures before, Figures after, List<Cap> caps) {
        List<CapOutcome> out = new ArrayList<>();
        for (Cap cap : caps) {
            boolean hb = holds(cap, before);
            boolean ha = holds(cap, after);
            double sb = share(numerator(cap, before), before.member());
            double sa = share(numerator(cap, after), after.member());
            long room = Math.max(0, Math.floorDiv((long) cap.percent() * after.member() - 100 * numerator(cap, after),
                    100));
            // refused when broken afterwards and the change broke it or made the share larger
            boolean larger = (cross(numerator(cap, after), before.member()) > cross(numerator(cap, before),
                    after.member()));
            boolean refuse = !ha && (hb || larger);
            out.add(new CapOutcome(cap, sb, sa, hb, ha, room, refuse));
        }
        return out;
    }

    private static double cross(long a, long b) {
        return (double) a * (double) b;
    }

    /** Whether any cap would refuse the change. */
    public static boolean refused(List<CapOutcome> outcomes) {
        return outcomes.stream().anyMatch(CapOutcome::wouldRefuse);
    }

    /**
     * The worker's year with {@code removed} days taken away and {@code added} days put on top.
     *
     * @param existing minutes per day of the worker now (every assignment)
     * @param removed  minutes per day of the assignment being rescheduled or cancelled (empty when planning)
     * @param added    minutes per day of the assignment as the form now says (empty when cancelling)
     */
    public static WorkerOutcome worker(Map<LocalDate, Integer> existing, Map<LocalDate, Integer> removed,
                                       Map<LocalDate, Integer> added, Limits limits) {
        Map<LocalDate, Integer> after = new TreeMap<>(existing);
        removed.forEach((d, m) -> after.merge(d, -m, Integer::sum));
        added.forEach((d, m) -> after.merge(d, m, Integer::sum));
        long before = existing.values().stream().mapToLong(Integer::longValue).sum();
        long total = 0;
        int maxDay = 0;
        LocalDate maxDate = null;
        int daysOver = 0;
        Map<LocalDate, Integer> weekTotals = new HashMap<>();
        Map<LocalDate, Integer> weekDailyExcess = new HashMap<>();
        Map<YearMonth, Long> monthOvertime = new TreeMap<>();
        for (Map.Entry<LocalDate, Integer> e : after.entrySet()) {
            int m = Math.max(0, e.getValue());
            total += m;
            if (m > maxDay) {
                maxDay = m;
                maxDate = e.getKey();
            }
            if (m > limits.dailyPlanLimitMinutes()) {
                daysOver++;
            }
            int dailyExcess = Math.max(0, m - limits.dailyRegularMinutes());
            LocalDate week = e.getKey().with(TemporalAdjusters.previousOrSame(limits.weekStartsOn()));
            weekTotals.merge(week, m, Integer::sum);
            weekDailyExcess.merge(week, dailyExcess, Integer::sum);
            monthOvertime.merge(YearMonth.from(e.getKey()), (long) dailyExcess, Long::sum);
        }
        int weeksOver = 0;
        long overtime = monthOvertime.values().stream().mapToLong(Long::longValue).sum();
        for (Map.Entry<LocalDate, Integer> w : weekTotals.entrySet()) {
            int regularPart = w.getValue() - weekDailyExcess.get(w.getKey());
            int weekExcess = Math.max(0, regularPart - limits.weeklyRegularMinutes());
            if (w.getValue() > limits.weeklyRegularMinutes()) {
                weeksOver++;
            }
            if (weekExcess > 0) {
                overtime += weekExcess;
                monthOvertime.merge(YearMonth.from(w.getKey().plusDays(6)), (long) weekExcess, Long::sum);
            }
        }
        long maxMonth = 0;
        YearMonth maxMonthAt = null;
        for (Map.Entry<YearMonth, Long> m : monthOvertime.entrySet()) {
            if (m.getValue() > maxMonth) {
                maxMonth = m.getValue();
                maxMonthAt = m.getKey();
            }
        }
        return new WorkerOutcome(before, total, maxDay, maxDate, daysOver, weeksOver, overtime, maxMonth, maxMonthAt,
                limits.monthlyLimitMinutes() > 0 && maxMonth > limits.monthlyLimitMinutes(),
                limits.yearlyLimitMinutes() > 0 && overtime > limits.yearlyLimitMinutes());
    }

    /**
     * Minutes per day of a weekly pattern over {@code from..to}, clipped to {@code yearFrom..yearTo}; days in
     * {@code except} (holidays when the form says so) are left out.
     */
    public static Map<LocalDate, Integer> days(LocalDate from, LocalDate to, Map<DayOfWeek, Integer> weekdayMinutes,
                                               java.util.Set<LocalDate> except, LocalDate yearFrom, LocalDate yearTo) {
        Map<LocalDate, Integer> out = new TreeMap<>();
        if (from == null || to == null || to.isBefore(from)) {
            return out;
        }
        LocalDate start = from.isBefore(yearFrom) ? yearFrom : from;
        LocalDate end = to.isAfter(yearTo) ? yearTo : to;
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            int m = weekdayMinutes.getOrDefault(d.getDayOfWeek(), 0);
            if (m > 0 && !except.contains(d)) {
                out.put(d, m);
            }
        }
        return out;
    }
}
