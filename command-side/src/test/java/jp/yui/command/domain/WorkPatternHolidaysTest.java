package jp.yui.command.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import jp.yui.command.api.Period;
import jp.yui.command.api.WorkPattern;
import org.junit.jupiter.api.Test;

/** "Weekdays except holidays": the holidays on working weekdays become the pattern's excepted dates. */
class WorkPatternHolidaysTest {

    @Test
    void silverWeek2026IsOff() {
        Period p = new Period(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 27));
        Map<DayOfWeek, Integer> weekdays = Map.of(DayOfWeek.MONDAY, 480, DayOfWeek.TUESDAY, 480,
                DayOfWeek.WEDNESDAY, 480, DayOfWeek.THURSDAY, 480, DayOfWeek.FRIDAY, 480);
        WorkPattern pattern = WorkPattern.weeklyExceptHolidays(weekdays, p);
        // 敬老の日 (Mon 21), 国民の休日 (Tue 22), 秋分の日 (Wed 23)
        assertThat(pattern.exceptDates()).containsExactlyInAnyOrder(LocalDate.of(2026, 9, 21),
                LocalDate.of(2026, 9, 22), LocalDate.of(2026, 9, 23));
        assertThat(pattern.minutesOn(LocalDate.of(2026, 9, 21))).isZero();
        assertThat(pattern.minutesOn(LocalDate.of(2026, 9, 24))).isEqualTo(480);
        long total = p.days().mapToLong(pattern::minutesOn).sum();
        assertThat(total).isEqualTo(7 * 480);
    }

    @Test
    void aHolidayOnANonWorkingDayIsNotListed() {
        // 2026-05-03 憲法記念日 is a Sunday; 05-06 振替休日 is a Wednesday
        Period p = new Period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 10));
        WorkPattern pattern = WorkPattern.weeklyExceptHolidays(Map.of(DayOfWeek.SUNDAY, 300), p);
        assertThat(pattern.exceptDates()).containsExactly(LocalDate.of(2026, 5, 3));
        WorkPattern weekdays = WorkPattern.weeklyExceptHolidays(Map.of(DayOfWeek.WEDNESDAY, 300), p);
        assertThat(weekdays.exceptDates()).containsExactly(LocalDate.of(2026, 5, 6));
    }
}
