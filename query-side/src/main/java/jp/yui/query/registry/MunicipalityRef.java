package jp.yui.query.registry;

import jp.yui.command.domain.Municipalities;
import jp.yui.command.domain.Municipality;

/**
 * A municipality by its local-government code and its name from the official list (e.g. 325252 海士町).
 *
 * @param code           6-digit local-government code (全国地方公共団体コード)
 * @param name           the municipality's name (the code itself when it is not in the official list)
 * @param prefectureName the prefecture's name (null when unknown)
 */
public record MunicipalityRef(String code, String name, String prefectureName) {

    public static MunicipalityRef of(String code) {
        if (code == null) {
            return null;
        }
        return Municipalities.officialList().find(code)
                .map(m -> new MunicipalityRef(code, m.name(), m.prefectureName()))
                .orElse(new MunicipalityRef(code, code, null));
    }

    /** The official list's name of a code, or the code itself. */
    public static String nameOf(String code) {
        return Municipalities.officialList().find(code).map(Municipality::name).orElse(code);
    }

    /** The prefecture's name of a prefecture code (e.g. 32 → 島根県), or null. */
    public static String prefectureNameOf(String prefectureCode) {
        return Municipalities.officialList().prefectureName(prefectureCode).orElse(null);
    }
}
