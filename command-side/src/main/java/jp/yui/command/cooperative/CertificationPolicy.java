package jp.yui.command.cooperative;

import java.time.LocalDate;
import java.util.List;
import jp.yui.command.api.Period;
import jp.yui.command.api.RuleViolationException;

/**
 * R-CERT-1 / R-CERT-3 — dispatch may only be planned or recorded for days on which the cooperative holds a valid
 * certification. A term runs 10 years through the day before the tenth anniversary; a lapse or revocation ends it
 * the day before its effective date.
 */
final class CertificationPolicy {

    static final int TERM_YEARS = 10;

    private CertificationPolicy() {
    }

    static LocalDate validThrough(LocalDate validFrom) {
        LocalDate anniversary = validFrom.plusYears(TERM_YEARS);
        // Certified on 29 February: the tenth year has no corresponding day, so the term runs to the end of
        // February (Civil Code §143(2)); plusYears already clamped to that day, which is then the last valid day.
        return anniversary.getDayOfMonth() != validFrom.getDayOfMonth() ? anniversary : anniversary.minusDays(1);
    }

    static boolean validOn(List<CertificationTerm> terms, LocalDate day) {
        for (CertificationTerm t : terms) {
            if (t.covers(day)) {
                return true;
            }
        }
        return false;
    }

    /** The first day of the period without a valid certification, or null. */
    static LocalDate firstUncoveredDay(List<CertificationTerm> terms, Period period) {
        LocalDate d = period.from();
        while (!d.isAfter(period.to())) {
            CertificationTerm covering = null;
            for (CertificationTerm t : terms) {
                if (t.covers(d)) {
                    covering = t;
                    break;
                }
            }
            if (covering == null) {
                return d;
            }
            d = covering.through().plusDays(1);
        }
        return null;
    }

    static void requireValid(List<CertificationTerm> terms, Period period, String what) {
        LocalDate gap = firstUncoveredDay(terms, period);
        if (gap == null) {
            return;
        }
        boolean ended = terms.stream().anyMatch(t -> t.terminated() && !gap.isBefore(t.from()));
        if (ended) {
            throw new RuleViolationException("R-CERT-3",
                    what + ": 認定が " + gap + " の時点で失効または取り消されています。以後の派遣はできません",
                    what + ": the certification has lapsed or been revoked by " + gap + "; no dispatch from then on");
        }
        String ja = terms.isEmpty() ? "組合は認定を受けていません" : gap + " に有効な認定がありません";
        String en = terms.isEmpty() ? "the cooperative is not certified" : "no valid certification on " + gap;
        throw new RuleViolationException("R-CERT-1", what + ": " + ja + "（派遣期間 " + period + "）",
                what + ": " + en + " (assignment period " + period + ")");
    }
}
