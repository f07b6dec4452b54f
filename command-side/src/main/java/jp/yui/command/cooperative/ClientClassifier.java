package jp.yui.command.cooperative;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.ClientKind;

/**
 * Decides a client's class per day (R-CAP): a member while a membership covers the day; a related municipality
 * (関係市町村等) when it is a municipality of the district on that day, or a local independent agency set up by one;
 * otherwise another non-member.
 */
record ClientClassifier(Map<String, ClientState> clients, List<DistrictVersion> districts) {

    ClientClass classOn(String clientId, LocalDate day) {
        ClientState c = clients.get(clientId);
        if (c.kind() == ClientKind.BUSINESS && c.isMemberOn(day)) {
            return ClientClass.MEMBER;
        }
        if (c.kind().needsMunicipality() && districtOn(districts, day).contains(c.municipalityCode())) {
            return ClientClass.RELATED_MUNICIPALITY;
        }
        return ClientClass.OTHER_NON_MEMBER;
    }

    static Set<String> districtOn(List<DistrictVersion> districts, LocalDate day) {
        Set<String> current = Set.of();
        for (DistrictVersion v : districts) {
            if (v.effectiveFrom() == null || !v.effectiveFrom().isAfter(day)) {
                current = v.municipalities();
            }
        }
        return current;
    }
}
