package jp.yui.query.ledger;

/**
 * The limits of the cooperative's overtime agreement (時間外・休日労働に関する協定, 36協定) that apply to every worker.
 *
 * @param monthlyHours              月の上限 (45; 42 under annual variable hours)
 * @param yearlyHours               年の上限 (360; 320)
 * @param specialYearlyHours        with the special clause: the yearly limit (≤ 720)
 * @param specialMonthlyHoursBelow  with the special clause: a month stays below this, holiday work included (≤ 100)
 * @param specialMonthsOverRegular  with the special clause: months over the regular monthly limit (≤ 6)
 * @param labelJa                   e.g. "1か月45時間・1年360時間（特別条項なし）"
 */
public record LedgerOvertimeLimits(int monthlyHours, int yearlyHours, boolean annualVariableHours, boolean specialClause,
                                   int specialYearlyHours, int specialMonthlyHoursBelow, int specialMonthsOverRegular,
                                   String labelJa) {

    static LedgerOvertimeLimits of(int monthly, int yearly, boolean variable, boolean special, int specialYearly,
                                   int specialMonthlyBelow, int specialMonths) {
        String label = "1か月" + monthly + "時間・1年" + yearly + "時間" + (variable ? "（1年単位の変形労働時間制）" : "");
        label += special
                ? "、特別条項: 1年" + specialYearly + "時間以内・1か月" + specialMonthlyBelow + "時間未満（休日労働を含む）・1か月"
                + monthly + "時間超は年" + specialMonths + "回まで"
                : "（特別条項なし）";
        return new LedgerOvertimeLimits(monthly, yearly, variable, special, specialYearly, specialMonthlyBelow,
                specialMonths, label);
    }
}
