package jp.yui.ui.manager;

import jp.yui.command.api.ClientClass;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class CapPreviewTest {

    static final List<CapPreview.Cap> NESTED = List.of(new CapPreview.Cap("R-CAP-2", false, 20),
            new CapPreview.Cap("R-CAP-2", true, 50));
    static final long H = 60;

    /** The worked example of RULES.md, in minutes. */
    @Test
    void workedExampleOfTheRules() {
        CapPreview.Figures before = new CapPreview.Figures(1000 * H, 0, 150 * H);
        // a related municipality asks for 400 h: O + R = 55 % > 50 % → refused
        var refused = CapPreview.caps(before, before.plus(CapPreview.Figures.of(ClientClass.RELATED_MUNICIPALITY,
                400 * H)), NESTED);
        assertThat(CapPreview.refused(refused)).isTrue();
        assertThat(refused.get(1).shareAfter()).isEqualTo(55.0);
        assertThat(refused.get(1).wouldRefuse()).isTrue();
        assertThat(refused.get(0).wouldRefuse()).isFalse();
        // 350 h is accepted: exactly 50 % (inclusive)
        CapPreview.Figures after350 = before.plus(CapPreview.Figures.of(ClientClass.RELATED_MUNICIPALITY, 350 * H));
        var accepted = CapPreview.caps(before, after350, NESTED);
        assertThat(CapPreview.refused(accepted)).isFalse();
        assertThat(accepted.get(1).shareAfter()).isEqualTo(50.0);
        assertThat(accepted.get(1).headRoomAfter()).isZero();
        assertThat(accepted.get(0).headRoomAfter()).isEqualTo(50 * H);
        // then 60 h of other non-members: O = 21 % > 20 % → refused
        var other = CapPreview.caps(after350, after350.plus(CapPreview.Figures.of(ClientClass.OTHER_NON_MEMBER, 60 * H)),
                NESTED);
        assertThat(other.get(0).wouldRefuse()).isTrue();
        assertThat(other.get(0).shareAfter()).isEqualTo(21.0);
        // cancelling 100 h of member use: M = 900 h, O + R = 55.6 % → refused
        var cancel = CapPreview.caps(after350, after350.minus(CapPreview.Figures.of(ClientClass.MEMBER, 100 * H)),
                NESTED);
        assertThat(cancel.get(1).wouldRefuse()).isTrue();
        assertThat(cancel.get(1).shareAfter()).isEqualTo(55.5);
    }

    @Test
    void aYearAboveTheCapMayComeDownButNotGoFurtherUp() {
        CapPreview.Figures above = new CapPreview.Figures(1000 * H, 0, 250 * H);
        var down = CapPreview.caps(above, above.minus(CapPreview.Figures.of(ClientClass.OTHER_NON_MEMBER, 10 * H)),
                NESTED);
        assertThat(down.get(0).holdsAfter()).isFalse();
        assertThat(down.get(0).wouldRefuse()).isFalse();
        var up = CapPreview.caps(above, above.plus(CapPreview.Figures.of(ClientClass.OTHER_NON_MEMBER, 1)), NESTED);
        assertThat(up.get(0).wouldRefuse()).isTrue();
    }

    @Test
    void feesAndEmptyMemberUse() {
        assertThat(CapPreview.amount(90, 1500, true)).isEqualTo(2250);
        assertThat(CapPreview.amount(90, 1500, false)).isEqualTo(90);
        assertThat(CapPreview.share(0, 0)).isZero();
        assertThat(CapPreview.share(1, 0)).isInfinite();
        var fresh = CapPreview.caps(CapPreview.Figures.ZERO, CapPreview.Figures.of(ClientClass.OTHER_NON_MEMBER, 60),
                NESTED);
        assertThat(fresh.get(0).wouldRefuse()).isTrue();
    }

    @Test
    void daysOfAWeeklyPatternClippedToTheYearWithoutHolidays() {
        LocalDate yearFrom = LocalDate.of(2026, 4, 1);
        LocalDate yearTo = LocalDate.of(2027, 3, 31);
        Map<LocalDate, Integer> days = CapPreview.days(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 30),
                Map.of(DayOfWeek.MONDAY, 480, DayOfWeek.WEDNESDAY, 240), Set.of(LocalDate.of(2026, 4, 29)),
                yearFrom, yearTo);
        // April 2026: Mondays 6, 13, 20, 27; Wednesdays 1, 8, 15, 22 (29 is 昭和の日)
        assertThat(days).hasSize(8);
        assertThat(days).doesNotContainKey(LocalDate.of(2026, 3, 30)).doesNotContainKey(LocalDate.of(2026, 4, 29));
        assertThat(days.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4 * 480 + 4 * 240);
        assertThat(CapPreview.days(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), Map.of(DayOfWeek.MONDAY, 1),
                Set.of(), yearFrom, yearTo)).isEmpty();
    }

    @Test
    void workerHoursDailyLimitAndOvertime() {
        CapPreview.Limits limits = new CapPreview.Limits(480, 2400, 600, 45 * 60, 360 * 60, DayOfWeek.MONDAY);
        Map<LocalDate, Integer> existing = new TreeMap<>();
        LocalDate monday = LocalDate.of(2026, 6, 1);
        for (int i = 0; i < 5; i++) {
            existing.put(monday.plusDays(i), 480);
        }
        // adding 3 h on Monday and 8 h on Saturday
        Map<LocalDate, Integer> added = Map.of(monday, 180, monday.plusDays(5), 480);
        CapPreview.WorkerOutcome w = CapPreview.worker(existing, Map.of(), added, limits);
        assertThat(w.yearMinutesBefore()).isEqualTo(2400);
        assertThat(w.yearMinutesAfter()).isEqualTo(2400 + 660);
        assertThat(w.maxDayMinutes()).isEqualTo(660);
        assertThat(w.maxDay()).isEqualTo(monday);
        assertThat(w.daysOverDailyLimit()).isEqualTo(1);
        // 180 min daily excess on Monday, and the week's regular part 2880 is 480 above 40 h
        assertThat(w.overtimeMinutesAfter()).isEqualTo(180 + 480);
        assertThat(w.maxOvertimeMonth()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(w.monthlyLimitExceeded()).isFalse();
        // removing the existing Monday entirely
        CapPreview.WorkerOutcome removed = CapPreview.worker(existing, Map.of(monday, 480), Map.of(), limits);
        assertThat(removed.yearMinutesAfter()).isEqualTo(1920);
        assertThat(removed.overtimeMinutesAfter()).isZero();
    }
}
