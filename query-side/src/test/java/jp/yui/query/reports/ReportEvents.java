package jp.yui.query.reports;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.AssignmentCancelled;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.AssignmentRescheduled;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.CooperativeCertified;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.DistrictChangeCertified;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.Period;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import jp.yui.command.api.WorkerHired;

/**
 * The events of the reports tests: a cooperative of the Oki islands with business year 2026 (2026-04-01..2027-03-31).
 * The expected figures in the tests were worked out by hand (and checked with a separate script), not by the code.
 */
final class ReportEvents {

    static final String AMA = "325252";
    static final String NISHINOSHIMA = "325261";
    static final String CHIBU = "325279";

    private ReportEvents() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static WorkPattern weekdays(int minutes) {
        return WorkPattern.weekly(minutes, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
    }

    static WorkPattern on(int minutes, DayOfWeek... days) {
        return WorkPattern.weekly(minutes, days);
    }

    static WorkPattern days(int minutes, String from, String to) {
        Map<LocalDate, Integer> m = new TreeMap<>();
        for (LocalDate x = d(from); !x.isAfter(d(to)); x = x.plusDays(1)) {
            m.put(x, minutes);
        }
        return WorkPattern.days(m);
    }

    static AssignmentPlanned dispatch(String coop, String id, String worker, String client, String work, String from,
                                      String to, WorkPattern pattern, long fee) {
        return new AssignmentPlanned(coop, id, AssignmentKind.DISPATCH, worker, client, work, WorkCategory.GENERAL, null,
                AMA, new Period(d(from), d(to)), pattern, fee);
    }

    static AssignmentPlanned secondment(String coop, String id, String worker, String client, String work, String from,
                                        String to, WorkPattern pattern, long fee) {
        return new AssignmentPlanned(coop, id, AssignmentKind.SECONDMENT, worker, client, work, WorkCategory.CONSTRUCTION,
                null, AMA, new Period(d(from), d(to)), pattern, fee);
    }

    static ActualHoursRecorded actual(String coop, String assignment, String month, Object... dayMinutes) {
        Map<LocalDate, Integer> m = new TreeMap<>();
        for (int i = 0; i < dayMinutes.length; i += 2) {
            m.put(d((String) dayMinutes[i]), (Integer) dayMinutes[i + 1]);
        }
        return new ActualHoursRecorded(coop, assignment, YearMonth.parse(month), m);
    }

    static WorkerHired worker(String coop, String id, String name, String hiredOn) {
        return new WorkerHired(coop, id, name, d("1998-05-12"), d(hiredOn), EmploymentType.INDEFINITE, null, AMA,
                Set.of());
    }

    /**
     * The year of the tests:
     * <ul>
     *   <li>a1 w1 → setnet (member), Apr–Jun weekdays 8 h at ¥1,100; April actual 480 + 300 min (recorded twice, the
     *       second replaces the first); May 21 and June 22 weekdays planned → 31,980 − 10,560 = 21,420 min</li>
     *   <li>a2 w2 → salt, Sep–Oct weekdays 8 h at ¥1,000; salt joins on 2026-10-01: September (22 days) is O,
     *       October (22 days) is M</li>
     *   <li>a3 w1 → 海士町 (related), July Mon/Wed/Fri 4 h at ¥1,200, shortened to 07-01..07-15: 7 days = 1,680 min</li>
     *   <li>a4 w3 → 島根県 (other), 2026-08-03..07 explicit 8 h at ¥1,500 = 2,400 min</li>
     *   <li>a5 w2 → setnet (member), November, cancelled: counts nothing</li>
     *   <li>a6 w3 → builder, October, secondment: listed, never counted</li>
     *   <li>a10 w3 → 海士町, 2027-01-04..08 explicit 8 h at ¥1,200, January actual 480 + 480 + 360; 海士町 leaves the district
     *       on 2027-01-01, so January is O</li>
     *   <li>for 1 June 2027: a7 w1 → setnet 2027-05-17..06-30 (定置網漁業), a8 w2 → 海士町 2027-06-01..06-30 (事務補助),
     *       a9 w3 → 島根県 containing the day but cancelled, a11 w3 → salt ending 2027-05-31</li>
     * </ul>
     */
    static List<Object> year2026(String coop) {
        List<Object> e = new ArrayList<>();
        e.add(new CooperativeRegistered(coop, "島前テスト事業協同組合", "32", Set.of(AMA, NISHINOSHIMA, CHIBU), 4,
                CapUnit.HOURS, java.time.DayOfWeek.SUNDAY, OvertimeAgreement.standard()));
        e.add(new CooperativeCertified(coop, "島根県指令地第99号", "32", d("2021-06-01"), d("2021-06-01"), d("2031-05-31")));
        e.add(new MemberAdmitted(coop, "setnet", "株式会社 崎の定置網", "漁業", d("2021-06-01")));
        e.add(new MemberAdmitted(coop, "builder", "西ノ島建設 株式会社", "総合工事業", d("2021-06-01")));
        e.add(new NonMemberClientRegistered(coop, "salt", "海士の塩工房", ClientKind.BUSINESS, null));
        e.add(new NonMemberClientRegistered(coop, "ama-town", "海士町役場", ClientKind.MUNICIPALITY, AMA));
        e.add(new NonMemberClientRegistered(coop, "pref", "島根県 隠岐支庁", ClientKind.OTHER_PUBLIC_BODY, null));
        e.add(worker(coop, "w1", "佐藤 陽菜", "2022-04-01"));
        e.add(worker(coop, "w2", "鈴木 健太", "2023-04-01"));
        e.add(worker(coop, "w3", "高橋 美咲", "2024-04-01"));
        e.add(dispatch(coop, "a1", "w1", "setnet", "定置網漁業", "2026-04-01", "2026-06-30", weekdays(480), 1100));
        e.add(dispatch(coop, "a2", "w2", "salt", "塩づくり", "2026-09-01", "2026-10-31", weekdays(480), 1000));
        e.add(new MemberAdmitted(coop, "salt", "海士の塩工房", "食料品製造業", d("2026-10-01")));
        e.add(dispatch(coop, "a3", "w1", "ama-town", "事務補助", "2026-07-01", "2026-07-31",
                on(240, MONDAY, WEDNESDAY, FRIDAY), 1200));
        e.add(new AssignmentRescheduled(coop, "a3", new Period(d("2026-07-01"), d("2026-07-15")),
                on(240, MONDAY, WEDNESDAY, FRIDAY)));
        e.add(dispatch(coop, "a4", "w3", "pref", "観光案内", "2026-08-03", "2026-08-07",
                days(480, "2026-08-03", "2026-08-07"), 1500));
        e.add(dispatch(coop, "a5", "w2", "setnet", "定置網漁業", "2026-11-02", "2026-11-30", weekdays(480), 1100));
        e.add(new AssignmentCancelled(coop, "a5", "網の修理が前倒しになったため"));
        e.add(secondment(coop, "a6", "w3", "builder", "林業の地拵え", "2026-10-01", "2026-10-31", weekdays(480), 1300));
        e.add(actual(coop, "a1", "2026-04", "2026-04-01", 480, "2026-04-02", 480, "2026-04-03", 480));
        e.add(actual(coop, "a1", "2026-04", "2026-04-01", 480, "2026-04-02", 300));
        e.add(new DistrictChangeCertified(coop, Set.of(NISHINOSHIMA, CHIBU), d("2027-01-01")));
        e.add(dispatch(coop, "a10", "w3", "ama-town", "事務補助", "2027-01-04", "2027-01-08",
                days(480, "2027-01-04", "2027-01-08"), 1200));
        e.add(actual(coop, "a10", "2027-01", "2027-01-04", 480, "2027-01-05", 480, "2027-01-06", 360));
        e.add(dispatch(coop, "a7", "w1", "setnet", "定置網漁業", "2027-05-17", "2027-06-30", weekdays(480), 1100));
        e.add(dispatch(coop, "a8", "w2", "ama-town", "事務補助", "2027-06-01", "2027-06-30", weekdays(480), 1200));
        e.add(dispatch(coop, "a9", "w3", "pref", "観光案内", "2027-05-20", "2027-06-10", weekdays(480), 1500));
        e.add(new AssignmentCancelled(coop, "a9", "県の予算が付かなかったため"));
        e.add(dispatch(coop, "a11", "w3", "salt", "塩づくり", "2027-04-01", "2027-05-31", weekdays(480), 1000));
        return e;
    }
}
