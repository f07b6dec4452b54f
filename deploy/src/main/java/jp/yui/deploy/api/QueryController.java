package jp.yui.deploy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jp.yui.deploy.api.ApiRequests.TextParameter;
import jp.yui.query.asof.CooperativeAsOf;
import jp.yui.query.asof.FindCooperativeAsOf;
import jp.yui.query.audit.AuditTrailPage;
import jp.yui.query.audit.FindAuditTrail;
import jp.yui.query.export.CsvEncoding;
import jp.yui.query.ledger.ExportLedgerCsv;
import jp.yui.query.ledger.ExportLedgerPdf;
import jp.yui.query.ledger.FindLedger;
import jp.yui.query.ledger.LedgerEntry;
import jp.yui.query.people.ClientView;
import jp.yui.query.people.FindClients;
import jp.yui.query.people.FindMembers;
import jp.yui.query.people.FindWorker;
import jp.yui.query.people.FindWorkers;
import jp.yui.query.people.MemberView;
import jp.yui.query.people.WorkerView;
import jp.yui.query.plan.FindWorkerYear;
import jp.yui.query.plan.FindYearPlan;
import jp.yui.query.plan.WorkerYear;
import jp.yui.query.plan.YearPlan;
import jp.yui.query.ratio.CooperativeRatios;
import jp.yui.query.ratio.ExportNonMemberRatioCsv;
import jp.yui.query.ratio.ExportNonMemberRatioPdf;
import jp.yui.query.ratio.FindNonMemberRatio;
import jp.yui.query.ratio.FindRatiosOfCooperatives;
import jp.yui.query.ratio.NonMemberRatio;
import jp.yui.query.registry.CertificationRegistryRow;
import jp.yui.query.registry.CooperativeCertificationView;
import jp.yui.query.registry.CooperativeInMunicipality;
import jp.yui.query.registry.CooperativeSummary;
import jp.yui.query.registry.FindCertificationRegistry;
import jp.yui.query.registry.FindCooperativesByMunicipality;
import jp.yui.query.registry.FindCooperativesByPrefecture;
import jp.yui.query.replay.FindReplayProgress;
import jp.yui.query.replay.ReplayProgress;
import jp.yui.query.reports.AnnualReport;
import jp.yui.query.reports.DispatchBusinessReport;
import jp.yui.query.reports.ExportAnnualReportCsv;
import jp.yui.query.reports.ExportAnnualReportPdf;
import jp.yui.query.reports.ExportDispatchBusinessReportCsv;
import jp.yui.query.reports.ExportedFile;
import jp.yui.query.reports.FindAnnualReport;
import jp.yui.query.reports.FindDispatchBusinessReport;
import jp.yui.query.subsidy.CooperativeSubsidy;
import jp.yui.query.subsidy.ExportCooperativeSubsidyCsv;
import jp.yui.query.subsidy.ExportSubsidyFiguresCsv;
import jp.yui.query.subsidy.FindCooperativeSubsidy;
import jp.yui.query.subsidy.FindSubsidyFigures;
import jp.yui.query.subsidy.SubsidyFigures;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Every query of the UI as a JSON (or CSV/PDF) GET under {@code /api/v1}. Unknown ids — and, once the scope
 * interceptors are in place, ids outside the caller's scope — answer 404.
 */
@RestController
@RequestMapping(path = ApiPaths.BASE)
@Tag(name = "queries", description = "Registry, people, plan, ratio, ledger, reports, subsidy, audit, as-of, replay")
public class QueryController {

    private static final MediaType PDF = MediaType.APPLICATION_PDF;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    private final ApiQueries queries;

    public QueryController(ApiQueries queries) {
        this.queries = queries;
    }

    // ---- registry ----

    @Operation(summary = "認定台帳: the certification registry of a prefecture")
    @GetMapping(path = "/prefectures/{prefectureCode}/registry", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<CertificationRegistryRow> registry(@PathVariable String prefectureCode,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.list(new FindCertificationRegistry(prefectureCode, asOf), CertificationRegistryRow.class);
    }

    @Operation(summary = "The cooperatives registered in a prefecture")
    @GetMapping(path = "/prefectures/{prefectureCode}/cooperatives", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<CooperativeSummary> cooperativesOfPrefecture(@PathVariable String prefectureCode) {
        return queries.list(new FindCooperativesByPrefecture(prefectureCode), CooperativeSummary.class);
    }

    @Operation(summary = "The cooperatives whose district contains (contained, will contain) a municipality")
    @GetMapping(path = "/municipalities/{municipalityCode}/cooperatives", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<CooperativeInMunicipality> cooperativesOfMunicipality(@PathVariable String municipalityCode) {
        return queries.list(new FindCooperativesByMunicipality(municipalityCode), CooperativeInMunicipality.class);
    }

    @Operation(summary = "One cooperative's certification record (個票) with its district history")
    @GetMapping(path = "/cooperatives/{cooperativeId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public CooperativeCertificationView cooperative(@PathVariable String cooperativeId) {
        return queries.requireCooperative(cooperativeId);
    }

    @Operation(summary = "The cooperative as it stood on a date (from the events recorded up to that day)")
    @GetMapping(path = "/cooperatives/{cooperativeId}/as-of/{date}", produces = MediaType.APPLICATION_JSON_VALUE)
    public CooperativeAsOf asOf(@PathVariable String cooperativeId,
                                @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        // the domain's range of dates (as the commands check them); LocalDate.MAX overflowed with an unnamed error
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw ApiProblemException.badRequest("date", "date out of range 1900-01-01..2200-12-31: " + date);
        }
        return queries.optional(new FindCooperativeAsOf(cooperativeId, date), CooperativeAsOf.class);
    }

    // ---- people ----

    @Operation(summary = "The members on a day (today by default)")
    @GetMapping(path = "/cooperatives/{cooperativeId}/members", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<MemberView> members(@PathVariable String cooperativeId,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        queries.requireCooperative(cooperativeId);
        return queries.list(new FindMembers(cooperativeId, asOf), MemberView.class);
    }

    @Operation(summary = "Every client (members and non-members) with its class on a day")
    @GetMapping(path = "/cooperatives/{cooperativeId}/clients", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ClientView> clients(@PathVariable String cooperativeId,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        queries.requireCooperative(cooperativeId);
        return queries.list(new FindClients(cooperativeId, asOf), ClientView.class);
    }

    @Operation(summary = "The workers employed on a day")
    @GetMapping(path = "/cooperatives/{cooperativeId}/workers", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<WorkerView> workers(@PathVariable String cooperativeId,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        queries.requireCooperative(cooperativeId);
        return queries.list(new FindWorkers(cooperativeId, asOf), WorkerView.class);
    }

    @Operation(summary = "One worker (employed or not)")
    @GetMapping(path = "/cooperatives/{cooperativeId}/workers/{workerId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public WorkerView worker(@PathVariable String cooperativeId, @PathVariable String workerId) {
        return queries.optional(new FindWorker(cooperativeId, workerId), WorkerView.class);
    }

    // ---- plan and ratio ----

    @Operation(summary = "年間就業計画: the plan of a business year, every worker")
    @GetMapping(path = "/cooperatives/{cooperativeId}/plan/{businessYear}", produces = MediaType.APPLICATION_JSON_VALUE)
    public YearPlan plan(@PathVariable String cooperativeId, @PathVariable @Min(1900) @Max(2200) int businessYear) {
        return queries.one(new FindYearPlan(cooperativeId, businessYear), YearPlan.class);
    }

    @Operation(summary = "One worker's year of the plan")
    @GetMapping(path = "/cooperatives/{cooperativeId}/plan/{businessYear}/workers/{workerId}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    public WorkerYear workerYear(@PathVariable String cooperativeId, @PathVariable @Min(1900) @Max(2200) int businessYear,
                                 @PathVariable String workerId) {
        return queries.one(new FindWorkerYear(cooperativeId, workerId, businessYear), WorkerYear.class);
    }

    @Operation(summary = "員外利用比率: the non-member ratio of a business year")
    @GetMapping(path = "/cooperatives/{cooperativeId}/ratio/{businessYear}", produces = MediaType.APPLICATION_JSON_VALUE)
    public NonMemberRatio ratio(@PathVariable String cooperativeId, @PathVariable @Min(1900) @Max(2200) int businessYear) {
        return queries.one(new FindNonMemberRatio(cooperativeId, businessYear), NonMemberRatio.class);
    }

    @Operation(summary = "The non-member ratio as CSV")
    @GetMapping(path = "/cooperatives/{cooperativeId}/ratio/{businessYear}.csv")
    public ResponseEntity<byte[]> ratioCsv(@PathVariable String cooperativeId,
                                           @PathVariable @Min(1900) @Max(2200) int businessYear,
                                           @RequestParam(required = false) CsvEncoding encoding) {
        return file(queries.one(new ExportNonMemberRatioCsv(cooperativeId, businessYear, encoding), ExportedFile.class),
                encoding);
    }

    @Operation(summary = "The non-member ratio as PDF")
    @GetMapping(path = "/cooperatives/{cooperativeId}/ratio/{businessYear}.pdf")
    public ResponseEntity<byte[]> ratioPdf(@PathVariable String cooperativeId,
                                           @PathVariable @Min(1900) @Max(2200) int businessYear) {
        return file(queries.one(new ExportNonMemberRatioPdf(cooperativeId, businessYear), ExportedFile.class), null);
    }

    @Operation(summary = "The non-member ratios of several cooperatives (?cooperativeId=a&cooperativeId=b)")
    @GetMapping(path = "/ratios/{businessYear}", produces = MediaType.APPLICATION_JSON_VALUE)
    public CooperativeRatios ratios(@PathVariable @Min(1900) @Max(2200) int businessYear,
                                    @RequestParam(name = "cooperativeId") @Size(min = 1, max = 500) Set<String> cooperativeIds) {
        return queries.one(new FindRatiosOfCooperatives(cooperativeIds, businessYear), CooperativeRatios.class);
    }

    // ---- ledger ----

    @Operation(summary = "派遣元管理台帳: the dispatcher's ledger")
    @GetMapping(path = "/cooperatives/{cooperativeId}/ledger", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<LedgerEntry> ledger(@PathVariable String cooperativeId, @RequestParam(required = false) @TextParameter String workerId,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                    @RequestParam(defaultValue = "false") boolean includeExpired) {
        queries.requireCooperative(cooperativeId);
        return queries.list(new FindLedger(cooperativeId, workerId, asOf, includeExpired), LedgerEntry.class);
    }

    @Operation(summary = "The ledger as CSV (encoding UTF8_BOM by default, or SHIFT_JIS)")
    @GetMapping(path = "/cooperatives/{cooperativeId}/ledger.csv")
    public ResponseEntity<byte[]> ledgerCsv(@PathVariable String cooperativeId, @RequestParam(required = false) @TextParameter String workerId,
                                            @RequestParam(required = false) CsvEncoding encoding) {
        queries.requireCooperative(cooperativeId);
        byte[] bytes = queries.one(new ExportLedgerCsv(cooperativeId, workerId, encoding), byte[].class);
        return file(new ExportedFile("ledger-" + cooperativeId + ".csv", ExportedFile.CSV, bytes, List.of()), encoding);
    }

    @Operation(summary = "The ledger as PDF")
    @GetMapping(path = "/cooperatives/{cooperativeId}/ledger.pdf")
    public ResponseEntity<byte[]> ledgerPdf(@PathVariable String cooperativeId, @RequestParam(required = false) @TextParameter String workerId) {
        queries.requireCooperative(cooperativeId);
        byte[] bytes = queries.one(new ExportLedgerPdf(cooperativeId, workerId), byte[].class);
        return file(new ExportedFile("ledger-" + cooperativeId + ".pdf", ExportedFile.PDF, bytes, List.of()), null);
    }

    // ---- reports ----

    @Operation(summary = "事業報告書: the annual report figures")
    @GetMapping(path = "/cooperatives/{cooperativeId}/reports/annual/{businessYear}", produces = MediaType.APPLICATION_JSON_VALUE)
    public AnnualReport annualReport(@PathVariable String cooperativeId, @PathVariable @Min(1900) @Max(2200) int businessYear) {
        return queries.one(new FindAnnualReport(cooperativeId, businessYear), AnnualReport.class);
    }

    @Operation(summary = "The annual report as CSV")
    @GetMapping(path = "/cooperatives/{cooperativeId}/reports/annual/{businessYear}.csv")
    public ResponseEntity<byte[]> annualReportCsv(@PathVariable String cooperativeId,
                                                  @PathVariable @Min(1900) @Max(2200) int businessYear,
                                                  @RequestParam(required = false) CsvEncoding encoding) {
        return file(queries.one(new ExportAnnualReportCsv(cooperativeId, businessYear, encoding), ExportedFile.class), encoding);
    }

    @Operation(summary = "The annual report as PDF")
    @GetMapping(path = "/cooperatives/{cooperativeId}/reports/annual/{businessYear}.pdf")
    public ResponseEntity<byte[]> annualReportPdf(@PathVariable String cooperativeId,
                                                  @PathVariable @Min(1900) @Max(2200) int businessYear) {
        return file(queries.one(new ExportAnnualReportPdf(cooperativeId, businessYear), ExportedFile.class), null);
    }

    @Operation(summary = "労働者派遣事業報告書 (様式第11号) figures")
    @GetMapping(path = "/cooperatives/{cooperativeId}/reports/dispatch-business/{businessYear}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    public DispatchBusinessReport dispatchBusinessReport(@PathVariable String cooperativeId,
                                                         @PathVariable @Min(1900) @Max(2200) int businessYear) {
        return queries.one(new FindDispatchBusinessReport(cooperativeId, businessYear), DispatchBusinessReport.class);
    }

    @Operation(summary = "労働者派遣事業報告書 as CSV")
    @GetMapping(path = "/cooperatives/{cooperativeId}/reports/dispatch-business/{businessYear}.csv")
    public ResponseEntity<byte[]> dispatchBusinessReportCsv(@PathVariable String cooperativeId,
                                                            @PathVariable @Min(1900) @Max(2200) int businessYear,
                                                            @RequestParam(required = false) CsvEncoding encoding) {
        return file(queries.one(new ExportDispatchBusinessReportCsv(cooperativeId, businessYear, encoding),
                ExportedFile.class), encoding);
    }

    // ---- subsidy ----

    @Operation(summary = "The subsidy figures of one cooperative")
    @GetMapping(path = "/cooperatives/{cooperativeId}/subsidy/{businessYear}", produces = MediaType.APPLICATION_JSON_VALUE)
    public CooperativeSubsidy cooperativeSubsidy(@PathVariable String cooperativeId,
                                                 @PathVariable @Min(1900) @Max(2200) int businessYear) {
        return queries.one(new FindCooperativeSubsidy(cooperativeId, businessYear), CooperativeSubsidy.class);
    }

    @Operation(summary = "The subsidy figures of one cooperative as CSV")
    @GetMapping(path = "/cooperatives/{cooperativeId}/subsidy/{businessYear}.csv")
    public ResponseEntity<byte[]> cooperativeSubsidyCsv(@PathVariable String cooperativeId,
                                                        @PathVariable @Min(1900) @Max(2200) int businessYear,
                                                        @RequestParam(required = false) CsvEncoding encoding) {
        return file(queries.one(new ExportCooperativeSubsidyCsv(cooperativeId, businessYear, encoding),
                ExportedFile.class), encoding);
    }

    @Operation(summary = "What a municipality pays on: the subsidy figures of the cooperatives of its district")
    @GetMapping(path = "/municipalities/{municipalityCode}/subsidy/{businessYear}", produces = MediaType.APPLICATION_JSON_VALUE)
    public SubsidyFigures municipalSubsidy(@PathVariable String municipalityCode,
                                           @PathVariable @Min(1900) @Max(2200) int businessYear) {
        return queries.one(new FindSubsidyFigures(municipalityCode, businessYear), SubsidyFigures.class);
    }

    @Operation(summary = "A municipality's subsidy figures as CSV")
    @GetMapping(path = "/municipalities/{municipalityCode}/subsidy/{businessYear}.csv")
    public ResponseEntity<byte[]> municipalSubsidyCsv(@PathVariable String municipalityCode,
                                                      @PathVariable @Min(1900) @Max(2200) int businessYear,
                                                      @RequestParam(required = false) CsvEncoding encoding) {
        return file(queries.one(new ExportSubsidyFiguresCsv(municipalityCode, businessYear, encoding), ExportedFile.class),
                encoding);
    }

    // ---- audit and replay ----

    @Operation(summary = "監査証跡: the audit trail of one cooperative, newest first")
    @GetMapping(path = "/cooperatives/{cooperativeId}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    public AuditTrailPage cooperativeAudit(@PathVariable String cooperativeId, @RequestParam(required = false) @TextParameter String userId,
                                           @RequestParam(required = false) Instant from,
                                           @RequestParam(required = false) Instant to,
                                           @RequestParam(required = false) @TextParameter String eventType,
                                           @RequestParam(defaultValue = "0") @Min(0) int offset,
                                           @RequestParam(defaultValue = "100") @Min(1) @Max(FindAuditTrail.MAX_LIMIT) int limit) {
        queries.requireCooperative(cooperativeId);
        return queries.one(new FindAuditTrail(cooperativeId, userId, from, to, eventType, offset, limit),
                AuditTrailPage.class);
    }

    @Operation(summary = "監査証跡: the audit trail of every cooperative (optionally one), newest first")
    @GetMapping(path = "/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    public AuditTrailPage audit(@RequestParam(required = false) @TextParameter String cooperativeId,
                                @RequestParam(required = false) @TextParameter String userId,
                                @RequestParam(required = false) Instant from,
                                @RequestParam(required = false) Instant to,
                                @RequestParam(required = false) @TextParameter String eventType,
                                @RequestParam(defaultValue = "0") @Min(0) int offset,
                                @RequestParam(defaultValue = "100") @Min(1) @Max(FindAuditTrail.MAX_LIMIT) int limit) {
        return queries.one(new FindAuditTrail(cooperativeId, userId, from, to, eventType, offset, limit),
                AuditTrailPage.class);
    }

    @Operation(summary = "How far the rebuild of the read models has come")
    @GetMapping(path = "/admin/replay", produces = MediaType.APPLICATION_JSON_VALUE)
    public ReplayProgress replayProgress() {
        return queries.one(new FindReplayProgress(), ReplayProgress.class);
    }

    // ---- files ----

    static ResponseEntity<byte[]> file(ExportedFile f, CsvEncoding encoding) {
        MediaType type = MediaType.parseMediaType(f.contentType());
        if (type.getType().equals("text") && type.getCharset() == null) {
            Charset cs = encoding == CsvEncoding.SHIFT_JIS ? Charset.forName("Shift_JIS") : StandardCharsets.UTF_8;
            type = new MediaType(type, cs);
        }
        ResponseEntity.BodyBuilder b = ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(f.fileName(), StandardCharsets.UTF_8).build().toString());
        if (!f.warnings().isEmpty()) {
            b.header("X-Yui-Export-Warnings", String.valueOf(f.warnings().size()));
        }
        return b.body(f.content());
    }
}
