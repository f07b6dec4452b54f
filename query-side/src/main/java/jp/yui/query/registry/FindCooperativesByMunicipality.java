package jp.yui.query.registry;

/**
 * The cooperatives whose district contains (or contained, or will contain by a certified change) a municipality;
 * answered with a {@code List<CooperativeInMunicipality>} sorted by cooperative id. Each row says when the
 * municipality belongs to the district and whether it does today — the municipality scope of a reviewer should use
 * {@link CooperativeInMunicipality#inDistrictToday()} or the spans, as the security rules decide.
 */
public record FindCooperativesByMunicipality(String municipalityCode) {
}
