package jp.yui.command.api;

/** What kind of body a client (派遣先) is. Its {@link ClientClass} on a day follows from this, membership and the district. */
public enum ClientKind {
    /** 事業者 — a business; a member (組合員) while its membership runs, otherwise another non-member. */
    BUSINESS,
    /** 市町村 — a municipality; related (関係市町村) when it lies in the cooperative's district. */
    MUNICIPALITY,
    /** 地方独立行政法人 — set up by a municipality (its code is recorded); related when that municipality lies in the district. */
    LOCAL_INDEPENDENT_AGENCY,
    /** 都道府県・国その他の公的機関 — always another non-member. */
    OTHER_PUBLIC_BODY;

    public boolean needsMunicipality() {
        return this == MUNICIPALITY || this == LOCAL_INDEPENDENT_AGENCY;
    }
}
