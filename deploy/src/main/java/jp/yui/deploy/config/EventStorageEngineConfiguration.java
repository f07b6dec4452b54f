package jp.yui.deploy.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The PostgreSQL event store's engine: exactly what Axon's Spring Boot {@code JdbcAutoConfiguration} builds (same
 * serializers, upcasters, snapshot filter, schema, connection provider, transaction manager and duplicate-key
 * resolver), plus the number of events one query fetches, {@code yui.event-store.fetch-size} (default 1,000; Axon's
 * default is 100).
 * <p>
 * Why: every streaming processor that is behind the head — all of them during a replay — reads the store through a
 * stream of its own, one query per fetch. With eleven processors and a fetch of 100 events a replay of 1M events sent
 * 110,000 queries, each paying a round trip, planning and the gap bookkeeping; a fetch of 1,000 sends a tenth of them
 * (measured in docs/BENCHMARKS.md). The fetch size changes nothing a processor sees: events come in the same order,
 * and gaps in {@code global_index} are still tracked the same way. Aggregates are read through the same engine, in
 * batches of the same size.
 * <p>
 * Not built with Axon Server ({@code axon.axonserver.enabled=true}), which stores and streams the events itself.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
public class EventStorageEngineConfiguration {

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventSchema eventSchema,
                                                 @Value("${yui.event-store.fetch-size:1000}") int fetchSize) {
        if (fetchSize < 1) {
            throw new IllegalArgumentException("yui.event-store.fetch-size must be positive, was " + fetchSize);
        }
        return JdbcEventStorageEngine.builder()
                                     .snapshotSerializer(defaultSerializer)
                                     .upcasterChain(configuration.upcasterChain())
                                     .persistenceExceptionResolver(persistenceExceptionResolver)
                                     .eventSerializer(eventSerializer)
                                     .snapshotFilter(configuration.snapshotFilter())
                                     .connectionProvider(connectionProvider)
                                     .transactionManager(transactionManager)
                                     .schema(eventSchema)
                                     .batchSize(fetchSize)
                                     .build();
    }
}
