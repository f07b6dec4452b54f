package jp.yui.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import jp.yui.deploy.support.ScratchSchema;
import jp.yui.deploy.support.YuiIntegrationTest;
import jp.yui.query.audit.AuditTrailProjection;
import jp.yui.query.integrity.IntegrityChainProjection;
import jp.yui.query.plan.PlanProjection;
import jp.yui.query.ratio.RatioProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The projections run in four processors (plan with the ratio, records, audit, integrity), each processing group
 * keeping its own dead-letter queue; and migration V650 empties the regrouped projections' tables and drops their old
 * processors' tokens on a database that had them, so that "records" and "plan" rebuild them, leaving audit alone.
 */
@YuiIntegrationTest
class ProcessorLayoutTest {

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void theLightProjectionsShareTheRecordsProcessor() {
        Map<String, EventProcessor> processors = processing.eventProcessors();
        assertThat(processors).containsKeys(PlanProjection.PROCESSING_GROUP,
                jp.yui.deploy.config.EventProcessingConfiguration.RECORDS_PROCESSOR, AuditTrailProjection.GROUP,
                IntegrityChainProjection.GROUP);
        EventProcessor records = processors.get(jp.yui.deploy.config.EventProcessingConfiguration.RECORDS_PROCESSOR);
        for (String group : jp.yui.deploy.config.EventProcessingConfiguration.RECORDS_GROUPS) {
            assertThat(processors).as(group).doesNotContainKey(group);
            assertThat(processing.eventProcessorByProcessingGroup(group)).as(group).containsSame(records);
        }
        for (String group : jp.yui.deploy.config.EventProcessingConfiguration.PROJECTION_GROUPS) {
            assertThat(processing.deadLetterQueue(group)).as(group).isPresent();
        }
        assertThat(processing.eventProcessorByProcessingGroup(PlanProjection.PROCESSING_GROUP))
                .containsSame(processors.get(PlanProjection.PROCESSING_GROUP));
        // the ratio counts the plan's day ledger: same processor, so the same transactions
        assertThat(processors).doesNotContainKey(RatioProjection.PROCESSING_GROUP);
        assertThat(processing.eventProcessorByProcessingGroup(RatioProjection.PROCESSING_GROUP))
                .containsSame(processors.get(PlanProjection.PROCESSING_GROUP));
    }

    @Test
    void upgradingEmptiesTheRegroupedProjectionsAndKeepsTheAudit() {
        try (ScratchSchema schema = new ScratchSchema(jdbc, dataSource, "v650_upgrade")) {
            schema.migrateTo("640");
            String t = schema.prefix();
            jdbc.update("insert into " + t + "token_entry (processor_name, segment, token_type, time_stamp) "
                    + "values ('people', 0, null, 'x'), ('plan', 0, null, 'x'), ('audit', 0, null, 'x')");
            jdbc.update("insert into " + t + "people_client (cooperative_id, client_id, name, updated_sequence, "
                    + "kind) values ('c', 'k', '旅館', 1, 'BUSINESS')");
            jdbc.update("insert into " + t + "plan_worker (cooperative_id, worker_id, name, employment_type, hired_on) "
                    + "values ('c', 'w', '職員', 'INDEFINITE', date '2025-04-01')");
            jdbc.update("insert into " + t + "audit_name (cooperative_id, kind, id, name, last_event_seq) "
                    + "values ('c', 'W', 'w', '職員', 1)");

            schema.migrateToLatest();

            assertThat(jdbc.queryForList("select processor_name from " + t + "token_entry", String.class))
                    .isEqualTo(List.of("audit"));
            assertThat(jdbc.queryForObject("select count(*) from " + t + "people_client", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from " + t + "plan_worker", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from " + t + "audit_name", Integer.class)).isOne();
        }
    }
}
