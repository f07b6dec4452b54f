package jp.yui.query.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.yui.command.api.LapseReason;
import jp.yui.command.api.RevocationGround;

/**
 * A lapse (失効) or revocation (取消し) of the certification (R-CERT-3).
 *
 * @param kind                     {@link CertificationStatus#LAPSED} or {@link CertificationStatus#REVOKED}
 * @param effectiveOn              first day without certification
 * @param lapseReason              why it lapsed (lapses only)
 * @param revocationGround         the ground of the revocation (revocations only)
 * @param reason                   the prefecture's stated reason (revocations only)
 * @param labelJa                  e.g. 「認定取消し（法令・処分違反）」
 * @param labelEn                  e.g. "Revoked (breach)"
 * @param assignmentsNeedingAction planned assignments reaching past the effective date, listed by the event
 * @param recordedAt               when it was recorded
 * @param recordedBy               who recorded it
 */
public record CertificationEndView(CertificationStatus kind, LocalDate effectiveOn, LapseReason lapseReason,
                                   RevocationGround revocationGround, String reason, String labelJa, String labelEn,
                                   List<String> assignmentsNeedingAction, Instant recordedAt, String recordedBy) {

    public CertificationEndView {
        assignmentsNeedingAction = assignmentsNeedingAction == null ? List.of() : List.copyOf(assignmentsNeedingAction);
    }

    public static CertificationEndView lapse(LocalDate effectiveOn, LapseReason reason, List<String> assignments,
                                             Instant recordedAt, String recordedBy) {
        return new CertificationEndView(CertificationStatus.LAPSED, effectiveOn, reason, null, null,
                "失効（" + lapseReasonJa(reason) + "）", "Lapsed (" + lapseReasonEn(reason) + ")", assignments,
                recordedAt, recordedBy);
    }

    public static CertificationEndView revocation(LocalDate effectiveOn, RevocationGround ground, String reason,
                                                  List<String> assignments, Instant recordedAt, String recordedBy) {
        return new CertificationEndView(CertificationStatus.REVOKED, effectiveOn, null, ground, reason,
                "認定取消し（" + groundJa(ground) + "）", "Revoked (" + groundEn(ground) + ")", assignments, recordedAt,
                recordedBy);
    }

    public static String lapseReasonJa(LapseReason r) {
        if (r == null) {
            return "理由不明";
        }
        return switch (r) {
            case EXPIRY -> "有効期間満了";
            case DISCONTINUATION -> "事業の廃止";
            case DISSOLUTION -> "解散";
            case MERGER -> "合併";
        };
    }

    public static String lapseReasonEn(LapseReason r) {
        if (r == null) {
            return "unknown reason";
        }
        return switch (r) {
            case EXPIRY -> "expiry";
            case DISCONTINUATION -> "discontinuation";
            case DISSOLUTION -> "dissolution";
            case MERGER -> "merger";
        };
    }

    public static String groundJa(RevocationGround g) {
        if (g == null) {
            return "根拠不明";
        }
        return switch (g) {
            case FRAUD -> "不正の手段による認定";
            case CRITERIA_NO_LONGER_MET -> "認定基準に適合しなくなった";
            case BREACH -> "法令・処分違反";
        };
    }

    public static String groundEn(RevocationGround g) {
        if (g == null) {
            return "unknown ground";
        }
        return switch (g) {
            case FRAUD -> "fraud";
            case CRITERIA_NO_LONGER_MET -> "criteria no longer met";
            case BREACH -> "breach";
        };
    }
}
