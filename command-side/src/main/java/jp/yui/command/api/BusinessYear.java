package jp.yui.command.api;

import java.time.LocalDate;

/**
 * A business year (事業年度), named by the calendar year it starts in: with the default start month April,
 * business year 2026 runs 2026-04-01 .. 2027-03-31.
 */
public record BusinessYear(int startYear, int startMonth) implements Comparable<BusinessYear> {

    public static BusinessYear containing(LocalDate day, int startMonth) {
        int year = day.getMonthValue() >= startMonth ? day.getYear() : day.getYear() - 1;
        return new BusinessYear(year, startMonth);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, startMonth, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusYears(1).minusDays(1);
    }

    public Period period() {
        return new Period(firstDay(), lastDay());
    }

    public BusinessYear next() {
        return new BusinessYear(startYear + 1, startMonth);
    }

    @Override
    public int compareTo(BusinessYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    @Override
    public String toString() {
        return startYear + "年度 (" + firstDay() + "〜" + lastDay() + ")";
    }
}
