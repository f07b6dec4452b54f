package jp.yui.command.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.yui.command.domain.JapaneseHolidays;

/**
 * When an assignment works: either a weekly pattern (minutes per weekday, minus some excepted dates) or an
 * explicit list of days with their minutes. Exactly one of {@code weekdayMinutes} and {@code dayMinutes} is
 * non-empty. Minutes are whole minutes of work (not of presence).
 */
public record WorkPattern(Map<DayOfWeek, Integer> weekdayMinutes, Set<LocalDate> exceptDates,
                          Map<LocalDate, Integer> dayMinutes) {

    /**
     * Copies are immutable and in a fixed order (weekdays Monday first, dates ascending) — not {@code Map.copyOf},
     * whose iteration order differs from one JVM to the next: the JSON of the same pattern (an event's payload, a read
     * model's column) would then depend on the node that wrote it, and a replay elsewhere would write other text.
     */
    public WorkPattern {
        weekdayMinutes = weekdayMinutes == null ? Map.of() : sorted(new EnumMap<>(DayOfWeek.class), weekdayMinutes);
        exceptDates = exceptDates == null ? Set.of() : sorted(exceptDates);
        dayMinutes = dayMinutes == null ? Map.of() : sorted(new TreeMap<>(), dayMinutes);
    }

    private static <K, V> Map<K, V> sorted(Map<K, V> target, Map<K, V> source) {
        source.forEach((k, v) -> target.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
        return Collections.unmodifiableMap(target);
    }

    private static Set<LocalDate> sorted(Set<LocalDate> source) {
        Set<LocalDate> target = new TreeSet<>();
        source.forEach(d -> target.add(Objects.requireNonNull(d)));
        return Collections.unmodifiableSet(target);
    }

    public static WorkPattern weekly(Map<DayOfWeek, Integer> weekdayMinutes) {
        return new WorkPattern(weekdayMinutes, Set.of(), Map.of());
    }

    public static WorkPattern weekly(Map<DayOfWeek, Integer> weekdayMinutes, Set<LocalDate> exceptDates) {
        return new WorkPattern(weekdayMinutes, exceptDates, Map.of());
    }

    /** The same minutes on each of the given weekdays. */
    public static WorkPattern weekly(int minutes, DayOfWeek... days) {
        Map<DayOfWeek, Integer> m = new TreeMap<>();
        for (DayOfWeek d : days) {
            m.put(d, minutes);
        }
        return weekly(m);
    }

    /**
     * A weekly pattern on weekdays except Japanese public holidays (国民の祝日・振替休日・国民の休日): the holidays
     * of {@code period} that fall on a working weekday become the excepted dates, so the plan records exactly which days
     * are off.
     */
    public static WorkPattern weeklyExceptHolidays(Map<DayOfWeek, Integer> weekdayMinutes, Period period) {
        Set<LocalDate> holidays = new java.util.TreeSet<>();
        for (JapaneseHolidays.Holiday h : JapaneseHolidays.shared().between(period.from(), period.to())) {
            if (weekdayMinutes.getOrDefault(h.date().getDayOfWeek(), 0) > 0) {
                holidays.add(h.date());
            }
        }
        return weekly(weekdayMinutes, holidays);
    }

    public static WorkPattern days(Map<LocalDate, Integer> dayMinutes) {
        return new WorkPattern(Map.of(), Set.of(), dayMinutes);
    }

    public boolean explicit() {
        return !dayMinutes.isEmpty();
    }

    /** Planned minutes on a day, assuming the day lies in the assignment's period. */
    public int minutesOn(LocalDate day) {
        if (explicit()) {
            return dayMinutes.getOrDefault(day, 0);
        }
        if (exceptDates.contains(day)) {
            return 0;
        }
        return weekdayMinutes.getOrDefault(day.getDayOfWeek(), 0);
    }
}
