package jp.yui.query.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A cooperative in a list: name, prefecture, today's district and certification status.
 *
 * @param cooperativeId  the cooperative
 * @param name           組合名
 * @param prefectureCode 都道府県コード
 * @param prefectureName 都道府県名
 * @param today          the day district and status are computed for
 * @param district       the district on {@code today}
 * @param status         the certification status on {@code today}
 * @param statusJa       the status with its detail, Japanese
 * @param statusEn       the same, English
 */
public record CooperativeSummary(String cooperativeId, String name, String prefectureCode, String prefectureName,
                                 LocalDate today, List<MunicipalityRef> district, CertificationStatus status,
                                 String statusJa, String statusEn) {
}
