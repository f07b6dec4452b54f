package jp.yui.command.cooperative;

import java.time.LocalDate;

/** One term of certification (認定): valid from {@code from} through {@code through}; {@code terminated} once it lapsed or was revoked. */
record CertificationTerm(String number, LocalDate from, LocalDate through, boolean terminated) {

    boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(through);
    }

    CertificationTerm endBefore(LocalDate effectiveOn) {
        LocalDate last = effectiveOn.minusDays(1);
        return new CertificationTerm(number, from, last.isBefore(through) ? last : through, true);
    }
}
