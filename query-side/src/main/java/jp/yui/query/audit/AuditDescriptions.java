package jp.yui.query.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.AssignmentCancelled;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.AssignmentRescheduled;
import jp.yui.command.api.AssignmentTermsRecorded;
import jp.yui.command.api.BusinessYearClosed;
import jp.yui.command.api.BusinessYearReopenedForCorrection;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertificationLapsed;
import jp.yui.command.api.CertificationRenewed;
import jp.yui.command.api.CertificationRevoked;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.ComplaintRecorded;
import jp.yui.command.api.CooperativeCertified;
import jp.yui.command.api.CooperativeRegistered;
import jp.yui.command.api.DistrictChangeCertified;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.LapseReason;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.MembershipEndReason;
import jp.yui.command.api.MembershipEnded;
import jp.yui.command.api.NonMemberCapBreached;
import jp.yui.command.api.NonMemberClientRegistered;
import jp.yui.command.api.OfficeCostRecorded;
import jp.yui.command.api.OvertimeLimitExceeded;
import jp.yui.command.api.OvertimeLimitKind;
import jp.yui.command.api.Period;
import jp.yui.command.api.PersonnelCostRecorded;
import jp.yui.command.api.PreviousEmployerRecorded;
import jp.yui.command.api.RevocationGround;
import jp.yui.command.api.SocialInsuranceRecorded;
import jp.yui.command.api.TrainingKind;
import jp.yui.command.api.TrainingRecorded;
import jp.yui.command.api.Usage;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.api.WorkerConvertedToIndefiniteTerm;
import jp.yui.command.api.WorkerHired;
import jp.yui.command.api.WorkerSeparated;
import jp.yui.command.domain.Municipalities;
import jp.yui.command.domain.Municipality;

/**
 * The readable Japanese and English description of every event of {@code jp.yui.command.api}, for the audit trail
 * (R-REP-5), e.g. {@code 佐藤 陽菜 を 定置網漁の補助 (株式会社 崎の定置網) へ 2026-04-01〜2026-06-30 派遣計画}.
 * <p>
 * Names that the event itself does not carry come from {@link AuditNames}; everything else from the event alone, so the
 * same event gives the same text when it is replayed. Free texts (reasons, complaint contents) are abbreviated to
 * {@value #MAX_TEXT} characters. Dates are ISO ({@code 2026-04-01}); hours are derived from minutes; money is whole yen.
 */
public final class AuditDescriptions {

    /** The longest free text (reason, content) copied into a description. */
    public static final int MAX_TEXT = 80;

    private final AuditNames names;
    private final Municipalities municipalities;
    private final Map<Class<?>, BiFunction<AuditDescriptions, Object, AuditText>> describers;

    public AuditDescriptions(AuditNames names) {
        this(names, Municipalities.officialList());
    }

    public AuditDescriptions(AuditNames names, Municipalities municipalities) {
        this.names = names;
        this.municipalities = municipalities;
        this.describers = DESCRIBERS;
    }

    /** The event types that have a description of their own (every event of {@code jp.yui.command.api}). */
    public static Set<Class<?>> describedTypes() {
        return DESCRIBERS.keySet();
    }

    /** The description of {@code event}, or empty when its type has none (an event type added after this class). */
    public Optional<AuditText> describe(Object event) {
        BiFunction<AuditDescriptions, Object, AuditText> d = describers.get(event.getClass());
        return d == null ? Optional.empty() : Optional.of(d.apply(this, event));
    }

    /** The description, or a generic one naming the event type (so that no event ever goes unrecorded). */
    public AuditText describeOrGeneric(Object event) {
        return describe(event).orElseGet(() -> new AuditText("イベント " + event.getClass().getSimpleName(),
                "Event " + event.getClass().getSimpleName()));
    }

    // ------------------------------------------------------------------------------------------------ the describers

    private static final Map<Class<?>, BiFunction<AuditDescriptions, Object, AuditText>> DESCRIBERS;

    static {
        Map<Class<?>, BiFunction<AuditDescriptions, Object, AuditText>> m = new LinkedHashMap<>();
        put(m, CooperativeRegistered.class, AuditDescriptions::registered);
        put(m, CooperativeCertified.class, AuditDescriptions::certified);
        put(m, CertificationRenewed.class, AuditDescriptions::renewed);
        put(m, CertificationLapsed.class, AuditDescriptions::lapsed);
        put(m, CertificationRevoked.class, AuditDescriptions::revoked);
        put(m, DistrictChangeCertified.class, AuditDescriptions::districtChanged);
        put(m, MemberAdmitted.class, AuditDescriptions::memberAdmitted);
        put(m, MembershipEnded.class, AuditDescriptions::membershipEnded);
        put(m, NonMemberClientRegistered.class, AuditDescriptions::nonMemberRegistered);
        put(m, WorkerHired.class, AuditDescriptions::workerHired);
        put(m, jp.yui.command.api.SeasonalJobRecorded.class, AuditDescriptions::seasonalJobRecorded);
        put(m, jp.yui.command.api.SeasonalJobChanged.class, AuditDescriptions::seasonalJobChanged);
        put(m, jp.yui.command.api.SeasonalJobWithdrawn.class, AuditDescriptions::seasonalJobWithdrawn);
        put(m, WorkerConvertedToIndefiniteTerm.class, AuditDescriptions::workerConverted);
        put(m, PreviousEmployerRecorded.class, AuditDescriptions::previousEmployer);
        put(m, WorkerSeparated.class, AuditDescriptions::workerSeparated);
        put(m, AssignmentPlanned.class, AuditDescriptions::assignmentPlanned);
        put(m, AssignmentRescheduled.class, AuditDescriptions::assignmentRescheduled);
        put(m, AssignmentCancelled.class, AuditDescriptions::assignmentCancelled);
        put(m, ActualHoursRecorded.class, AuditDescriptions::actualHours);
        put(m, NonMemberCapBreached.class, AuditDescriptions::capBreached);
        put(m, OvertimeLimitExceeded.class, AuditDescriptions::overtimeExceeded);
        put(m, AssignmentTermsRecorded.class, AuditDescriptions::termsRecorded);
        put(m, ComplaintRecorded.class, AuditDescriptions::complaintRecorded);
        put(m, SocialInsuranceRecorded.class, AuditDescriptions::socialInsurance);
        put(m, TrainingRecorded.class, AuditDescriptions::training);
        put(m, PersonnelCostRecorded.class, AuditDescriptions::personnelCost);
        put(m, OfficeCostRecorded.class, AuditDescriptions::officeCost);
        put(m, BusinessYearClosed.class, AuditDescriptions::yearClosed);
        put(m, BusinessYearReopenedForCorrection.class, AuditDescriptions::yearReopened);
        DESCRIBERS = Collections.unmodifiableMap(m);
    }

    private static <E> void put(Map<Class<?>, BiFunction<AuditDescriptions, Object, AuditText>> m, Class<E> type,
                                BiFunction<AuditDescriptions, E, AuditText> describer) {
        m.put(type, (d, e) -> describer.apply(d, type.cast(e)));
    }

    // ---------------------------------------------------------------------------------------------- the cooperative

    private AuditText registered(CooperativeRegistered e) {
        String prefecture = municipalities.prefectureName(e.prefectureCode()).orElse(e.prefectureCode());
        return new AuditText(
                "組合 " + e.name() + " を登録（" + prefecture + "、地区: " + districtJa(e.districtMunicipalities())
                        + "、事業年度 " + e.businessYearStartMonth() + "月始まり、員外利用の単位: " + unitJa(e.capUnit()) + "）",
                "Cooperative " + e.name() + " registered (" + prefecture + " (" + e.prefectureCode() + "); district: "
                        + districtEn(e.districtMunicipalities()) + "; business year starts in month "
                        + e.businessYearStartMonth() + "; cap unit: " + unitEn(e.capUnit()) + ")");
    }

    private AuditText certified(CooperativeCertified e) {
        return new AuditText(
                "認定（" + e.certificationNumber() + "）: " + e.certifiedOn() + " 認定、有効期間 " + e.validFrom() + "〜"
                        + e.validThrough(),
                "Certified (" + e.certificationNumber() + ") on " + e.certifiedOn() + ", valid " + e.validFrom()
                        + " to " + e.validThrough());
    }

    private AuditText renewed(CertificationRenewed e) {
        return new AuditText(
                "認定を更新（" + e.certificationNumber() + "）: " + e.decidedOn() + " 決定、有効期間 " + e.validFrom() + "〜"
                        + e.validThrough(),
                "Certification renewed (" + e.certificationNumber() + ") on " + e.decidedOn() + ", valid "
                        + e.validFrom() + " to " + e.validThrough());
    }

    private AuditText lapsed(CertificationLapsed e) {
        return new AuditText(
                "認定が " + e.effectiveOn() + " から失効（" + lapseJa(e.reason()) + "）" + needingActionJa(e.assignmentsNeedingAction()),
                "Certification lapsed from " + e.effectiveOn() + " (" + lapseEn(e.reason()) + ")"
                        + needingActionEn(e.assignmentsNeedingAction()));
    }

    private AuditText revoked(CertificationRevoked e) {
        return new AuditText(
                "認定を " + e.effectiveOn() + " から取消し（" + groundJa(e.ground()) + ": " + text(e.reason()) + "）"
                        + needingActionJa(e.assignmentsNeedingAction()),
                "Certification revoked from " + e.effectiveOn() + " (" + groundEn(e.ground()) + ": " + text(e.reason())
                        + ")" + needingActionEn(e.assignmentsNeedingAction()));
    }

    private AuditText districtChanged(DistrictChangeCertified e) {
        return new AuditText(
                "地区の変更認定: " + districtJa(e.districtMunicipalities()) + "（" + e.effectiveOn() + " から）",
                "District change certified from " + e.effectiveOn() + ": " + districtEn(e.districtMunicipalities()));
    }

    // ------------------------------------------------------------------------------------------ members and clients

    private AuditText memberAdmitted(MemberAdmitted e) {
        boolean industry = e.industry() != null && !e.industry().isBlank();
        return new AuditText(
                e.name() + " が " + e.joinedOn() + " に組合員として加入" + (industry ? "（業種: " + e.industry() + "）" : ""),
                e.name() + " admitted as a member on " + e.joinedOn() + (industry ? " (industry: " + e.industry() + ")" : ""));
    }

    private AuditText membershipEnded(MembershipEnded e) {
        String client = names.client(e.cooperativeId(), e.clientId());
        return new AuditText(
                client + " の組合員資格が " + e.lastDay() + " 限りで終了（" + endReasonJa(e.reason()) + "）",
                "Membership of " + client + " ended with " + e.lastDay() + " as the last day (" + endReasonEn(e.reason()) + ")");
    }

    private AuditText nonMemberRegistered(NonMemberClientRegistered e) {
        String municipality = e.municipalityCode() == null ? "" : municipalityName(e.municipalityCode());
        return new AuditText(
                "員外の派遣先 " + e.name() + " を登録（" + clientKindJa(e.kind())
                        + (municipality.isEmpty() ? "" : "、" + municipality) + "）",
                "Non-member client " + e.name() + " registered (" + clientKindEn(e.kind())
                        + (municipality.isEmpty() ? "" : ", " + municipality + " (" + e.municipalityCode() + ")") + ")");
    }

    // --------------------------------------------------------------------------------------------- seasonal jobs

    private AuditText seasonalJobRecorded(jp.yui.command.api.SeasonalJobRecorded e) {
        return seasonalJob(e.cooperativeId(), e.jobId(), e.terms(), "を登録", "recorded");
    }

    private AuditText seasonalJobChanged(jp.yui.command.api.SeasonalJobChanged e) {
        return seasonalJob(e.cooperativeId(), e.jobId(), e.terms(), "を変更", "changed");
    }

    private AuditText seasonalJob(String cooperativeId, String jobId, jp.yui.command.api.SeasonalJobTerms t,
                                  String verbJa, String verbEn) {
        String client = names.client(cooperativeId, t.clientId());
        String period = t.period().from() + "〜" + t.period().to();
        return new AuditText(
                client + " の季節の仕事「" + t.work() + "」（" + jobId + "、" + period + "、" + t.headcount() + " 人）" + verbJa,
                "Seasonal job '" + t.work() + "' of " + client + " (" + jobId + ", " + t.period().from() + " to "
                        + t.period().to() + ", " + t.headcount() + " people) " + verbEn);
    }

    private AuditText seasonalJobWithdrawn(jp.yui.command.api.SeasonalJobWithdrawn e) {
        return new AuditText("季節の仕事 " + e.jobId() + " を取下げ" + (e.reason() == null ? "" : "（" + e.reason() + "）"),
                "Seasonal job " + e.jobId() + " withdrawn" + (e.reason() == null ? "" : " (" + e.reason() + ")"));
    }

    // -------------------------------------------------------------------------------------------------------- workers

    private AuditText workerHired(WorkerHired e) {
        boolean fixed = e.employmentType() == EmploymentType.FIXED_TERM && e.fixedTermEndsOn() != null;
        return new AuditText(
                e.name() + " を " + e.hiredOn() + " に雇入れ（" + employmentJa(e.employmentType())
                        + (fixed ? "、" + e.fixedTermEndsOn() + " まで" : "") + "）",
                e.name() + " hired on " + e.hiredOn() + " (" + employmentEn(e.employmentType())
                        + (fixed ? " until " + e.fixedTermEndsOn() : "") + ")");
    }

    private AuditText workerConverted(WorkerConvertedToIndefiniteTerm e) {
        String worker = names.worker(e.cooperativeId(), e.workerId());
        return new AuditText(worker + " を " + e.effectiveOn() + " から無期雇用に転換",
                worker + " converted to an indefinite-term contract from " + e.effectiveOn());
    }

    private AuditText previousEmployer(PreviousEmployerRecorded e) {
        String worker = names.worker(e.cooperativeId(), e.workerId());
        String client = names.client(e.cooperativeId(), e.clientId());
        return new AuditText(
                worker + " の前職 " + client + " を記録（" + e.leftOn() + " 離職" + (e.retiredAt60OrOver() ? "、60歳以上の定年退職" : "") + "）",
                "Previous employer of " + worker + " recorded: " + client + " (left on " + e.leftOn()
                        + (e.retiredAt60OrOver() ? ", retired at 60 or over" : "") + ")");
    }

    private AuditText workerSeparated(WorkerSeparated e) {
        String worker = names.worker(e.cooperativeId(), e.workerId());
        boolean reason = e.reason() != null && !e.reason().isBlank();
        return new AuditText(
                worker + " が " + e.lastDay() + " 限りで退職" + (reason ? "（" + text(e.reason()) + "）" : ""),
                worker + " separated with " + e.lastDay() + " as the last day" + (reason ? " (" + text(e.reason()) + ")" : ""));
    }

    // ---------------------------------------------------------------------------------------------------- assignments

    private AuditText assignmentPlanned(AssignmentPlanned e) {
        String worker = names.worker(e.cooperativeId(), e.workerId());
        String client = names.client(e.cooperativeId(), e.clientId());
        return new AuditText(
                worker + " を " + e.work() + " (" + client + ") へ " + e.period().from() + "〜" + e.period().to() + " "
                        + kindJa(e.kind()) + "計画",
                kindEn(e.kind()) + " of " + worker + " to " + e.work() + " (" + client + ") planned for "
                        + periodEn(e.period()));
    }

    private AuditText assignmentRescheduled(AssignmentRescheduled e) {
        Ref a = ref(e.cooperativeId(), e.assignmentId());
        return new AuditText(a.ja() + "を " + e.period().from() + "〜" + e.period().to() + " に変更",
                capitalized(a.en()) + " rescheduled to " + periodEn(e.period()));
    }

    private AuditText assignmentCancelled(AssignmentCancelled e) {
        Ref a = ref(e.cooperativeId(), e.assignmentId());
        boolean reason = e.reason() != null && !e.reason().isBlank();
        return new AuditText(a.ja() + "を取消" + (reason ? "（理由: " + text(e.reason()) + "）" : ""),
                capitalized(a.en()) + " cancelled" + (reason ? " (reason: " + text(e.reason()) + ")" : ""));
    }

    private AuditText actualHours(ActualHoursRecorded e) {
        Ref a = ref(e.cooperativeId(), e.assignmentId());
        Map<LocalDate, Integer> days = e.minutesPerDay() == null ? Map.of() : e.minutesPerDay();
        long worked = days.values().stream().filter(m -> m != null && m > 0).count();
        long minutes = days.values().stream().filter(m -> m != null).mapToLong(Integer::longValue).sum();
        YearMonth month = e.month();
        return new AuditText(
                a.ja() + "の " + month.getYear() + "年" + month.getMonthValue() + "月 の実績を記録: " + worked + " 日、"
                        + hoursJa(minutes),
                "Actual hours of the " + a.en() + " for " + month + " recorded: " + worked
                        + (worked == 1 ? " day, " : " days, ") + hoursEn(minutes));
    }

    private AuditText capBreached(NonMemberCapBreached e) {
        UsageFigures f = e.figures();
        return new AuditText(
                e.businessYear() + "年度の実績が員外利用の上限を超過（" + e.ruleId() + "）: 組合員 " + amountJa(f.member(), e.unit())
                        + "、関係市町村等 " + amountJa(f.related(), e.unit()) + "、その他の員外 " + amountJa(f.other(), e.unit()),
                "Actual results put business year " + e.businessYear() + " above the non-member cap (" + e.ruleId() + "): "
                        + (e.description() == null || e.description().isBlank()
                        ? "members " + amountEn(f.member(), e.unit()) + ", related municipalities "
                        + amountEn(f.related(), e.unit()) + ", other non-members " + amountEn(f.other(), e.unit())
                        : e.description()));
    }

    private AuditText overtimeExceeded(OvertimeLimitExceeded e) {
        String worker = names.worker(e.cooperativeId(), e.workerId());
        boolean months = e.limit() == OvertimeLimitKind.MONTHS_OVER_REGULAR_LIMIT;
        String valueJa = months ? e.overtimeMinutes() + " か月" : hoursJa(e.overtimeMinutes());
        String limitJa = months ? e.limitMinutes() + " か月" : hoursJa(e.limitMinutes());
        String valueEn = months ? e.overtimeMinutes() + " months" : hoursEn(e.overtimeMinutes());
        String limitEn = months ? e.limitMinutes() + " months" : hoursEn(e.limitMinutes());
        return new AuditText(
                worker + " の実績が36協定の" + overtimeLimitJa(e.limit()) + "を超過（" + e.period() + "）: " + valueJa
                        + "、上限 " + limitJa,
                "Actual hours of " + worker + " exceed the overtime agreement's " + overtimeLimitEn(e.limit()) + " ("
                        + e.period() + "): " + valueEn + " against a limit of " + limitEn);
    }

    // --------------------------------------------------------------------------------------- ledger and subsidy records

    private AuditText termsRecorded(AssignmentTermsRecorded e) {
        Ref a = ref(e.cooperativeId(), e.assignmentId());
        boolean unit = e.organisationalUnit() != null && !e.organisationalUnit().isBlank();
        return new AuditText(
                a.ja() + "の就業条件を記録（" + (unit ? "組織単位 " + e.organisationalUnit() + "、" : "")
                        + time(e.startTime()) + "〜" + time(e.endTime()) + "、休憩 " + e.breakMinutes() + " 分、派遣元責任者 "
                        + e.dispatcherResponsiblePerson() + "、派遣先責任者 " + e.clientResponsiblePerson() + "）",
                "Terms of the " + a.en() + " recorded (" + (unit ? "unit " + e.organisationalUnit() + ", " : "")
                        + time(e.startTime()) + "–" + time(e.endTime()) + ", break " + e.breakMinutes()
                        + " min, dispatcher's responsible person " + e.dispatcherResponsiblePerson()
                        + ", client's responsible person " + e.clientResponsiblePerson() + ")");
    }

    private AuditText complaintRecorded(ComplaintRecorded e) {
        Ref a = ref(e.cooperativeId(), e.assignmentId());
        boolean handled = e.handling() != null && !e.handling().isBlank();
        return new AuditText(
                a.ja() + "に関する苦情を記録（" + e.receivedOn() + " 受付" + (handled ? "、処理状況あり" : "") + "）: "
                        + text(e.content()),
                "Complaint about the " + a.en() + " recorded (received " + e.receivedOn()
                        + (handled ? ", with its handling" : "") + "): " + text(e.content()));
    }

    private AuditText socialInsurance(SocialInsuranceRecorded e) {
        String worker = names.worker(e.cooperativeId(), e.workerId());
        boolean reason = e.reasonNotEnrolled() != null && !e.reasonNotEnrolled().isBlank();
        return new AuditText(
                worker + " の社会保険の加入状況を記録（健康保険 " + enrolledJa(e.healthInsurance()) + "、厚生年金 "
                        + enrolledJa(e.pension()) + "、雇用保険 " + enrolledJa(e.employmentInsurance())
                        + (reason ? "。未加入の理由: " + text(e.reasonNotEnrolled()) : "") + "）",
                "Social insurance of " + worker + " recorded (health insurance " + enrolledEn(e.healthInsurance())
                        + ", pension " + enrolledEn(e.pension()) + ", employment insurance "
                        + enrolledEn(e.employmentInsurance())
                        + (reason ? "; reason not enrolled: " + text(e.reasonNotEnrolled()) : "") + ")");
    }

    private AuditText training(TrainingRecorded e) {
        String worker = names.worker(e.cooperativeId(), e.workerId());
        boolean consultation = e.kind() == TrainingKind.CAREER_CONSULTATION;
        return new AuditText(
                worker + " の" + (consultation ? "キャリアコンサルティング" : "教育訓練") + "を記録（" + e.heldOn() + "、"
                        + hoursJa(e.minutes()) + "）: " + text(e.content()),
                (consultation ? "Career consultation" : "Training") + " of " + worker + " recorded (" + e.heldOn() + ", "
                        + hoursEn(e.minutes()) + "): " + text(e.content()));
    }

    private AuditText personnelCost(PersonnelCostRecorded e) {
        String worker = names.worker(e.cooperativeId(), e.workerId());
        return new AuditText(worker + " の " + e.businessYear() + "年度 人件費 " + yen(e.yen()) + " を記録",
                "Personnel cost of " + worker + " for business year " + e.businessYear() + " recorded: " + yen(e.yen()));
    }

    private AuditText officeCost(OfficeCostRecorded e) {
        return new AuditText(e.businessYear() + "年度 事務局運営費 " + yen(e.yen()) + " を記録",
                "Office cost for business year " + e.businessYear() + " recorded: " + yen(e.yen()));
    }

    private AuditText yearClosed(BusinessYearClosed e) {
        UsageFigures f = e.figures();
        String rule = e.ruleVersion() == null ? "" : e.ruleVersion().ruleId();
        return new AuditText(
                e.businessYear() + "年度（" + e.firstDay() + "〜" + e.lastDay() + "）を締め（第" + e.revision() + "回）: 組合員 "
                        + amountJa(f.member(), e.unit()) + "、関係市町村等 " + amountJa(f.related(), e.unit()) + "、その他の員外 "
                        + amountJa(f.other(), e.unit()) + "、その他の員外の割合 " + percent(e.otherSharePercent())
                        + "、員外の割合 " + percent(e.nonMemberSharePercent()) + "、" + (e.withinCaps() ? "上限内" : "上限超過")
                        + "（" + rule + "）",
                "Business year " + e.businessYear() + " (" + e.firstDay() + " to " + e.lastDay() + ") closed (revision "
                        + e.revision() + "): members " + amountEn(f.member(), e.unit()) + ", related municipalities "
                        + amountEn(f.related(), e.unit()) + ", other non-members " + amountEn(f.other(), e.unit())
                        + "; other share " + percent(e.otherSharePercent()) + ", non-member share "
                        + percent(e.nonMemberSharePercent()) + "; " + (e.withinCaps() ? "within the caps" : "above a cap")
                        + " (" + rule + ")");
    }

    private AuditText yearReopened(BusinessYearReopenedForCorrection e) {
        return new AuditText(e.businessYear() + "年度を訂正のため再開（理由: " + text(e.reason()) + "）",
                "Business year " + e.businessYear() + " reopened for correction (reason: " + text(e.reason()) + ")");
    }

    // ------------------------------------------------------------------------------------------------------- helpers

    /**
     * How the descriptions name an assignment known only by its id: "佐藤 陽菜 の 定置網漁の補助 (株式会社 崎の定置網) への派遣" /
     * "dispatch of 佐藤 陽菜 to 定置網漁の補助 (株式会社 崎の定置網)", or "派遣 a1 " / "assignment a1" when it is unknown.
     */
    private record Ref(String ja, String en) {
    }

    private Ref ref(String cooperativeId, String assignmentId) {
        AuditNames.Assignment a = names.assignment(cooperativeId, assignmentId);
        if (a == null) {
            return new Ref("派遣 " + assignmentId + " ", "assignment " + assignmentId);
        }
        return new Ref(a.workerName() + " の " + a.work() + " (" + a.clientName() + ") への" + kindJa(a.kind()),
                kindEn(a.kind()).toLowerCase(java.util.Locale.ROOT) + " of " + a.workerName() + " to " + a.work() + " ("
                        + a.clientName() + ")");
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String districtJa(Collection<String> codes) {
        return new TreeSet<>(codes).stream().map(this::municipalityName).collect(Collectors.joining("・"));
    }

    private String districtEn(Collection<String> codes) {
        return new TreeSet<>(codes).stream().map(c -> municipalityName(c) + " (" + c + ")").collect(Collectors.joining(", "));
    }

    private String municipalityName(String code) {
        return municipalities.find(code).map(Municipality::name).orElse(code);
    }

    private static String needingActionJa(Collection<String> ids) {
        return ids == null || ids.isEmpty() ? "" : "、対応が必要な派遣 " + ids.size() + " 件";
    }

    private static String needingActionEn(Collection<String> ids) {
        return ids == null || ids.isEmpty() ? "" : "; " + ids.size() + (ids.size() == 1 ? " assignment needs" : " assignments need")
                + " action";
    }

    static String periodEn(Period p) {
        return p.from() + " to " + p.to();
    }

    static String hoursJa(long minutes) {
        return hoursNumber(minutes) + " 時間";
    }

    static String hoursEn(long minutes) {
        return hoursNumber(minutes) + " h";
    }

    private static String hoursNumber(long minutes) {
        BigDecimal h = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        return new DecimalFormat("#,##0.##").format(h);
    }

    static String yen(long yen) {
        return (yen < 0 ? "-¥" : "¥") + new DecimalFormat("#,##0").format(Math.abs(yen));
    }

    private static String amountJa(Usage u, CapUnit unit) {
        return unit == CapUnit.FEES ? yen(u.feesYen().longValue()) : hoursJa(u.minutes());
    }

    private static String amountEn(Usage u, CapUnit unit) {
        return unit == CapUnit.FEES ? yen(u.feesYen().longValue()) : hoursEn(u.minutes());
    }

    private static String percent(BigDecimal p) {
        return p == null ? "—" : p.toPlainString() + " %";
    }

    private static String time(LocalTime t) {
        return t == null ? "—" : t.toString();
    }

    /** A free text on one line, abbreviated to {@value #MAX_TEXT} characters. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        String one = s.strip().replaceAll("\\s+", " ");
        return one.codePointCount(0, one.length()) <= MAX_TEXT ? one
                : one.substring(0, one.offsetByCodePoints(0, MAX_TEXT - 1)) + "…";
    }

    private static String kindJa(AssignmentKind k) {
        return k == AssignmentKind.SECONDMENT ? "出向" : "派遣";
    }

    private static String kindEn(AssignmentKind k) {
        return k == AssignmentKind.SECONDMENT ? "Secondment" : "Dispatch";
    }

    private static String unitJa(CapUnit u) {
        return u == CapUnit.FEES ? "派遣料金" : "派遣時間";
    }

    private static String unitEn(CapUnit u) {
        return u == CapUnit.FEES ? "dispatch fees" : "dispatched hours";
    }

    private static String employmentJa(EmploymentType t) {
        return t == EmploymentType.FIXED_TERM ? "有期雇用" : "無期雇用";
    }

    private static String employmentEn(EmploymentType t) {
        return t == EmploymentType.FIXED_TERM ? "fixed term" : "indefinite term";
    }

    private static String enrolledJa(boolean b) {
        return b ? "加入" : "未加入";
    }

    private static String enrolledEn(boolean b) {
        return b ? "enrolled" : "not enrolled";
    }

    private static String clientKindJa(ClientKind k) {
        if (k == null) {
            return "種別不明";
        }
        return switch (k) {
            case BUSINESS -> "事業者";
            case MUNICIPALITY -> "市町村";
            case LOCAL_INDEPENDENT_AGENCY -> "地方独立行政法人";
            case OTHER_PUBLIC_BODY -> "都道府県・国その他の公的機関";
        };
    }

    private static String clientKindEn(ClientKind k) {
        if (k == null) {
            return "kind unknown";
        }
        return switch (k) {
            case BUSINESS -> "business";
            case MUNICIPALITY -> "municipality";
            case LOCAL_INDEPENDENT_AGENCY -> "local independent administrative agency";
            case OTHER_PUBLIC_BODY -> "other public body";
        };
    }

    private static String endReasonJa(MembershipEndReason r) {
        if (r == null) {
            return "理由不明";
        }
        return switch (r) {
            case VOLUNTARY_WITHDRAWAL -> "自由脱退";
            case EXPULSION -> "除名";
            case DEATH -> "死亡・解散";
            case LOSS_OF_QUALIFICATION -> "資格喪失";
        };
    }

    private static String endReasonEn(MembershipEndReason r) {
        if (r == null) {
            return "reason unknown";
        }
        return switch (r) {
            case VOLUNTARY_WITHDRAWAL -> "voluntary withdrawal";
            case EXPULSION -> "expulsion";
            case DEATH -> "death or dissolution";
            case LOSS_OF_QUALIFICATION -> "loss of qualification";
        };
    }

    private static String lapseJa(LapseReason r) {
        if (r == null) {
            return "理由不明";
        }
        return switch (r) {
            case EXPIRY -> "有効期間満了";
            case DISCONTINUATION -> "事業の廃止";
            case DISSOLUTION -> "解散";
            case MERGER -> "合併";
        };
    }

    private static String lapseEn(LapseReason r) {
        if (r == null) {
            return "reason unknown";
        }
        return switch (r) {
            case EXPIRY -> "expiry";
            case DISCONTINUATION -> "discontinuation of the business";
            case DISSOLUTION -> "dissolution";
            case MERGER -> "merger";
        };
    }

    private static String groundJa(RevocationGround g) {
        if (g == null) {
            return "理由不明";
        }
        return switch (g) {
            case FRAUD -> "不正の手段による認定";
            case CRITERIA_NO_LONGER_MET -> "認定基準に適合しなくなった";
            case BREACH -> "法令・処分違反";
        };
    }

    private static String groundEn(RevocationGround g) {
        if (g == null) {
            return "ground unknown";
        }
        return switch (g) {
            case FRAUD -> "certified by fraudulent means";
            case CRITERIA_NO_LONGER_MET -> "criteria no longer met";
            case BREACH -> "breach of the law or of an order";
        };
    }

    private static String overtimeLimitJa(OvertimeLimitKind k) {
        if (k == null) {
            return "上限";
        }
        return switch (k) {
            case MONTHLY -> "月の時間外労働の上限";
            case YEARLY -> "年の時間外労働の上限";
            case MONTHS_OVER_REGULAR_LIMIT -> "特別条項の適用月数の上限";
        };
    }

    private static String overtimeLimitEn(OvertimeLimitKind k) {
        if (k == null) {
            return "limit";
        }
        return switch (k) {
            case MONTHLY -> "monthly overtime limit";
            case YEARLY -> "yearly overtime limit";
            case MONTHS_OVER_REGULAR_LIMIT -> "limit on months over the regular monthly limit";
        };
    }
}
