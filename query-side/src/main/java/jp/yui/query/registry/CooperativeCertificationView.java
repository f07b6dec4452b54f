package jp.yui.query.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * One cooperative's certification record (認定台帳の個票).
 *
 * @param cooperativeId          the cooperative
 * @param name                   組合名
 * @param prefectureCode         都道府県コード
 * @param prefectureName         都道府県名
 * @param businessYearStartMonth first month of its business year
 * @param today                  the day {@code standing} and {@code district} are computed for
 * @param standing               the certification on {@code today}
 * @param terms                  every term in the order decided (certifications and renewals)
 * @param renewals               the renewals (CertificationRenewed) among them
 * @param ends                   lapses and revocations in the order recorded, each with the assignments it listed as
 *                               needing action
 * @param district               the district on {@code today}
 * @param districtHistory        the district as registered and after each change certification
 */
public record CooperativeCertificationView(String cooperativeId, String name, String prefectureCode,
                                           String prefectureName, int businessYearStartMonth, LocalDate today,
                                           CertificationStanding standing, List<CertificationTermView> terms,
                                           List<CertificationTermView> renewals, List<CertificationEndView> ends,
                                           List<MunicipalityRef> district, List<DistrictVersionView> districtHistory) {
}
