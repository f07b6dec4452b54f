package jp.yui.command.domain;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japanese public holidays (国民の祝日, 振替休日 and 国民の休日) with their Japanese names.
 * <p>
 * The fixed and weekday-based holidays come from the maintained holiday library jollyday ({@code de.focus-shift},
 * calendar {@code JAPAN}). Its Japan data (2.19.0) lacks or gets wrong what the 国民の祝日に関する法律 says about
 * several days, so this class completes it:
 * <ul>
 *     <li>春分の日 and 秋分の日 — absent from jollyday; computed with the usual formula (valid 1980–2099, which matches
 *     every date the Cabinet Office has announced);</li>
 *     <li>天皇誕生日 — jollyday keeps 12-23 for every year from 1990; it is 02-23 from 2020, and there is none in 2019;</li>
 *     <li>2019 (即位の日 05-01, 即位礼正殿の儀 10-22) and the Olympic moves of 2020/2021 (海の日, スポーツの日, 山の日);</li>
 *     <li>振替休日 — a holiday on a Sunday makes the nearest following non-holiday a holiday (from 1973-04-12; until
 *     2006 only the Monday), and 国民の休日 — a day between two national holidays is a holiday (from 1986; until 2006
 *     not on Sundays). jollyday only moves 文化の日 and names bridging days itself; both are recomputed here.</li>
 * </ul>
 * Instances are thread-safe and cache each year.
 */

public class JapaneseHolidays {

    /** One holiday: the day, its Japanese name and an English one. */
    public record Holiday(LocalDate date, String nameJa, String nameEn) {
    }

    private static final JapaneseHolidays SHARED = new JapaneseHolidays();

    private static final String SUBSTITUTE_JA = "振替休日";
    private static final String SUBSTITUTE_EN = "Substitute holiday";
    private static final String CITIZENS_JA = "国民の休日";
    private static final String CITIZENS_EN = "Citizens' holiday";

    private final Map<Integer, Map<LocalDate, Holiday>> years = new ConcurrentHashMap<>();
    private volatile HolidayManager manager;

    /** A process-wide instance for code outside Spring. */
    public static JapaneseHolidays shared() {
        return SHARED;
    }

    public boolean isHoliday(LocalDate day) {
        return of(day.getYear()).containsKey(day);
    }

    /** The Japanese name of the holiday on {@code day} (e.g. 敬老の日), or {@code null} on a day that is none. */
    public String name(LocalDate day) {
        Holiday h = of(day.getYear()).get(day);
        return h == null ? null : h.nameJa();
    }

    public Optional<Holiday> holiday(LocalDate day) {
        return Optional.ofNullable(of(day.getYear()).get(day));
    }

    /** The holidays of a calendar year, by date. */
    public List<Holiday> holidaysOf(int year) {
        return List.copyOf(of(year).values());
    }

    /** The holidays from {@code from} through {@code to}, by date. */
    public List<Holiday> between(LocalDate from, LocalDate to) {
        List<Holiday> out = new ArrayList<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            for (Holiday h : of(y).values()) {
                if (!h.date().isBefore(from) && !h.date().isAfter(to)) {
                    out.add(h);
                }
            }
        }
        return out;
    }

    private Map<LocalDate, Holiday> of(int year) {
        return years.computeIfAbsent(year, this::compute);
    }

    private HolidayManager manager() {
        HolidayManager m = manager;
        if (m == null) {
            synchronized (this) {
                if (manager == null) {
                    manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.JAPAN));
                }
                m = manager;
            }
        }
        return m;
    }

    private Map<LocalDate, Holiday> compute(int year) {
        // 1. the national holidays proper (国民の祝日)
        TreeMap<LocalDate, Holiday> national = new TreeMap<>();
        for (de.focus_shift.jollyday.core.Holiday h : manager().getHolidays(Year.of(year))) {
            Holiday mapped = fromLibrary(year, h);
            if (mapped != null) {
                national.put(mapped.date(), mapped);
            }
        }
        corrections(year, national);
        // 2. 国民の休日: a day between two national holidays
        TreeMap<LocalDate, Holiday> all = new TreeMap<>(national);
        if (year >= 1986) {
            for (LocalDate h : national.keySet()) {
                LocalDate between = h.plusDays(1);
                boolean sundayExcluded = year < 2007 && between.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (national.containsKey(h.plusDays(2)) && !national.containsKey(between) && !sundayExcluded) {
                    all.put(between, new Holiday(between, CITIZENS_JA, CITIZENS_EN));
                }
            }
        }
        // 3. 振替休日: a national holiday on a Sunday
        for (LocalDate h : national.keySet()) {
            if (h.getDayOfWeek() != DayOfWeek.SUNDAY || h.isBefore(LocalDate.of(1973, 4, 12))) {
                continue;
            }
            LocalDate next = h.plusDays(1);
            if (year >= 2007) {
                while (national.containsKey(next)) {
                    next = next.plusDays(1);
                }
            } else if (national.containsKey(next)) {
                continue;
            }
            if (next.getYear() == year) {
                all.putIfAbsent(next, new Holiday(next, SUBSTITUTE_JA, SUBSTITUTE_EN));
            }
        }
        return Collections.unmodifiableMap(all);
    }

    /** A holiday of the library under its Japanese name, or {@code null} for one recomputed or dropped here. */
    private static Holiday fromLibrary(int year, de.focus_shift.jollyday.core.Holiday h) {
        LocalDate d = h.getDate();
        String key = h.getPropertiesKey();
        return switch (key) {
            case "NEW_YEAR" -> new Holiday(d, "元日", "New Year's Day");
            case "COMING_OF_AGE" -> new Holiday(d, "成人の日", "Coming of Age Day");
            case "FOUNDATION" -> new Holiday(d, "建国記念の日", "National Foundation Day");
            case "SHOWA_DAY" -> year >= 2007 ? new Holiday(d, "昭和の日", "Shōwa Day")
                    : year >= 1989 ? new Holiday(d, "みどりの日", "Greenery Day")
                    : new Holiday(d, "天皇誕生日", "The Emperor's Birthday");
            case "CONSTITUTION_DAY" -> new Holiday(d, "憲法記念日", "Constitution Memorial Day");
            case "GREENERY_DAY" -> new Holiday(d, "みどりの日", "Greenery Day");
            case "CHILDRENS_DAY" -> new Holiday(d, "こどもの日", "Children's Day");
            case "NAVY_DAY" -> year == 2020 || year == 2021 ? null : new Holiday(d, "海の日", "Marine Day");
            case "MOUNTAIN_DAY" -> year == 2020 || year == 2021 ? null : new Holiday(d, "山の日", "Mountain Day");
            case "RESPECT_AGED_DAY" -> new Holiday(d, "敬老の日", "Respect for the Aged Day");
            case "HEALTH_SPORTS" -> year == 2020 || year == 2021 ? null
                    : year >= 2020 ? new Holiday(d, "スポーツの日", "Sports Day")
                    : new Holiday(d, "体育の日", "Health and Sports Day");
            // the library moves it to Monday when it falls on a Sunday; the law keeps it and adds a 振替休日
            case "CULTURE_DAY" -> new Holiday(LocalDate.of(year, Month.NOVEMBER, 3), "文化の日", "Culture Day");
            case "LABOUR_DAY" -> new Holiday(d, "勤労感謝の日", "Labour Thanksgiving Day");
            case "EMPERORS_BIRTHDAY" -> year >= 2019 ? null : new Holiday(d, "天皇誕生日", "The Emperor's Birthday");
            case "IMPERIAL_DAY" -> new Holiday(d, imperialDayJa(year), "Imperial ceremony");
            // recomputed from the completed list
            case "BRIDGING_HOLIDAY" -> null;
            default -> new Holiday(d, h.getDescription(), h.getDescription());
        };
    }

    private static String imperialDayJa(int year) {
        return switch (year) {
            case 1959 -> "皇太子明仁親王の結婚の儀";
            case 1989 -> "昭和天皇の大喪の礼";
            case 1990 -> "即位礼正殿の儀";
            case 1993 -> "皇太子徳仁親王の結婚の儀";
            default -> "皇室の慶弔行事";
        };
    }

    private static void corrections(int year, Map<LocalDate, Holiday> national) {
        if (year >= 2020) {
            put(national, LocalDate.of(year, 2, 23), "天皇誕生日", "The Emperor's Birthday");
        }
        if (year == 2019) {
            put(national, LocalDate.of(2019, 5, 1), "即位の日", "Enthronement Day");
            put(national, LocalDate.of(2019, 10, 22), "即位礼正殿の儀", "Enthronement Ceremony");
        }
        if (year == 2020) {
            put(national, LocalDate.of(2020, 7, 23), "海の日", "Marine Day");
            put(national, LocalDate.of(2020, 7, 24), "スポーツの日", "Sports Day");
            put(national, LocalDate.of(2020, 8, 10), "山の日", "Mountain Day");
        }
        if (year == 2021) {
            put(national, LocalDate.of(2021, 7, 22), "海の日", "Marine Day");
            put(national, LocalDate.of(2021, 7, 23), "スポーツの日", "Sports Day");
            put(national, LocalDate.of(2021, 8, 8), "山の日", "Mountain Day");
        }
        if (year >= 1980 && year <= 2099) {
            put(national, LocalDate.of(year, 3, equinoxDay(year, 20.8431)), "春分の日", "Vernal Equinox Day");
            put(national, LocalDate.of(year, 9, equinoxDay(year, 23.2488)), "秋分の日", "Autumnal Equinox Day");
        }
    }

    /** The usual approximation of the equinox day in Japan for 1980–2099. */
    static int equinoxDay(int year, double base) {
        int y = year - 1980;
        return (int) Math.floor(base + 0.242194 * y - Math.floor(y / 4.0));
    }

    private static void put(Map<LocalDate, Holiday> map, LocalDate d, String ja, String en) {
        map.put(d, new Holiday(d, ja, en));
    }
}
