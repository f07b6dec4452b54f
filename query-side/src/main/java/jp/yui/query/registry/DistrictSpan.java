package jp.yui.query.registry;

import java.time.LocalDate;

/**
 * Days during which a municipality belongs to a district.
 *
 * @param from    first day; null when since the cooperative's registration
 * @param through last day; null while it still belongs
 */
public record DistrictSpan(LocalDate from, LocalDate through) {

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (through == null || !day.isAfter(through));
    }
}
