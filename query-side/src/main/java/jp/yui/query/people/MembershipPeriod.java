package jp.yui.query.people;

import java.time.LocalDate;
import jp.yui.command.api.MembershipEndReason;

/**
 * One membership period (組合員資格) of a business.
 *
 * @param joinedOn    加入日
 * @param lastDay     the last day as a member (脱退日); null while it runs
 * @param endReason   why it ended; null while it runs
 * @param endReasonJa 自由脱退・除名・死亡/解散・資格喪失, or null
 * @param endReasonEn the same in English, or null
 */
public record MembershipPeriod(LocalDate joinedOn, LocalDate lastDay, MembershipEndReason endReason,
                               String endReasonJa, String endReasonEn) {

    public static MembershipPeriod of(LocalDate joinedOn, LocalDate lastDay, MembershipEndReason endReason) {
        return new MembershipPeriod(joinedOn, lastDay, endReason, reasonJa(endReason), reasonEn(endReason));
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(joinedOn) && (lastDay == null || !day.isAfter(lastDay));
    }

    public MembershipPeriod endedOn(LocalDate last, MembershipEndReason reason) {
        return of(joinedOn, last, reason);
    }

    public static String reasonJa(MembershipEndReason r) {
        if (r == null) {
            return null;
        }
        return switch (r) {
            case VOLUNTARY_WITHDRAWAL -> "自由脱退";
            case EXPULSION -> "除名";
            case DEATH -> "死亡・解散";
            case LOSS_OF_QUALIFICATION -> "資格喪失";
        };
    }

    public static String reasonEn(MembershipEndReason r) {
        if (r == null) {
            return null;
        }
        return switch (r) {
            case VOLUNTARY_WITHDRAWAL -> "voluntary withdrawal";
            case EXPULSION -> "expulsion";
            case DEATH -> "death or dissolution";
            case LOSS_OF_QUALIFICATION -> "loss of qualification";
        };
    }
}
