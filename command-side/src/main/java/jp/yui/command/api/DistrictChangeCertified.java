package jp.yui.command.api;

import java.time.LocalDate;
import java.util.Set;

/** Event — A change of the district was certified (変更認定). */
public record DistrictChangeCertified(String cooperativeId, Set<String> districtMunicipalities, LocalDate effectiveOn) {
}
