package jp.yui.command.api;

/** The unit in which usage (利用分量) is measured for the non-member caps (R-CAP-3): dispatched hours or fees (派遣料金). */
public enum CapUnit {
    /** 派遣時間 — dispatched hours (default). */
    HOURS,
    /** 派遣料金 — dispatch fees in yen. */
    FEES
}
