package jp.yui.query.people;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A member (組合員) on {@code asOf}.
 *
 * @param cooperativeId the cooperative
 * @param clientId      the member business
 * @param name          its name
 * @param industry      its industry (業種), where given
 * @param asOf          the day
 * @param membership    the membership period covering {@code asOf}
 * @param memberships   every membership period of the business, in order (earlier ones kept)
 */
public record MemberView(String cooperativeId, String clientId, String name, String industry, LocalDate asOf,
                         MembershipPeriod membership, List<MembershipPeriod> memberships) {

    /** Screen order: by the joining date of the current membership, then id. */
    public static final Comparator<MemberView> ORDER =
            Comparator.comparing((MemberView m) -> m.membership().joinedOn()).thenComparing(MemberView::clientId);

    /** The member view of a client, or null when it is not a member on {@code asOf}. */
    public static MemberView of(String cooperativeId, ClientRecord c, LocalDate asOf) {
        MembershipPeriod m = c.membershipOn(asOf);
        return m == null ? null : new MemberView(cooperativeId, c.clientId(), c.name(), c.industry(), asOf, m,
                c.memberships());
    }
}
