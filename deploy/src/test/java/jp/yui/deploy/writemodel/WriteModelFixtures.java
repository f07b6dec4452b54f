package jp.yui.deploy.writemodel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.HireWorker;
import jp.yui.command.api.Period;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.command.api.RegisterNonMemberClient;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import jp.yui.deploy.command.Commands;

/** Builds a small certified cooperative through the real command pipeline. */
final class WriteModelFixtures {

    static final String AMA = "325252";
    static final String NISHINOSHIMA = "325261";
    static final LocalDate FIRST_MONDAY_2026 = LocalDate.of(2026, 4, 6);

    private WriteModelFixtures() {
    }

    /** Registers and certifies a cooperative with members "m1".."m3", "town" (related municipality) and "hotel", "pref". */
    static void cooperative(Commands commands, String coop) {
        commands.send(new RegisterCooperative(coop, "テスト組合 " + coop, "32", Set.of(AMA, NISHINOSHIMA), 4,
                CapUnit.HOURS, DayOfWeek.SUNDAY, null), "tester");
        commands.send(new CertifyCooperative(coop, "島根県指令第1号", LocalDate.of(2021, 6, 1)), "prefecture");
        for (String m : new String[] {"m1", "m2", "m3"}) {
            commands.send(new AdmitMember(coop, m, "組合員 " + m, "漁業", LocalDate.of(2021, 6, 1)), "tester");
        }
        commands.send(new RegisterNonMemberClient(coop, "town", "海士町役場", ClientKind.MUNICIPALITY, AMA), "tester");
        commands.send(new RegisterNonMemberClient(coop, "hotel", "ホテル", ClientKind.BUSINESS, null), "tester");
        commands.send(new RegisterNonMemberClient(coop, "pref", "島根県", ClientKind.OTHER_PUBLIC_BODY, null), "tester");
    }

    static void hire(Commands commands, String coop, String worker) {
        commands.send(new HireWorker(coop, worker, "職員 " + worker, LocalDate.of(1995, 1, 1), LocalDate.of(2025, 4, 1),
                EmploymentType.INDEFINITE, null, AMA, Set.of()), "tester");
    }

    /** Monday to Friday, 8 h a day, in week {@code week} (0-based) of business year 2026: 40 h. */
    static PlanAssignment week(String coop, String id, String worker, String client, int week) {
        LocalDate monday = FIRST_MONDAY_2026.plusWeeks(week);
        return new PlanAssignment(coop, id, AssignmentKind.DISPATCH, worker, client, "作業", WorkCategory.GENERAL, null,
                AMA, new Period(monday, monday.plusDays(4)), WorkPattern.weekly(480, DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), 1100);
    }
}
