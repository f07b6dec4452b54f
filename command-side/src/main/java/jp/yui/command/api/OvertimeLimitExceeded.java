package jp.yui.command.api;

/** Event — Recorded actual results exceed a limit of the overtime agreement (36協定) for a worker (R-WORK-5, R-DISP-4). */
public record OvertimeLimitExceeded(String cooperativeId, String workerId, OvertimeLimitKind limit, String period, long overtimeMinutes, long limitMinutes) {
}
