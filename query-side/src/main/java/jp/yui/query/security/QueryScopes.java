package jp.yui.query.security;

import jp.yui.query.asof.FindCooperativeAsOf;
import jp.yui.query.audit.FindAuditTrail;
import jp.yui.query.ledger.ExportLedgerCsv;
import jp.yui.query.ledger.ExportLedgerPdf;
import jp.yui.query.ledger.FindLedger;
import jp.yui.query.people.FindClients;
import jp.yui.query.people.FindMembers;
import jp.yui.query.people.FindWorker;
import jp.yui.query.people.FindWorkers;
import jp.yui.query.plan.FindWorkerYear;
import jp.yui.query.plan.FindYearPlan;
import jp.yui.query.ratio.ExportNonMemberRatioCsv;
import jp.yui.query.ratio.ExportNonMemberRatioPdf;
import jp.yui.query.ratio.FindNonMemberRatio;
import jp.yui.query.ratio.FindRatiosOfCooperatives;
import jp.yui.query.registry.FindCertificationRegistry;
import jp.yui.query.registry.FindCooperativeCertification;
import jp.yui.query.registry.FindCooperativesByMunicipality;
import jp.yui.query.registry.FindCooperativesByPrefecture;
import jp.yui.query.replay.FindReplayProgress;
import jp.yui.query.reports.ExportAnnualReportCsv;
import jp.yui.query.reports.ExportAnnualReportPdf;
import jp.yui.query.reports.ExportDispatchBusinessReportCsv;
import jp.yui.query.reports.FindAnnualReport;
import jp.yui.query.reports.FindDispatchBusinessReport;
import jp.yui.query.subsidy.ExportCooperativeSubsidyCsv;
import jp.yui.query.subsidy.ExportSubsidyFiguresCsv;
import jp.yui.query.subsidy.FindCooperativeSubsidy;
import jp.yui.query.subsidy.FindSubsidyFigures;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static jp.yui.query.security.QueryScope.cooperative;
import static jp.yui.query.security.QueryScope.cooperatives;
import static jp.yui.query.security.QueryScope.municipality;
import static jp.yui.query.security.QueryScope.prefecture;

/**
 * The scope of every query of the read side: which of its fields decides who may send it
 * ({@code QueryScopesTest} fails when a query record of {@code jp.yui.query} is missing here).
 * <p>
 * Queries across cooperatives are <b>refused</b>, never filtered, when they reach outside the caller's scope:
 * <ul>
 *   <li>{@link FindRatiosOfCooperatives}: every id must be readable by the caller;</li>
 *   <li>{@link FindCertificationRegistry}, {@link FindCooperativesByPrefecture}: the prefecture's auditors only;</li>
 *   <li>{@link FindCooperativesByMunicipality}, {@link FindSubsidyFigures}, {@link ExportSubsidyFiguresCsv}: that
 *       municipality's reviewers and the auditors of its prefecture (first two digits of the code);</li>
 *   <li>{@link FindAuditTrail}: one cooperative the caller may read; {@code cooperativeId = null} (all
 *       cooperatives) is Yui's own work only;</li>
 *   <li>{@link FindReplayProgress}: administrators.</li>
 * </ul>
 * A query type not in this table whose record has a {@code cooperativeId} component (queries of later lanes) is
 * scoped by that cooperative; any other unknown query is refused for users (fail closed).
 */
public final class QueryScopes {

    private static final Map<Class<?>, QueryScope> TABLE = new LinkedHashMap<>();

    static {
        // registry
        put(FindCertificationRegistry.class, prefecture(FindCertificationRegistry.class, FindCertificationRegistry::prefectureCode));
        put(FindCooperativeCertification.class, cooperative(FindCooperativeCertification.class, FindCooperativeCertification::cooperativeId));
        put(FindCooperativesByMunicipality.class, municipality(FindCooperativesByMunicipality.class, FindCooperativesByMunicipality::municipalityCode));
        put(FindCooperativesByPrefecture.class, prefecture(FindCooperativesByPrefecture.class, FindCooperativesByPrefecture::prefectureCode));
        // people
        put(FindMembers.class, cooperative(FindMembers.class, FindMembers::cooperativeId));
        put(FindClients.class, cooperative(FindClients.class, FindClients::cooperativeId));
        put(FindWorkers.class, cooperative(FindWorkers.class, FindWorkers::cooperativeId));
        put(FindWorker.class, cooperative(FindWorker.class, FindWorker::cooperativeId));
        // plan
        put(FindYearPlan.class, cooperative(FindYearPlan.class, FindYearPlan::cooperativeId));
        put(FindWorkerYear.class, cooperative(FindWorkerYear.class, FindWorkerYear::cooperativeId));
        put(jp.yui.query.jobs.FindSeasonalJobs.class, cooperative(jp.yui.query.jobs.FindSeasonalJobs.class,
                jp.yui.query.jobs.FindSeasonalJobs::cooperativeId));
        put(jp.yui.query.integrity.VerifyEventChain.class, cooperative(jp.yui.query.integrity.VerifyEventChain.class,
                jp.yui.query.integrity.VerifyEventChain::cooperativeId));
        // ratio
        put(FindNonMemberRatio.class, cooperative(FindNonMemberRatio.class, FindNonMemberRatio::cooperativeId));
        put(FindRatiosOfCooperatives.class, cooperatives(FindRatiosOfCooperatives.class, FindRatiosOfCooperatives::cooperativeIds));
        put(ExportNonMemberRatioCsv.class, cooperative(ExportNonMemberRatioCsv.class, ExportNonMemberRatioCsv::cooperativeId));
        put(ExportNonMemberRatioPdf.class, cooperative(ExportNonMemberRatioPdf.class, ExportNonMemberRatioPdf::cooperativeId));
        // ledger
        put(FindLedger.class, cooperative(FindLedger.class, FindLedger::cooperativeId));
        put(ExportLedgerCsv.class, cooperative(ExportLedgerCsv.class, ExportLedgerCsv::cooperativeId));
        put(ExportLedgerPdf.class, cooperative(ExportLedgerPdf.class, ExportLedgerPdf::cooperativeId));
        // reports
        put(FindAnnualReport.class, cooperative(FindAnnualReport.class, FindAnnualReport::cooperativeId));
        put(FindDispatchBusinessReport.class, cooperative(FindDispatchBusinessReport.class, FindDispatchBusinessReport::cooperativeId));
        put(ExportAnnualReportCsv.class, cooperative(ExportAnnualReportCsv.class, ExportAnnualReportCsv::cooperativeId));
        put(ExportAnnualReportPdf.class, cooperative(ExportAnnualReportPdf.class, ExportAnnualReportPdf::cooperativeId));
        put(ExportDispatchBusinessReportCsv.class, cooperative(ExportDispatchBusinessReportCsv.class, ExportDispatchBusinessReportCsv::cooperativeId));
        // subsidy
        put(FindCooperativeSubsidy.class, cooperative(FindCooperativeSubsidy.class, FindCooperativeSubsidy::cooperativeId));
        put(ExportCooperativeSubsidyCsv.class, cooperative(ExportCooperativeSubsidyCsv.class, ExportCooperativeSubsidyCsv::cooperativeId));
        put(FindSubsidyFigures.class, municipality(FindSubsidyFigures.class, FindSubsidyFigures::municipalityCode));
        put(ExportSubsidyFiguresCsv.class, municipality(ExportSubsidyFiguresCsv.class, ExportSubsidyFiguresCsv::municipalityCode));
        // audit: one cooperative; all cooperatives (null) only for Yui itself (see ScopePolicy)
        put(FindAuditTrail.class, cooperative(FindAuditTrail.class, FindAuditTrail::cooperativeId));
        // as of a date
        put(FindCooperativeAsOf.class, cooperative(FindCooperativeAsOf.class, FindCooperativeAsOf::cooperativeId));
        // replay
        put(FindReplayProgress.class, new QueryScope.Administration());
    }

    private QueryScopes() {
    }

    private static void put(Class<?> type, QueryScope scope) {
        TABLE.put(type, scope);
    }

    /** The query types of the table. */
    public static java.util.Set<Class<?>> mappedTypes() {
        return java.util.Collections.unmodifiableSet(TABLE.keySet());
    }

    /**
     * The scope of a query type: from the table, else by its {@code cooperativeId} record component, else empty
     * (refused for users).
     */
    public static Optional<QueryScope> of(Class<?> queryType) {
        QueryScope scope = TABLE.get(queryType);
        if (scope != null) {
            return Optional.of(scope);
        }
        return CooperativeIds.accessor(queryType).map(a -> new QueryScope.OneCooperative(a::apply));
    }

    /** Reads a record's {@code cooperativeId} component reflectively (commands and later queries). */
    static final class CooperativeIds {
        private static final Map<Class<?>, Optional<java.util.function.Function<Object, String>>> CACHE =
                new java.util.concurrent.ConcurrentHashMap<>();

        private CooperativeIds() {
        }

        static Optional<java.util.function.Function<Object, String>> accessor(Class<?> type) {
            return CACHE.computeIfAbsent(type, t -> {
                if (!t.isRecord()) {
                    return Optional.empty();
                }
                for (RecordComponent c : t.getRecordComponents()) {
                    if (c.getName().equals("cooperativeId") && c.getType() == String.class) {
                        var m = c.getAccessor();
                        return Optional.of(o -> {
                            try {
                                return (String) m.invoke(o);
                            } catch (ReflectiveOperationException e) {
                                throw new IllegalStateException(e);
                            }
                        });
                    }
                }
                return Optional.empty();
            });
        }
    }
}
