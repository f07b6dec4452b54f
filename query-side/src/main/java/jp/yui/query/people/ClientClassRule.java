package jp.yui.query.people;

import java.time.LocalDate;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.ClientKind;
import jp.yui.query.registry.DistrictHistory;

/**
 * A client's class on one day (R-CAP), by the same rules as the write model's classifier: a business is a member
 * (組合員) while one of its memberships covers the day; a municipality — or a local independent agency set up by one —
 * is a related municipality (関係市町村等) when that municipality belongs to the district on the day (so a change
 * certification of the district reclassifies it from its effective date); everyone else is another non-member.
 */
public final class ClientClassRule {

    private ClientClassRule() {
    }

    public static ClientClass classOn(ClientRecord client, DistrictHistory district, LocalDate day) {
        if (client.kind() == ClientKind.BUSINESS && client.isMemberOn(day)) {
            return ClientClass.MEMBER;
        }
        if (client.kind().needsMunicipality() && district.contains(client.municipalityCode(), day)) {
            return ClientClass.RELATED_MUNICIPALITY;
        }
        return ClientClass.OTHER_NON_MEMBER;
    }

    public static String classJa(ClientClass c) {
        return switch (c) {
            case MEMBER -> "組合員";
            case RELATED_MUNICIPALITY -> "関係市町村等";
            case OTHER_NON_MEMBER -> "その他の員外";
        };
    }

    public static String classEn(ClientClass c) {
        return switch (c) {
            case MEMBER -> "member";
            case RELATED_MUNICIPALITY -> "related municipality";
            case OTHER_NON_MEMBER -> "other non-member";
        };
    }

    public static String kindJa(ClientKind k) {
        return switch (k) {
            case BUSINESS -> "事業者";
            case MUNICIPALITY -> "市町村";
            case LOCAL_INDEPENDENT_AGENCY -> "地方独立行政法人";
            case OTHER_PUBLIC_BODY -> "都道府県・国その他の公的機関";
        };
    }

    public static String kindEn(ClientKind k) {
        return switch (k) {
            case BUSINESS -> "business";
            case MUNICIPALITY -> "municipality";
            case LOCAL_INDEPENDENT_AGENCY -> "local independent administrative agency";
            case OTHER_PUBLIC_BODY -> "other public body";
        };
    }
}
