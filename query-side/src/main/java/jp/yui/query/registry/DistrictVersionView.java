package jp.yui.query.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of the district (地区): as registered, or as changed by a change certification (変更認定,
 * DistrictChangeCertified).
 *
 * @param effectiveFrom    first day of this version; null for the district as registered
 * @param effectiveThrough last day (the day before the next change); null while it is the latest
 * @param municipalities   the municipalities, by code
 * @param added            municipalities this version added to the previous one
 * @param removed          municipalities this version removed from the previous one
 * @param recordedAt       when the registration or change was recorded
 * @param recordedBy       who recorded it
 */
public record DistrictVersionView(LocalDate effectiveFrom, LocalDate effectiveThrough,
                                  List<MunicipalityRef> municipalities, List<MunicipalityRef> added,
                                  List<MunicipalityRef> removed, Instant recordedAt, String recordedBy) {
}
