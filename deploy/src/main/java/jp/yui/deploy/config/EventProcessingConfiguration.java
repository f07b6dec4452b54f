package jp.yui.deploy.config;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer.PooledStreamingProcessorConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event processor runs as a {@code PooledStreamingEventProcessor}, by default — no list of groups. Yui's
 * projections run in four processors: {@code plan} (the day ledger, and the ratio that counts it), {@code audit},
 * {@code integrity}, and {@link #RECORDS_PROCESSOR} for the light ones (people, registry, jobs, subsidy, reports,
 * ledger; Axon's {@code assignProcessingGroup}): every processor reads and deserializes every event and its coordinator walks its
 * work packages' queues for each (in a replay, about a third of the JVM's time with one processor per group), while
 * the light projections handle few of the events. A processing group added later gets a processor of its own.
 * <ul>
 *     <li>its tokens live in the {@code JdbcTokenStore} (table {@code token_entry}, see {@link AxonJdbcConfiguration}),
 *     stored in the same transaction as the projection's tables;</li>
 *     <li>the stream is divided into {@code yui.processors.initial-segment-count} segments (default 2) by cooperative
 *     (Axon's default sequencing policy keeps each aggregate's events in order in one segment), so several nodes can
 *     share a processor: each segment is claimed by one node at a time, and a node that stops releases its claims;</li>
 *     <li>{@code yui.processors.thread-count} worker threads (default 2) per processor handle the segments it holds,
 *     {@code yui.processors.batch-size} events (default 500) per transaction;</li>
 *     <li>those transactions commit asynchronously ({@link AsynchronousCommitTransactionManager}, unless
 *     {@code yui.processors.asynchronous-commit=false}): read model and token are written together, so a crash can
 *     only lose whole projection transactions, whose events are then handled again;</li>
 *     <li>an event a projection fails on is parked in the processing group's dead-letter queue
 *     ({@code JdbcSequencedDeadLetterQueue}, table {@code dead_letter_entry}), and so are the later events of the same
 *     cooperative (one sequence, so the read model never sees them out of order), while the other cooperatives go on;
 *     after the fix an administrator processes the parked events ({@code jp.yui.deploy.ops.DeadLetterOperations},
 *     {@code POST /api/v1/admin/dead-letters/{group}/process}). With {@code yui.processors.dead-letter-queue.enabled=false}
 *     a failing event is retried instead, never skipped ({@link PropagatingErrorHandler}).</li>
 * </ul>
 * The initial segment count applies when a processor first creates its tokens; later changes need a split or merge of
 * segments (or a replay after deleting the processor's rows of {@code token_entry}). A processor configured explicitly
 * under {@code axon.eventhandling.processors.<name>} keeps these defaults except where its own settings differ.
 */
@Configuration(proxyBeanMethods = false)
public class EventProcessingConfiguration {

    @Bean
    public ConfigurerModule pooledStreamingEventProcessorsByDefault(
            @Value("${yui.processors.initial-segment-count:2}") int initialSegmentCount,
            @Value("${yui.processors.thread-count:2}") int threadCount,
            @Value("${yui.processors.batch-size:500}") int batchSize,
            @Value("${yui.processors.token-claim-interval-ms:5000}") long tokenClaimIntervalMillis,
            @Value("${yui.processors.dead-letter-queue.enabled:true}") boolean deadLetterQueue,
            @Value("${yui.processors.asynchronous-commit:true}") boolean asynchronousCommit,
            @Value("${yui.metrics.event-processor-messages:false}") boolean perEventMetrics,
            ObjectProvider<ConnectionProvider> connections, ObjectProvider<TransactionManager> transactions,
            ObjectProvider<DeadLetterSchema> deadLetterSchema, ObjectProvider<DataSource> dataSource) {
        PooledStreamingProcessorConfiguration defaults = pooledDefaults(initialSegmentCount, threadCount, batchSize,
                tokenClaimIntervalMillis);
        // A projection that fails on an event must not skip it (Axon's default logs and goes on, leaving the read model
        // wrong for ever): with the dead-letter queue it is parked (and processed again after the fix); without it the
        // error propagates, the processor releases the segment and retries it with back-off.
        // order: after Axon's own DeadLetterQueueProviderConfigurerModule (order 0, enabled only per processor by
        // axon.eventhandling.processors.<name>.dlq.enabled), whose provider would otherwise replace this one
        return new ConfigurerModule() {
            @Override
            public int order() {
                return 100;
            }

            @Override
            public void configureModule(org.axonframework.config.Configurer configurer) {
                if (!perEventMetrics) {
                    // Axon's Micrometer monitors look their meters up (and resolve the payload type) for every event
                    // and processor: a tenth of a replay's JVM time. A processor's progress is measured per segment
                    // by YuiMetrics (yui_processor_lag_events) instead; command and query buses keep Axon's meters.
                    configurer.configureMessageMonitor(org.axonframework.eventhandling.EventProcessor.class,
                            (config, type, name) -> org.axonframework.monitoring.NoOpMessageMonitor.INSTANCE);
                }
                configurer.eventProcessing(processing -> {
                    RECORDS_GROUPS.forEach(group -> processing.assignProcessingGroup(group, RECORDS_PROCESSOR));
                    processing.assignProcessingGroup(jp.yui.query.ratio.RatioProjection.PROCESSING_GROUP,
                            jp.yui.query.plan.PlanProjection.PROCESSING_GROUP);
                    processing.usingPooledStreamingEventProcessors(defaults)
                              .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
                    if (asynchronousCommit) {
                        // read model and token commit together, so a crash loses whole projection transactions only,
                        // and the processor handles their events again (AsynchronousCommitTransactionManager)
                        processing.registerDefaultTransactionManager(c -> new AsynchronousCommitTransactionManager(
                                transactions.getObject(), dataSource.getObject()));
                    }
                    if (deadLetterQueue) {
                        processing.registerDeadLetterQueueProvider(group -> config -> JdbcSequencedDeadLetterQueue.builder()
                                        .processingGroup(group)
                                        .connectionProvider(connections.getObject())
                                        .transactionManager(transactions.getObject())
                                        .schema(deadLetterSchema.getObject())
                                        .genericSerializer(config.serializer())
                                        .eventSerializer(config.eventSerializer())
                                        .build())
                                  // the cause's message fits dead_letter_entry.cause_message (varchar 1023)
                                  .registerDefaultDeadLetterPolicy(c -> (letter, cause) ->
                                          Decisions.enqueue(ThrowableCause.truncated(cause)));
                        // Without this cache the invoker asks the queue table "is this cooperative's sequence parked?"
                        // for every event of every projection: one SELECT per event and group, which slowed
                        // projections several-fold. The cache remembers the sequences known not to be parked.
                        for (String group : PROJECTION_GROUPS) {
                            processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                    (c, builder) -> builder.enableSequenceIdentifierCache());
                        }
                    }
                });
            }
        };
    }

    /**
     * The processor that runs the light projections' processing groups ({@link #RECORDS_GROUPS}) together: one
     * coordinator, one event stream and one deserialization of each event for all of them, instead of one each.
     */
    public static final String RECORDS_PROCESSOR = "records";

    /**
     * The processing groups run by {@link #RECORDS_PROCESSOR}: each still has its own handlers, tables, reset handler
     * and dead-letter queue. The ratio runs in the plan's processor ({@code plan}): it counts the plan's day ledger, so
     * its own records (closes, breaches) and the days it counts are written in the same transactions and an answer
     * never combines a close with days not yet written. Audit and integrity keep a processor each.
     */
    public static final java.util.List<String> RECORDS_GROUPS = java.util.List.of(
            jp.yui.query.people.PeopleProjection.PROCESSING_GROUP,
            jp.yui.query.registry.CertificationRegistryProjection.PROCESSING_GROUP,
            jp.yui.query.jobs.SeasonalJobProjection.PROCESSING_GROUP,
            jp.yui.query.subsidy.SubsidyProjection.GROUP,
            jp.yui.query.reports.ReportsProjection.GROUP,
            jp.yui.query.ledger.LedgerProjection.PROCESSING_GROUP);

    /** The processing groups of Yui's projections (their dead-letter invokers get a sequence identifier cache). */
    public static final java.util.List<String> PROJECTION_GROUPS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(jp.yui.query.plan.PlanProjection.PROCESSING_GROUP,
                    jp.yui.query.ratio.RatioProjection.PROCESSING_GROUP, jp.yui.query.audit.AuditTrailProjection.GROUP,
                    jp.yui.query.integrity.IntegrityChainProjection.GROUP),
            RECORDS_GROUPS.stream()).toList();

    /** The defaults every pooled streaming processor is built with. */
    public static PooledStreamingProcessorConfiguration pooledDefaults(int initialSegmentCount, int threadCount,
                                                                       int batchSize, long tokenClaimIntervalMillis) {
        if (initialSegmentCount < 1 || threadCount < 1 || batchSize < 1 || tokenClaimIntervalMillis < 1) {
            throw new IllegalArgumentException("yui.processors.*: segment count, thread count, batch size and claim "
                    + "interval must be positive");
        }
        return (config, builder) -> builder
                .initialSegmentCount(initialSegmentCount)
                .batchSize(batchSize)
                .tokenClaimInterval(tokenClaimIntervalMillis)
                .workerExecutor(processorName -> {
                    ScheduledExecutorService workers = Executors.newScheduledThreadPool(threadCount,
                            new AxonThreadFactory("WorkPackage[" + processorName + "]"));
                    config.onShutdown(workers::shutdown);
                    return workers;
                });
    }
}
