package jp.yui.command.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/** A closed range of calendar days, both ends included. */
public record Period(LocalDate from, LocalDate to) {

    public static Period of(LocalDate from, LocalDate to) {
        return new Period(from, to);
    }

    public boolean wellFormed() {
        return from != null && to != null && !to.isBefore(from);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean overlaps(Period other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    public long length() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Stream<LocalDate> days() {
        return from.datesUntil(to.plusDays(1));
    }

    /** The overlap with another period, or {@code null} when they do not overlap. */
    public Period intersection(Period other) {
        if (!overlaps(other)) {
            return null;
        }
        return new Period(from.isAfter(other.from) ? from : other.from, to.isBefore(other.to) ? to : other.to);
    }

    @Override
    public String toString() {
        return from + "〜" + to;
    }
}
