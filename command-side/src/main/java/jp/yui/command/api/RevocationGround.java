package jp.yui.command.api;

/** Grounds on which a prefecture revokes a certification (認定の取消し, R-CERT-3). */
public enum RevocationGround {
    /** 不正の手段による認定 */
    FRAUD,
    /** 認定基準に適合しなくなった */
    CRITERIA_NO_LONGER_MET,
    /** 法令・処分違反 */
    BREACH
}
