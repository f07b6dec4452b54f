package jp.yui.command.domain;

import java.math.BigDecimal;

/**
 * A local government (地方公共団体) of the official list: its 6-digit local-government code (全国地方公共団体コード,
 * with check digit), prefecture code, names and the coordinates of its office.
 */
public record Municipality(String code, String prefectureCode, String prefectureName, String name, String kana,
                           BigDecimal latitude, BigDecimal longitude) {

    /** Prefecture and municipality, e.g. 島根県海士町. */
    public String fullName() {
        return prefectureName + name;
    }
}
