package jp.yui.command.api;

/** The legal exceptions under which medical work may be dispatched (R-DISP-1). */
public enum MedicalDispatchException {
    /** 産前産後休業・育児休業・介護休業の代替 — covering staff on leave. */
    LEAVE_COVER,
    /** へき地・離島の医療機関 — medical institutions in remote areas and islands. */
    REMOTE_AREA,
    /** 紹介予定派遣 — dispatch with intended placement. */
    PLACEMENT_INTENDED
}
