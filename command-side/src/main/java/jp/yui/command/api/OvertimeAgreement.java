package jp.yui.command.api;

/**
 * The cooperative's working-time settings and its overtime agreement (時間外・休日労働に関する協定, 36協定) — R-WORK-4/5.
 *
 * @param dailyRegularHours        法定労働時間 per day (8): hours beyond it are overtime
 * @param weeklyRegularHours       法定労働時間 per week (40): hours beyond it are overtime
 * @param dailyPlanLimitHours      R-WORK-4: the most hours a worker may be planned on one day, all assignments together
 *                                 (default 8; above 8 only when planned overtime is allowed)
 * @param plannedOvertimeAllowed   whether plans may contain overtime at all (otherwise planned weeks stay within 40 h)
 * @param monthlyOvertimeHours     月の上限 (45; 42 under an annual variable-hours scheme)
 * @param yearlyOvertimeHours      年の上限 (360; 320 under an annual variable-hours scheme)
 * @param annualVariableHours      1年単位の変形労働時間制 (limits 42/320)
 * @param specialClause            特別条項 (special clause)
 * @param specialYearlyOvertimeHours       with the special clause: the yearly limit (≤ 720)
 * @param specialMonthlyOvertimeHoursBelow with the special clause: overtime in any month stays below this (≤ 100)
 * @param specialMonthsOverRegularLimit    with the special clause: months over the regular monthly limit (≤ 6)
 */
public record OvertimeAgreement(int dailyRegularHours, int weeklyRegularHours, int dailyPlanLimitHours,
                                boolean plannedOvertimeAllowed, int monthlyOvertimeHours, int yearlyOvertimeHours,
                                boolean annualVariableHours, boolean specialClause, int specialYearlyOvertimeHours,
                                int specialMonthlyOvertimeHoursBelow, int specialMonthsOverRegularLimit) {

    /** The legal standard without planned overtime: 8 h a day, 40 h a week, 45 h a month, 360 h a year. */
    public static OvertimeAgreement standard() {
        return new OvertimeAgreement(8, 40, 8, false, 45, 360, false, false, 720, 100, 6);
    }

    /** Standard limits, planned overtime allowed up to {@code dailyPlanLimitHours} a day. */
    public static OvertimeAgreement withPlannedOvertime(int dailyPlanLimitHours) {
        return new OvertimeAgreement(8, 40, dailyPlanLimitHours, true, 45, 360, false, false, 720, 100, 6);
    }

    public int monthlyLimitMinutes() {
        return monthlyOvertimeHours * 60;
    }

    public int yearlyLimitMinutes() {
        return (specialClause ? specialYearlyOvertimeHours : yearlyOvertimeHours) * 60;
    }
}
