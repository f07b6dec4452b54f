package jp.yui.command.cooperative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.OvertimeLimitKind;
import jp.yui.command.api.Period;
import jp.yui.command.api.RuleViolationException;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The policy classes at their boundaries, called directly. */
class PolicyBoundariesTest {

    private static final LocalDate MON = LocalDate.of(2026, 6, 1); // a Monday

    static AssignmentState assignment(String id, String worker, String client, Period p, WorkPattern pattern) {
        return new AssignmentState(id, AssignmentKind.DISPATCH, worker, client, "作業", WorkCategory.GENERAL, null,
                Demo.AMA, p, pattern, 1000, false, Map.of());
    }

    static WorkerState worker(String birth, PreviousEmployment... previous) {
        return new WorkerState("w", "職員", LocalDate.parse(birth), LocalDate.of(2026, 4, 1), EmploymentType.INDEFINITE,
                null, LocalDate.of(2026, 4, 1), null, Demo.AMA, Set.of(), List.of(previous));
    }

    @Test
    @DisplayName("R-CAP class per day: a business joining on 2026-10-01 is O in September and M from October")
    void rCap_memberJoiningMidYear() {
        ClientState salt = new ClientState("salt", "海士の塩工房", ClientKind.BUSINESS, null,
                List.of(new Membership(LocalDate.of(2026, 10, 1), null)));
        ClientClassifier classifier = new ClientClassifier(Map.of("salt", salt),
                List.of(new DistrictVersion(null, Set.of(Demo.AMA))));
        AssignmentState a = assignment("a", "w", "salt", new Period(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 2)),
                WorkPattern.weekly(6 * 60, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        UsageFigures f = ProjectedYear.figures(new BusinessYear(2026, 4), List.of(a), classifier);
        // 9/28, 9/29, 9/30 as a non-member (18 h); 10/1, 10/2 as a member (12 h)
        assertThat(f.other().minutes()).isEqualTo(18 * 60);
        assertThat(f.member().minutes()).isEqualTo(12 * 60);
        assertThat(f.member().feesYen()).isEqualByComparingTo("12000");
    }

    @Test
    @DisplayName("R-CAP-4: a month with actual results counts with them; other months with the plan")
    void rCap4_actualMonthsReplacePlannedOnes() {
        ClientState m = new ClientState("m", "組合員", ClientKind.BUSINESS, null, List.of(new Membership(LocalDate.of(2020, 1, 1), null)));
        ClientClassifier classifier = new ClientClassifier(Map.of("m", m), List.of(new DistrictVersion(null, Set.of(Demo.AMA))));
        AssignmentState a = assignment("a", "w", "m", new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31)),
                Demo.weekdays(8));
        long planned = ProjectedYear.figures(new BusinessYear(2026, 4), List.of(a), classifier).member().minutes();
        // June 2026 has 22 weekdays, July 23: 45 × 8 h
        assertThat(planned).isEqualTo(45 * 8 * 60);
        AssignmentState withJune = a.withActuals(YearMonth.of(2026, 6), Map.of(LocalDate.of(2026, 6, 1), 300));
        long projected = ProjectedYear.figures(new BusinessYear(2026, 4), List.of(withJune), classifier).member().minutes();
        assertThat(projected).isEqualTo(23 * 8 * 60 + 300);
    }

    @Test
    @DisplayName("R-WORK-4: split days are fine within 8 h (4 h + 4 h); one minute more is refused")
    void rWork4_splitDayBoundary() {
        Period day = new Period(MON, MON);
        AssignmentState morning = assignment("a", "w", "c", day, WorkPattern.days(Map.of(MON, 240)));
        AssignmentState afternoon = assignment("b", "w", "c", day, WorkPattern.days(Map.of(MON, 240)));
        AssignmentState longer = assignment("b", "w", "c", day, WorkPattern.days(Map.of(MON, 241)));
        WorkerDays before = WorkerDays.of(List.of(morning), day, 4, DayOfWeek.SUNDAY);
        WorkerState w = worker("1990-01-01");
        assertThatCode(() -> DailyHoursPolicy.check(w, before,
                WorkerDays.of(List.of(morning, afternoon), day, 4, DayOfWeek.SUNDAY), day, OvertimeAgreement.standard()))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> DailyHoursPolicy.check(w, before,
                WorkerDays.of(List.of(morning, longer), day, 4, DayOfWeek.SUNDAY), day, OvertimeAgreement.standard()))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("R-WORK-4")
                .hasMessageContaining("8.02 h");
    }

    @Test
    @DisplayName("R-WORK-5: overtime = minutes beyond 8 h a day plus regular minutes beyond 40 h in the week")
    void rWork5_overtimeArithmetic() {
        // a week (Sunday start) with five 9 h days and one 8 h Saturday: daily OT 5 × 1 h; regular 5 × 8 + 8 = 48 → weekly OT 8 h
        Period week = new Period(MON.minusDays(1), MON.plusDays(5));
        AssignmentState a = assignment("a", "w", "c", week, new WorkPattern(Map.of(DayOfWeek.MONDAY, 540, DayOfWeek.TUESDAY, 540,
                DayOfWeek.WEDNESDAY, 540, DayOfWeek.THURSDAY, 540, DayOfWeek.FRIDAY, 540, DayOfWeek.SATURDAY, 480), Set.of(), Map.of()));
        WorkerDays days = WorkerDays.of(List.of(a), week, 4, DayOfWeek.SUNDAY);
        int[] ot = WorkingTimePolicy.overtime(days, OvertimeAgreement.standard());
        assertThat(WorkingTimePolicy.monthly(days, ot).get(YearMonth.of(2026, 6))).isEqualTo(13 * 60L);
    }

    @Test
    @DisplayName("R-WORK-5: 45 h of monthly overtime accepted, one minute more refused (planned overtime allowed)")
    void rWork5_monthlyLimitBoundary() {
        OvertimeAgreement oa = OvertimeAgreement.withPlannedOvertime(12);
        WorkerState w = worker("1990-01-01");
        // June 2026: 22 weekdays; 45 h overtime = 2,700 min; 22 days × 122 min = 2,684 + 16 on the first day
        Period june = new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        Map<LocalDate, Integer> exact = new java.util.TreeMap<>();
        june.days().filter(d -> d.getDayOfWeek().getValue() <= 5).forEach(d -> exact.put(d, 480 + 122));
        exact.put(LocalDate.of(2026, 6, 1), 480 + 122 + 16);
        AssignmentState ok = assignment("a", "w", "c", june, WorkPattern.days(exact));
        WorkerDays none = WorkerDays.of(List.of(), june, 4, DayOfWeek.SUNDAY);
        assertThatCode(() -> WorkingTimePolicy.check(w, none, WorkerDays.of(List.of(ok), june, 4, DayOfWeek.SUNDAY), june, oa))
                .doesNotThrowAnyException();
        Map<LocalDate, Integer> over = new java.util.TreeMap<>(exact);
        over.put(LocalDate.of(2026, 6, 1), 480 + 122 + 17);
        AssignmentState tooMuch = assignment("a", "w", "c", june, WorkPattern.days(over));
        assertThatThrownBy(() -> WorkingTimePolicy.check(w, none, WorkerDays.of(List.of(tooMuch), june, 4, DayOfWeek.SUNDAY), june, oa))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("R-WORK-5")
                .hasMessageContaining("overtime in 2026-06 would be 45.02 h");
        List<WorkingTimePolicy.Excess> excesses = WorkingTimePolicy.excesses(WorkerDays.of(List.of(tooMuch), june, 4, DayOfWeek.SUNDAY), oa);
        assertThat(excesses).extracting(WorkingTimePolicy.Excess::kind).containsExactly(OvertimeLimitKind.MONTHLY);
    }

    @Test
    @DisplayName("R-WORK-3: barred through one year after leaving (left 2026-01-31: 2027-01-31 refused, 2027-02-01 accepted)")
    void rWork3_oneYearBoundary() {
        WorkerState w = worker("2001-07-07", new PreviousEmployment("inn", LocalDate.of(2026, 1, 31), false));
        LocalDate barred = LocalDate.of(2027, 1, 31);
        LocalDate free = LocalDate.of(2027, 2, 1);
        assertThatThrownBy(() -> FormerEmployerPolicy.check(w, "inn", "民宿 はまなす", new Period(barred, barred),
                WorkPattern.days(Map.of(barred, 60)))).hasMessageStartingWith("R-WORK-3");
        assertThatCode(() -> FormerEmployerPolicy.check(w, "inn", "民宿 はまなす", new Period(free, free),
                WorkPattern.days(Map.of(free, 60)))).doesNotThrowAnyException();
        // a period that starts in the barred window but has no working day in it is fine
        assertThatCode(() -> FormerEmployerPolicy.check(w, "inn", "民宿 はまなす", new Period(barred, free),
                WorkPattern.days(Map.of(free, 60)))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("R-WORK-3: the 60+ exception — a retiree aged 60 or over may go back at once")
    void rWork3_retireeOf60OrOver() {
        WorkerState w = worker("1963-04-10", new PreviousEmployment("setnet", LocalDate.of(2025, 3, 31), true));
        LocalDate d = LocalDate.of(2025, 4, 1);
        assertThatCode(() -> FormerEmployerPolicy.check(w, "setnet", "崎の定置網", new Period(d, d),
                WorkPattern.days(Map.of(d, 60)))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("R-CERT-1: valid through the day before the tenth anniversary")
    void rCert1_termBoundary() {
        assertThat(CertificationPolicy.validThrough(LocalDate.of(2021, 6, 1))).isEqualTo(LocalDate.of(2031, 5, 31));
        List<CertificationTerm> terms = List.of(new CertificationTerm("n", LocalDate.of(2021, 6, 1), LocalDate.of(2031, 5, 31), false));
        assertThat(CertificationPolicy.firstUncoveredDay(terms, new Period(LocalDate.of(2031, 5, 1), LocalDate.of(2031, 5, 31)))).isNull();
        assertThat(CertificationPolicy.firstUncoveredDay(terms, new Period(LocalDate.of(2031, 5, 1), LocalDate.of(2031, 6, 1))))
                .isEqualTo(LocalDate.of(2031, 6, 1));
    }
}
