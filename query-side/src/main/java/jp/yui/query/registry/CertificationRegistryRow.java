package jp.yui.query.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of a prefecture's certification registry (認定台帳) on {@code asOf}.
 *
 * @param cooperativeId         the cooperative
 * @param name                  組合名
 * @param prefectureCode        都道府県コード
 * @param prefectureName        都道府県名
 * @param asOf                  the day the status is computed for
 * @param status                the status on {@code asOf}
 * @param statusJa              the status with its detail, Japanese
 * @param statusEn              the same, English
 * @param certificationNumber   認定番号 of the term shown (see {@link CertificationStanding#term()})
 * @param certifiedOn           認定日 (of the original certification of that term)
 * @param validFrom             有効期間の始期 of that term
 * @param validThrough          有効期間の終期 of that term as decided
 * @param expiresOn             the last valid day (see {@link CertificationStanding#expiresOn()}): the sort key
 * @param daysUntilExpiry       while valid, days from {@code asOf} to {@code expiresOn}
 * @param renewalWindowOpensOn  first day of the renewal window (90 days before expiry), while valid
 * @param renewalWindowClosesOn last day of the renewal window (60 days before expiry), while valid
 * @param nextTermValidFrom     first day of a decided next term (renewal), if any
 * @param end                   the lapse or revocation in force, or one scheduled after {@code asOf}
 * @param district              the district on {@code asOf}
 */
public record CertificationRegistryRow(String cooperativeId, String name, String prefectureCode, String prefectureName,
                                       LocalDate asOf, CertificationStatus status, String statusJa, String statusEn,
                                       String certificationNumber, LocalDate certifiedOn, LocalDate validFrom,
                                       LocalDate validThrough, LocalDate expiresOn, Long daysUntilExpiry,
                                       LocalDate renewalWindowOpensOn, LocalDate renewalWindowClosesOn,
                                       LocalDate nextTermValidFrom, CertificationEndView end,
                                       List<MunicipalityRef> district) {
}
