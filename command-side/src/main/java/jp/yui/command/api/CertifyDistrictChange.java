package jp.yui.command.api;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Command — 変更認定: the prefecture certifies a change of the district, effective on a date (R-CERT-4). */
public record CertifyDistrictChange(@TargetAggregateIdentifier String cooperativeId, Set<String> districtMunicipalities, LocalDate effectiveOn) {
}
