package jp.yui.command.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The usage of one business year by client class: M (members, 組合員), R (related municipalities, 関係市町村等)
 * and O (other non-members, その他の員外).
 */
public record UsageFigures(Usage member, Usage related, Usage other) {

    public static final UsageFigures ZERO = new UsageFigures(Usage.ZERO, Usage.ZERO, Usage.ZERO);

    public UsageFigures add(ClientClass clientClass, Usage usage) {
        return switch (clientClass) {
            case MEMBER -> new UsageFigures(member.plus(usage), related, other);
            case RELATED_MUNICIPALITY -> new UsageFigures(member, related.plus(usage), other);
            case OTHER_NON_MEMBER -> new UsageFigures(member, related, other.plus(usage));
        };
    }

    /** Share of O in M, in percent with one decimal (null when M is zero). */
    public BigDecimal otherShare(CapUnit unit) {
        return share(other.in(unit), member.in(unit));
    }

    /** Share of O + R in M, in percent with one decimal (null when M is zero). */
    public BigDecimal nonMemberShare(CapUnit unit) {
        return share(other.in(unit) + related.in(unit), member.in(unit));
    }

    static BigDecimal share(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
