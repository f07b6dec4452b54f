package jp.yui.query.reports;

import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.ClientKind;

/** Japanese labels (English beside) of the values the reports show. */
public final class Labels {

    private Labels() {
    }

    public static String ja(ClientClass c) {
        return switch (c) {
            case MEMBER -> "組合員";
            case RELATED_MUNICIPALITY -> "関係市町村等";
            case OTHER_NON_MEMBER -> "その他の員外";
        };
    }

    public static String en(ClientClass c) {
        return switch (c) {
            case MEMBER -> "members (M)";
            case RELATED_MUNICIPALITY -> "related municipalities (R)";
            case OTHER_NON_MEMBER -> "other non-members (O)";
        };
    }

    public static String ja(ClientKind k) {
        return switch (k) {
            case BUSINESS -> "事業者";
            case MUNICIPALITY -> "市町村";
            case LOCAL_INDEPENDENT_AGENCY -> "地方独立行政法人";
            case OTHER_PUBLIC_BODY -> "都道府県・国その他の公的機関";
        };
    }

    public static String ja(CapUnit u) {
        return u == CapUnit.HOURS ? "派遣時間" : "派遣料金";
    }

    public static String ja(CapRuleVersion v) {
        return v == CapRuleVersion.SINGLE_20_PERCENT
                ? "改正前（員外＋関係市町村等 ≦ 組合員の20%）"
                : "改正後（員外 ≦ 20%、員外＋関係市町村等 ≦ 50%）";
    }
}
