package jp.yui.query.export;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import jp.yui.command.api.BusinessYear;

/**
 * Japanese era dates (和暦) for documents that officials read, from {@link JapaneseDate}: 令和 from 2019-05-01,
 * 平成 from 1989-01-08, 昭和, 大正, 明治 (from 1873-01-01, the first day {@code JapaneseDate} supports); the first year of
 * an era is written 元年.
 * <pre>{@code
 * Wareki.format(LocalDate.of(2026, 4, 1))       // 令和8年4月1日
 * Wareki.format(LocalDate.of(2019, 5, 1))       // 令和元年5月1日
 * Wareki.format(LocalDate.of(2019, 4, 30))      // 平成31年4月30日
 * Wareki.withWestern(LocalDate.of(2026, 4, 1))  // 令和8年4月1日（2026-04-01）
 * Wareki.businessYear(2026)                     // 令和8年度（2026年度）
 * Wareki.businessYear(2019)                     // 令和元年度（2019年度）
 * }</pre>
 * Business years (年度) are named by the calendar year they start in (as {@link BusinessYear} is) and take the era
 * in force at the end of that calendar year — the usage of the ministries' statistics, so the year from April 2019
 * is 令和元年度 and the year from April 2018 is 平成30年度.
 * <p>
 * Every method returns {@code ""} for a {@code null} date, so table cells need no checks. Dates before 1873-01-01
 * (before the Gregorian calendar in Japan) are written in Western form only. Numbers are half-width digits.
 * <p>
 * This API is shared by every read model that exports: keep it small and stable.
 */
public final class Wareki {

    private Wareki() {
    }

    /** e.g. "令和8年4月1日"; "令和元年5月1日" in an era's first year. */
    public static String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        JapaneseDate jd = japanese(date);
        if (jd == null) {
            return date.toString();
        }
        return eraName(jd.getEra()) + yearNumber(jd.get(ChronoField.YEAR_OF_ERA)) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** e.g. "令和8年4月1日（2026-04-01）" — the era date with the ISO date beside it, in full-width parentheses. */
    public static String withWestern(LocalDate date) {
        if (date == null) {
            return "";
        }
        String era = format(date);
        String iso = date.toString();
        return era.equals(iso) ? iso : era + "（" + iso + "）";
    }

    /** e.g. "令和8年" — the era and year of a date (元年 in an era's first year). */
    public static String eraYear(LocalDate date) {
        if (date == null) {
            return "";
        }
        JapaneseDate jd = japanese(date);
        if (jd == null) {
            return date.getYear() + "年";
        }
        return eraName(jd.getEra()) + yearNumber(jd.get(ChronoField.YEAR_OF_ERA)) + "年";
    }

    /**
     * e.g. "令和8年度（2026年度）" for the business year that starts in calendar year 2026.
     *
     * @param startYear the calendar year the business year starts in
     */
    public static String businessYear(int startYear) {
        return businessYearJapanese(startYear) + "（" + startYear + "年度）";
    }

    /** The label of a {@link BusinessYear}, e.g. "令和8年度（2026年度）". */
    public static String businessYear(BusinessYear year) {
        return year == null ? "" : businessYear(year.startYear());
    }

    /** e.g. "令和8年度" — the era label alone. */
    public static String businessYearJapanese(int startYear) {
        LocalDate endOfYear = LocalDate.of(startYear, 12, 31);
        JapaneseDate jd = japanese(endOfYear);
        if (jd == null) {
            return startYear + "年度";
        }
        return eraName(jd.getEra()) + yearNumber(jd.get(ChronoField.YEAR_OF_ERA)) + "年度";
    }

    /** The era's name: 明治, 大正, 昭和, 平成, 令和 (and the JDK's Japanese name for any later era). */
    public static String eraName(JapaneseEra era) {
        if (era == JapaneseEra.REIWA) {
            return "令和";
        } else if (era == JapaneseEra.HEISEI) {
            return "平成";
        } else if (era == JapaneseEra.SHOWA) {
            return "昭和";
        } else if (era == JapaneseEra.TAISHO) {
            return "大正";
        } else if (era == JapaneseEra.MEIJI) {
            return "明治";
        }
        return era.getDisplayName(TextStyle.FULL, Locale.JAPANESE);
    }

    private static String yearNumber(int yearOfEra) {
        return yearOfEra == 1 ? "元" : Integer.toString(yearOfEra);
    }

    private static JapaneseDate japanese(LocalDate date) {
        try {
            return JapaneseDate.from(date);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
