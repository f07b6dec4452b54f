package jp.yui.query.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The figures of the 労働者派遣事業報告書 (様式第11号, R-REP-3) of one cooperative: the reporting period is the
 * cooperative's business year ({@code periodFrom}..{@code periodTo}), and the status is taken on 1 June of the
 * reporting year — the first 1 June after the business year ends (the report is due on 30 June). All figures count
 * DISPATCH only (secondments never), months with recorded actual results with their actual minutes, others with the
 * plan (the months are listed in {@code actualMonths}).
 *
 * @param dispatchedWorkers     distinct workers with dispatched minutes in the year (派遣労働者の実人数)
 * @param indefiniteTermWorkers of them, indefinite-term (無期雇用) on their first dispatched day of the year
 * @param fixedTermWorkers      of them, fixed-term (有期雇用) — 0 as long as R-WORK-1 holds
 * @param clients               distinct clients with dispatched minutes in the year (派遣先数)
 * @param dispatchedPersonDays  Σ over workers of the days with dispatched minutes (延べ派遣日数; a split day counts once)
 * @param feesYen               派遣料金の総額 (integral yen, half up from exact fee-minutes)
 * @param averageFeePerHourYen  feesYen / hours, half up to the yen
 * @param averageFeePerDayYen   1日（8時間）当たりの派遣料金の平均額 = 8 × fees / hours, half up to the yen
 * @param averageWagePerDayYen  1日（8時間）当たりの賃金の平均額 — always null: wages are not in the events
 * @param byWorkType            the year's figures per work (業務) as the assignments name it
 * @param juneFirst             the status on 1 June of the reporting year
 */
public record DispatchBusinessReport(String cooperativeId, String cooperativeName, String prefectureCode,
                                     String certificationNumber, int businessYear, LocalDate periodFrom,
                                     LocalDate periodTo, int dispatchedWorkers, int indefiniteTermWorkers,
                                     int fixedTermWorkers, int clients, long dispatchedPersonDays,
                                     long dispatchedMinutes, BigDecimal dispatchedHours, long feesYen,
                                     Long averageFeePerHourYen, Long averageFeePerDayYen, Long averageWagePerDayYen,
                                     List<WorkTypeFigures> byWorkType, List<YearMonth> actualMonths,
                                     JuneFirstStatus juneFirst, List<AnnualReport.Note> notes) {

    /** The year's figures for one work (業務). */
    public record WorkTypeFigures(String work, int workers, int clients, long personDays, UsageAmount usage) {
    }

    /**
     * 6月1日現在の状況: the workers under dispatch on that day (a counted, not cancelled dispatch assignment whose period
     * contains the day, whether or not the day itself is a working day), the clients they serve, by work.
     */
    public record JuneFirstStatus(LocalDate date, int workersUnderDispatch, int clients,
                                  List<WorkTypeStatus> byWorkType) {
    }

    /** One work on 1 June: workers and clients (a worker on two works that day counts in both rows, once in the total). */
    public record WorkTypeStatus(String work, int workers, int clients) {
    }
}
