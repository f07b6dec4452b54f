package jp.yui.ui.support;

import jp.yui.command.api.BusinessYear;
import jp.yui.query.export.Wareki;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as officials read them: 令和 with the Western date beside, and the April–March business year (年度). */
public final class Dates {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    public static final int YEAR_START_MONTH = 4;

    private Dates() {
    }

    public static LocalDate today() {
        return LocalDate.now(TOKYO);
    }

    /** The business year (its start year) containing {@code day}. */
    public static int businessYearOf(LocalDate day) {
        return BusinessYear.containing(day, YEAR_START_MONTH).startYear();
    }

    public static int currentBusinessYear() {
        return businessYearOf(today());
    }

    public static BusinessYear businessYear(int startYear) {
        return new BusinessYear(startYear, YEAR_START_MONTH);
    }

    /** 令和8年4月1日（2026-04-01）, or the ISO date in English. */
    public static String format(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        if (locale != null && "en".equals(locale.getLanguage())) {
            return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return Wareki.withWestern(date);
    }

    /** 令和8年度（2026年度）, or "FY2026 (2026-04 – 2027-03)" in English. */
    public static String businessYearLabel(int startYear, Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage())) {
            return "FY" + startYear + " (" + startYear + "-04 – " + (startYear + 1) + "-03)";
        }
        return Wareki.businessYear(startYear);
    }

    /** Minutes as hours with one decimal: 90 → "1.5". */
    public static String hours(long minutes) {
        return String.format(Locale.ROOT, "%,.1f", minutes / 60.0);
    }
}
