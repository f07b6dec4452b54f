package jp.yui.query.asof;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.AssignmentCancelled;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.AssignmentRescheduled;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.BusinessYearClosed;
import jp.yui.command.api.BusinessYearReopenedForCorrection;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertificationLapsed;
import jp.yui.command.api.CertificationRenewed;
import jp.yui.command.api.CertificationRevoked;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.CooperativeCertified;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.DistrictChangeCertified;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.MembershipEnded;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.Period;
import jp.yui.command.api.PreviousEmployerRecorded;
import jp.yui.command.api.Usage;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.api.WorkPattern;
import jp.yui.command.api.WorkerConvertedToIndefiniteTerm;
import jp.yui.command.api.WorkerHired;
import jp.yui.command.api.WorkerSeparated;
import jp.yui.command.domain.CapLaw;
import jp.yui.query.people.ClientClassRule;
import jp.yui.query.people.ClientRecord;
import jp.yui.query.people.ClientView;
import jp.yui.query.people.MemberView;
import jp.yui.query.people.PreviousEmployment;
import jp.yui.query.people.WorkerRecord;
import jp.yui.query.people.WorkerView;
import jp.yui.query.registry.CertificationHistory;
import jp.yui.query.registry.DistrictHistory;
import jp.yui.query.registry.MunicipalityRef;

/**
 * Folds one cooperative's events, in the order recorded, into its state as it stood on one day (R-REP-5). Only
 * events recorded before the end of that day (Asia/Tokyo) are taken ({@link #offer}); the state is then read for that
 * day ({@link #view}). Pure: no I/O, no clock, no Axon — the query handler feeds it from the event store.
 * <p>
 * It mirrors the write model's semantics without using it: certification terms ended by lapse and revocation as in
 * {@link CertificationHistory}; the client class per day as in {@link ClientClassRule}; the projected year (R-CAP-4):
 * for each dispatch not cancelled, each day of its period within the business year counts with the actual minutes
 * when its month has actual results recorded (days not listed count 0), otherwise with the planned minutes of its
 * work pattern ({@link WorkPattern#minutesOn}); fees exactly as minutes × yen per hour. Secondments never count.
 */
public final class CooperativeAsOfFold {

    /** The cooperatives' calendar: a day ends at midnight in Tokyo. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private static final String EVENT_PACKAGE = CooperativeRegistered.class.getPackageName();

    private final String cooperativeId;
    private final LocalDate date;
    private final Instant knownBefore;

    private boolean registered;
    private String name;
    private String prefectureCode;
    private int businessYearStartMonth = 4;
    private CapUnit capUnit = CapUnit.HOURS;
    private final CertificationHistory certification = new CertificationHistory();
    private final DistrictHistory district = new DistrictHistory();
    private final Map<String, ClientRecord> clients = new LinkedHashMap<>();
    private final Map<String, WorkerRecord> workers = new LinkedHashMap<>();
    private final Map<String, AssignmentFacts> assignments = new LinkedHashMap<>();
    private final Map<Integer, Boolean> closedYears = new HashMap<>();
    private int eventsConsidered;
    private Instant lastEventAt;

    /** An assignment as far as usage goes; {@code actuals} by month, each replacing an earlier record of that month. */
    private record AssignmentFacts(AssignmentKind kind, String clientId, Period period, WorkPattern pattern,
                                   long feePerHourYen, boolean cancelled,
                                   Map<YearMonth, Map<LocalDate, Integer>> actuals) {

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

        AssignmentFacts with(Period p, WorkPattern w, boolean c, Map<YearMonth, Map<LocalDate, Integer>> a) {
            return new AssignmentFacts(kind, clientId, p, w, feePerHourYen, c, a);
        }
    }

    private CooperativeAsOfFold(String cooperativeId, LocalDate date) {
        this.cooperativeId = Objects.requireNonNull(cooperativeId, "cooperativeId");
        this.date = Objects.requireNonNull(date, "date");
        this.knownBefore = endOf(date);
    }

    /** A fold of {@code cooperativeId}'s events for the state on {@code date}. */
    public static CooperativeAsOfFold asOf(String cooperativeId, LocalDate date) {
        return new CooperativeAsOfFold(cooperativeId, date);
    }

    /** The first instant after {@code date}: midnight at its end in Tokyo. */
    public static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Whether an event recorded at {@code timestamp} was known on the fold's day (recorded on or before its end). */
    public boolean knows(Instant timestamp) {
        return timestamp != null && timestamp.isBefore(knownBefore);
    }

    /** Whether a payload type is one of Yui's event records (snapshots and anything else are not). */
    public static boolean isEvent(Class<?> payloadType) {
        return payloadType != null && payloadType.isRecord() && EVENT_PACKAGE.equals(payloadType.getPackageName());
    }

    /**
     * Takes one event of the cooperative, in the order recorded, when it is an event record recorded by the end of the
     * day; returns whether it was taken.
     */
    public boolean offer(Object payload, Instant timestamp, String userId) {
        if (payload == null || !isEvent(payload.getClass()) || !knows(timestamp)) {
            return false;
        }
        apply(payload, timestamp, userId);
        eventsConsidered++;
        if (lastEventAt == null || timestamp.isAfter(lastEventAt)) {
            lastEventAt = timestamp;
        }
        return true;
    }

    public boolean registered() {
        return registered;
    }

    private void apply(Object event, Instant at, String by) {
        if (event instanceof CooperativeRegistered e) {
            registered = true;
            name = e.name();
            prefectureCode = e.prefectureCode();
            businessYearStartMonth = e.businessYearStartMonth();
            capUnit = e.capUnit() == null ? CapUnit.HOURS : e.capUnit();
            district.add(null, e.districtMunicipalities(), at, by);
        } else if (event instanceof DistrictChangeCertified e) {
            district.add(e.effectiveOn(), e.districtMunicipalities(), at, by);
        } else if (event instanceof CooperativeCertified e) {
            certification.certified(e.certificationNumber(), e.certifiedOn(), e.validFrom(), e.validThrough(), at, by);
        } else if (event instanceof CertificationRenewed e) {
            certification.renewed(e.certificationNumber(), e.decidedOn(), e.validFrom(), e.validThrough(), at, by);
        } else if (event instanceof CertificationLapsed e) {
            certification.lapsed(e.effectiveOn(), e.reason(), e.assignmentsNeedingAction(), at, by);
        } else if (event instanceof CertificationRevoked e) {
            certification.revoked(e.effectiveOn(), e.ground(), e.reason(), e.assignmentsNeedingAction(), at, by);
        } else if (event instanceof MemberAdmitted e) {
            clients.put(e.clientId(), ClientRecord.admitted(clients.get(e.clientId()), e.clientId(), e.name(),
                    e.industry(), e.joinedOn()));
        } else if (event instanceof MembershipEnded e) {
            clients.computeIfPresent(e.clientId(), (k, c) -> c.endingMembership(e.lastDay(), e.reason()));
        } else if (event instanceof NonMemberClientRegistered e) {
            clients.put(e.clientId(), new ClientRecord(e.clientId(), e.name(), e.kind(), e.municipalityCode(), null,
                    List.of()));
        } else if (event instanceof WorkerHired e) {
            workers.put(e.workerId(), WorkerRecord.hired(e.workerId(), e.name(), e.birthDate(), e.hiredOn(),
                    e.employmentType(), e.fixedTermEndsOn(), e.homeMunicipality(), e.skills()));
        } else if (event instanceof WorkerConvertedToIndefiniteTerm e) {
            workers.computeIfPresent(e.workerId(), (k, w) -> w.convertedOn(e.effectiveOn()));
        } else if (event instanceof PreviousEmployerRecorded e) {
            workers.computeIfPresent(e.workerId(), (k, w) -> w.withPreviousEmployer(
                    new PreviousEmployment(e.clientId(), e.leftOn(), e.retiredAt60OrOver())));
        } else if (event instanceof WorkerSeparated e) {
            workers.computeIfPresent(e.workerId(), (k, w) -> w.separatedOn(e.lastDay(), e.reason()));
        } else if (event instanceof AssignmentPlanned e) {
            assignments.put(e.assignmentId(), new AssignmentFacts(e.kind(), e.clientId(), e.period(), e.pattern(),
                    e.feePerHourYen(), false, Map.of()));
        } else if (event instanceof AssignmentRescheduled e) {
            assignments.computeIfPresent(e.assignmentId(), (k, a) -> a.with(e.period(), e.pattern(), a.cancelled(),
                    a.actuals()));
        } else if (event instanceof AssignmentCancelled e) {
            assignments.computeIfPresent(e.assignmentId(), (k, a) -> a.with(a.period(), a.pattern(), true,
                    a.actuals()));
        } else if (event instanceof ActualHoursRecorded e) {
            assignments.computeIfPresent(e.assignmentId(), (k, a) -> {
                Map<YearMonth, Map<LocalDate, Integer>> actuals = new HashMap<>(a.actuals());
                actuals.put(e.month(), e.minutesPerDay() == null ? Map.of() : Map.copyOf(e.minutesPerDay()));
                return a.with(a.period(), a.pattern(), a.cancelled(), actuals);
            });
        } else if (event instanceof BusinessYearClosed e) {
            closedYears.put(e.businessYear(), true);
        } else if (event instanceof BusinessYearReopenedForCorrection e) {
            closedYears.put(e.businessYear(), false);
        }
        // other events (breaches, ledger terms, costs, training…) change nothing shown here
    }

    /** The state on the fold's day, as known then. */
    public CooperativeAsOf view(CapLaw law) {
        List<MemberView> members = clients.values().stream().map(c -> MemberView.of(cooperativeId, c, date))
                .filter(Objects::nonNull).sorted(MemberView.ORDER).toList();
        List<ClientView> clientViews = clients.values().stream()
                .map(c -> ClientView.of(cooperativeId, c, district, date)).sorted(ClientView.ORDER).toList();
        List<WorkerView> workerViews = workers.values().stream().filter(w -> w.employedOn(date))
                .sorted(WorkerRecord.ORDER)
                .map(w -> WorkerView.of(cooperativeId, w, id -> clients.containsKey(id) ? clients.get(id).name() : id,
                        date))
                .toList();
        return new CooperativeAsOf(cooperativeId, name, prefectureCode,
                prefectureCode == null ? null : MunicipalityRef.prefectureNameOf(prefectureCode), date, knownBefore,
                eventsConsidered, lastEventAt, certification.on(date), district.on(date), members, workerViews,
                clientViews, usage(law == null ? CapLaw.defaults() : law));
    }

    /** The projected year containing the fold's day, as known then. */
    UsageAsOf usage(CapLaw law) {
        BusinessYear year = BusinessYear.containing(date, businessYearStartMonth);
        UsageFigures f = projectedYear(year);
        CapRuleVersion version = law.versionFor(year);
        TreeSet<YearMonth> months = new TreeSet<>();
        for (AssignmentFacts a : assignments.values()) {
            for (YearMonth m : a.actuals().keySet()) {
                if (year.period().contains(m.atDay(1))) {
                    months.add(m);
                }
            }
        }
        return new UsageAsOf(year.startYear(), year.firstDay(), year.lastDay(), capUnit, version,
                f.member().minutes(), f.related().minutes(), f.other().minutes(), hours(f.member()),
                hours(f.related()), hours(f.other()), yen(f.member()), yen(f.related()), yen(f.other()),
                f.otherShare(capUnit), f.nonMemberShare(capUnit), withinCaps(f, version, capUnit),
                List.copyOf(months), Boolean.TRUE.equals(closedYears.get(year.startYear())), f);
    }

    private UsageFigures projectedYear(BusinessYear year) {
        UsageFigures f = UsageFigures.ZERO;
        long[] minutes = new long[ClientClass.values().length];
        long[] fees = new long[ClientClass.values().length];
        Period yearPeriod = year.period();
        for (AssignmentFacts a : assignments.values()) {
            if (a.kind() != AssignmentKind.DISPATCH || a.cancelled()) {
                continue;
            }
            Period span = a.period().intersection(yearPeriod);
            ClientRecord client = clients.get(a.clientId());
            if (span == null || client == null) {
                continue;
            }
            for (LocalDate d = span.from(); !d.isAfter(span.to()); d = d.plusDays(1)) {
                int m = a.effectiveMinutes(d);
                if (m > 0) {
                    int i = ClientClassRule.classOn(client, district, d).ordinal();
                    minutes[i] += m;
                    fees[i] += (long) m * a.feePerHourYen();
                }
            }
        }
        for (ClientClass c : ClientClass.values()) {
            f = f.add(c, new Usage(minutes[c.ordinal()], fees[c.ordinal()]));
        }
        return f;
    }

    /** The caps of {@code version} on {@code f}, compared exactly (inclusive), as R-CAP-1/R-CAP-2 state them. */
    static boolean withinCaps(UsageFigures f, CapRuleVersion version, CapUnit unit) {
        long m = f.member().in(unit);
        long o = f.other().in(unit);
        long r = f.related().in(unit);
        return switch (version) {
            case SINGLE_20_PERCENT -> (o + r) * 100 <= 20 * m;
            case NESTED_20_50_PERCENT -> o * 100 <= 20 * m && (o + r) * 100 <= 50 * m;
        };
    }

    /** Hours with two decimals (not {@link Usage#hours()}, whose stripped zeros print 360 h as 3.6E+2). */
    static BigDecimal hours(Usage u) {
        return BigDecimal.valueOf(u.minutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    private static long yen(Usage u) {
        return u.feesYen().longValueExact();
    }
}
