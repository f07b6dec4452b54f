package jp.yui.query.ledger;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.AssignmentCancelled;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.AssignmentRescheduled;
import jp.yui.command.api.AssignmentTermsRecorded;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.ComplaintRecorded;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.Period;
import jp.yui.command.api.SocialInsuranceRecorded;
import jp.yui.command.api.TrainingKind;
import jp.yui.command.api.TrainingRecorded;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import jp.yui.command.api.WorkerConvertedToIndefiniteTerm;
import jp.yui.command.api.WorkerHired;

/**
 * One cooperative's ledger history (a unique cooperative id per use):
 * <ul>
 *   <li>山田 花子 (W-1, born 1966-05-10, indefinite from hire 2020-04-01): A-1 at the member 海士いわがき生産, planned
 *       Mon–Fri 8 h for April–June 2026, then rescheduled to Mon/Wed/Fri for April–July; terms recorded; actuals for
 *       April (recorded twice, the second replaces the first) and May; a complaint; social insurance; two trainings.
 *       A-2 at 海士町役場 (explicit days in August) cancelled. A-9 ended 2022-03-31 (retained until 2025-03-31).</li>
 *   <li>佐藤 一郎 (W-2, fixed term from 2025-04-01, converted 2025-10-01): A-3 a secondment (not in the ledger), A-4 a
 *       dispatch at 西ノ島町 with a complaint whose text holds a comma, quotes and a line break.</li>
 * </ul>
 */
final class LedgerFixture {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    static final OvertimeAgreement SPECIAL = new OvertimeAgreement(8, 40, 8, false, 45, 360, false, true, 720, 100, 6);
    static final String AMA = "325252";
    static final String NISHINOSHIMA = "325261";
    static final String TRICKY_COMPLAINT = "休憩室が狭い、\"改善\"を希望,\n再発防止を求む";

    final String coop = "C-ledger-" + COUNTER.incrementAndGet() + "-" + System.nanoTime();

    Object registered() {
        return new CooperativeRegistered(coop, "島前マルチワーク事業協同組合", "32", Set.of(AMA, NISHINOSHIMA), 4, CapUnit.HOURS,
                DayOfWeek.SUNDAY, SPECIAL);
    }

    List<Object> history() {
        return List.of(
                registered(),
                new MemberAdmitted(coop, "CL-1", "海士いわがき生産", "水産業", LocalDate.of(2020, 1, 1)),
                new NonMemberClientRegistered(coop, "CL-2", "海士町役場", ClientKind.MUNICIPALITY, AMA),
                new MemberAdmitted(coop, "CL-3", "西ノ島観光", "観光業", LocalDate.of(2021, 4, 1)),
                new WorkerHired(coop, "W-1", "山田 花子", LocalDate.of(1966, 5, 10), LocalDate.of(2020, 4, 1),
                        EmploymentType.INDEFINITE, null, AMA, Set.of("漁業")),
                new WorkerHired(coop, "W-2", "佐藤 一郎", LocalDate.of(2000, 1, 1), LocalDate.of(2025, 4, 1),
                        EmploymentType.FIXED_TERM, LocalDate.of(2026, 3, 31), NISHINOSHIMA, Set.of()),
                new WorkerConvertedToIndefiniteTerm(coop, "W-2", LocalDate.of(2025, 10, 1)),
                new AssignmentPlanned(coop, "A-9", AssignmentKind.DISPATCH, "W-1", "CL-1", "定置網漁業の補助",
                        WorkCategory.GENERAL, null, AMA, Period.of(LocalDate.of(2021, 4, 1), LocalDate.of(2022, 3, 31)),
                        WorkPattern.weekly(480, MONDAY, TUESDAY), 1100),
                new AssignmentPlanned(coop, "A-1", AssignmentKind.DISPATCH, "W-1", "CL-1", "岩牡蠣の出荷作業",
                        WorkCategory.GENERAL, null, AMA, Period.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
                        WorkPattern.weekly(480, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), 1100),
                new AssignmentTermsRecorded(coop, "A-1", "出荷課", LocalTime.of(8, 0), LocalTime.of(17, 0), 60,
                        "補助的業務（指揮命令者の指示による）", "田中 太郎", "鈴木 次郎"),
                new AssignmentRescheduled(coop, "A-1", Period.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 31)),
                        WorkPattern.weekly(Map.of(MONDAY, 480, WEDNESDAY, 480, FRIDAY, 480),
                                Set.of(LocalDate.of(2026, 4, 29), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 6)))),
                new ActualHoursRecorded(coop, "A-1", YearMonth.of(2026, 4), Map.of(LocalDate.of(2026, 4, 1), 480,
                        LocalDate.of(2026, 4, 3), 480, LocalDate.of(2026, 4, 6), 0, LocalDate.of(2026, 4, 8), 420)),
                new ActualHoursRecorded(coop, "A-1", YearMonth.of(2026, 4), Map.of(LocalDate.of(2026, 4, 1), 480,
                        LocalDate.of(2026, 4, 3), 450)),
                new ActualHoursRecorded(coop, "A-1", YearMonth.of(2026, 5), Map.of(LocalDate.of(2026, 5, 1), 480)),
                new ComplaintRecorded(coop, "A-1", LocalDate.of(2026, 5, 20), "休憩室が狭い", "派遣先と協議し改善した"),
                new SocialInsuranceRecorded(coop, "W-1", true, true, true, null),
                new TrainingRecorded(coop, "W-1", LocalDate.of(2026, 4, 2), TrainingKind.TRAINING, "安全衛生教育", 120),
                new TrainingRecorded(coop, "W-1", LocalDate.of(2026, 3, 15), TrainingKind.CAREER_CONSULTATION,
                        "キャリア面談", 60),
                new AssignmentPlanned(coop, "A-2", AssignmentKind.DISPATCH, "W-1", "CL-2", "観光案内所の受付",
                        WorkCategory.GENERAL, null, AMA, Period.of(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)),
                        WorkPattern.days(Map.of(LocalDate.of(2026, 8, 3), 240, LocalDate.of(2026, 8, 4), 240,
                                LocalDate.of(2026, 9, 1), 240)), 1000),
                new AssignmentCancelled(coop, "A-2", "町の事業中止"),
                new AssignmentPlanned(coop, "A-3", AssignmentKind.SECONDMENT, "W-2", "CL-3", "遊歩道の整備",
                        WorkCategory.CONSTRUCTION, null, NISHINOSHIMA,
                        Period.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)), WorkPattern.weekly(480, MONDAY), 0),
                new AssignmentPlanned(coop, "A-4", AssignmentKind.DISPATCH, "W-2", "CL-3", "宿泊施設の清掃",
                        WorkCategory.GENERAL, null, NISHINOSHIMA,
                        Period.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 30)),
                        WorkPattern.weekly(Map.of(MONDAY, 480, TUESDAY, 480, WEDNESDAY, 480, THURSDAY, 480,
                                FRIDAY, 480, DayOfWeek.SATURDAY, 240)), 1100),
                new ComplaintRecorded(coop, "A-4", LocalDate.of(2026, 5, 25), TRICKY_COMPLAINT, null),
                new SocialInsuranceRecorded(coop, "W-2", true, true, false, "週20時間未満の期間があったため"));
    }
}
