package jp.yui.query.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.Period;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import jp.yui.command.api.WorkerHired;

/** Events of a small cooperative for the plan and ratio read-model tests (district: 海士町 and 西ノ島町). */
public final class YuiTestEvents {

    public static final String AMA = "325252";
    public static final String NISHINOSHIMA = "325261";
    public static final String CHIBU = "325279";

    private YuiTestEvents() {
    }

    /** A cooperative id no other test uses. */
    public static String newCooperativeId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static CooperativeRegistered registered(String coop) {
        return registered(coop, CapUnit.HOURS, OvertimeAgreement.standard());
    }

    public static CooperativeRegistered registered(String coop, CapUnit unit, OvertimeAgreement oa) {
        return new CooperativeRegistered(coop, "テスト組合 " + coop, "32", Set.of(AMA, NISHINOSHIMA), 4, unit,
                DayOfWeek.SUNDAY, oa);
    }

    public static MemberAdmitted member(String coop, String client, LocalDate joinedOn) {
        return new MemberAdmitted(coop, client, "組合員 " + client, "漁業", joinedOn);
    }

    public static NonMemberClientRegistered business(String coop, String client) {
        return new NonMemberClientRegistered(coop, client, "事業者 " + client, ClientKind.BUSINESS, null);
    }

    public static NonMemberClientRegistered municipality(String coop, String client, String code) {
        return new NonMemberClientRegistered(coop, client, "役場 " + client, ClientKind.MUNICIPALITY, code);
    }

    public static WorkerHired hired(String coop, String worker, LocalDate hiredOn) {
        return new WorkerHired(coop, worker, "職員 " + worker, LocalDate.of(1995, 1, 1), hiredOn,
                EmploymentType.INDEFINITE, null, AMA, Set.of());
    }

    public static AssignmentPlanned dispatch(String coop, String id, String worker, String client, Period period,
                                             WorkPattern pattern, long feePerHour) {
        return new AssignmentPlanned(coop, id, AssignmentKind.DISPATCH, worker, client, "作業 " + id,
                WorkCategory.GENERAL, null, AMA, period, pattern, feePerHour);
    }

    public static AssignmentPlanned secondment(String coop, String id, String worker, String client, Period period,
                                               WorkPattern pattern, long feePerHour) {
        return new AssignmentPlanned(coop, id, AssignmentKind.SECONDMENT, worker, client, "出向 " + id,
                WorkCategory.CONSTRUCTION, null, AMA, period, pattern, feePerHour);
    }

    /** Explicit days with the same minutes, and the period spanning them. */
    public static AssignmentPlanned onDays(String coop, String id, String worker, String client, int minutes,
                                           long feePerHour, LocalDate... days) {
        Map<LocalDate, Integer> m = new TreeMap<>();
        for (LocalDate d : days) {
            m.put(d, minutes);
        }
        LocalDate[] sorted = days.clone();
        Arrays.sort(sorted);
        return dispatch(coop, id, worker, client, new Period(sorted[0], sorted[sorted.length - 1]), WorkPattern.days(m),
                feePerHour);
    }

    public static WorkPattern weekdays(int minutes) {
        return WorkPattern.weekly(minutes, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    public static Period period(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }

    public static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
