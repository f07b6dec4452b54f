package jp.yui.command.api;

/** Why a certification lapsed (認定の失効, R-CERT-3). */
public enum LapseReason {
    /** 有効期間満了 */
    EXPIRY,
    /** 事業の廃止 */
    DISCONTINUATION,
    /** 解散 */
    DISSOLUTION,
    /** 合併 */
    MERGER
}
