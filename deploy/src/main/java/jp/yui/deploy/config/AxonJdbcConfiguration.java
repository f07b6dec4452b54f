package jp.yui.deploy.config;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC components on PostgreSQL, with the snake_case tables of Flyway's
 * {@code db/migration/V1__axon_event_store.sql}.
 * <p>
 * Only the schemas and the duplicate-key resolver are defined here; Axon's Spring Boot
 * {@code JdbcAutoConfiguration} builds the rest from them:
 * <ul>
 *     <li>{@code JdbcEventStorageEngine} (from the {@link EventSchema} bean; Jackson event and snapshot serializers,
 *     {@code byte[]} data type = bytea, the {@link PersistenceExceptionResolver} below), wrapped in an
 *     {@code EmbeddedEventStore} by {@code AxonAutoConfiguration};</li>
 *     <li>{@code JdbcTokenStore} (from the {@link TokenSchema} bean), defined here only to give its claims this node's
 *     name ({@link #nodeId}): by default Axon's, the JVM's {@code pid@host}; {@code yui.node-id} sets another (two
 *     nodes in one JVM, as in the tests, need two names, or each would take the other's segments for its own);</li>
 *     <li>{@code JdbcSequencedDeadLetterQueue} per processing group for which a DLQ is enabled (from the
 *     {@link DeadLetterSchema} bean);</li>
 *     <li>{@code JdbcSagaStore} (from the {@link SagaSqlSchema} bean);</li>
 *     <li>a {@code ConnectionProvider} over the Spring {@code DataSource} that joins Spring transactions, and the
 *     Axon {@code SpringTransactionManager} over Boot's {@code DataSourceTransactionManager}.</li>
 * </ul>
 * None of these creates tables: Flyway owns the schema.
 */
@Configuration(proxyBeanMethods = false)
public class AxonJdbcConfiguration {

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                          .eventTable("domain_event_entry")
                          .snapshotTable("snapshot_event_entry")
                          .globalIndexColumn("global_index")
                          .eventIdentifierColumn("event_identifier")
                          .aggregateIdentifierColumn("aggregate_identifier")
                          .sequenceNumberColumn("sequence_number")
                          .typeColumn("type")
                          .timestampColumn("time_stamp")
                          .payloadTypeColumn("payload_type")
                          .payloadRevisionColumn("payload_revision")
                          .payloadColumn("payload")
                          .metaDataColumn("meta_data")
                          .build();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                          .setTokenTable("token_entry")
                          .setProcessorNameColumn("processor_name")
                          .setSegmentColumn("segment")
                          .setTokenColumn("token")
                          .setTokenTypeColumn("token_type")
                          .setTimestampColumn("time_stamp")
                          .setOwnerColumn("owner")
                          .build();
    }

    /** This node's name as the owner of its claims in {@code token_entry} ({@code yui.node-id}, else {@code pid@host}). */
    @Bean
    public NodeId nodeId(@org.springframework.beans.factory.annotation.Value("${yui.node-id:}") String configured) {
        return new NodeId(configured == null || configured.isBlank()
                ? java.lang.management.ManagementFactory.getRuntimeMXBean().getName() : configured.trim());
    }

    /** As Axon's Spring Boot token store, with this node's name as the owner of its claims. */
    @Bean
    public org.axonframework.eventhandling.tokenstore.TokenStore tokenStore(
            org.axonframework.common.jdbc.ConnectionProvider connectionProvider,
            @org.springframework.beans.factory.annotation.Qualifier("serializer")
            org.axonframework.serialization.Serializer serializer,
            TokenSchema tokenSchema, NodeId nodeId,
            @org.springframework.beans.factory.annotation.Value("${axon.eventhandling.tokenstore.claim-timeout:10s}")
            java.time.Duration claimTimeout) {
        return org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .nodeId(nodeId.name())
                .build();
    }

    /** The name of this node: the owner of its claims in {@code token_entry}. */
    public record NodeId(String name) {
    }

    @Bean
    public DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                               .deadLetterTable("dead_letter_entry")
                               .deadLetterIdentifierColumn("dead_letter_identifier")
                               .processingGroupColumn("processing_group")
                               .sequenceIdentifierColumn("sequence_identifier")
                               .sequenceIndexColumn("sequence_index")
                               .messageTypeColumn("message_type")
                               .eventIdentifierColumn("event_identifier")
                               .timestampColumn("time_stamp")
                               .payloadTypeColumn("payload_type")
                               .payloadRevisionColumn("payload_revision")
                               .payloadColumn("payload")
                               .metaDataColumn("meta_data")
                               .aggregateTypeColumn("aggregate_type")
                               .aggregateIdentifierColumn("aggregate_identifier")
                               .sequenceNumberColumn("sequence_number")
                               .tokenTypeColumn("token_type")
                               .tokenColumn("token")
                               .enqueuedAtColumn("enqueued_at")
                               .lastTouchedColumn("last_touched")
                               .processingStartedColumn("processing_started")
                               .causeTypeColumn("cause_type")
                               .causeMessageColumn("cause_message")
                               .diagnosticsColumn("diagnostics")
                               .build();
    }

    @Bean
    public SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema(SagaSchema.builder()
                                                   .sagaEntryTable("saga_entry")
                                                   .sagaIdColumn("saga_id")
                                                   .revisionColumn("revision")
                                                   .sagaTypeColumn("saga_type")
                                                   .serializedSagaColumn("serialized_saga")
                                                   .associationValueEntryTable("association_value_entry")
                                                   .associationKeyColumn("association_key")
                                                   .associationValueColumn("association_value")
                                                   .build());
    }

    /**
     * Replaces Axon's {@code JdbcSQLErrorCodesResolver}, which recognises a duplicate key only as a
     * {@code java.sql.SQLIntegrityConstraintViolationException} - a type the PostgreSQL driver never throws (it throws
     * {@code PSQLException} with SQLState 23505). Without this, two nodes appending to the same aggregate got a
     * non-transient {@code EventStoreException} instead of a {@code ConcurrencyException}, and nothing retried.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }
}
