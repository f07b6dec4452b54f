package jp.yui.query.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.Period;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;

/**
 * What the reports read model knows of one cooperative, loaded for one window of days: the facts the annual figures
 * are computed from. The per-day semantics mirror the aggregate's (R-CAP-4): {@link Assignment#effectiveMinutes}
 * and {@link #classOn}.
 */
record CooperativeFacts(String cooperativeId, String name, String prefectureCode, int businessYearStartMonth,
                        CapUnit capUnit, String certificationNumber, LocalDate certificationValidFrom,
                        LocalDate certificationValidThrough, List<DistrictVersion> districts,
                        Map<String, Client> clients, Map<String, Worker> workers, List<Assignment> assignments,
                        List<Close> closes, List<Reopen> reopens) {

    /** The district from {@code effectiveFrom} on (null: as registered); versions in event order. */
    record DistrictVersion(LocalDate effectiveFrom, Set<String> municipalities) {
    }

    record Membership(LocalDate joinedOn, LocalDate lastDay) {
        boolean covers(LocalDate day) {
            return !day.isBefore(joinedOn) && (lastDay == null || !day.isAfter(lastDay));
        }
    }

    record Client(String id, String name, ClientKind kind, String municipalityCode, List<Membership> memberships) {
        boolean isMemberOn(LocalDate day) {
            for (Membership m : memberships) {
                if (m.covers(day)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Worker(String id, String name, LocalDate hiredOn, LocalDate indefiniteFrom, LocalDate lastDay) {
        boolean isIndefiniteOn(LocalDate day) {
            return indefiniteFrom != null && !day.isBefore(indefiniteFrom);
        }
    }

    record Assignment(String id, AssignmentKind kind, String workerId, String clientId, String work,
                      WorkCategory category, Period period, WorkPattern pattern, long feePerHourYen, boolean cancelled,
                      Map<YearMonth, Map<LocalDate, Integer>> actuals) {

        boolean isDispatch() {
            return kind == AssignmentKind.DISPATCH;
        }

        boolean hasActuals(YearMonth month) {
            return actuals.containsKey(month);
        }

        /** Actual minutes when the day's month has recorded results, else the planned ones; 0 when cancelled. */
        int effectiveMinutes(LocalDate day) {
            if (cancelled) {
                return 0;
            }
            Map<LocalDate, Integer> month = actuals.get(YearMonth.from(day));
            if (month != null) {
                return month.getOrDefault(day, 0);
            }
            return period.contains(day) ? pattern.minutesOn(day) : 0;
        }
    }

    record Close(int businessYear, int revision, CapRuleVersion ruleVersion, CapUnit unit, UsageFigures figures,
                 java.math.BigDecimal otherSharePercent, java.math.BigDecimal nonMemberSharePercent, boolean withinCaps,
                 long eventSeq, Instant closedAt, String closedBy) {
    }

    record Reopen(int businessYear, long eventSeq, String reason, Instant reopenedAt, String reopenedBy) {
    }

    /** The client's class on a day, exactly as the aggregate's ClientClassifier decides it. */
    ClientClass classOn(String clientId, LocalDate day) {
        Client c = clients.get(clientId);
        if (c == null) {
            return ClientClass.OTHER_NON_MEMBER;
        }
        if (c.kind() == ClientKind.BUSINESS && c.isMemberOn(day)) {
            return ClientClass.MEMBER;
        }
        if (c.kind().needsMunicipality() && districtOn(day).contains(c.municipalityCode())) {
            return ClientClass.RELATED_MUNICIPALITY;
        }
        return ClientClass.OTHER_NON_MEMBER;
    }

    Set<String> districtOn(LocalDate day) {
        Set<String> current = Set.of();
        for (DistrictVersion v : districts) {
            if (v.effectiveFrom() == null || !v.effectiveFrom().isAfter(day)) {
                current = v.municipalities();
            }
        }
        return current;
    }
}
