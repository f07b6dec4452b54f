package jp.yui.command.cooperative;

import jp.yui.command.api.OvertimeAgreement;

/**
 * R-WORK-5 — the cooperative's overtime-agreement settings must stay within the legal maxima: 8 h a day and 40 h a
 * week as regular hours; at most 45 h a month and 360 h a year (42/320 under annual variable hours); with the special
 * clause at most 720 h a year, below 100 h a month and at most 6 months over the regular monthly limit.
 */
final class OvertimeAgreementSettings {

    private OvertimeAgreementSettings() {
    }

    static void check(OvertimeAgreement oa) {
        range("overtimeAgreement.dailyRegularHours", oa.dailyRegularHours(), 1, 8);
        range("overtimeAgreement.weeklyRegularHours", oa.weeklyRegularHours(), 1, 40);
        int maxDaily = oa.plannedOvertimeAllowed() ? 24 : oa.dailyRegularHours();
        range("overtimeAgreement.dailyPlanLimitHours", oa.dailyPlanLimitHours(), 1, maxDaily);
        range("overtimeAgreement.monthlyOvertimeHours", oa.monthlyOvertimeHours(), 0, oa.annualVariableHours() ? 42 : 45);
        range("overtimeAgreement.yearlyOvertimeHours", oa.yearlyOvertimeHours(), 0, oa.annualVariableHours() ? 320 : 360);
        if (oa.specialClause()) {
            range("overtimeAgreement.specialYearlyOvertimeHours", oa.specialYearlyOvertimeHours(),
                    oa.yearlyOvertimeHours(), 720);
            range("overtimeAgreement.specialMonthlyOvertimeHoursBelow", oa.specialMonthlyOvertimeHoursBelow(),
                    oa.monthlyOvertimeHours() + 1, 100);
            range("overtimeAgreement.specialMonthsOverRegularLimit", oa.specialMonthsOverRegularLimit(), 0, 6);
        }
    }

    private static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw Check.invalid(field, "値 " + value + " は " + min + "〜" + max + " の範囲で指定してください（法定の上限）",
                    "value " + value + " must lie within " + min + ".." + max + " (legal limits)");
        }
    }
}
