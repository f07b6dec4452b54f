package jp.yui.query.registry;

/** The cooperatives registered in a prefecture, with today's district and status; a {@code List<CooperativeSummary>} by id. */
public record FindCooperativesByPrefecture(String prefectureCode) {
}
