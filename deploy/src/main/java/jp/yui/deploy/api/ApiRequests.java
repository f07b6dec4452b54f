package jp.yui.deploy.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.CancelAssignment;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.CertifyCooperative;
import jp.yui.command.api.CertifyDistrictChange;
import jp.yui.command.api.ClientKind;
import jp.yui.command.api.ConvertWorkerToIndefiniteTerm;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.api.EndMembership;
import jp.yui.command.api.HireWorker;
import jp.yui.command.api.LapseCertification;
import jp.yui.command.api.LapseReason;
import jp.yui.command.api.MedicalDispatchException;
import jp.yui.command.api.MembershipEndReason;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.Period;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RecordAssignmentTerms;
import jp.yui.command.api.RecordComplaint;
import jp.yui.command.api.RecordPreviousEmployer;
import jp.yui.command.api.RecordSocialInsurance;
import jp.yui.command.api.RecordTraining;
import jp.yui.command.api.RegisterCooperative;
import jp.yui.command.api.RegisterNonMemberClient;
import jp.yui.command.api.RenewCertification;
import jp.yui.command.api.RescheduleAssignment;
import jp.yui.command.api.RevocationGround;
import jp.yui.command.api.RevokeCertification;
import jp.yui.command.api.SeparateWorker;
import jp.yui.command.api.TrainingKind;
import jp.yui.command.api.WorkCategory;
import jp.yui.command.api.WorkPattern;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

/**
 * The JSON bodies of the REST API's commands. Ids that the URL carries (cooperative, worker, assignment, client,
 * business year, month) are not in the bodies: {@code toCommand} injects them from the path.
 */
public final class ApiRequests {

    private ApiRequests() {
    }

    /** Ids in paths and bodies: short, no slashes or control characters. */
    static final String ID_PATTERN = "[^/\\\\\\p{Cntrl}]{1,100}";

    /**
     * Free-text query parameters (user, event type, worker filters): no control characters — PostgreSQL cannot hold
     * a NUL in a text value, and a NUL in a filter failed the query with a 500.
     */
    static final String NO_CONTROL = "[^\\p{Cntrl}]*";
    static final String NO_CONTROL_MESSAGE = "must not contain control characters";

    /** A free-text query parameter: at most 200 characters, none of them a control character ({@link #NO_CONTROL}). */
    @jakarta.validation.constraints.Pattern(regexp = NO_CONTROL, message = NO_CONTROL_MESSAGE)
    @Size(max = 200)
    @jakarta.validation.Constraint(validatedBy = {})
    @java.lang.annotation.Target({java.lang.annotation.ElementType.PARAMETER, java.lang.annotation.ElementType.FIELD})
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Documented
    public @interface TextParameter {
        String message() default NO_CONTROL_MESSAGE;

        Class<?>[] groups() default {};

        Class<? extends jakarta.validation.Payload>[] payload() default {};
    }

    @Schema(description = "Register a cooperative (登録)")
    public record RegisterCooperativeRequest(
            @NotBlank @Size(max = 100) @jakarta.validation.constraints.Pattern(regexp = ID_PATTERN) String cooperativeId,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @jakarta.validation.constraints.Pattern(regexp = "\\d{2}") String prefectureCode,
            @NotEmpty Set<@NotBlank String> districtMunicipalities,
            @Min(1) @Max(12) Integer businessYearStartMonth,
            CapUnit capUnit,
            DayOfWeek weekStartsOn,
            OvertimeAgreement overtimeAgreement) {
        RegisterCooperative toCommand() {
            return new RegisterCooperative(cooperativeId, name, prefectureCode, districtMunicipalities,
                    businessYearStartMonth, capUnit, weekStartsOn, overtimeAgreement);
        }
    }

    @Schema(description = "Certify the cooperative (認定)")
    public record CertifyRequest(@NotBlank String certificationNumber, @NotNull LocalDate certifiedOn) {
        CertifyCooperative toCommand(String coop) {
            return new CertifyCooperative(coop, certificationNumber, certifiedOn);
        }
    }

    @Schema(description = "Renew the certification (更新)")
    public record RenewRequest(@NotBlank String certificationNumber, @NotNull LocalDate decidedOn) {
        RenewCertification toCommand(String coop) {
            return new RenewCertification(coop, certificationNumber, decidedOn);
        }
    }

    @Schema(description = "Revoke the certification (取消し)")
    public record RevokeRequest(@NotNull LocalDate effectiveOn, @NotNull RevocationGround ground, String reason) {
        RevokeCertification toCommand(String coop) {
            return new RevokeCertification(coop, effectiveOn, ground, reason);
        }
    }

    @Schema(description = "The certification lapses (失効)")
    public record LapseRequest(@NotNull LocalDate effectiveOn, @NotNull LapseReason reason) {
        LapseCertification toCommand(String coop) {
            return new LapseCertification(coop, effectiveOn, reason);
        }
    }

    @Schema(description = "Certify a change of the district (変更認定)")
    public record DistrictChangeRequest(@NotEmpty Set<@NotBlank String> districtMunicipalities,
                                        @NotNull LocalDate effectiveOn) {
        CertifyDistrictChange toCommand(String coop) {
            return new CertifyDistrictChange(coop, districtMunicipalities, effectiveOn);
        }
    }

    @Schema(description = "Admit a member (加入)")
    public record AdmitMemberRequest(@NotBlank @jakarta.validation.constraints.Pattern(regexp = ID_PATTERN) String clientId,
                                     @NotBlank String name, String industry, @NotNull LocalDate joinedOn) {
        AdmitMember toCommand(String coop) {
            return new AdmitMember(coop, clientId, name, industry, joinedOn);
        }
    }

    @Schema(description = "End a membership (脱退)")
    public record EndMembershipRequest(@NotNull LocalDate lastDay, @NotNull MembershipEndReason reason) {
        EndMembership toCommand(String coop, String clientId) {
            return new EndMembership(coop, clientId, lastDay, reason);
        }
    }

    @Schema(description = "Register a non-member client (員外の派遣先)")
    public record RegisterClientRequest(@NotBlank @jakarta.validation.constraints.Pattern(regexp = ID_PATTERN) String clientId,
                                        @NotBlank String name, @NotNull ClientKind kind, String municipalityCode) {
        RegisterNonMemberClient toCommand(String coop) {
            return new RegisterNonMemberClient(coop, clientId, name, kind, municipalityCode);
        }
    }

    @Schema(description = "Hire a worker (雇入れ)")
    public record HireWorkerRequest(@NotBlank @jakarta.validation.constraints.Pattern(regexp = ID_PATTERN) String workerId,
                                    @NotBlank String name, @NotNull LocalDate birthDate, @NotNull LocalDate hiredOn,
                                    @NotNull EmploymentType employmentType, LocalDate fixedTermEndsOn,
                                    @NotBlank String homeMunicipality, Set<String> skills) {
        HireWorker toCommand(String coop) {
            return new HireWorker(coop, workerId, name, birthDate, hiredOn, employmentType, fixedTermEndsOn,
                    homeMunicipality, skills == null ? Set.of() : skills);
        }
    }

    @Schema(description = "Separate a worker (退職)")
    public record SeparateWorkerRequest(@NotNull LocalDate lastDay, String reason) {
        SeparateWorker toCommand(String coop, String workerId) {
            return new SeparateWorker(coop, workerId, lastDay, reason);
        }
    }

    @Schema(description = "Convert a fixed-term worker to indefinite term (無期転換)")
    public record ConvertWorkerRequest(@NotNull LocalDate effectiveOn) {
        ConvertWorkerToIndefiniteTerm toCommand(String coop, String workerId) {
            return new ConvertWorkerToIndefiniteTerm(coop, workerId, effectiveOn);
        }
    }

    @Schema(description = "Record a previous employer of a worker (前職)")
    public record PreviousEmployerRequest(@NotBlank String clientId, @NotNull LocalDate leftOn,
                                          boolean retiredAt60OrOver) {
        RecordPreviousEmployer toCommand(String coop, String workerId) {
            return new RecordPreviousEmployer(coop, workerId, clientId, leftOn, retiredAt60OrOver);
        }
    }

    @Schema(description = "A worker's social insurance (社会保険)")
    public record SocialInsuranceRequest(boolean healthInsurance, boolean pension, boolean employmentInsurance,
                                         String reasonNotEnrolled) {
        RecordSocialInsurance toCommand(String coop, String workerId) {
            return new RecordSocialInsurance(coop, workerId, healthInsurance, pension, employmentInsurance,
                    reasonNotEnrolled);
        }
    }

    @Schema(description = "Record training or career consulting (教育訓練)")
    public record TrainingRequest(@NotNull LocalDate heldOn, @NotNull TrainingKind kind, @NotBlank String content,
                                  @PositiveOrZero int minutes) {
        RecordTraining toCommand(String coop, String workerId) {
            return new RecordTraining(coop, workerId, heldOn, kind, content, minutes);
        }
    }

    @Schema(description = "A cost in yen (人件費・事務局運営費)")
    public record CostRequest(@NotNull @PositiveOrZero Long yen) {
    }

    @Schema(description = "A period, both days included")
    public record PeriodBody(@NotNull LocalDate from, @NotNull LocalDate to) {
        Period toPeriod() {
            return new Period(from, to);
        }
    }

    @Schema(description = "A work pattern: weekdayMinutes (+ exceptDates) or dayMinutes")
    public record PatternBody(Map<DayOfWeek, Integer> weekdayMinutes, Set<LocalDate> exceptDates,
                              Map<LocalDate, Integer> dayMinutes) {
        WorkPattern toPattern() {
            return new WorkPattern(weekdayMinutes, exceptDates, dayMinutes);
        }
    }

    @Schema(description = "Plan an assignment (派遣・在籍型出向の計画)")
    public record PlanAssignmentRequest(@NotBlank @jakarta.validation.constraints.Pattern(regexp = ID_PATTERN) String assignmentId,
                                        @NotNull AssignmentKind kind, @NotBlank String workerId,
                                        @NotBlank String clientId, @NotBlank String work, @NotNull WorkCategory category,
                                        MedicalDispatchException medicalException, String workplaceMunicipality,
                                        @NotNull @Valid PeriodBody period, @NotNull @Valid PatternBody pattern,
                                        @PositiveOrZero long feePerHourYen) {
        PlanAssignment toCommand(String coop) {
            return new PlanAssignment(coop, assignmentId, kind, workerId, clientId, work, category, medicalException,
                    workplaceMunicipality, period.toPeriod(), pattern.toPattern(), feePerHourYen);
        }
    }

    @Schema(description = "Reschedule an assignment (変更): the new period and pattern")
    public record RescheduleRequest(@NotNull @Valid PeriodBody period, @NotNull @Valid PatternBody pattern) {
        RescheduleAssignment toCommand(String coop, String assignmentId) {
            return new RescheduleAssignment(coop, assignmentId, period == null ? null : period.toPeriod(),
                    pattern == null ? null : pattern.toPattern());
        }
    }

    @Schema(description = "Cancel an assignment (取消)")
    public record CancelRequest(String reason) {
        CancelAssignment toCommand(String coop, String assignmentId) {
            return new CancelAssignment(coop, assignmentId, reason);
        }
    }

    @Schema(description = "The terms of an assignment (就業条件)")
    public record AssignmentTermsRequest(String organisationalUnit, @NotNull LocalTime startTime,
                                         @NotNull LocalTime endTime, @PositiveOrZero int breakMinutes,
                                         String responsibility, String dispatcherResponsiblePerson,
                                         String clientResponsiblePerson) {
        RecordAssignmentTerms toCommand(String coop, String assignmentId) {
            return new RecordAssignmentTerms(coop, assignmentId, organisationalUnit, startTime, endTime, breakMinutes,
                    responsibility, dispatcherResponsiblePerson, clientResponsiblePerson);
        }
    }

    @Schema(description = "The actual minutes worked per day of one month (実績)")
    public record ActualHoursRequest(@NotNull Map<LocalDate, @NotNull @PositiveOrZero Integer> minutesPerDay) {
    }

    @Schema(description = "A complaint about an assignment (苦情)")
    public record ComplaintRequest(@NotNull LocalDate receivedOn, @NotBlank String content, String handling) {
        RecordComplaint toCommand(String coop, String assignmentId) {
            return new RecordComplaint(coop, assignmentId, receivedOn, content, handling);
        }
    }

    @Schema(description = "Reopen a closed business year for a correction (訂正のための再開)")
    public record ReopenRequest(@NotBlank String reason) {
    }
}
