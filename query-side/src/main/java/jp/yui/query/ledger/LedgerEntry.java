package jp.yui.query.ledger;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import jp.yui.command.api.MedicalDispatchException;
import jp.yui.command.api.Period;
import jp.yui.command.api.WorkCategory;

/**
 * One entry of the dispatcher's ledger (派遣元管理台帳, R-REP-1): one worker in one dispatch assignment, with every item
 * the ledger records. Worker-wide items (indefinite term, social insurance, trainings) and the cooperative's overtime
 * limits are repeated in each of the worker's entries.
 *
 * @param status                     on {@link #asOf()}: 予定, 派遣中, 終了 or 取消 (cancelled entries are kept)
 * @param cancelReason               the reason given when cancelled, else {@code null}
 * @param indefiniteTerm             無期雇用 on {@code asOf}
 * @param indefiniteSince            since when (the hire date, or the conversion date 無期転換); {@code null} if never
 * @param ageAtStart                 age on the first day of the period ({@code null} without a birth date)
 * @param sixtyOrOverAtStart         60歳以上 on the first day of the period
 * @param ageAsOf                    age on {@code asOf}
 * @param sixtyOrOverAsOf            60歳以上 on {@code asOf}
 * @param workplaceMunicipalityCode  就業場所 as a local-government code (e.g. "325252")
 * @param workplaceMunicipalityName  its name from the official list (e.g. "海士町"), the code when unknown
 * @param organisationalUnit         組織単位 (from the assignment's terms), {@code null} until recorded
 * @param period                     派遣期間 (after any reschedule)
 * @param workingDays                就業日 as text, e.g. "月〜金 各8時間（除外日2日）" or "指定日12日"
 * @param plannedDays                days with planned hours in the period
 * @param plannedMinutes             planned minutes in the period
 * @param actualDays                 days worked according to the recorded actual results (実績), 0 before any
 * @param actualMinutes              minutes worked according to the actual results
 * @param startTime                  始業時刻, {@code null} until the terms are recorded
 * @param endTime                    終業時刻
 * @param breakMinutes               休憩時間 in minutes
 * @param work                       業務内容
 * @param responsibility             責任の程度
 * @param dispatcherResponsiblePerson 派遣元責任者
 * @param clientResponsiblePerson    派遣先責任者
 * @param overtimeLimits             the cooperative's 36協定 limits
 * @param complaints                 苦情の処理状況, in the order received
 * @param socialInsurance            社会保険・雇用保険, {@code null} until recorded
 * @param trainings                  教育訓練・キャリアコンサルティング of the worker, by date
 * @param retainUntil                保存期限: the end of the period + 3 years
 * @param asOf                       the day the ledger was read
 */
public record LedgerEntry(String cooperativeId, String assignmentId, LedgerStatus status, String cancelReason,
                          String workerId, String workerName, LocalDate birthDate, boolean indefiniteTerm,
                          LocalDate indefiniteSince, Integer ageAtStart, Boolean sixtyOrOverAtStart, Integer ageAsOf,
                          Boolean sixtyOrOverAsOf, String clientId, String clientName, String workplaceMunicipalityCode,
                          String workplaceMunicipalityName, String organisationalUnit, Period period, String workingDays,
                          int plannedDays, long plannedMinutes, int actualDays, long actualMinutes, LocalTime startTime,
                          LocalTime endTime, Integer breakMinutes, String work, WorkCategory category,
                          MedicalDispatchException medicalException, String responsibility,
                          String dispatcherResponsiblePerson, String clientResponsiblePerson,
                          LedgerOvertimeLimits overtimeLimits, List<LedgerComplaint> complaints,
                          LedgerSocialInsurance socialInsurance, List<LedgerTraining> trainings, LocalDate retainUntil,
                          LocalDate asOf) {

    public LedgerEntry {
        complaints = complaints == null ? List.of() : List.copyOf(complaints);
        trainings = trainings == null ? List.of() : List.copyOf(trainings);
    }
}
