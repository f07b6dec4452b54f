package jp.yui.query.integrity;

/**
 * The answer to {@link VerifyEventChain}.
 *
 * @param ok                   true when every recorded link matches the stored events
 * @param eventsChecked        links compared (up to and including the break, if any)
 * @param firstBrokenPosition  the first position where stored events and chain disagree; null when ok
 * @param reasonJa             what was found, Japanese
 * @param reasonEn             the same, English
 * @param headHash             hex SHA-256 of the last recorded link (note it down: an anchor against rewriting the
 *                             chain itself); null when nothing is recorded yet
 * @param pending              stored events the projection has not linked yet (recent events; not an error)
 */
public record ChainVerification(boolean ok, long eventsChecked, ChainPosition firstBrokenPosition, String reasonJa,
                                String reasonEn, String headHash, long pending) {
}
