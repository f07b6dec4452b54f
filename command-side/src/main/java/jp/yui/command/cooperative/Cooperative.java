package jp.yui.command.cooperative;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.RecordOfficeCost;
import jp.yui.command.api.RecordPersonnelCost;
import jp.yui.command.api.RecordTraining;
import jp.yui.command.api.RecordSocialInsurance;
import jp.yui.command.api.RecordComplaint;
import jp.yui.command.api.RecordAssignmentTerms;
import jp.yui.command.api.OfficeCostRecorded;
import jp.yui.command.api.PersonnelCostRecorded;
import jp.yui.command.api.TrainingRecorded;
import jp.yui.command.api.SocialInsuranceRecorded;
import jp.yui.command.api.ComplaintRecorded;
import jp.yui.command.api.AssignmentTermsRecorded;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.AssignmentCancelled;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.AssignmentRescheduled;
import jp.yui.command.api.BusinessYear;
import jp.yui.command.api.BusinessYearClosed;
import jp.yui.command.api.BusinessYearReopenedForCorrection;
import jp.yui.command.api.CancelAssignment;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertificationLapsed;
import jp.yui.command.api.CertificationRenewed;
import jp.yui.command.api.CertificationRevoked;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.CertifyDistrictChange;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.CloseBusinessYear;
import jp.yui.command.api.ConvertWorkerToIndefiniteTerm;
import jp.yui.command.api.CooperativeCertified;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.DistrictChangeCertified;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.EndMembership;
import jp.yui.command.api.HireWorker;
import jp.yui.command.api.LapseCertification;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.MembershipEndReason;
import jp.yui.command.api.MembershipEnded;
import jp.yui.command.api.NonMemberCapBreached;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.OvertimeLimitExceeded;
import jp.yui.command.api.Period;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.PreviousEmployerRecorded;
import jp.yui.command.api.RecordActualHours;
import jp.yui.command.api.RecordPreviousEmployer;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.command.api.RegisterNonMemberClient;
import jp.yui.command.api.RenewCertification;
import jp.yui.command.api.ReopenBusinessYearForCorrection;
import jp.yui.command.api.RescheduleAssignment;
import jp.yui.command.api.RevokeCertification;
import jp.yui.command.api.RuleViolationException;
import jp.yui.command.api.SeparateWorker;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.api.WorkPattern;
import jp.yui.command.api.WorkerConvertedToIndefiniteTerm;
import jp.yui.command.api.WorkerHired;
import jp.yui.command.api.WorkerSeparated;
import jp.yui.command.api.RecordSeasonalJob;
import jp.yui.command.api.ChangeSeasonalJob;
import jp.yui.command.api.WithdrawSeasonalJob;
import jp.yui.command.api.SeasonalJobRecorded;
import jp.yui.command.api.SeasonalJobChanged;
import jp.yui.command.api.SeasonalJobWithdrawn;
import jp.yui.command.api.SeasonalJobTerms;
import jp.yui.command.domain.CapLaw;
import jp.yui.command.domain.Municipalities;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A specified regional development cooperative (特定地域づくり事業協同組合) — the consistency boundary of Yui's
 * write model. Everything the non-member caps depend on (membership per day, the district, every assignment's
 * hours and fees, the actual results and the business-year close) lives in this one aggregate, so every command is
 * judged against all of it at once and appended with optimistic concurrency on the aggregate's sequence: concurrent
 * commands, retries and several nodes can never together exceed a cap (R-CAP-5).
 * <p>
 * The rules themselves live in small policy classes named after what they guard; this class gathers the state they
 * need, calls them, and applies the events. Its fields are its snapshot (serialised by Jackson). It is registered
 * with Axon by the application (deploy), so this module needs no Spring.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class Cooperative {

    private static final int MAX_NAME = 200;

    @AggregateIdentifier
    private String cooperativeId;
    private String name;
    private String prefectureCode;
    private int businessYearStartMonth;
    private CapUnit capUnit;
    private DayOfWeek weekStartsOn;
    private OvertimeAgreement overtimeAgreement;
    private List<DistrictVersion> districts = new ArrayList<>();
    private List<CertificationTerm> certificationTerms = new ArrayList<>();
    private Map<String, ClientState> clients = new HashMap<>();
    private Map<String, WorkerState> workers = new HashMap<>();
    private Map<String, AssignmentState> assignments = new HashMap<>();
    /** Business years that have been closed: {@code true} while closed, {@code false} while reopened for correction. */
    private Map<Integer, Boolean> closedYears = new HashMap<>();
    private Map<Integer, Integer> closeRevisions = new HashMap<>();
    /**
     * R-CAP-4 figures of the business years already summed ({@link ProjectedYear#figures}), kept equal to a fresh sum
     * by the event sourcing handlers: an assignment's event replaces that assignment's old contribution with its new
     * one ({@link ProjectedYear#replacing}: exact integer sums), and an event that can change a client's class on some
     * day (registration, a member admitted or leaving, a non-member registered, a district change) drops them all.
     * Before, every dispatch command summed every assignment of the year again to get the figures "before" it, a
     * cost that grew with the cooperative. Not part of the snapshot: rebuilt on demand after a load.
     */
    @JsonIgnore
    private transient Map<BusinessYear, UsageFigures> yearFigures = new HashMap<>();
    /** The assignments by worker (an index of {@link #assignments}, built on first use; not part of the snapshot). */
    @JsonIgnore
    private transient Map<String, Map<String, AssignmentState>> assignmentsByWorker;

    protected Cooperative() {
        // for Axon and for snapshots
    }

    // ------------------------------------------------------------------ cooperative, district

    @CommandHandler
    public Cooperative(RegisterCooperative c, Municipalities municipalities) {
        Check.id("cooperativeId", c.cooperativeId());
        Check.text("name", c.name(), MAX_NAME);
        if (!municipalities.isPrefecture(c.prefectureCode())) {
            throw Check.invalid("prefectureCode", "都道府県コード " + c.prefectureCode() + " は存在しません",
                    "unknown prefecture code " + c.prefectureCode());
        }
        DistrictPolicy.check(c.prefectureCode(), c.districtMunicipalities(), municipalities);
        int startMonth = c.businessYearStartMonth() == null ? 4 : c.businessYearStartMonth();
        if (startMonth < 1 || startMonth > 12) {
            throw Check.invalid("businessYearStartMonth", "事業年度の開始月は1〜12です（" + startMonth + "）",
                    "the business year starts in a month 1..12 (got " + startMonth + ")");
        }
        OvertimeAgreement oa = c.overtimeAgreement() == null ? OvertimeAgreement.standard() : c.overtimeAgreement();
        OvertimeAgreementSettings.check(oa);
        apply(new CooperativeRegistered(c.cooperativeId(), c.name().strip(), c.prefectureCode(),
                Set.copyOf(new TreeSet<>(c.districtMunicipalities())), startMonth,
                c.capUnit() == null ? CapUnit.HOURS : c.capUnit(),
                c.weekStartsOn() == null ? DayOfWeek.SUNDAY : c.weekStartsOn(), oa));
    }

    @CommandHandler
    public void handle(CertifyDistrictChange c, Municipalities municipalities, CapLaw law) {
        DistrictPolicy.check(prefectureCode, c.districtMunicipalities(), municipalities);
        Check.date("effectiveOn", c.effectiveOn());
        DistrictVersion latest = districts.get(districts.size() - 1);
        if (latest.effectiveFrom() != null && !c.effectiveOn().isAfter(latest.effectiveFrom())) {
            throw Check.invalid("effectiveOn", "直近の地区変更（" + latest.effectiveFrom() + "）より後の日付にしてください",
                    "must be after the last district change (" + latest.effectiveFrom() + ")");
        }
        List<DistrictVersion> candidate = new ArrayList<>(districts);
        candidate.add(new DistrictVersion(c.effectiveOn(), Set.copyOf(c.districtMunicipalities())));
        LocalDate lastDay = c.effectiveOn();
        for (AssignmentState a : assignments.values()) {
            if (!a.isDispatch() || a.cancelled() || a.period().to().isBefore(c.effectiveOn())) {
                continue;
            }
            Period after = new Period(a.period().from().isBefore(c.effectiveOn()) ? c.effectiveOn() : a.period().from(),
                    a.period().to());
            try {
                WorkplacePolicy.check(a.workplace(), after, candidate, municipalities);
            } catch (RuleViolationException e) {
                throw new RuleViolationException("R-DISP-3", "派遣 " + a.id() + ": " + e.messageJa()
                        + "。先に派遣を変更してください", "assignment " + a.id() + ": " + e.messageEn()
                        + "; change the assignment first");
            }
            if (a.period().to().isAfter(lastDay)) {
                lastDay = a.period().to();
            }
        }
        Period affected = new Period(c.effectiveOn(), lastDay);
        guardUsageChange(assignments, new ClientClassifier(clients, candidate), affected, law);
        apply(new DistrictChangeCertified(cooperativeId, Set.copyOf(new TreeSet<>(c.districtMunicipalities())),
                c.effectiveOn()));
    }

    // ------------------------------------------------------------------ certification

    @CommandHandler
    public void handle(CertifyCooperative c) {
        Check.text("certificationNumber", c.certificationNumber(), 100);
        Check.date("certifiedOn", c.certifiedOn());
        if (CertificationPolicy.validOn(certificationTerms, c.certifiedOn())) {
            throw Check.invalid("certifiedOn", c.certifiedOn() + " には既に有効な認定があります。更新を使ってください",
                    "a certification is already valid on " + c.certifiedOn() + "; renew it instead");
        }
        Optional<CertificationTerm> later = certificationTerms.stream()
                .filter(t -> t.from().isAfter(c.certifiedOn())).findAny();
        if (later.isPresent()) {
            throw Check.invalid("certifiedOn", "より新しい認定（" + later.get().from() + "〜）があります",
                    "a later certification (from " + later.get().from() + ") exists");
        }
        apply(new CooperativeCertified(cooperativeId, c.certificationNumber().strip(), prefectureCode, c.certifiedOn(),
                c.certifiedOn(), CertificationPolicy.validThrough(c.certifiedOn())));
    }

    @CommandHandler
    public void handle(RenewCertification c) {
        Check.text("certificationNumber", c.certificationNumber(), 100);
        Check.date("decidedOn", c.decidedOn());
        CertificationTerm current = latestTerm().orElseThrow(() -> Check.invalid("certificationNumber",
                "更新する認定がありません", "there is no certification to renew"));
        if (current.terminated()) {
            throw Check.invalid("decidedOn", "認定は失効または取り消されています。新たな認定が必要です",
                    "the certification has lapsed or been revoked; a new certification is needed");
        }
        if (c.decidedOn().isAfter(current.through()) || c.decidedOn().isBefore(current.from())) {
            throw Check.invalid("decidedOn", "更新は有効期間中（" + current.from() + "〜" + current.through() + "）に行います",
                    "a renewal is decided within the current term (" + current.from() + ".." + current.through() + ")");
        }
        LocalDate from = current.through().plusDays(1);
        apply(new CertificationRenewed(cooperativeId, c.certificationNumber().strip(), c.decidedOn(), from,
                CertificationPolicy.validThrough(from)));
    }

    @CommandHandler
    public void handle(LapseCertification c) {
        Check.date("effectiveOn", c.effectiveOn());
        Check.notNull("reason", c.reason());
        requireTermToEnd(c.effectiveOn());
        apply(new CertificationLapsed(cooperativeId, c.effectiveOn(), c.reason(), needingAction(c.effectiveOn())));
    }

    @CommandHandler
    public void handle(RevokeCertification c) {
        Check.date("effectiveOn", c.effectiveOn());
        Check.notNull("ground", c.ground());
        Check.text("reason", c.reason(), 2000);
        requireTermToEnd(c.effectiveOn());
        apply(new CertificationRevoked(cooperativeId, c.effectiveOn(), c.ground(), c.reason().strip(),
                needingAction(c.effectiveOn())));
    }

    private void requireTermToEnd(LocalDate effectiveOn) {
        boolean any = certificationTerms.stream().anyMatch(t -> !t.terminated()
                && !effectiveOn.isBefore(t.from()) && !effectiveOn.isAfter(t.through().plusDays(1)));
        if (!any) {
            throw Check.invalid("effectiveOn", effectiveOn + " に終了させる有効な認定がありません",
                    "there is no valid certification to end on " + effectiveOn);
        }
    }

    private List<String> needingAction(LocalDate effectiveOn) {
        return assignments.values().stream()
                .filter(a -> a.isDispatch() && !a.cancelled() && !a.period().to().isBefore(effectiveOn))
                .map(AssignmentState::id).sorted().toList();
    }

    // ------------------------------------------------------------------ members and clients

    @CommandHandler
    public void handle(AdmitMember c) {
        Check.id("clientId", c.clientId());
        Check.date("joinedOn", c.joinedOn());
        Check.optionalText("industry", c.industry(), 100);
        ClientState existing = clients.get(c.clientId());
        if (existing == null) {
            Check.text("name", c.name(), MAX_NAME);
        } else {
            Check.optionalText("name", c.name(), MAX_NAME);
            if (existing.kind() != ClientKind.BUSINESS) {
                throw Check.invalid("clientId", existing.name() + " は事業者ではないため組合員になれません",
                        existing.name() + " is not a business and cannot become a member");
            }
            Membership m = existing.currentMembership();
            if (m != null && (m.lastDay() == null || !c.joinedOn().isAfter(m.lastDay()))) {
                throw Check.invalid("joinedOn", existing.name() + " は " + c.joinedOn() + " には既に組合員です",
                        existing.name() + " is already a member on " + c.joinedOn());
            }
            ClosedYearPolicy.check(closedYears, usageSpanOfClient(c.clientId(), c.joinedOn()), businessYearStartMonth);
        }
        String name = existing != null && (c.name() == null || c.name().isBlank()) ? existing.name() : c.name().strip();
        // Admission only turns non-member days into member days: M grows, O shrinks, no cap can break.
        apply(new MemberAdmitted(cooperativeId, c.clientId(), name, blankToNull(c.industry()), c.joinedOn()));
    }

    @CommandHandler
    public void handle(EndMembership c, CapLaw law) {
        ClientState client = knownClient(c.clientId());
        Check.date("lastDay", c.lastDay());
        Check.notNull("reason", c.reason());
        Membership m = client.currentMembership();
        if (m == null || m.lastDay() != null) {
            throw Check.invalid("clientId", client.name() + " は組合員ではありません", client.name() + " is not a member");
        }
        if (c.lastDay().isBefore(m.joinedOn())) {
            throw Check.invalid("lastDay", "加入日 " + m.joinedOn() + " より前です", "before the joining date " + m.joinedOn());
        }
        BusinessYear year = BusinessYear.containing(c.lastDay(), businessYearStartMonth);
        if (c.reason() == MembershipEndReason.VOLUNTARY_WITHDRAWAL && !year.lastDay().equals(c.lastDay())) {
            throw Check.invalid("lastDay", "自由脱退は事業年度末に効力を生じます（" + year.lastDay() + " を指定してください）",
                    "a voluntary withdrawal takes effect at a business-year end (use " + year.lastDay() + ")");
        }
        Map<String, ClientState> candidate = new HashMap<>(clients);
        candidate.put(client.id(), client.endingCurrentMembership(c.lastDay()));
        Period affected = usageSpanOfClient(client.id(), c.lastDay().plusDays(1));
        guardUsageChange(assignments, new ClientClassifier(candidate, districts), affected, law);
        apply(new MembershipEnded(cooperativeId, client.id(), c.lastDay(), c.reason()));
    }

    @CommandHandler
    public void handle(RegisterNonMemberClient c, Municipalities municipalities) {
        Check.id("clientId", c.clientId());
        if (clients.containsKey(c.clientId())) {
            throw Check.invalid("clientId", "派遣先 " + c.clientId() + " は既に登録されています",
                    "client " + c.clientId() + " is already registered");
        }
        Check.text("name", c.name(), MAX_NAME);
        Check.notNull("kind", c.kind());
        boolean hasCode = c.municipalityCode() != null && !c.municipalityCode().isBlank();
        if (c.kind().needsMunicipality() && !hasCode) {
            throw Check.invalid("municipalityCode", "市町村・地方独立行政法人には市町村コードが必要です",
                    "a municipality or local independent agency needs its municipality code");
        }
        if (hasCode && !municipalities.exists(c.municipalityCode())) {
            throw Check.invalid("municipalityCode", "市町村コード " + c.municipalityCode() + " は一覧にありません",
                    "municipality code " + c.municipalityCode() + " is not in the official list");
        }
        apply(new NonMemberClientRegistered(cooperativeId, c.clientId(), c.name().strip(), c.kind(),
                hasCode ? c.municipalityCode() : null));
    }

    // ------------------------------------------------------------------ workers

    @CommandHandler
    public void handle(HireWorker c, Municipalities municipalities) {
        Check.id("workerId", c.workerId());
        if (workers.containsKey(c.workerId())) {
            throw Check.invalid("workerId", "職員 " + c.workerId() + " は既に登録されています",
                    "worker " + c.workerId() + " already exists");
        }
        Check.text("name", c.name(), MAX_NAME);
        Check.date("birthDate", c.birthDate());
        Check.date("hiredOn", c.hiredOn());
        long age = ChronoUnit.YEARS.between(c.birthDate(), c.hiredOn());
        if (age < 15 || age > 100) {
            throw Check.invalid("birthDate", "雇入れ時の年齢が " + age + " 歳になります（15〜100歳）",
                    "age at hire would be " + age + " (15..100)");
        }
        Check.notNull("employmentType", c.employmentType());
        if (c.employmentType() == EmploymentType.FIXED_TERM) {
            Check.date("fixedTermEndsOn", c.fixedTermEndsOn());
            if (c.fixedTermEndsOn().isBefore(c.hiredOn())) {
                throw Check.invalid("fixedTermEndsOn", "契約期間の終了日が雇入れ日より前です",
                        "the fixed term ends before the hire date");
            }
        } else if (c.fixedTermEndsOn() != null) {
            throw Check.invalid("fixedTermEndsOn", "無期雇用には契約期間の終了日はありません",
                    "an indefinite-term contract has no end date");
        }
        if (!municipalities.exists(c.homeMunicipality())) {
            throw Check.invalid("homeMunicipality", "市町村コード " + c.homeMunicipality() + " は一覧にありません",
                    "municipality code " + c.homeMunicipality() + " is not in the official list");
        }
        Set<String> skills = c.skills() == null ? Set.of() : c.skills();
        if (skills.size() > 50) {
            throw Check.invalid("skills", "技能は50件以内です", "at most 50 skills");
        }
        skills.forEach(s -> Check.text("skills", s, 50));
        apply(new WorkerHired(cooperativeId, c.workerId(), c.name().strip(), c.birthDate(), c.hiredOn(),
                c.employmentType(), c.fixedTermEndsOn(), c.homeMunicipality(),
                skills.stream().map(String::strip).collect(Collectors.toCollection(TreeSet::new))));
    }

    @CommandHandler
    public void handle(ConvertWorkerToIndefiniteTerm c) {
        WorkerState w = knownWorker(c.workerId());
        Check.date("effectiveOn", c.effectiveOn());
        if (w.indefiniteFrom() != null) {
            throw Check.invalid("workerId", w.name() + " は既に無期雇用です", w.name() + " is already indefinite-term");
        }
        if (c.effectiveOn().isBefore(w.hiredOn()) || c.effectiveOn().isAfter(w.fixedTermEndsOn().plusDays(1))) {
            throw Check.invalid("effectiveOn", "無期転換日は雇入れ日 " + w.hiredOn() + " から契約期間満了の翌日 "
                    + w.fixedTermEndsOn().plusDays(1) + " までです", "the conversion date must lie between the hire date "
                    + w.hiredOn() + " and the day after the term ends, " + w.fixedTermEndsOn().plusDays(1));
        }
        if (w.lastDay() != null && c.effectiveOn().isAfter(w.lastDay())) {
            throw Check.invalid("effectiveOn", w.name() + " は " + w.lastDay() + " に退職しています",
                    w.name() + " left on " + w.lastDay());
        }
        apply(new WorkerConvertedToIndefiniteTerm(cooperativeId, w.id(), c.effectiveOn()));
    }

    @CommandHandler
    public void handle(RecordPreviousEmployer c) {
        WorkerState w = knownWorker(c.workerId());
        ClientState client = knownClient(c.clientId());
        Check.date("leftOn", c.leftOn());
        if (c.leftOn().isAfter(w.hiredOn())) {
            throw Check.invalid("leftOn", "前職の離職日は組合の雇入れ日 " + w.hiredOn() + " 以前です",
                    "the leaving date must be on or before the hire date " + w.hiredOn());
        }
        if (!c.leftOn().isAfter(w.birthDate())) {
            throw Check.invalid("leftOn", "離職日が生年月日より前です", "the leaving date is before the birth date");
        }
        long ageAtLeaving = ChronoUnit.YEARS.between(w.birthDate(), c.leftOn());
        if (c.retiredAt60OrOver() && ageAtLeaving < 60) {
            throw Check.invalid("retiredAt60OrOver", "離職時の年齢は " + ageAtLeaving + " 歳です。60歳以上の定年退職者の例外は使えません",
                    "the worker was " + ageAtLeaving + " when leaving; the retiree-of-60-or-over exception does not apply");
        }
        WorkerState candidate = w.withPreviousEmployer(new PreviousEmployment(client.id(), c.leftOn(), c.retiredAt60OrOver()));
        for (AssignmentState a : assignmentsOf(w.id())) {
            if (a.isDispatch() && !a.cancelled() && a.clientId().equals(client.id())) {
                FormerEmployerPolicy.check(candidate, client.id(), client.name(), a.period(), a.pattern());
            }
        }
        apply(new PreviousEmployerRecorded(cooperativeId, w.id(), client.id(), c.leftOn(), c.retiredAt60OrOver()));
    }

    @CommandHandler
    public void handle(SeparateWorker c) {
        WorkerState w = knownWorker(c.workerId());
        Check.date("lastDay", c.lastDay());
        Check.optionalText("reason", c.reason(), 500);
        if (w.lastDay() != null) {
            throw Check.invalid("workerId", w.name() + " は " + w.lastDay() + " に退職済みです", w.name() + " already left on " + w.lastDay());
        }
        if (c.lastDay().isBefore(w.hiredOn())) {
            throw Check.invalid("lastDay", "退職日が雇入れ日 " + w.hiredOn() + " より前です", "before the hire date " + w.hiredOn());
        }
        List<String> beyond = assignmentsOf(w.id()).stream()
                .filter(a -> !a.cancelled() && a.period().to().isAfter(c.lastDay()))
                .map(AssignmentState::id).sorted().toList();
        if (!beyond.isEmpty()) {
            throw new RuleViolationException("R-WORK-2",
                    w.name() + " には退職日 " + c.lastDay() + " より後の派遣予定があります（" + String.join("、", beyond)
                            + "）。先に短縮または取消してください",
                    w.name() + " has assignments after " + c.lastDay() + " (" + String.join(", ", beyond)
                            + "); shorten or cancel them first");
        }
        apply(new WorkerSeparated(cooperativeId, w.id(), c.lastDay(), blankToNull(c.reason())));
    }

    // ------------------------------------------------------------------ assignments

    @CommandHandler
    public void handle(PlanAssignment c, Municipalities municipalities, CapLaw law) {
        Check.id("assignmentId", c.assignmentId());
        if (assignments.containsKey(c.assignmentId())) {
            throw Check.invalid("assignmentId", "派遣 " + c.assignmentId() + " は既に存在します",
                    "assignment " + c.assignmentId() + " already exists");
        }
        Check.notNull("kind", c.kind());
        knownWorker(c.workerId());
        knownClient(c.clientId());
        Check.text("work", c.work(), MAX_NAME);
        Check.notNull("category", c.category());
        if (!municipalities.exists(c.workplaceMunicipality())) {
            throw Check.invalid("workplaceMunicipality", "就業場所の市町村コード " + c.workplaceMunicipality() + " は一覧にありません",
                    "workplace municipality code " + c.workplaceMunicipality() + " is not in the official list");
        }
        Check.period("period", c.period());
        checkPattern(c.pattern(), c.period());
        long minFee = c.kind() == AssignmentKind.DISPATCH ? 1 : 0;
        if (c.feePerHourYen() < minFee || c.feePerHourYen() > 100_000) {
            throw Check.invalid("feePerHourYen", "時間単価は " + minFee + "〜100,000円です（" + c.feePerHourYen() + "）",
                    "the fee per hour must be " + minFee + "..100,000 yen (got " + c.feePerHourYen() + ")");
        }
        AssignmentState candidate = new AssignmentState(c.assignmentId(), c.kind(), c.workerId(), c.clientId(),
                c.work().strip(), c.category(), c.medicalException(), c.workplaceMunicipality(), c.period(),
                c.pattern(), c.feePerHourYen(), false, Map.of());
        checkAssignment(null, candidate, municipalities, law);
        apply(new AssignmentPlanned(cooperativeId, c.assignmentId(), c.kind(), c.workerId(), c.clientId(),
                c.work().strip(), c.category(), c.medicalException(), c.workplaceMunicipality(), c.period(),
                c.pattern(), c.feePerHourYen()));
    }

    @CommandHandler
    public void handle(RescheduleAssignment c, Municipalities municipalities, CapLaw law) {
        AssignmentState old = activeAssignment(c.assignmentId());
        Check.period("period", c.period());
        checkPattern(c.pattern(), c.period());
        for (Map.Entry<YearMonth, Map<LocalDate, Integer>> month : old.actuals().entrySet()) {
            for (Map.Entry<LocalDate, Integer> day : month.getValue().entrySet()) {
                if (day.getValue() > 0 && !c.period().contains(day.getKey())) {
                    throw Check.invalid("period", day.getKey() + " の実績が記録されているため、その日を期間から外せません",
                            "actual hours are recorded on " + day.getKey() + "; the period must keep that day");
                }
            }
        }
        checkAssignment(old, old.rescheduled(c.period(), c.pattern()), municipalities, law);
        apply(new AssignmentRescheduled(cooperativeId, old.id(), c.period(), c.pattern()));
    }

    @CommandHandler
    public void handle(CancelAssignment c, CapLaw law) {
        AssignmentState old = activeAssignment(c.assignmentId());
        Check.optionalText("reason", c.reason(), 500);
        if (old.hasActuals()) {
            throw Check.invalid("assignmentId", "実績が記録された派遣は取り消せません。期間を短縮してください",
                    "an assignment with recorded actual hours cannot be cancelled; shorten its period instead");
        }
        if (old.isDispatch()) {
            Map<String, AssignmentState> after = new HashMap<>(assignments);
            after.put(old.id(), old.asCancelled());
            guardUsageChange(after, classifier(), old.period(), law);
        }
        apply(new AssignmentCancelled(cooperativeId, old.id(), blankToNull(c.reason())));
    }

    @CommandHandler
    public void handle(RecordActualHours c, CapLaw law, Clock clock) {
        AssignmentState a = activeAssignment(c.assignmentId());
        Check.notNull("month", c.month());
        Check.date("month", c.month().atDay(1));
        LocalDate today = LocalDate.now(clock);
        if (c.month().atDay(1).isAfter(today)) {
            throw Check.invalid("month", c.month() + " はまだ始まっていません。実績は過去の事実として記録します",
                    c.month() + " has not begun; actual results are facts of the past");
        }
        Map<LocalDate, Integer> days = c.minutesPerDay() == null ? Map.of() : c.minutesPerDay();
        Period month = new Period(c.month().atDay(1), c.month().atEndOfMonth());
        if (!a.period().overlaps(month)) {
            throw Check.invalid("month", c.month() + " は派遣期間 " + a.period() + " の外です",
                    c.month() + " lies outside the assignment period " + a.period());
        }
        // validate every entry before copying the map (Map.copyOf would throw a bare NullPointerException on nulls)
        for (Map.Entry<LocalDate, Integer> e : days.entrySet()) {
            Check.notNull("minutesPerDay", e.getKey());
            Check.minutesOfDay("minutesPerDay[" + e.getKey() + "]", e.getValue());
            if (e.getValue() > 0 && e.getKey().isAfter(today)) {
                throw Check.invalid("minutesPerDay", e.getKey() + " は未来の日付です。実績は過去の事実として記録します",
                        e.getKey() + " lies in the future; actual results are facts of the past");
            }
        }
        Map<String, AssignmentState> after = new HashMap<>(assignments);
        AssignmentState updated = a.withActuals(c.month(), days);
        after.put(a.id(), updated);
        for (Map.Entry<LocalDate, Integer> e : days.entrySet()) {
            if (!month.contains(e.getKey()) || !a.period().contains(e.getKey())) {
                throw Check.invalid("minutesPerDay", e.getKey() + " は " + c.month() + " の派遣期間内の日ではありません",
                        e.getKey() + " is not a day of " + c.month() + " within the assignment period");
            }
            int total = after.values().stream().filter(x -> x.workerId().equals(a.workerId()))
                    .mapToInt(x -> x.effectiveMinutes(e.getKey())).sum();
            if (total > 24 * 60) {
                throw Check.invalid("minutesPerDay", e.getKey() + " の実績が全派遣先の合計で24時間を超えます（" + Format.hoursJa(total) + "）",
                        "actual hours on " + e.getKey() + " would total " + Format.hours(total) + " across assignments, over 24 h");
            }
            if (a.isDispatch() && e.getValue() > 0) {
                CertificationPolicy.requireValid(certificationTerms, new Period(e.getKey(), e.getKey()),
                        "実績 " + e.getKey());
            }
        }
        BusinessYear year = BusinessYear.containing(month.from(), businessYearStartMonth);
        UsageFigures before = null;
        if (a.isDispatch()) {
            ClosedYearPolicy.check(closedYears, month, businessYearStartMonth);
            before = yearFigures(year);
        }
        WorkerDays daysBefore = workerDays(assignmentsOf(a.workerId()), month);
        apply(new ActualHoursRecorded(cooperativeId, a.id(), c.month(), Map.copyOf(days)));
        // R-DISP-4: the facts are recorded; what they break is recorded beside them.
        if (a.isDispatch()) {
            CapRuleVersion version = law.versionFor(year);
            UsageFigures figures = yearFigures(year);
            for (NonMemberCapPolicy.Breach b : NonMemberCapPolicy.worsened(before, figures, version, capUnit)) {
                apply(new NonMemberCapBreached(cooperativeId, year.startYear(), b.cap().ruleId(), capUnit, figures,
                        NonMemberCapPolicy.describeEn(year, b, figures, version, capUnit, "is")));
            }
        }
        WorkerDays daysAfter = workerDays(assignmentsOf(a.workerId()), month);
        for (WorkingTimePolicy.Excess e : WorkingTimePolicy.worsened(daysBefore, daysAfter, overtimeAgreement)) {
            apply(new OvertimeLimitExceeded(cooperativeId, a.workerId(), e.kind(), e.period(), e.value(), e.limit()));
        }
    }

    // ------------------------------------------------------------------ ledger and subsidy records (R-REP-1, R-REP-4)

    @CommandHandler
    public void handle(RecordAssignmentTerms c) {
        AssignmentState a = activeAssignment(c.assignmentId());
        Check.optionalText("organisationalUnit", c.organisationalUnit(), MAX_NAME);
        Check.notNull("startTime", c.startTime());
        Check.notNull("endTime", c.endTime());
        if (!c.endTime().isAfter(c.startTime())) {
            throw Check.invalid("endTime", "終業時刻 " + c.endTime() + " が始業時刻 " + c.startTime() + " より後ではありません",
                    "the end time " + c.endTime() + " is not after the start time " + c.startTime());
        }
        long span = java.time.Duration.between(c.startTime(), c.endTime()).toMinutes();
        if (c.breakMinutes() < 0 || c.breakMinutes() >= span) {
            throw Check.invalid("breakMinutes", "休憩時間は0分以上、拘束時間（" + span + "分）未満です（" + c.breakMinutes() + "分）",
                    "the break must be 0.." + (span - 1) + " minutes (got " + c.breakMinutes() + ")");
        }
        Check.optionalText("responsibility", c.responsibility(), 500);
        Check.text("dispatcherResponsiblePerson", c.dispatcherResponsiblePerson(), 100);
        Check.text("clientResponsiblePerson", c.clientResponsiblePerson(), 100);
        apply(new AssignmentTermsRecorded(cooperativeId, a.id(), blankToNull(c.organisationalUnit()), c.startTime(),
                c.endTime(), c.breakMinutes(), blankToNull(c.responsibility()), c.dispatcherResponsiblePerson().strip(),
                c.clientResponsiblePerson().strip()));
    }

    @CommandHandler
    public void handle(RecordComplaint c) {
        Check.id("assignmentId", c.assignmentId());
        AssignmentState a = assignments.get(c.assignmentId());
        if (a == null) {
            throw Check.invalid("assignmentId", "派遣 " + c.assignmentId() + " は存在しません", "unknown assignment " + c.assignmentId());
        }
        Check.date("receivedOn", c.receivedOn());
        Check.text("content", c.content(), 4000);
        Check.optionalText("handling", c.handling(), 4000);
        apply(new ComplaintRecorded(cooperativeId, a.id(), c.receivedOn(), c.content().strip(), blankToNull(c.handling())));
    }

    @CommandHandler
    public void handle(RecordSocialInsurance c) {
        WorkerState w = knownWorker(c.workerId());
        boolean all = c.healthInsurance() && c.pension() && c.employmentInsurance();
        if (!all) {
            Check.text("reasonNotEnrolled", c.reasonNotEnrolled(), 500);
        } else {
            Check.optionalText("reasonNotEnrolled", c.reasonNotEnrolled(), 500);
        }
        apply(new SocialInsuranceRecorded(cooperativeId, w.id(), c.healthInsurance(), c.pension(),
                c.employmentInsurance(), all ? null : c.reasonNotEnrolled().strip()));
    }

    @CommandHandler
    public void handle(RecordTraining c) {
        WorkerState w = knownWorker(c.workerId());
        Check.date("heldOn", c.heldOn());
        Check.notNull("kind", c.kind());
        Check.text("content", c.content(), 1000);
        if (c.minutes() <= 0 || c.minutes() > 24 * 60) {
            throw Check.invalid("minutes", "時間は1〜1440分です（" + c.minutes() + "）", "minutes must be 1..1440 (got " + c.minutes() + ")");
        }
        apply(new TrainingRecorded(cooperativeId, w.id(), c.heldOn(), c.kind(), c.content().strip(), c.minutes()));
    }

    @CommandHandler
    public void handle(RecordPersonnelCost c) {
        WorkerState w = knownWorker(c.workerId());
        checkBusinessYear(c.businessYear());
        BusinessYear y = new BusinessYear(c.businessYear(), businessYearStartMonth);
        LocalDate end = w.employedThrough();
        if (w.hiredOn().isAfter(y.lastDay()) || (end != null && end.isBefore(y.firstDay()))) {
            throw Check.invalid("businessYear", w.name() + " は " + c.businessYear() + "年度に雇用されていません",
                    w.name() + " was not employed in business year " + c.businessYear());
        }
        checkYen("yen", c.yen(), 100_000_000L);
        apply(new PersonnelCostRecorded(cooperativeId, w.id(), c.businessYear(), c.yen()));
    }

    @CommandHandler
    public void handle(RecordOfficeCost c) {
        checkBusinessYear(c.businessYear());
        checkYen("yen", c.yen(), 1_000_000_000L);
        apply(new OfficeCostRecorded(cooperativeId, c.businessYear(), c.yen()));
    }

    private static void checkBusinessYear(int year) {
        if (year < 1990 || year > 2200) {
            throw Check.invalid("businessYear", "事業年度 " + year + " は範囲外です", "business year " + year + " is out of range");
        }
    }

    private static void checkYen(String field, long yen, long max) {
        if (yen < 0 || yen > max) {
            throw Check.invalid(field, "金額は0〜" + String.format("%,d", max) + "円です（" + yen + "）",
                    "the amount must be 0.." + String.format("%,d", max) + " yen (got " + yen + ")");
        }
    }

    // ------------------------------------------------------------------ business year

    @CommandHandler
    public void handle(CloseBusinessYear c, CapLaw law, Clock clock) {
        checkBusinessYear(c.businessYear());
        BusinessYear year = new BusinessYear(c.businessYear(), businessYearStartMonth);
        LocalDate today = LocalDate.now(clock);
        if (!today.isAfter(year.lastDay())) {
            throw Check.invalid("businessYear", c.businessYear() + "年度は " + year.lastDay() + " まで続きます。終了後に締めてください",
                    "business year " + c.businessYear() + " runs until " + year.lastDay() + "; close it afterwards");
        }
        if (Boolean.TRUE.equals(closedYears.get(c.businessYear()))) {
            throw Check.invalid("businessYear", c.businessYear() + "年度は既に締め済みです",
                    "business year " + c.businessYear() + " is already closed");
        }
        CapRuleVersion version = law.versionFor(year);
        UsageFigures f = yearFigures(year);
        boolean within = NonMemberCapPolicy.breaches(f, version, capUnit).isEmpty();
        apply(new BusinessYearClosed(cooperativeId, year.startYear(), year.firstDay(), year.lastDay(), version, capUnit,
                f, f.otherShare(capUnit), f.nonMemberShare(capUnit), within,
                closeRevisions.getOrDefault(year.startYear(), 0) + 1));
    }

    @CommandHandler
    public void handle(ReopenBusinessYearForCorrection c) {
        if (!Boolean.TRUE.equals(closedYears.get(c.businessYear()))) {
            throw Check.invalid("businessYear", c.businessYear() + "年度は締められていません",
                    "business year " + c.businessYear() + " is not closed");
        }
        Check.text("reason", c.reason(), 2000);
        apply(new BusinessYearReopenedForCorrection(cooperativeId, c.businessYear(), c.reason().strip()));
    }

    // ------------------------------------------------------------------ the checks shared by assignment commands

    /**
     * Every MUST rule an assignment must satisfy, against the state with {@code candidate} in place of {@code old}.
     */
    private void checkAssignment(AssignmentState old, AssignmentState candidate, Municipalities municipalities,
                                 CapLaw law) {
        WorkerState w = workers.get(candidate.workerId());
        ClientState client = clients.get(candidate.clientId());
        Period p = candidate.period();
        EmploymentPeriodPolicy.check(w, p);
        if (candidate.isDispatch()) {
            IndefiniteTermPolicy.check(w, p);
            ProhibitedWorkPolicy.check(candidate.kind(), candidate.category(), candidate.medicalException());
            WorkplacePolicy.check(candidate.workplace(), p, districts, municipalities);
            CertificationPolicy.requireValid(certificationTerms, p, "派遣 " + candidate.id());
            FormerEmployerPolicy.check(w, client.id(), client.name(), p, candidate.pattern());
        }
        Period affected = old == null ? p : union(old.period(), p);
        // old is the state's entry under candidate's id (or there is none): the state after the change differs from
        // this one by that one assignment, so the worker's days and the years' figures after it are the ones before
        // it with old's contribution taken out and candidate's put in (exact integer sums, the same figures as
        // summing every assignment again, which grew with the cooperative)
        WorkerDays before = workerDays(assignmentsOf(w.id()), affected);
        WorkerDays after = before.replacing(old, candidate);
        DailyHoursPolicy.check(w, before, after, p, overtimeAgreement);
        WorkingTimePolicy.check(w, before, after, affected, overtimeAgreement);
        if (candidate.isDispatch()) {
            ClientClassifier classifier = classifier();
            guardUsage(affected, law, y -> {
                UsageFigures figuresBefore = yearFigures(y);
                return new UsageFigures[] {figuresBefore,
                        ProjectedYear.replacing(figuresBefore, y, old, candidate, classifier)};
            });
        }
    }

    /**
     * R-CAP-6 then R-CAP-1/2 on the projected years (R-CAP-4) the change touches: {@code after} and
     * {@code afterClassifier} describe the state the command would leave.
     */
    private void guardUsageChange(Map<String, AssignmentState> after, ClientClassifier afterClassifier,
                                  Period affected, CapLaw law) {
        guardUsage(affected, law, y -> new UsageFigures[] {yearFigures(y),
                ProjectedYear.figures(y, after.values(), afterClassifier)});
    }

    /** R-CAP-6 then R-CAP-1/2 for each year the change touches, {@code figures} giving the year's before and after. */
    private void guardUsage(Period affected, CapLaw law,
                            java.util.function.Function<BusinessYear, UsageFigures[]> figures) {
        if (affected == null) {
            return;
        }
        BusinessYear first = BusinessYear.containing(affected.from(), businessYearStartMonth);
        BusinessYear last = BusinessYear.containing(affected.to(), businessYearStartMonth);
        for (BusinessYear y = first; y.compareTo(last) <= 0; y = y.next()) {
            UsageFigures[] beforeAndThen = figures.apply(y);
            UsageFigures before = beforeAndThen[0];
            UsageFigures then = beforeAndThen[1];
            if (before.equals(then)) {
                continue;
            }
            ClosedYearPolicy.check(closedYears, y.period(), businessYearStartMonth);
            Optional<RuleViolationException> refusal =
                    NonMemberCapPolicy.check(y, before, then, law.versionFor(y), capUnit);
            if (refusal.isPresent()) {
                throw refusal.get();
            }
        }
    }

    private void checkPattern(WorkPattern pattern, Period period) {
        Check.notNull("pattern", pattern);
        boolean weekly = !pattern.weekdayMinutes().isEmpty();
        if (weekly == pattern.explicit()) {
            throw Check.invalid("pattern", "曜日ごとの時間か、日ごとの時間のどちらか一方を指定してください",
                    "give either minutes per weekday or minutes per listed day, not both or neither");
        }
        pattern.weekdayMinutes().forEach((d, m) -> Check.minutesOfDay("pattern.weekdayMinutes[" + d + "]", m));
        pattern.dayMinutes().forEach((d, m) -> {
            Check.notNull("pattern.dayMinutes", d);
            Check.minutesOfDay("pattern.dayMinutes[" + d + "]", m);
            if (!period.contains(d)) {
                throw Check.invalid("pattern.dayMinutes", d + " は期間 " + period + " の外です",
                        d + " lies outside the period " + period);
            }
        });
        for (LocalDate d : pattern.exceptDates()) {
            if (d == null || !period.contains(d)) {
                throw Check.invalid("pattern.exceptDates", d + " は期間 " + period + " の外です",
                        d + " lies outside the period " + period);
            }
        }
        if (period.days().noneMatch(d -> pattern.minutesOn(d) > 0)) {
            throw Check.invalid("pattern", "期間 " + period + " に就業日がありません",
                    "the pattern has no working day in " + period);
        }
    }

    // ------------------------------------------------------------------ lookups

    private ClientClassifier classifier() {
        return new ClientClassifier(clients, districts);
    }

    /** R-CAP-4: the projected figures of {@code year} in the current state (summed once, then kept up to date). */
    UsageFigures yearFigures(BusinessYear year) {
        if (yearFigures == null) {
            yearFigures = new HashMap<>();
        }
        UsageFigures f = yearFigures.get(year);
        if (f == null) {
            f = ProjectedYear.figures(year, assignments.values(), classifier());
            yearFigures.put(year, f);
        }
        return f;
    }

    /** Stores an assignment's new state and moves the summed years' figures from its old state to it. */
    private void assignmentChanged(String id, AssignmentState now) {
        AssignmentState old = assignments.put(id, now);
        if (assignmentsByWorker != null) {
            if (old != null && !old.workerId().equals(now.workerId())) {
                assignmentsByWorker.get(old.workerId()).remove(id);
            }
            assignmentsByWorker.computeIfAbsent(now.workerId(), k -> new LinkedHashMap<>()).put(id, now);
        }
        if (yearFigures != null && !yearFigures.isEmpty()) {
            ClientClassifier c = classifier();
            yearFigures.replaceAll((y, f) -> ProjectedYear.replacing(f, y, old, now, c));
        }
    }

    /** A client's class may have changed on some days: the summed years' figures are summed again when next asked. */
    private void classesChanged() {
        if (yearFigures != null) {
            yearFigures.clear();
        }
    }

    private WorkerDays workerDays(Collection<AssignmentState> list, Period affected) {
        return WorkerDays.of(list, affected, businessYearStartMonth, weekStartsOn);
    }

    /** The worker's assignments, from an index of {@link #assignments} built on first use and kept by the handlers. */
    List<AssignmentState> assignmentsOf(String workerId) {
        if (assignmentsByWorker == null) {
            assignmentsByWorker = new HashMap<>();
            for (AssignmentState a : assignments.values()) {
                assignmentsByWorker.computeIfAbsent(a.workerId(), k -> new LinkedHashMap<>()).put(a.id(), a);
            }
        }
        Map<String, AssignmentState> mine = assignmentsByWorker.get(workerId);
        return mine == null ? List.of() : List.copyOf(mine.values());
    }

    /** From {@code from} through the last day of the client's dispatches, or null when nothing lies there. */
    private Period usageSpanOfClient(String clientId, LocalDate from) {
        Predicate<AssignmentState> relevant = a -> a.isDispatch() && !a.cancelled() && a.clientId().equals(clientId)
                && !a.period().to().isBefore(from);
        return assignments.values().stream().filter(relevant).map(a -> a.period().to()).max(LocalDate::compareTo)
                .map(to -> new Period(from, to)).orElse(null);
    }

    private WorkerState knownWorker(String workerId) {
        Check.id("workerId", workerId);
        WorkerState w = workers.get(workerId);
        if (w == null) {
            throw Check.invalid("workerId", "職員 " + workerId + " は登録されていません", "unknown worker " + workerId);
        }
        return w;
    }

    private ClientState knownClient(String clientId) {
        Check.id("clientId", clientId);
        ClientState c = clients.get(clientId);
        if (c == null) {
            throw Check.invalid("clientId", "派遣先 " + clientId + " は登録されていません（組合員または員外の派遣先として登録してください）",
                    "unknown client " + clientId + " (admit it as a member or register it as a non-member client)");
        }
        return c;
    }

    private AssignmentState activeAssignment(String assignmentId) {
        Check.id("assignmentId", assignmentId);
        AssignmentState a = assignments.get(assignmentId);
        if (a == null) {
            throw Check.invalid("assignmentId", "派遣 " + assignmentId + " は存在しません", "unknown assignment " + assignmentId);
        }
        if (a.cancelled()) {
            throw Check.invalid("assignmentId", "派遣 " + assignmentId + " は取り消されています",
                    "assignment " + assignmentId + " was cancelled");
        }
        return a;
    }

    private Optional<CertificationTerm> latestTerm() {
        return certificationTerms.isEmpty() ? Optional.empty()
                : Optional.of(certificationTerms.get(certificationTerms.size() - 1));
    }

    private static Period union(Period a, Period b) {
        return new Period(a.from().isBefore(b.from()) ? a.from() : b.from(), a.to().isAfter(b.to()) ? a.to() : b.to());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ------------------------------------------------------------------ event sourcing

    @EventSourcingHandler
    void on(CooperativeRegistered e) {
        cooperativeId = e.cooperativeId();
        name = e.name();
        prefectureCode = e.prefectureCode();
        businessYearStartMonth = e.businessYearStartMonth();
        capUnit = e.capUnit();
        weekStartsOn = e.weekStartsOn();
        overtimeAgreement = e.overtimeAgreement();
        districts.add(new DistrictVersion(null, Set.copyOf(e.districtMunicipalities())));
        classesChanged();
    }

    @EventSourcingHandler
    void on(DistrictChangeCertified e) {
        districts.add(new DistrictVersion(e.effectiveOn(), Set.copyOf(e.districtMunicipalities())));
        classesChanged();
    }

    @EventSourcingHandler
    void on(CooperativeCertified e) {
        certificationTerms.add(new CertificationTerm(e.certificationNumber(), e.validFrom(), e.validThrough(), false));
    }

    @EventSourcingHandler
    void on(CertificationRenewed e) {
        certificationTerms.add(new CertificationTerm(e.certificationNumber(), e.validFrom(), e.validThrough(), false));
    }

    @EventSourcingHandler
    void on(CertificationLapsed e) {
        endTerms(e.effectiveOn());
    }

    @EventSourcingHandler
    void on(CertificationRevoked e) {
        endTerms(e.effectiveOn());
    }

    private void endTerms(LocalDate effectiveOn) {
        List<CertificationTerm> kept = new ArrayList<>();
        for (CertificationTerm t : certificationTerms) {
            if (t.terminated() || t.through().isBefore(effectiveOn.minusDays(1))) {
                kept.add(t);
            } else if (t.from().isBefore(effectiveOn)) {
                kept.add(t.endBefore(effectiveOn));
            } else {
                // a renewal term that had not started yet: it never takes effect; keep it as ended on its first day
                kept.add(new CertificationTerm(t.number(), t.from(), t.from().minusDays(1), true));
            }
        }
        certificationTerms = kept;
    }

    @EventSourcingHandler
    void on(MemberAdmitted e) {
        ClientState c = clients.get(e.clientId());
        Membership m = new Membership(e.joinedOn(), null);
        clients.put(e.clientId(), c == null
                ? new ClientState(e.clientId(), e.name(), ClientKind.BUSINESS, null, List.of(m))
                : c.withMembership(m));
        classesChanged();
    }

    @EventSourcingHandler
    void on(MembershipEnded e) {
        clients.computeIfPresent(e.clientId(), (k, c) -> c.endingCurrentMembership(e.lastDay()));
        classesChanged();
    }

    @EventSourcingHandler
    void on(NonMemberClientRegistered e) {
        clients.put(e.clientId(), new ClientState(e.clientId(), e.name(), e.kind(), e.municipalityCode(), List.of()));
        classesChanged();
    }

    @EventSourcingHandler
    void on(WorkerHired e) {
        workers.put(e.workerId(), new WorkerState(e.workerId(), e.name(), e.birthDate(), e.hiredOn(),
                e.employmentType(), e.fixedTermEndsOn(),
                e.employmentType() == EmploymentType.INDEFINITE ? e.hiredOn() : null, null, e.homeMunicipality(),
                e.skills(), List.of()));
    }

    @EventSourcingHandler
    void on(WorkerConvertedToIndefiniteTerm e) {
        workers.computeIfPresent(e.workerId(), (k, w) -> w.convertedOn(e.effectiveOn()));
    }

    @EventSourcingHandler
    void on(PreviousEmployerRecorded e) {
        workers.computeIfPresent(e.workerId(), (k, w) -> w.withPreviousEmployer(
                new PreviousEmployment(e.clientId(), e.leftOn(), e.retiredAt60OrOver())));
    }

    @EventSourcingHandler
    void on(WorkerSeparated e) {
        workers.computeIfPresent(e.workerId(), (k, w) -> w.separatedOn(e.lastDay()));
    }

    @EventSourcingHandler
    void on(AssignmentPlanned e) {
        assignmentChanged(e.assignmentId(), new AssignmentState(e.assignmentId(), e.kind(), e.workerId(), e.clientId(),
                e.work(), e.category(), e.medicalException(), e.workplaceMunicipality(), e.period(), e.pattern(),
                e.feePerHourYen(), false, Map.of()));
    }

    @EventSourcingHandler
    void on(AssignmentRescheduled e) {
        AssignmentState a = assignments.get(e.assignmentId());
        if (a != null) {
            assignmentChanged(a.id(), a.rescheduled(e.period(), e.pattern()));
        }
    }

    @EventSourcingHandler
    void on(AssignmentCancelled e) {
        AssignmentState a = assignments.get(e.assignmentId());
        if (a != null) {
            assignmentChanged(a.id(), a.asCancelled());
        }
    }

    @EventSourcingHandler
    void on(ActualHoursRecorded e) {
        AssignmentState a = assignments.get(e.assignmentId());
        if (a != null) {
            assignmentChanged(a.id(), a.withActuals(e.month(), e.minutesPerDay()));
        }
    }

    @EventSourcingHandler
    void on(BusinessYearClosed e) {
        closedYears.put(e.businessYear(), true);
        closeRevisions.put(e.businessYear(), e.revision());
    }

    @EventSourcingHandler
    void on(BusinessYearReopenedForCorrection e) {
        closedYears.put(e.businessYear(), false);
    }

    // ---- imports: ImportRecords, the all-or-nothing import of spreadsheet rows (lane imports) ----

    /**
     * Judges every row of an import against a scratch copy of this cooperative through the handlers of the single
     * commands, then — only if no row was refused and it is not a dry run — runs the rows' commands on this aggregate,
     * so the events are exactly those of the single commands. See {@link CooperativeImport}.
     */
    @CommandHandler
    public jp.yui.command.api.ImportSummary handle(jp.yui.command.api.ImportRecords c, Municipalities municipalities,
                                                   CapLaw law, Clock clock) {
        return CooperativeImport.handle(this, cooperativeId, c, municipalities, law, clock);
    }
    // ---- end imports ----
    // ---- planner: seasonal jobs (季節の仕事) and the year-round planner's view of the aggregate ----

    /** Seasonal jobs by id, withdrawn ones included (the planner ignores them). Part of the snapshot. */
    private Map<String, SeasonalJobState> seasonalJobs = new HashMap<>();

    @CommandHandler
    public void handle(RecordSeasonalJob c, Municipalities municipalities) {
        Check.id("jobId", c.jobId());
        if (seasonalJobs != null && seasonalJobs.containsKey(c.jobId())) {
            throw Check.invalid("jobId", "季節の仕事 " + c.jobId() + " は既に登録されています",
                    "seasonal job " + c.jobId() + " already exists");
        }
        checkSeasonalJob(c.terms(), municipalities);
        apply(new SeasonalJobRecorded(cooperativeId, c.jobId(), normalised(c.terms())));
    }

    @CommandHandler
    public void handle(ChangeSeasonalJob c, Municipalities municipalities) {
        activeSeasonalJob(c.jobId());
        checkSeasonalJob(c.terms(), municipalities);
        apply(new SeasonalJobChanged(cooperativeId, c.jobId(), normalised(c.terms())));
    }

    @CommandHandler
    public void handle(WithdrawSeasonalJob c) {
        activeSeasonalJob(c.jobId());
        Check.optionalText("reason", c.reason(), 500);
        apply(new SeasonalJobWithdrawn(cooperativeId, c.jobId(), blankToNull(c.reason())));
    }

    /**
     * What the year-round planner needs to know, read from this aggregate's own state (a consistent copy), and a
     * judge that runs this aggregate's own checks on proposed assignments without applying anything.
     */
    public PlanningView planningView() {
        Cooperative copy = new Cooperative();
        copy.cooperativeId = cooperativeId;
        copy.name = name;
        copy.prefectureCode = prefectureCode;
        copy.businessYearStartMonth = businessYearStartMonth;
        copy.capUnit = capUnit;
        copy.weekStartsOn = weekStartsOn;
        copy.overtimeAgreement = overtimeAgreement;
        copy.districts = new ArrayList<>(districts);
        copy.certificationTerms = new ArrayList<>(certificationTerms);
        copy.clients = new HashMap<>(clients);
        copy.workers = new HashMap<>(workers);
        copy.assignments = new HashMap<>(assignments);
        copy.closedYears = new HashMap<>(closedYears);
        copy.closeRevisions = new HashMap<>(closeRevisions);
        copy.seasonalJobs = seasonalJobs == null ? new HashMap<>() : new HashMap<>(seasonalJobs);
        return new PlanningView(copy);
    }

    /**
     * Judges a {@link PlanAssignment} exactly as {@link #handle(PlanAssignment, Municipalities, CapLaw)} does and, when
     * it passes, records it in this (copied) state — used only on the copy inside a {@link PlanningView}.
     */
    void simulate(PlanAssignment c, Municipalities municipalities, CapLaw law) {
        if (assignments.containsKey(c.assignmentId())) {
            throw Check.invalid("assignmentId", "派遣 " + c.assignmentId() + " は既に存在します",
                    "assignment " + c.assignmentId() + " already exists");
        }
        knownWorker(c.workerId());
        knownClient(c.clientId());
        Check.period("period", c.period());
        checkPattern(c.pattern(), c.period());
        AssignmentState candidate = new AssignmentState(c.assignmentId(), c.kind(), c.workerId(), c.clientId(),
                c.work().strip(), c.category(), c.medicalException(), c.workplaceMunicipality(), c.period(),
                c.pattern(), c.feePerHourYen(), false, Map.of());
        checkAssignment(null, candidate, municipalities, law);
        on(new AssignmentPlanned(cooperativeId, c.assignmentId(), c.kind(), c.workerId(), c.clientId(),
                c.work().strip(), c.category(), c.medicalException(), c.workplaceMunicipality(), c.period(),
                c.pattern(), c.feePerHourYen()));
    }

    // package-private accessors for PlanningView (same package; the fields stay private)
    String plannerCooperativeId() { return cooperativeId; }
    String plannerName() { return name; }
    int plannerStartMonth() { return businessYearStartMonth; }
    CapUnit plannerCapUnit() { return capUnit; }
    DayOfWeek plannerWeekStart() { return weekStartsOn; }
    OvertimeAgreement plannerOvertime() { return overtimeAgreement; }
    List<DistrictVersion> plannerDistricts() { return districts; }
    List<CertificationTerm> plannerCertificationTerms() { return certificationTerms; }
    Map<String, ClientState> plannerClients() { return clients; }
    Map<String, WorkerState> plannerWorkers() { return workers; }
    Map<String, AssignmentState> plannerAssignments() { return assignments; }
    Map<Integer, Boolean> plannerClosedYears() { return closedYears; }
    Map<String, SeasonalJobState> plannerSeasonalJobs() { return seasonalJobs; }
    ClientClassifier plannerClassifier() { return classifier(); }

    private void checkSeasonalJob(SeasonalJobTerms t, Municipalities municipalities) {
        Check.notNull("terms", t);
        ClientState client = knownClient(t.clientId());
        Check.text("work", t.work(), MAX_NAME);
        Check.notNull("category", t.category());
        ProhibitedWorkPolicy.check(AssignmentKind.DISPATCH, t.category(), t.medicalException());
        if (!municipalities.exists(t.workplaceMunicipality())) {
            throw Check.invalid("workplaceMunicipality", "就業場所の市町村コード " + t.workplaceMunicipality()
                    + " は一覧にありません", "workplace municipality code " + t.workplaceMunicipality()
                    + " is not in the official list");
        }
        Check.period("period", t.period());
        WorkplacePolicy.check(t.workplaceMunicipality(), t.period(), districts, municipalities);
        if (t.weekdays().isEmpty() == t.dates().isEmpty()) {
            throw Check.invalid("weekdays", "曜日か日付のどちらか一方を指定してください",
                    "give either weekdays or explicit dates, not both or neither");
        }
        if (t.minutesPerDay() < 1 || t.minutesPerDay() > 24 * 60) {
            throw Check.invalid("minutesPerDay", "1日の時間は1〜1440分です（" + t.minutesPerDay() + "分）",
                    "minutes per day must be 1..1440 (got " + t.minutesPerDay() + ")");
        }
        if (t.headcount() < 1 || t.headcount() > 100) {
            throw Check.invalid("headcount", "人数は1〜100人です（" + t.headcount() + "）",
                    "the headcount must be 1..100 (got " + t.headcount() + ")");
        }
        if (t.requiredSkills().size() > 50) {
            throw Check.invalid("requiredSkills", "技能は50件以内です", "at most 50 skills");
        }
        t.requiredSkills().forEach(sk -> Check.text("requiredSkills", sk, 50));
        if (t.feePerHourYen() < 1 || t.feePerHourYen() > 100_000) {
            throw Check.invalid("feePerHourYen", "時間単価は 1〜100,000円です（" + t.feePerHourYen() + "）",
                    "the fee per hour must be 1..100,000 yen (got " + t.feePerHourYen() + ")");
        }
        checkPattern(t.pattern(), t.period());
        if (client.name() == null) {
            throw Check.invalid("clientId", "派遣先の名前がありません", "the client has no name");
        }
    }

    private static SeasonalJobTerms normalised(SeasonalJobTerms t) {
        return new SeasonalJobTerms(t.clientId(), t.work().strip(), t.category(), t.medicalException(),
                t.workplaceMunicipality(), t.period(), t.weekdays(), t.dates(), t.holidaysOff(), t.minutesPerDay(),
                t.headcount(), t.requiredSkills().stream().map(String::strip).collect(Collectors.toSet()),
                t.feePerHourYen());
    }

    private SeasonalJobState activeSeasonalJob(String jobId) {
        Check.id("jobId", jobId);
        SeasonalJobState j = seasonalJobs == null ? null : seasonalJobs.get(jobId);
        if (j == null) {
            throw Check.invalid("jobId", "季節の仕事 " + jobId + " は存在しません", "unknown seasonal job " + jobId);
        }
        if (j.withdrawn()) {
            throw Check.invalid("jobId", "季節の仕事 " + jobId + " は取り下げられています",
                    "seasonal job " + jobId + " was withdrawn");
        }
        return j;
    }

    @EventSourcingHandler
    void on(SeasonalJobRecorded e) {
        if (seasonalJobs == null) {
            seasonalJobs = new HashMap<>();
        }
        seasonalJobs.put(e.jobId(), new SeasonalJobState(e.jobId(), e.terms(), false));
    }

    @EventSourcingHandler
    void on(SeasonalJobChanged e) {
        seasonalJobs.computeIfPresent(e.jobId(), (k, j) -> new SeasonalJobState(k, e.terms(), false));
    }

    @EventSourcingHandler
    void on(SeasonalJobWithdrawn e) {
        seasonalJobs.computeIfPresent(e.jobId(), (k, j) -> new SeasonalJobState(k, j.terms(), true));
    }
}
