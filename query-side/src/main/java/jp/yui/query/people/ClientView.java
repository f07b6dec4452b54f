package jp.yui.query.people;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.ClientKind;
import jp.yui.query.registry.DistrictHistory;
import jp.yui.query.registry.MunicipalityRef;

/**
 * A client (派遣先) with its class on {@code asOf}.
 *
 * @param cooperativeId the cooperative
 * @param clientId      the client
 * @param name          its name
 * @param kind          事業者・市町村・地方独立行政法人・その他の公的機関
 * @param kindJa        the kind in Japanese
 * @param kindEn        the kind in English
 * @param municipality  the municipality (of a municipality, or that set up a local independent agency), with its name
 * @param industry      the industry, where given
 * @param asOf          the day
 * @param clientClass   member / related municipality / other non-member on {@code asOf}
 * @param classJa       組合員・関係市町村等・その他の員外
 * @param classEn       the class in English
 * @param memberships   the business's membership periods (empty for a client that was never a member)
 */
public record ClientView(String cooperativeId, String clientId, String name, ClientKind kind, String kindJa,
                         String kindEn, MunicipalityRef municipality, String industry, LocalDate asOf, ClientClass clientClass,
                         String classJa, String classEn, List<MembershipPeriod> memberships) {

    /** Screen order: members, related municipalities, other non-members; then id. */
    public static final Comparator<ClientView> ORDER =
            Comparator.comparing(ClientView::clientClass).thenComparing(ClientView::clientId);

    public static ClientView of(String cooperativeId, ClientRecord c, DistrictHistory district, LocalDate asOf) {
        ClientClass cc = ClientClassRule.classOn(c, district, asOf);
        return new ClientView(cooperativeId, c.clientId(), c.name(), c.kind(), ClientClassRule.kindJa(c.kind()),
                ClientClassRule.kindEn(c.kind()),
                MunicipalityRef.of(c.municipalityCode()), c.industry(), asOf, cc, ClientClassRule.classJa(cc),
                ClientClassRule.classEn(cc), c.memberships());
    }
}
