package jp.yui.deploy;

import jp.yui.query.support.TestDatabase;
import jp.yui.deploy.support.YuiIntegrationTest;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.ClassUtils;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The application starts on its own fresh PostgreSQL database, Flyway creates Axon's schema, Axon uses it via JDBC. */
@YuiIntegrationTest
class EventStoreSchemaTest {

    private static final List<String> AXON_TABLES = List.of("domain_event_entry", "snapshot_event_entry",
            "token_entry", "dead_letter_entry", "saga_entry", "association_value_entry");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Environment environment;

    @Test
    void runsOnThisJvmsOwnFreshTestDatabase() {
        String database = jdbc.queryForObject("SELECT current_database()", String.class);
        assertThat(database).matches("yui_test_\\d{8}_\\d{6}_[0-9a-f]{6}");
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo(TestDatabase.get().url());
    }

    @Test
    void flywayCreatedTheAxonTables() {
        List<String> tables = jdbc.queryForList("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'""", String.class);
        assertThat(tables).containsAll(AXON_TABLES).contains("flyway_schema_history");

        Map<String, Object> v1 = jdbc.queryForMap(
                "SELECT version, success FROM flyway_schema_history WHERE version = '1'");
        assertThat(v1).containsEntry("success", true);
    }

    @Test
    void binaryColumnsAreByteaAndNoLargeObjectsAnywhere() {
        List<Map<String, Object>> binary = jdbc.queryForList("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema = current_schema()
                  AND column_name IN ('payload', 'meta_data', 'token', 'diagnostics', 'serialized_saga')""");
        assertThat(binary).hasSize(10).allSatisfy(column -> assertThat(column).containsEntry("data_type", "bytea"));
        assertThat(binary).extracting(column -> column.get("table_name") + "." + column.get("column_name"))
                          .contains("domain_event_entry.payload", "domain_event_entry.meta_data",
                                  "snapshot_event_entry.payload", "snapshot_event_entry.meta_data");

        List<String> oidColumns = jdbc.queryForList("""
                SELECT table_schema || '.' || table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
                  AND (data_type = 'oid' OR udt_name IN ('oid', 'lo'))""", String.class);
        assertThat(oidColumns).isEmpty();
    }

    @Test
    void globalIndexSequenceStepsByOneWithoutCaching() {
        Map<String, Object> sequence = jdbc.queryForMap("""
                SELECT s.seqincrement AS increment, s.seqcache AS cache
                FROM pg_sequence s
                WHERE s.seqrelid = pg_get_serial_sequence('domain_event_entry', 'global_index')::regclass""");
        assertThat(sequence).containsEntry("increment", 1L).containsEntry("cache", 1L);
    }

    @Test
    void axonUsesTheJdbcStorageEngineWithTheSnakeCaseSchema(
            @Autowired EventStorageEngine engine, @Autowired EventStore eventStore, @Autowired EventSchema schema,
            @Autowired TokenStore tokenStore, @Autowired SagaStore<?> sagaStore,
            @Autowired TransactionManager transactionManager,
            @Autowired @Qualifier("eventSerializer") Serializer eventSerializer,
            @Autowired Serializer serializer) {
        assertThat(engine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(ReflectionTestUtils.getField(engine, "schema")).isSameAs(schema);
        assertThat(ReflectionTestUtils.getField(engine, "dataType")).isEqualTo(byte[].class);
        assertThat(schema.domainEventTable()).isEqualTo("domain_event_entry");
        assertThat(schema.globalIndexColumn()).isEqualTo("global_index");
        assertThat(eventStore).isInstanceOf(EmbeddedEventStore.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(sagaStore).isInstanceOf(JdbcSagaStore.class);
        assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(eventSerializer).isInstanceOf(JacksonSerializer.class);
        assertThat(serializer).isInstanceOf(JacksonSerializer.class);
        // No JPA on the classpath, so none of Axon's JPA autoconfiguration (entities with oid columns) can activate.
        assertThat(ClassUtils.isPresent("jakarta.persistence.EntityManager", null)).isFalse();
    }

    @Test
    void axonUpdateCheckerIsDisabled() {
        assertThat(System.getProperty(YuiApplication.UPDATE_CHECKER_DISABLED_PROPERTY)).isEqualTo("true");
        assertThat(environment.getProperty("axon.update-check.disabled", Boolean.class)).isTrue();
        assertThat(context.getBeanNamesForType(org.axonframework.updates.UpdateChecker.class)).isEmpty();
    }
}
