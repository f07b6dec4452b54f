package jp.yui.command.api;

/** Category of the work of an assignment, as far as the Dispatch Act §4 cares (R-DISP-1). */
public enum WorkCategory {
    /** 一般業務 — any work that may be dispatched. */
    GENERAL,
    /** 建設業務 — construction, including forestry site preparation and planting; never dispatched (secondment only). */
    CONSTRUCTION,
    /** 港湾運送業務 — port cargo handling; never dispatched. */
    PORT_CARGO_HANDLING,
    /** 警備業務 — security work; never dispatched. */
    SECURITY,
    /** 病院等における医療関係業務 — medical work in hospitals; dispatched only under a stated legal exception. */
    HOSPITAL_MEDICAL
}
