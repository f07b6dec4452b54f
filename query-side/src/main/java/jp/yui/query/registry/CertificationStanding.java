package jp.yui.query.registry;

import java.time.LocalDate;

/**
 * A cooperative's certification on one day.
 *
 * @param on                    the day
 * @param status                the status on that day
 * @param labelJa               the status with its detail in Japanese, e.g. 「更新申請期間中（2031-03-02〜2031-04-01）」
 * @param labelEn               the same in English
 * @param term                  the term covering the day; otherwise the last term before it; otherwise the first term
 *                              after it; null when there is none
 * @param nextTerm              a decided term starting after {@code term} (a renewal, or a later certification)
 * @param expiresOn             the last valid day: while valid, the end of the uninterrupted validity from the day on
 *                              (decided renewals included, a scheduled lapse or revocation respected); otherwise the
 *                              last day of {@code term}; null when never certified
 * @param daysUntilExpiry       while valid, days from {@code on} to {@code expiresOn} (0 on the last valid day)
 * @param renewalWindowOpensOn  while valid and no lapse or revocation is scheduled: the first day of the renewal window,
 *                              90 days before {@code expiresOn} (R-CERT-2)
 * @param renewalWindowClosesOn the last day of the window, 60 days before {@code expiresOn}
 * @param end                   the lapse or revocation that ended the certification (LAPSED, REVOKED), or one already
 *                              recorded that takes effect after the day (scheduled end while valid)
 */
public record CertificationStanding(LocalDate on, CertificationStatus status, String labelJa, String labelEn,
                                    CertificationTermView term, CertificationTermView nextTerm, LocalDate expiresOn,
                                    Long daysUntilExpiry, LocalDate renewalWindowOpensOn,
                                    LocalDate renewalWindowClosesOn, CertificationEndView end) {
}
