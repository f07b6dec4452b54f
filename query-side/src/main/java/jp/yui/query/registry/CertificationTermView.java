package jp.yui.query.registry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One term of certification.
 *
 * @param kind                certification (認定) or renewal (更新)
 * @param certificationNumber 認定番号 of this term
 * @param certifiedOn         認定日: the date of the certification this term descends from (for a renewal, the original
 *                            certification's date)
 * @param decidedOn           the date of this decision (certifiedOn of a certification, decidedOn of a renewal)
 * @param validFrom           first valid day as decided
 * @param validThrough        last valid day as decided (the day before the tenth anniversary, R-CERT-1)
 * @param effectiveThrough    last valid day after any lapse or revocation; null when the term never took effect (a
 *                            renewal whose predecessor lapsed or was revoked before it started)
 * @param endedEarly          whether a lapse or revocation cut this term short (or kept it from starting)
 * @param recordedAt          when the decision was recorded
 * @param recordedBy          who recorded it (the event's {@code userId})
 */
public record CertificationTermView(CertificationTermKind kind, String certificationNumber, LocalDate certifiedOn,
                                    LocalDate decidedOn, LocalDate validFrom, LocalDate validThrough,
                                    LocalDate effectiveThrough, boolean endedEarly, Instant recordedAt,
                                    String recordedBy) {

    public boolean tookEffect() {
        return effectiveThrough != null;
    }
}
