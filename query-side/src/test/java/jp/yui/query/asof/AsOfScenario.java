package jp.yui.query.asof;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertificationRevoked;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.CooperativeCertified;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.MembershipEndReason;
import jp.yui.command.api.MembershipEnded;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.Period;
import jp.yui.command.api.RevocationGround;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import jp.yui.command.api.WorkerHired;

/**
 * One cooperative's history with the instants each event was recorded at (Tokyo wall-clock times below):
 * certified in 2021; a year 2026 plan (a1 setnet Apr–Jun weekdays 8 h, a2 hotel two July days, a4 the town one August
 * week 5 h a day, a3 process two October days); April's actual results recorded on 2 May; on 10 September at
 * 23:59:59 the expulsion of member "process" from 30 September; one second later (11 September 00:00) a new client;
 * on 15 October the revocation of the certification from 1 November.
 */
final class AsOfScenario {

    static final String COOP = "asof-1";

    record Recorded(Instant at, Object event, String userId) {
    }

    private AsOfScenario() {
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** A Tokyo wall-clock time as an instant. */
    static Instant tokyo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CooperativeAsOfFold.ZONE).toInstant();
    }

    static WorkPattern weekdays(int minutes) {
        return WorkPattern.weekly(minutes, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    static AssignmentPlanned plan(String id, String worker, String client, Period p, WorkPattern pattern, long fee) {
        return new AssignmentPlanned(COOP, id, AssignmentKind.DISPATCH, worker, client, "作業", WorkCategory.GENERAL, null,
                "325252", p, pattern, fee);
    }

    static List<Recorded> events() {
        return List.of(
                new Recorded(tokyo("2021-05-20T10:00:00"), new CooperativeRegistered(COOP, "島前マルチワーク事業協同組合",
                        "32", Set.of("325252", "325261"), 4, CapUnit.HOURS, DayOfWeek.SUNDAY,
                        OvertimeAgreement.standard()), "manager"),
                new Recorded(tokyo("2021-06-01T10:00:00"), new CooperativeCertified(COOP, "島根県指令地第12号", "32",
                        d("2021-06-01"), d("2021-06-01"), d("2031-05-31")), "prefecture"),
                new Recorded(tokyo("2021-06-01T11:00:00"), new MemberAdmitted(COOP, "setnet", "株式会社 崎の定置網", "漁業",
                        d("2021-06-01")), "manager"),
                new Recorded(tokyo("2021-06-01T11:00:01"), new MemberAdmitted(COOP, "process", "有限会社 海士水産加工",
                        "食料品製造業", d("2021-06-01")), "manager"),
                new Recorded(tokyo("2022-03-20T09:00:00"), new WorkerHired(COOP, "w1", "佐藤 一郎", d("1966-07-15"),
                        d("2022-04-01"), EmploymentType.INDEFINITE, null, "325252", Set.of("漁業")), "manager"),
                new Recorded(tokyo("2022-03-20T09:00:01"), new WorkerHired(COOP, "w2", "佐藤 陽菜", d("1998-05-12"),
                        d("2022-04-01"), EmploymentType.INDEFINITE, null, "325261", Set.of()), "manager"),
                new Recorded(tokyo("2022-04-01T09:00:00"), new NonMemberClientRegistered(COOP, "hotel", "ホテル 島の風",
                        ClientKind.BUSINESS, null), "manager"),
                new Recorded(tokyo("2022-04-01T09:00:01"), new NonMemberClientRegistered(COOP, "town", "海士町役場",
                        ClientKind.MUNICIPALITY, "325252"), "manager"),
                new Recorded(tokyo("2026-03-25T09:00:00"), plan("a1", "w1", "setnet",
                        Period.of(d("2026-04-01"), d("2026-06-30")), weekdays(480), 1100), "manager"),
                new Recorded(tokyo("2026-03-25T09:00:01"), plan("a2", "w2", "hotel",
                        Period.of(d("2026-07-01"), d("2026-07-31")),
                        WorkPattern.days(Map.of(d("2026-07-01"), 480, d("2026-07-02"), 480)), 1200), "manager"),
                new Recorded(tokyo("2026-03-25T09:00:02"), plan("a3", "w2", "process",
                        Period.of(d("2026-10-01"), d("2026-10-31")),
                        WorkPattern.days(Map.of(d("2026-10-01"), 480, d("2026-10-02"), 240)), 1000), "manager"),
                new Recorded(tokyo("2026-03-25T09:00:03"), plan("a4", "w1", "town",
                        Period.of(d("2026-08-03"), d("2026-08-07")), weekdays(300), 1100), "manager"),
                new Recorded(tokyo("2026-05-02T09:00:00"), new ActualHoursRecorded(COOP, "a1", YearMonth.of(2026, 4),
                        Map.of(d("2026-04-01"), 420, d("2026-04-02"), 480)), "setnet-clerk"),
                new Recorded(tokyo("2026-09-10T23:59:59"), new MembershipEnded(COOP, "process", d("2026-09-30"),
                        MembershipEndReason.EXPULSION), "manager"),
                new Recorded(tokyo("2026-09-11T00:00:00"), new NonMemberClientRegistered(COOP, "late", "遅い登録の派遣先",
                        ClientKind.BUSINESS, null), "manager"),
                new Recorded(tokyo("2026-10-15T14:00:00"), new CertificationRevoked(COOP, d("2026-11-01"),
                        RevocationGround.BREACH, "虚偽の実績報告", List.of()), "prefecture"));
    }

    /** The fold of the scenario for {@code date}. */
    static CooperativeAsOf foldOn(LocalDate date) {
        CooperativeAsOfFold fold = CooperativeAsOfFold.asOf(COOP, date);
        for (Recorded r : events()) {
            fold.offer(r.event(), r.at(), r.userId());
        }
        return fold.view(jp.yui.command.domain.CapLaw.defaults());
    }
}
