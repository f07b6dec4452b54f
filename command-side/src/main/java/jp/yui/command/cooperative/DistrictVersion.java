package jp.yui.command.cooperative;

import java.time.LocalDate;
import java.util.Set;

/** The district (地区) as certified from a date on ({@code effectiveFrom} null for the original district). */
record DistrictVersion(LocalDate effectiveFrom, Set<String> municipalities) {
}
