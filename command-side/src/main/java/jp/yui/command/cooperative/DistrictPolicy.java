package jp.yui.command.cooperative;

import java.util.Set;
import java.util.TreeSet;
import jp.yui.command.api.RuleViolationException;
import jp.yui.command.domain.Municipalities;
import jp.yui.command.domain.Municipality;

/**
 * R-CERT-4 — the district (地区) is a non-empty set of real municipalities (local-government codes of the official
 * list) that all lie within the cooperative's prefecture.
 */
final class DistrictPolicy {

    private DistrictPolicy() {
    }

    static void check(String prefectureCode, Set<String> district, Municipalities municipalities) {
        Check.notEmpty("districtMunicipalities", district);
        if (district.size() > 200) {
            throw Check.invalid("districtMunicipalities", "地区の市町村は200以内です", "at most 200 municipalities");
        }
        Set<String> outside = new TreeSet<>();
        for (String code : district) {
            if (code == null || !code.matches("\\d{6}")) {
                throw Check.invalid("districtMunicipalities", "市町村コードは6桁の数字です（" + code + "）",
                        "a municipality code has 6 digits (got '" + code + "')");
            }
            Municipality m = municipalities.find(code).orElseThrow(() -> Check.invalid("districtMunicipalities",
                    "市町村コード " + code + " は全国地方公共団体コードの一覧にありません",
                    "municipality code " + code + " is not in the official list"));
            if (!m.prefectureCode().equals(prefectureCode)) {
                outside.add(m.fullName() + " (" + code + ")");
            }
        }
        if (!outside.isEmpty()) {
            String pref = municipalities.prefectureName(prefectureCode).orElse(prefectureCode);
            throw new RuleViolationException("R-CERT-4",
                    "地区は一つの都道府県（" + pref + "）の区域内に限られます。区域外: " + String.join("、", outside),
                    "the district must lie within one prefecture (" + pref + "); outside it: "
                            + String.join(", ", outside));
        }
    }
}
