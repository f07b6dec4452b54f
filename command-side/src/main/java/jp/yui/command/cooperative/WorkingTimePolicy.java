package jp.yui.command.cooperative;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.OvertimeLimitKind;
import jp.yui.command.api.Period;
import jp.yui.command.api.RuleViolationException;

/**
 * R-WORK-5 — weekly hours and the overtime agreement (36協定). Planned weeks stay within 40 h unless the cooperative
 * allows planned overtime. Overtime is each day's minutes beyond 8 h plus, within a week (starting on the
 * cooperative's day), the regular minutes beyond 40 h; it counts against the agreement: at most 45 h a month and
 * 360 h a business year (42/320 under annual variable hours); with the special clause at most 720 h a year, below
 * 100 h in any month, and over the regular monthly limit in at most 6 months. Plans that would exceed a limit
 * are refused; recorded actual results that exceed one are reported as {@link Excess}es for breach events.
 */
final class WorkingTimePolicy {

    /** A limit exceeded: which, for which month or year, the overtime and the limit (minutes, or months). */
    record Excess(OvertimeLimitKind kind, String period, long value, long limit) {
    }

    private WorkingTimePolicy() {
    }

    /** Overtime minutes per day over the window (index-aligned with {@link WorkerDays#minutes()}). */
    static int[] overtime(WorkerDays days, OvertimeAgreement oa) {
        int dailyRegular = oa.dailyRegularHours() * 60;
        int weeklyRegular = oa.weeklyRegularHours() * 60;
        int[] ot = new int[days.length()];
        int regularInWeek = 0;
        for (int i = 0; i < days.length(); i++) {
            if (i % 7 == 0) {
                regularInWeek = 0;
            }
            int m = days.minutes()[i];
            int daily = Math.max(0, m - dailyRegular);
            int regular = m - daily;
            int weekly = Math.max(0, regularInWeek + regular - Math.max(weeklyRegular, regularInWeek));
            regularInWeek += regular;
            ot[i] = daily + weekly;
        }
        return ot;
    }

    static Map<YearMonth, Long> monthly(WorkerDays days, int[] ot) {
        Map<YearMonth, Long> out = new TreeMap<>();
        for (int i = 0; i < ot.length; i++) {
            out.merge(YearMonth.from(days.day(i)), (long) ot[i], Long::sum);
        }
        return out;
    }

    /** Every limit the overtime of the window's business years exceeds. */
    static List<Excess> excesses(WorkerDays days, OvertimeAgreement oa) {
        int[] ot = overtime(days, oa);
        Map<YearMonth, Long> monthly = monthly(days, ot);
        List<Excess> out = new ArrayList<>();
        for (BusinessYear y = days.firstYear(); y.compareTo(days.lastYear()) <= 0; y = y.next()) {
            long year = 0;
            int monthsOver = 0;
            for (int k = 0; k < 12; k++) {
                YearMonth ym = YearMonth.from(y.firstDay()).plusMonths(k);
                long m = monthly.getOrDefault(ym, 0L);
                year += m;
                if (m > oa.monthlyLimitMinutes()) {
                    monthsOver++;
                }
                if (oa.specialClause()) {
                    if (m >= oa.specialMonthlyOvertimeHoursBelow() * 60L) {
                        out.add(new Excess(OvertimeLimitKind.MONTHLY, ym.toString(), m,
                                oa.specialMonthlyOvertimeHoursBelow() * 60L - 1));
                    }
                } else if (m > oa.monthlyLimitMinutes()) {
                    out.add(new Excess(OvertimeLimitKind.MONTHLY, ym.toString(), m, oa.monthlyLimitMinutes()));
                }
            }
            if (year > oa.yearlyLimitMinutes()) {
                out.add(new Excess(OvertimeLimitKind.YEARLY, String.valueOf(y.startYear()), year,
                        oa.yearlyLimitMinutes()));
            }
            if (oa.specialClause() && monthsOver > oa.specialMonthsOverRegularLimit()) {
                out.add(new Excess(OvertimeLimitKind.MONTHS_OVER_REGULAR_LIMIT, String.valueOf(y.startYear()),
                        monthsOver, oa.specialMonthsOverRegularLimit()));
            }
        }
        return out;
    }

    /** The excesses after a change that are new or larger than before. */
    static List<Excess> worsened(WorkerDays before, WorkerDays after, OvertimeAgreement oa) {
        List<Excess> old = excesses(before, oa);
        List<Excess> out = new ArrayList<>();
        for (Excess e : excesses(after, oa)) {
            boolean grew = old.stream().noneMatch(o -> o.kind() == e.kind() && o.period().equals(e.period())
                    && o.value() >= e.value());
            if (grew) {
                out.add(e);
            }
        }
        return out;
    }

    /** Refuses a plan that would exceed a weekly limit or a limit of the overtime agreement. */
    static void check(WorkerState w, WorkerDays before, WorkerDays after, Period affected, OvertimeAgreement oa) {
        if (!oa.plannedOvertimeAllowed()) {
            int weeklyRegular = oa.weeklyRegularHours() * 60;
            int start = WorkerDays.index(after.from(), affected.from()) / 7 * 7;
            int end = WorkerDays.index(after.from(), affected.to());
            for (int weekStart = start; weekStart <= end; weekStart += 7) {
                int a = 0;
                int b = 0;
                for (int i = weekStart; i < weekStart + 7; i++) {
                    a += after.minutes()[i];
                    b += before.minutes()[i];
                }
                if (a > weeklyRegular && a > b) {
                    LocalDate first = after.day(weekStart);
                    throw new RuleViolationException("R-WORK-5",
                            w.name() + " の " + first + " からの週の予定が " + Format.hoursJa(a) + " となり、週 "
                                    + Format.hoursJa(weeklyRegular) + " を超えます（計画上の時間外労働は認められていません）",
                            w.name() + " would be planned " + Format.hours(a) + " in the week from " + first
                                    + "; the weekly limit is " + Format.hours(weeklyRegular)
                                    + " (planned overtime is not allowed)");
                }
            }
        }
        List<Excess> worse = worsened(before, after, oa);
        if (!worse.isEmpty()) {
            Excess e = worse.get(0);
            throw new RuleViolationException("R-WORK-5", w.name() + ": " + describeJa(e),
                    w.name() + ": " + describeEn(e));
        }
    }

    static String describeEn(Excess e) {
        return switch (e.kind()) {
            case MONTHLY -> "overtime in " + e.period() + " would be " + Format.hours(e.value())
                    + "; the overtime agreement allows " + Format.hours(e.limit());
            case YEARLY -> "overtime in business year " + e.period() + " would be " + Format.hours(e.value())
                    + "; the overtime agreement allows " + Format.hours(e.limit());
            case MONTHS_OVER_REGULAR_LIMIT -> e.value() + " months of business year " + e.period()
                    + " would exceed the regular monthly overtime limit; the special clause allows " + e.limit();
        };
    }

    static String describeJa(Excess e) {
        return switch (e.kind()) {
            case MONTHLY -> e.period() + " の時間外労働が " + Format.hoursJa(e.value()) + " となり、36協定の上限 "
                    + Format.hoursJa(e.limit()) + " を超えます";
            case YEARLY -> e.period() + "年度の時間外労働が " + Format.hoursJa(e.value()) + " となり、36協定の上限 "
                    + Format.hoursJa(e.limit()) + " を超えます";
            case MONTHS_OVER_REGULAR_LIMIT -> e.period() + "年度に月の上限を超える月が " + e.value()
                    + " か月となり、特別条項の " + e.limit() + " か月を超えます";
        };
    }
}
