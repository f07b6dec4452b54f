package jp.yui.command.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a seasonal job (季節の仕事・求人) asks for: a client's demand for work of a category at a workplace municipality,
 * over a period, on days given either as weekdays (with Japanese public holidays observed as days off, or not) or as
 * explicit dates, so many hours a day, for a headcount of workers with the required skills, at a fee per hour.
 *
 * @param clientId             the client (派遣先): a member or a registered non-member client
 * @param weekdays             the working weekdays (weekly pattern); empty when {@code dates} is given
 * @param dates                explicit working dates; empty when {@code weekdays} is given
 * @param holidaysOff          for a weekly pattern: public holidays are days off (祝日休み)
 * @param minutesPerDay        minutes of work per day and worker
 * @param headcount            how many workers each working day needs
 * @param medicalException     stated legal exception for hospital medical work, else null
 */
public record SeasonalJobTerms(String clientId, String work, WorkCategory category,
                               MedicalDispatchException medicalException, String workplaceMunicipality, Period period,
                               Set<DayOfWeek> weekdays, Set<LocalDate> dates, boolean holidaysOff, int minutesPerDay,
                               int headcount, Set<String> requiredSkills, long feePerHourYen) {

    public SeasonalJobTerms {
        weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
        dates = dates == null ? Set.of() : Set.copyOf(new TreeSet<>(dates));
        requiredSkills = requiredSkills == null ? Set.of() : Set.copyOf(requiredSkills);
    }

    /** The work pattern of one worker on this job over its whole period, as an assignment would carry it. */
    public WorkPattern pattern() {
        if (!dates.isEmpty()) {
            Map<LocalDate, Integer> m = new TreeMap<>();
            dates.forEach(d -> m.put(d, minutesPerDay));
            return WorkPattern.days(m);
        }
        Map<DayOfWeek, Integer> w = new EnumMap<>(DayOfWeek.class);
        weekdays.forEach(d -> w.put(d, minutesPerDay));
        return holidaysOff ? WorkPattern.weeklyExceptHolidays(w, period) : WorkPattern.weekly(w);
    }

    /** Minutes per worker on a day (0 when not a working day of the job). */
    public int minutesOn(LocalDate day, WorkPattern pattern) {
        return period.contains(day) ? pattern.minutesOn(day) : 0;
    }
}
