package jp.yui.query.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.yui.command.api.WorkPattern;

/**
 * The JSON kept in the {@code jsonb} columns of the reports read model: a work pattern
 * ({@code {"weekdays":{"MONDAY":480}, "except":["2026-05-04"], "days":{"2026-04-01":240}}}) and a month's actual
 * minutes per day ({@code {"2026-04-01":480}}). Plain maps of strings, so the stored text does not depend on how
 * Jackson treats records or date keys.
 */
final class JsonCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };
    private static final TypeReference<Map<String, Integer>> DAY_MINUTES = new TypeReference<>() { };

    private JsonCodec() {
    }

    static String pattern(WorkPattern p) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Integer> weekdays = new TreeMap<>();
        p.weekdayMinutes().forEach((d, m) -> weekdays.put(d.name(), m));
        json.put("weekdays", weekdays);
        json.put("except", new TreeSet<>(p.exceptDates()).stream().map(LocalDate::toString).toList());
        json.put("days", dayMap(p.dayMinutes()));
        return write(json);
    }

    @SuppressWarnings("unchecked")
    static WorkPattern pattern(String text) {
        try {
            Map<String, Object> json = MAPPER.readValue(text, OBJECT);
            Map<DayOfWeek, Integer> weekdays = new TreeMap<>();
            ((Map<String, Number>) json.getOrDefault("weekdays", Map.of()))
                    .forEach((d, m) -> weekdays.put(DayOfWeek.valueOf(d), m.intValue()));
            TreeSet<LocalDate> except = new TreeSet<>();
            ((List<String>) json.getOrDefault("except", List.of())).forEach(d -> except.add(LocalDate.parse(d)));
            Map<LocalDate, Integer> days = new TreeMap<>();
            ((Map<String, Number>) json.getOrDefault("days", Map.of()))
                    .forEach((d, m) -> days.put(LocalDate.parse(d), m.intValue()));
            return new WorkPattern(weekdays, except, days);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable work pattern " + text, e);
        }
    }

    static String dayMinutes(Map<LocalDate, Integer> minutes) {
        return write(dayMap(minutes));
    }

    static Map<LocalDate, Integer> dayMinutes(String text) {
        try {
            Map<LocalDate, Integer> days = new TreeMap<>();
            MAPPER.readValue(text, DAY_MINUTES).forEach((d, m) -> days.put(LocalDate.parse(d), m == null ? 0 : m));
            return days;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable minutes per day " + text, e);
        }
    }

    private static Map<String, Integer> dayMap(Map<LocalDate, Integer> minutes) {
        Map<String, Integer> days = new TreeMap<>();
        if (minutes != null) {
            minutes.forEach((d, m) -> days.put(d.toString(), m == null ? 0 : m));
        }
        return days;
    }

    private static String write(Object json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
