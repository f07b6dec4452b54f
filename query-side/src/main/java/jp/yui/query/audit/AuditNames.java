package jp.yui.query.audit;

import jp.yui.command.api.AssignmentKind;

/**
 * The names an audit description needs that its event does not carry (the event names only ids). The audit projection
 * answers from its own lookup tables, kept from the registration events of the same cooperative; an unknown id is
 * answered with the id itself.
 */
public interface AuditNames {

    /** The worker's name, or the id when the worker is unknown. */
    String worker(String cooperativeId, String workerId);

    /** The client's (member's or non-member's) name, or the id when the client is unknown. */
    String client(String cooperativeId, String clientId);

    /** What the assignment is, or {@code null} when it is unknown. */
    Assignment assignment(String cooperativeId, String assignmentId);

    /** An assignment as the descriptions name it: "佐藤 陽菜 を 定置網漁の補助 (株式会社 崎の定置網) へ". */
    record Assignment(AssignmentKind kind, String workerName, String clientName, String work) {
    }
}
