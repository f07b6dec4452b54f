package jp.yui.query.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A cooperative whose district contains a municipality at some time.
 *
 * @param cooperativeId   the cooperative
 * @param name            組合名
 * @param prefectureCode  都道府県コード
 * @param prefectureName  都道府県名
 * @param municipality    the municipality asked about
 * @param today           the day {@code inDistrictToday} and the status are computed for
 * @param inDistrictToday whether the municipality belongs to the district on {@code today}
 * @param inDistrict      the spans of days it belongs to the district (past, current and certified future ones)
 * @param status          the certification status on {@code today}
 * @param statusJa        the status with its detail, Japanese
 */
public record CooperativeInMunicipality(String cooperativeId, String name, String prefectureCode,
                                        String prefectureName, MunicipalityRef municipality, LocalDate today,
                                        boolean inDistrictToday, List<DistrictSpan> inDistrict,
                                        CertificationStatus status, String statusJa) {
}
