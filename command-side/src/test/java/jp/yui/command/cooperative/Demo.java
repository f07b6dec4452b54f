package jp.yui.command.cooperative;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.CooperativeCertified;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.Period;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.PreviousEmployerRecorded;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import jp.yui.command.api.WorkerHired;
import jp.yui.command.domain.CapLaw;
import jp.yui.command.domain.Municipalities;
import org.axonframework.test.aggregate.AggregateTestFixture;

/**
 * The demo cooperative of ../shared/data/demo-cooperative.json (島前マルチワーク事業協同組合, Oki islands) as given
 * events, and helpers to build fixtures and commands. Business year 2026 = 2026-04-01 .. 2027-03-31.
 */
public final class Demo {

    public static final String COOP = "dozen";
    public static final String AMA = "325252";
    public static final String NISHINOSHIMA = "325261";
    public static final String CHIBU = "325279";
    public static final String OKINOSHIMA = "325287";
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private Demo() {
    }

    public static AggregateTestFixture<Cooperative> fixture() {
        return fixture(CapLaw.defaults(), TODAY);
    }

    public static AggregateTestFixture<Cooperative> fixture(CapLaw law, LocalDate today) {
        AggregateTestFixture<Cooperative> f = new AggregateTestFixture<>(Cooperative.class);
        f.registerInjectableResource(Municipalities.officialList());
        f.registerInjectableResource(law);
        f.registerInjectableResource(Clock.fixed(today.atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant(),
                ZoneId.of("Asia/Tokyo")));
        return f;
    }

    public static CooperativeRegistered registered(CapUnit unit) {
        return new CooperativeRegistered(COOP, "島前マルチワーク事業協同組合", "32", Set.of(AMA, NISHINOSHIMA, CHIBU), 4, unit,
                DayOfWeek.SUNDAY, OvertimeAgreement.standard());
    }

    public static CooperativeCertified certified() {
        return new CooperativeCertified(COOP, "島根県指令地第12号", "32", LocalDate.of(2021, 6, 1),
                LocalDate.of(2021, 6, 1), LocalDate.of(2031, 5, 31));
    }

    /** Registration and certification only. */
    public static List<Object> base(CapUnit unit) {
        return new ArrayList<>(List.of(registered(unit), certified()));
    }

    /** The whole demo: members, non-member clients, workers with their previous employers. */
    public static List<Object> history() {
        List<Object> h = base(CapUnit.HOURS);
        h.add(member("setnet", "株式会社 崎の定置網", "2021-06-01"));
        h.add(member("oyster", "島前いわがき生産組合", "2021-06-01"));
        h.add(member("process", "有限会社 海士水産加工", "2021-06-01"));
        h.add(member("cattle", "隠岐牛ファーム西ノ島", "2021-06-01"));
        h.add(member("inn", "民宿 はまなす", "2022-04-01"));
        h.add(member("boat", "知夫里観光汽船", "2022-04-01"));
        h.add(member("rice", "農事組合法人 中里", "2021-06-01"));
        h.add(member("care", "社会福祉法人 島前福祉会", "2023-04-01"));
        h.add(new NonMemberClientRegistered(COOP, "salt", "海士の塩工房", ClientKind.BUSINESS, null));
        h.add(member("salt", "海士の塩工房", "2026-10-01"));
        h.add(member("builder", "西ノ島建設 株式会社", "2021-06-01"));
        h.add(new NonMemberClientRegistered(COOP, "ama-town", "海士町役場", ClientKind.MUNICIPALITY, AMA));
        h.add(new NonMemberClientRegistered(COOP, "chibu-vill", "知夫村役場", ClientKind.MUNICIPALITY, CHIBU));
        h.add(new NonMemberClientRegistered(COOP, "pref", "島根県 隠岐支庁", ClientKind.OTHER_PUBLIC_BODY, null));
        h.add(new NonMemberClientRegistered(COOP, "hotel", "ホテル 島の風（非組合員）", ClientKind.BUSINESS, null));
        h.add(worker("w1", "佐藤 陽菜", "1998-05-12", "2022-04-01", AMA));
        h.add(worker("w2", "田中 大翔", "1995-11-03", "2022-04-01", NISHINOSHIMA));
        h.add(worker("w3", "鈴木 美咲", "2000-02-20", "2023-04-01", AMA));
        h.add(worker("w4", "高橋 蓮", "1992-08-30", "2024-04-01", NISHINOSHIMA));
        h.add(new PreviousEmployerRecorded(COOP, "w4", "cattle", LocalDate.of(2023, 3, 31), false));
        h.add(worker("w5", "伊藤 一郎", "1963-04-10", "2025-04-01", CHIBU));
        h.add(new PreviousEmployerRecorded(COOP, "w5", "setnet", LocalDate.of(2025, 3, 31), true));
        h.add(worker("w6", "渡辺 さくら", "2001-07-07", "2026-04-01", AMA));
        h.add(new PreviousEmployerRecorded(COOP, "w6", "inn", LocalDate.of(2026, 1, 31), false));
        h.add(new WorkerHired(COOP, "w7", "山本 健", LocalDate.of(1999, 12, 1), LocalDate.of(2026, 4, 1),
                EmploymentType.FIXED_TERM, LocalDate.of(2027, 3, 31), AMA, Set.of("事務")));
        return h;
    }

    public static MemberAdmitted member(String id, String name, String joinedOn) {
        return new MemberAdmitted(COOP, id, name, null, LocalDate.parse(joinedOn));
    }

    public static WorkerHired worker(String id, String name, String born, String hired, String home) {
        return new WorkerHired(COOP, id, name, LocalDate.parse(born), LocalDate.parse(hired),
                EmploymentType.INDEFINITE, null, home, Set.of());
    }

    /** Eight-hour weekdays. */
    public static WorkPattern weekdays(int hours) {
        return WorkPattern.weekly(hours * 60, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    /** A dispatch with an explicit list of days: {@code days} consecutive days from {@code from}, {@code hours} each. */
    public static WorkPattern days(LocalDate from, int days, int hours) {
        Map<LocalDate, Integer> m = new java.util.TreeMap<>();
        for (int i = 0; i < days; i++) {
            m.put(from.plusDays(i), hours * 60);
        }
        return WorkPattern.days(m);
    }

    public static PlanAssignment plan(String id, String worker, String client, String from, String to,
                                      WorkPattern pattern) {
        return new PlanAssignment(COOP, id, AssignmentKind.DISPATCH, worker, client, "作業", WorkCategory.GENERAL, null,
                AMA, new Period(LocalDate.parse(from), LocalDate.parse(to)), pattern, 1100);
    }

    public static AssignmentPlanned planned(PlanAssignment c) {
        return new AssignmentPlanned(c.cooperativeId(), c.assignmentId(), c.kind(), c.workerId(), c.clientId(),
                c.work(), c.category(), c.medicalException(), c.workplaceMunicipality(), c.period(), c.pattern(),
                c.feePerHourYen());
    }
}
