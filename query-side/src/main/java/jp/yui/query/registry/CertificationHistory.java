package jp.yui.query.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import jp.yui.command.api.LapseReason;
import jp.yui.command.api.RevocationGround;

/**
 * The certification of one cooperative as a sequence of decisions (certifications, renewals, lapses, revocations),
 * applied in the order they were recorded — with the same effect on the terms as the write model: a lapse or
 * revocation effective on day E ends every term still running on E the day before E, and a renewal term that had not
 * started by E never takes effect. Pure (no I/O); used by the registry's queries and by the as-of fold.
 * <p>
 * Renewal window (R-CERT-2): a renewal is applied for 90 to 60 days before expiry. "n days before expiry" counts from
 * the last valid day: for a term valid through 2031-05-31 the window runs 2031-03-02 (90 days before) through
 * 2031-04-01 (60 days before), both included; day 91 (2031-03-01) and day 59 (2031-04-02) are outside it.
 */
public final class CertificationHistory {

    /** The window opens this many days before the last valid day. */
    public static final int RENEWAL_WINDOW_OPENS_DAYS_BEFORE = 90;
    /** The window closes (last day inside it) this many days before the last valid day. */
    public static final int RENEWAL_WINDOW_CLOSES_DAYS_BEFORE = 60;

    private final List<Term> terms = new ArrayList<>();
    private final List<CertificationEndView> ends = new ArrayList<>();

    private static final class Term {
        final CertificationTermKind kind;
        final String number;
        final LocalDate certifiedOn;
        final LocalDate decidedOn;
        final LocalDate from;
        final LocalDate through;
        final Instant recordedAt;
        final String recordedBy;
        LocalDate effectiveThrough;
        boolean endedEarly;

        Term(CertificationTermKind kind, String number, LocalDate certifiedOn, LocalDate decidedOn, LocalDate from,
             LocalDate through, Instant recordedAt, String recordedBy) {
            this.kind = kind;
            this.number = number;
            this.certifiedOn = certifiedOn;
            this.decidedOn = decidedOn;
            this.from = from;
            this.through = through;
            this.recordedAt = recordedAt;
            this.recordedBy = recordedBy;
            this.effectiveThrough = through;
        }

        boolean tookEffect() {
            return !effectiveThrough.isBefore(from);
        }

        boolean covers(LocalDate day) {
            return tookEffect() && !day.isBefore(from) && !day.isAfter(effectiveThrough);
        }

        CertificationTermView view() {
            return new CertificationTermView(kind, number, certifiedOn, decidedOn, from, through,
                    tookEffect() ? effectiveThrough : null, endedEarly, recordedAt, recordedBy);
        }
    }

    /** CooperativeCertified. */
    public void certified(String number, LocalDate certifiedOn, LocalDate validFrom, LocalDate validThrough,
                          Instant recordedAt, String recordedBy) {
        terms.add(new Term(CertificationTermKind.CERTIFICATION, number, certifiedOn, certifiedOn, validFrom,
                validThrough, recordedAt, recordedBy));
    }

    /** CertificationRenewed. */
    public void renewed(String number, LocalDate decidedOn, LocalDate validFrom, LocalDate validThrough,
                        Instant recordedAt, String recordedBy) {
        LocalDate certifiedOn = terms.isEmpty() ? decidedOn : terms.get(terms.size() - 1).certifiedOn;
        terms.add(new Term(CertificationTermKind.RENEWAL, number, certifiedOn, decidedOn, validFrom, validThrough,
                recordedAt, recordedBy));
    }

    /** CertificationLapsed. */
    public void lapsed(LocalDate effectiveOn, LapseReason reason, List<String> assignmentsNeedingAction,
                       Instant recordedAt, String recordedBy) {
        end(CertificationEndView.lapse(effectiveOn, reason, assignmentsNeedingAction, recordedAt, recordedBy));
    }

    /** CertificationRevoked. */
    public void revoked(LocalDate effectiveOn, RevocationGround ground, String reason,
                        List<String> assignmentsNeedingAction, Instant recordedAt, String recordedBy) {
        end(CertificationEndView.revocation(effectiveOn, ground, reason, assignmentsNeedingAction, recordedAt,
                recordedBy));
    }

    private void end(CertificationEndView end) {
        ends.add(end);
        LocalDate effectiveOn = end.effectiveOn();
        for (Term t : terms) {
            if (t.endedEarly || t.effectiveThrough.isBefore(effectiveOn)) {
                continue;
            }
            t.endedEarly = true;
            t.effectiveThrough = t.from.isBefore(effectiveOn) ? effectiveOn.minusDays(1) : t.from.minusDays(1);
        }
    }

    public boolean isEmpty() {
        return terms.isEmpty() && ends.isEmpty();
    }

    /** Every term in the order decided. */
    public List<CertificationTermView> terms() {
        return terms.stream().map(Term::view).toList();
    }

    /** The renewals (CertificationRenewed terms) in the order decided. */
    public List<CertificationTermView> renewals() {
        return terms.stream().filter(t -> t.kind == CertificationTermKind.RENEWAL).map(Term::view).toList();
    }

    /** Every lapse and revocation in the order recorded. */
    public List<CertificationEndView> ends() {
        return List.copyOf(ends);
    }

    /** The standing on {@code day}. */
    public CertificationStanding on(LocalDate day) {
        Term covering = terms.stream().filter(t -> t.covers(day)).findFirst().orElse(null);
        if (covering != null) {
            Term last = covering;
            Term next = successor(covering);
            for (Term s = next; s != null; s = successor(s)) {
                last = s;
            }
            LocalDate expiresOn = last.effectiveThrough;
            CertificationEndView scheduled = endEffectiveOn(expiresOn.plusDays(1));
            LocalDate opens = scheduled == null ? expiresOn.minusDays(RENEWAL_WINDOW_OPENS_DAYS_BEFORE) : null;
            LocalDate closes = scheduled == null ? expiresOn.minusDays(RENEWAL_WINDOW_CLOSES_DAYS_BEFORE) : null;
            boolean window = opens != null && !day.isBefore(opens) && !day.isAfter(closes);
            long days = ChronoUnit.DAYS.between(day, expiresOn);
            String ja;
            String en;
            if (window) {
                ja = "更新申請期間中（" + opens + "〜" + closes + "、満了 " + expiresOn + " まで " + days + " 日）";
                en = "Renewal window open (" + opens + " to " + closes + "; " + days + " days until expiry on "
                        + expiresOn + ")";
            } else if (scheduled != null) {
                ja = "有効（" + expiresOn + " まで。" + scheduled.effectiveOn() + " から" + scheduled.labelJa() + "）";
                en = "Valid through " + expiresOn + " (" + scheduled.labelEn() + " from " + scheduled.effectiveOn() + ")";
            } else {
                ja = "有効（" + expiresOn + " まで）";
                en = "Valid through " + expiresOn;
            }
            return new CertificationStanding(day, window ? CertificationStatus.RENEWAL_WINDOW_OPEN
                    : CertificationStatus.VALID, ja, en, covering.view(), next == null ? null : next.view(), expiresOn,
                    days, opens, closes, scheduled);
        }
        Term past = null;
        for (Term t : terms) {
            if (t.tookEffect() && t.effectiveThrough.isBefore(day)
                    && (past == null || t.effectiveThrough.isAfter(past.effectiveThrough))) {
                past = t;
            }
        }
        Term future = terms.stream().filter(t -> t.tookEffect() && t.from.isAfter(day))
                .min((a, b) -> a.from.compareTo(b.from)).orElse(null);
        if (past == null) {
            return new CertificationStanding(day, CertificationStatus.NOT_CERTIFIED, "未認定", "Not certified",
                    future == null ? null : future.view(), null, null, null, null, null, null);
        }
        CertificationEndView end = endEffectiveOn(past.effectiveThrough.plusDays(1));
        CertificationStatus status = end == null ? CertificationStatus.EXPIRED : end.kind();
        String ja;
        String en;
        if (end == null) {
            ja = "有効期間満了（" + past.effectiveThrough + " まで有効）";
            en = "Expired (valid through " + past.effectiveThrough + ")";
        } else {
            ja = end.labelJa() + "（" + end.effectiveOn() + " から）";
            en = end.labelEn() + " from " + end.effectiveOn();
        }
        return new CertificationStanding(day, status, ja, en, past.view(), future == null ? null : future.view(),
                past.effectiveThrough, null, null, null, end);
    }

    /** The term that continues {@code t} without a gap (a renewal, or a new certification starting the next day). */
    private Term successor(Term t) {
        LocalDate nextDay = t.effectiveThrough.plusDays(1);
        return terms.stream().filter(s -> s != t && s.tookEffect() && s.from.equals(nextDay)).findFirst().orElse(null);
    }

    private CertificationEndView endEffectiveOn(LocalDate day) {
        CertificationEndView found = null;
        for (CertificationEndView e : ends) {
            if (e.effectiveOn().equals(day)) {
                found = e;
            }
        }
        return found;
    }
}
