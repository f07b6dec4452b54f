package jp.yui.query.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.MembershipEndReason;

/**
 * The facts about one client (派遣先) — from the people tables or from the events directly (as-of fold).
 *
 * @param clientId         the client
 * @param name             its name
 * @param kind             business, municipality, local independent agency or other public body
 * @param municipalityCode for a municipality or local independent agency: the (setting-up) municipality
 * @param industry         the member's industry, where given
 * @param memberships      its membership periods in order of joining (businesses only)
 */
public record ClientRecord(String clientId, String name, ClientKind kind, String municipalityCode, String industry,
                           List<MembershipPeriod> memberships) {

    public ClientRecord {
        memberships = memberships.stream().sorted(Comparator.comparing(MembershipPeriod::joinedOn)).toList();
    }

    public boolean isMemberOn(LocalDate day) {
        return membershipOn(day) != null;
    }

    /** The membership covering {@code day}, or null. */
    public MembershipPeriod membershipOn(LocalDate day) {
        return memberships.stream().filter(m -> m.covers(day)).findFirst().orElse(null);
    }

    /** MemberAdmitted: a new membership from {@code joinedOn}; a new business client when unknown. */
    public static ClientRecord admitted(ClientRecord existing, String clientId, String name, String industry,
                                        LocalDate joinedOn) {
        List<MembershipPeriod> list = new ArrayList<>(existing == null ? List.of() : existing.memberships());
        list.removeIf(m -> m.joinedOn().equals(joinedOn));
        list.add(MembershipPeriod.of(joinedOn, null, null));
        if (existing == null) {
            return new ClientRecord(clientId, name, ClientKind.BUSINESS, null, industry, list);
        }
        return new ClientRecord(clientId, name == null || name.isBlank() ? existing.name() : name, existing.kind(),
                existing.municipalityCode(), industry == null ? existing.industry() : industry, list);
    }

    /** MembershipEnded: the membership that had begun by {@code lastDay} (the latest such) ends on it. */
    public ClientRecord endingMembership(LocalDate lastDay, MembershipEndReason reason) {
        List<MembershipPeriod> list = new ArrayList<>(memberships);
        for (int i = list.size() - 1; i >= 0; i--) {
            if (!list.get(i).joinedOn().isAfter(lastDay)) {
                list.set(i, list.get(i).endedOn(lastDay, reason));
                break;
            }
        }
        return new ClientRecord(clientId, name, kind, municipalityCode, industry, list);
    }
}
