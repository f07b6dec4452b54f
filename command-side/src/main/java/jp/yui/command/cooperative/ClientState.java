package jp.yui.command.cooperative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.yui.command.api.ClientKind;

/** A client (派遣先) as the aggregate knows it: its kind, its municipality where relevant, its memberships. */
record ClientState(String id, String name, ClientKind kind, String municipalityCode, List<Membership> memberships) {

    ClientState {
        memberships = List.copyOf(memberships);
    }

    boolean isMemberOn(LocalDate day) {
        for (Membership m : memberships) {
            if (m.covers(day)) {
                return true;
            }
        }
        return false;
    }

    Membership currentMembership() {
        return memberships.isEmpty() ? null : memberships.get(memberships.size() - 1);
    }

    ClientState withMembership(Membership m) {
        List<Membership> list = new ArrayList<>(memberships);
        list.add(m);
        return new ClientState(id, name, kind, municipalityCode, list);
    }

    ClientState endingCurrentMembership(LocalDate lastDay) {
        List<Membership> list = new ArrayList<>(memberships);
        Membership cur = list.remove(list.size() - 1);
        list.add(new Membership(cur.joinedOn(), lastDay));
        return new ClientState(id, name, kind, municipalityCode, list);
    }
}
