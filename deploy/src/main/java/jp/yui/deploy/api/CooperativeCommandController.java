package jp.yui.deploy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jp.yui.command.api.CloseBusinessYear;
import jp.yui.command.api.RecordActualHours;
import jp.yui.command.api.RecordOfficeCost;
import jp.yui.command.api.RecordPersonnelCost;
import jp.yui.command.api.ReopenBusinessYearForCorrection;
import jp.yui.deploy.api.ApiRequests.*;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

/**
 * Every command of the UI as a JSON request under {@code /api/v1/cooperatives}. The path's ids win: they are injected
 * into the command, the bodies do not carry them. Each request may carry an {@code Idempotency-Key} header
 * ({@link ApiCommandExecutor}). Answers {@link CommandAccepted}: 201 with a Location for creations, 200 otherwise.
 */
@RestController
@RequestMapping(path = ApiPaths.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "commands", description = "Commands: register, certify, members, clients, workers, assignments, years, costs")
public class CooperativeCommandController {

    private static final String KEY = ApiCommandExecutor.IDEMPOTENCY_KEY;

    private final ApiCommandExecutor executor;

    public CooperativeCommandController(ApiCommandExecutor executor) {
        this.executor = executor;
    }

    private static String url(String... segments) {
        StringBuilder sb = new StringBuilder(ApiPaths.BASE);
        for (String s : segments) {
            sb.append('/').append(URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    // ---- cooperative and certification ----

    @Operation(summary = "登録: register a cooperative")
    @PostMapping("/cooperatives")
    public ResponseEntity<CommandAccepted> register(@Valid @RequestBody RegisterCooperativeRequest body,
                                                    @Parameter(description = "Idempotency key") @RequestHeader(name = KEY, required = false) String key,
                                                    HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(), body.cooperativeId(), body.cooperativeId(),
                url("cooperatives", body.cooperativeId()));
    }

    @Operation(summary = "認定: certify the cooperative")
    @PostMapping("/cooperatives/{cooperativeId}/certification")
    public ResponseEntity<CommandAccepted> certify(@PathVariable String cooperativeId, @Valid @RequestBody CertifyRequest body,
                                                   @RequestHeader(name = KEY, required = false) String key,
                                                   HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId), cooperativeId, cooperativeId, null);
    }

    @Operation(summary = "更新: renew the certification")
    @PostMapping("/cooperatives/{cooperativeId}/certification/renewal")
    public ResponseEntity<CommandAccepted> renew(@PathVariable String cooperativeId, @Valid @RequestBody RenewRequest body,
                                                 @RequestHeader(name = KEY, required = false) String key,
                                                 HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId), cooperativeId, cooperativeId, null);
    }

    @Operation(summary = "取消し: revoke the certification")
    @PostMapping("/cooperatives/{cooperativeId}/certification/revocation")
    public ResponseEntity<CommandAccepted> revoke(@PathVariable String cooperativeId, @Valid @RequestBody RevokeRequest body,
                                                  @RequestHeader(name = KEY, required = false) String key,
                                                  HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId), cooperativeId, cooperativeId, null);
    }

    @Operation(summary = "失効: the certification lapses")
    @PostMapping("/cooperatives/{cooperativeId}/certification/lapse")
    public ResponseEntity<CommandAccepted> lapse(@PathVariable String cooperativeId, @Valid @RequestBody LapseRequest body,
                                                 @RequestHeader(name = KEY, required = false) String key,
                                                 HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId), cooperativeId, cooperativeId, null);
    }

    @Operation(summary = "変更認定: certify a change of the district")
    @PostMapping("/cooperatives/{cooperativeId}/district-changes")
    public ResponseEntity<CommandAccepted> districtChange(@PathVariable String cooperativeId,
                                                          @Valid @RequestBody DistrictChangeRequest body,
                                                          @RequestHeader(name = KEY, required = false) String key,
                                                          HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId), cooperativeId, cooperativeId, null);
    }

    // ---- members and clients ----

    @Operation(summary = "加入: admit a member")
    @PostMapping("/cooperatives/{cooperativeId}/members")
    public ResponseEntity<CommandAccepted> admit(@PathVariable String cooperativeId, @Valid @RequestBody AdmitMemberRequest body,
                                                 @RequestHeader(name = KEY, required = false) String key,
                                                 HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId), cooperativeId, body.clientId(),
                url("cooperatives", cooperativeId, "members", body.clientId()));
    }

    @Operation(summary = "脱退: end a membership")
    @PostMapping("/cooperatives/{cooperativeId}/members/{clientId}/membership-end")
    public ResponseEntity<CommandAccepted> endMembership(@PathVariable String cooperativeId, @PathVariable String clientId,
                                                         @Valid @RequestBody EndMembershipRequest body,
                                                         @RequestHeader(name = KEY, required = false) String key,
                                                         HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId, clientId), cooperativeId, clientId, null);
    }

    @Operation(summary = "員外の派遣先の登録: register a non-member client")
    @PostMapping("/cooperatives/{cooperativeId}/clients")
    public ResponseEntity<CommandAccepted> registerClient(@PathVariable String cooperativeId,
                                                          @Valid @RequestBody RegisterClientRequest body,
                                                          @RequestHeader(name = KEY, required = false) String key,
                                                          HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId), cooperativeId, body.clientId(),
                url("cooperatives", cooperativeId, "clients", body.clientId()));
    }

    // ---- workers ----

    @Operation(summary = "雇入れ: hire a worker")
    @PostMapping("/cooperatives/{cooperativeId}/workers")
    public ResponseEntity<CommandAccepted> hire(@PathVariable String cooperativeId, @Valid @RequestBody HireWorkerRequest body,
                                                @RequestHeader(name = KEY, required = false) String key,
                                                HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId), cooperativeId, body.workerId(),
                url("cooperatives", cooperativeId, "workers", body.workerId()));
    }

    @Operation(summary = "退職: separate a worker")
    @PostMapping("/cooperatives/{cooperativeId}/workers/{workerId}/separation")
    public ResponseEntity<CommandAccepted> separate(@PathVariable String cooperativeId, @PathVariable String workerId,
                                                    @Valid @RequestBody SeparateWorkerRequest body,
                                                    @RequestHeader(name = KEY, required = false) String key,
                                                    HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId, workerId), cooperativeId, workerId, null);
    }

    @Operation(summary = "無期転換: convert a fixed-term worker to indefinite term")
    @PostMapping("/cooperatives/{cooperativeId}/workers/{workerId}/indefinite-term-conversion")
    public ResponseEntity<CommandAccepted> convert(@PathVariable String cooperativeId, @PathVariable String workerId,
                                                   @Valid @RequestBody ConvertWorkerRequest body,
                                                   @RequestHeader(name = KEY, required = false) String key,
                                                   HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId, workerId), cooperativeId, workerId, null);
    }

    @Operation(summary = "前職の記録: record a previous employer")
    @PostMapping("/cooperatives/{cooperativeId}/workers/{workerId}/previous-employers")
    public ResponseEntity<CommandAccepted> previousEmployer(@PathVariable String cooperativeId, @PathVariable String workerId,
                                                            @Valid @RequestBody PreviousEmployerRequest body,
                                                            @RequestHeader(name = KEY, required = false) String key,
                                                            HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId, workerId), cooperativeId, workerId, null);
    }

    @Operation(summary = "社会保険: record a worker's social insurance")
    @PutMapping("/cooperatives/{cooperativeId}/workers/{workerId}/social-insurance")
    public ResponseEntity<CommandAccepted> socialInsurance(@PathVariable String cooperativeId, @PathVariable String workerId,
                                                           @Valid @RequestBody SocialInsuranceRequest body,
                                                           @RequestHeader(name = KEY, required = false) String key,
                                                           HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId, workerId), cooperativeId, workerId, null);
    }

    @Operation(summary = "教育訓練: record training or career consulting")
    @PostMapping("/cooperatives/{cooperativeId}/workers/{workerId}/trainings")
    public ResponseEntity<CommandAccepted> training(@PathVariable String cooperativeId, @PathVariable String workerId,
                                                    @Valid @RequestBody TrainingRequest body,
                                                    @RequestHeader(name = KEY, required = false) String key,
                                                    HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId, workerId), cooperativeId, workerId, null);
    }

    @Operation(summary = "人件費: record a worker's personnel cost of a business year")
    @PutMapping("/cooperatives/{cooperativeId}/workers/{workerId}/personnel-costs/{businessYear}")
    public ResponseEntity<CommandAccepted> personnelCost(@PathVariable String cooperativeId, @PathVariable String workerId,
                                                         @PathVariable @Min(1900) @Max(2200) int businessYear,
                                                         @Valid @RequestBody CostRequest body,
                                                         @RequestHeader(name = KEY, required = false) String key,
                                                         HttpServletRequest request) {
        return executor.execute(request, key, new RecordPersonnelCost(cooperativeId, workerId, businessYear, body.yen()),
                cooperativeId, workerId, null);
    }

    // ---- assignments ----

    @Operation(summary = "派遣の計画: plan an assignment (refused with a rule violation when a cap would be broken)")
    @PostMapping("/cooperatives/{cooperativeId}/assignments")
    public ResponseEntity<CommandAccepted> plan(@PathVariable String cooperativeId, @Valid @RequestBody PlanAssignmentRequest body,
                                                @RequestHeader(name = KEY, required = false) String key,
                                                HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId), cooperativeId, body.assignmentId(),
                url("cooperatives", cooperativeId, "assignments", body.assignmentId()));
    }

    @Operation(summary = "変更: reschedule an assignment")
    @PostMapping("/cooperatives/{cooperativeId}/assignments/{assignmentId}/reschedule")
    public ResponseEntity<CommandAccepted> reschedule(@PathVariable String cooperativeId, @PathVariable String assignmentId,
                                                      @Valid @RequestBody RescheduleRequest body,
                                                      @RequestHeader(name = KEY, required = false) String key,
                                                      HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId, assignmentId), cooperativeId, assignmentId, null);
    }

    @Operation(summary = "取消: cancel an assignment")
    @PostMapping("/cooperatives/{cooperativeId}/assignments/{assignmentId}/cancellation")
    public ResponseEntity<CommandAccepted> cancel(@PathVariable String cooperativeId, @PathVariable String assignmentId,
                                                  @Valid @RequestBody CancelRequest body,
                                                  @RequestHeader(name = KEY, required = false) String key,
                                                  HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId, assignmentId), cooperativeId, assignmentId, null);
    }

    @Operation(summary = "就業条件: record the terms of an assignment")
    @PutMapping("/cooperatives/{cooperativeId}/assignments/{assignmentId}/terms")
    public ResponseEntity<CommandAccepted> terms(@PathVariable String cooperativeId, @PathVariable String assignmentId,
                                                 @Valid @RequestBody AssignmentTermsRequest body,
                                                 @RequestHeader(name = KEY, required = false) String key,
                                                 HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId, assignmentId), cooperativeId, assignmentId, null);
    }

    @Operation(summary = "実績: record the actual minutes of one month (yyyy-MM)")
    @PutMapping("/cooperatives/{cooperativeId}/assignments/{assignmentId}/actual-hours/{month}")
    public ResponseEntity<CommandAccepted> actualHours(@PathVariable String cooperativeId, @PathVariable String assignmentId,
                                                       @PathVariable YearMonth month,
                                                       @Valid @RequestBody ActualHoursRequest body,
                                                       @RequestHeader(name = KEY, required = false) String key,
                                                       HttpServletRequest request) {
        return executor.execute(request, key,
                new RecordActualHours(cooperativeId, assignmentId, month, body.minutesPerDay()),
                cooperativeId, assignmentId, null);
    }

    @Operation(summary = "苦情: record a complaint about an assignment")
    @PostMapping("/cooperatives/{cooperativeId}/assignments/{assignmentId}/complaints")
    public ResponseEntity<CommandAccepted> complaint(@PathVariable String cooperativeId, @PathVariable String assignmentId,
                                                     @Valid @RequestBody ComplaintRequest body,
                                                     @RequestHeader(name = KEY, required = false) String key,
                                                     HttpServletRequest request) {
        return executor.execute(request, key, body.toCommand(cooperativeId, assignmentId), cooperativeId, assignmentId, null);
    }

    // ---- business years and costs ----

    @Operation(summary = "締め: close a business year")
    @PostMapping("/cooperatives/{cooperativeId}/business-years/{businessYear}/close")
    public ResponseEntity<CommandAccepted> close(@PathVariable String cooperativeId,
                                                 @PathVariable @Min(1900) @Max(2200) int businessYear,
                                                 @RequestHeader(name = KEY, required = false) String key,
                                                 HttpServletRequest request) {
        return executor.execute(request, key, new CloseBusinessYear(cooperativeId, businessYear), cooperativeId,
                String.valueOf(businessYear), null);
    }

    @Operation(summary = "訂正のための再開: reopen a closed business year for a correction")
    @PostMapping("/cooperatives/{cooperativeId}/business-years/{businessYear}/reopen")
    public ResponseEntity<CommandAccepted> reopen(@PathVariable String cooperativeId,
                                                  @PathVariable @Min(1900) @Max(2200) int businessYear,
                                                  @Valid @RequestBody ReopenRequest body,
                                                  @RequestHeader(name = KEY, required = false) String key,
                                                  HttpServletRequest request) {
        return executor.execute(request, key,
                new ReopenBusinessYearForCorrection(cooperativeId, businessYear, body.reason()), cooperativeId,
                String.valueOf(businessYear), null);
    }

    @Operation(summary = "事務局運営費: record the office cost of a business year")
    @PutMapping("/cooperatives/{cooperativeId}/office-costs/{businessYear}")
    public ResponseEntity<CommandAccepted> officeCost(@PathVariable String cooperativeId,
                                                      @PathVariable @Min(1900) @Max(2200) int businessYear,
                                                      @Valid @RequestBody CostRequest body,
                                                      @RequestHeader(name = KEY, required = false) String key,
                                                      HttpServletRequest request) {
        return executor.execute(request, key, new RecordOfficeCost(cooperativeId, businessYear, body.yen()),
                cooperativeId, String.valueOf(businessYear), null);
    }
}
