package jp.yui.query.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.WorkCategory;

/**
 * The dispatch part of the 事業報告書 of one cooperative and business year (R-CERT-5, R-REP-3), computed from the
 * events only. Figures are the <em>projected year</em> exactly as the aggregate counts it (R-CAP-4): a month with
 * recorded actual results (実績) counts with its actual minutes, every other month with the planned ones; each day is
 * classed by the client's class on that day; only DISPATCH counts — secondments are listed apart and never counted
 * (R-DISP-2); cancelled assignments count nothing.
 *
 * @param classes        M, R and O (in that order) with hours, fees, workers and clients
 * @param total          M + R + O
 * @param clients        one row per client and class (a business that joined mid-year has an O row and an M row)
 * @param shares         O / M and (O + R) / M in percent (one decimal, half up; null when M is 0) in hours and in fees
 * @param capUnitShares  the shares in the cooperative's unit (R-CAP-3)
 * @param months         the twelve months with M, R, O and whether they are counted from actuals or plans
 * @param actualMonths   the months of the year with recorded actual results on at least one counted assignment
 * @param status         open, closed, or reopened for a correction
 * @param closed         the latest revision of BusinessYearClosed (the frozen figures), or null when never closed
 * @param secondments    secondments (在籍型出向) touching the year: listed, never counted
 * @param dispatchedWorkers distinct workers with dispatched minutes in the year
 * @param notes          how the figures were made (Japanese and English)
 */
public record AnnualReport(String cooperativeId, String cooperativeName, String prefectureCode,
                           String certificationNumber, int businessYear, LocalDate firstDay, LocalDate lastDay,
                           CapUnit capUnit, String capUnitLabelJa, CapRuleVersion ruleVersion, String ruleVersionLabelJa,
                           List<ClassFigures> classes, UsageAmount total, List<ClientFigures> clients,
                           List<Shares> shares, Shares capUnitShares, List<MonthFigures> months,
                           List<YearMonth> actualMonths, YearStatus status, String reopenReason, ClosedFigures closed,
                           List<SecondmentFigures> secondments, int dispatchedWorkers, List<Note> notes) {

    /** One client class: its usage, the distinct workers dispatched to it and the distinct clients in it. */
    public record ClassFigures(ClientClass clientClass, String labelJa, String labelEn, UsageAmount usage,
                               int workers, int clients) {
    }

    /**
     * One client in one class: usage, distinct workers, the first and last dispatched day in this class, and the months
     * whose minutes came from recorded actuals and from the plan.
     */
    public record ClientFigures(String clientId, String clientName, ClientKind kind, String kindLabelJa,
                                ClientClass clientClass, String classLabelJa, UsageAmount usage, int workers,
                                LocalDate firstDay, LocalDate lastDay, List<YearMonth> actualMonths,
                                List<YearMonth> plannedMonths) {
    }

    /** Shares of non-member use in member use, in one unit. */
    public record Shares(CapUnit unit, BigDecimal otherSharePercent, BigDecimal nonMemberSharePercent) {
    }

    /** How a month is counted. */
    public enum MonthBasis {
        /** 実績 — every counted assignment of the month has recorded actual results. */
        ACTUAL("実績", "actual"),
        /** 計画 — no counted assignment of the month has recorded results. */
        PLANNED("計画", "planned"),
        /** 実績・計画 — some assignments have results, others count with the plan. */
        MIXED("実績・計画", "actual and planned"),
        /** 派遣なし — no counted assignment in the month. */
        NONE("派遣なし", "no dispatch");

        private final String labelJa;
        private final String labelEn;

        MonthBasis(String labelJa, String labelEn) {
            this.labelJa = labelJa;
            this.labelEn = labelEn;
        }

        public String labelJa() {
            return labelJa;
        }

        public String labelEn() {
            return labelEn;
        }
    }

    /**
     * One month of the year: M, R and O, the basis, and how many counted assignments touching the month have actual
     * results and how many count with the plan.
     */
    public record MonthFigures(YearMonth month, MonthBasis basis, UsageAmount member, UsageAmount related,
                               UsageAmount other, int actualAssignments, int plannedAssignments) {
    }

    /** Whether the year is closed (締め, R-CAP-6). */
    public enum YearStatus {
        OPEN("未締め", "open"),
        CLOSED("締め済み", "closed"),
        REOPENED_FOR_CORRECTION("訂正のため再開中", "reopened for correction");

        private final String labelJa;
        private final String labelEn;

        YearStatus(String labelJa, String labelEn) {
            this.labelJa = labelJa;
            this.labelEn = labelEn;
        }

        public String labelJa() {
            return labelJa;
        }

        public String labelEn() {
            return labelEn;
        }
    }

    /**
     * The frozen figures of the latest BusinessYearClosed revision (a correction closes again with revision + 1, which
     * wins). {@code matchesCurrentFigures} says whether today's projection still gives the same M, R and O.
     */
    public record ClosedFigures(int revision, int revisions, CapRuleVersion ruleVersion, CapUnit unit,
                                UsageAmount member, UsageAmount related, UsageAmount other,
                                BigDecimal otherSharePercent, BigDecimal nonMemberSharePercent, boolean withinCaps,
                                Instant closedAt, String closedBy, boolean matchesCurrentFigures) {
    }

    /** A secondment (在籍型出向) touching the year, with its minutes and fees counted like a dispatch's — never in M, R, O. */
    public record SecondmentFigures(String assignmentId, AssignmentKind kind, String workerId, String workerName,
                                    String clientId, String clientName, String work, WorkCategory category,
                                    LocalDate from, LocalDate to, UsageAmount usage, String noteJa) {
    }

    /** A note on how the figures were made. */
    public record Note(String ja, String en) {
    }
}
