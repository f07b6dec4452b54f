package jp.yui.query.security;

import java.util.Optional;
import java.util.Set;

/** Where a cooperative is: its prefecture and the municipalities of its district (every certified version). */
public interface ScopeDirectory {

    /** The prefecture code (2 digits) of a registered cooperative. */
    Optional<String> prefectureOf(String cooperativeId);

    /**
     * The municipality codes its district contains, contained or will contain by a certified change (every version
     * of the district: a reviewer keeps seeing the years the municipality was in it).
     */
    Set<String> districtMunicipalitiesOf(String cooperativeId);
}
