package jp.yui.deploy.config;

import jp.yui.query.security.JdbcScopeDirectory;
import jp.yui.query.security.ScopeDirectory;
import jp.yui.query.security.ScopeInterceptors;
import jp.yui.query.security.ScopeMetadata;
import jp.yui.query.security.ScopePolicy;
import jp.yui.query.security.SystemActor;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Messaging: snapshots, the scope interceptors of both buses (the {@code userId} and {@code role} every event carries), and the command gateway that
 * retries transient failures.
 */
@Configuration(proxyBeanMethods = false)
public class AxonMessagingConfiguration {

    /** Metadata key naming who caused a command and, by correlation, its events. */
    public static final String USER_ID = "userId";

    /** Snapshot trigger of the Cooperative aggregate (see {@link WriteModelConfiguration}). */
    @Bean
    public SnapshotTriggerDefinition cooperativeSnapshotTrigger(
            Snapshotter snapshotter, @Value("${yui.snapshot.threshold:250}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * Copies {@code traceId}/{@code correlationId} onto messages a handler produces. Declared explicitly because
     * Axon's autoconfigured one is {@code @ConditionalOnMissingBean(CorrelationDataProvider.class)} and disappears as
     * soon as any other provider (like {@link #userIdCorrelationDataProvider()}) exists.
     */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /**
     * Copies the command's {@code userId}, {@code role} and (for Yui's own work) {@code systemActor} onto every event
     * its handler applies.
     */
    @Bean
    public CorrelationDataProvider userIdCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(USER_ID, ScopeMetadata.ROLE, SystemActor.METADATA_KEY);
    }

    @Bean
    public ScopeDirectory scopeDirectory(JdbcTemplate jdbc) {
        return new JdbcScopeDirectory(jdbc);
    }

    @Bean
    public ScopeInterceptors scopeInterceptors(ScopeDirectory scopeDirectory) {
        return new ScopeInterceptors(new ScopePolicy(scopeDirectory));
    }

    /**
     * Registers the scope interceptors on the command bus and the query bus themselves, so they cover every dispatch
     * path (gateways, direct bus calls): each message gets {@code userId}, {@code role} and the scope of the signed-in
     * user or of {@link SystemActor}, and is refused ({@link jp.yui.query.security.AccessRefusedException}) when out
     * of scope or sent by nobody — at dispatch and again where it is handled.
     */
    @Bean
    public InitializingBean scopeInterceptorRegistration(CommandBus commandBus, QueryBus queryBus,
                                                         ScopeInterceptors interceptors) {
        return () -> {
            commandBus.registerDispatchInterceptor(interceptors.<CommandMessage<?>>dispatch());
            commandBus.registerHandlerInterceptor(interceptors.<CommandMessage<?>>handler());
            // a malformed cooperative id is refused before the aggregate is loaded (AggregateIdentifierCheck)
            commandBus.registerDispatchInterceptor(AggregateIdentifierCheck.dispatch());
            commandBus.registerHandlerInterceptor(AggregateIdentifierCheck.handler());
            // a refusal or a no-op decided on a stale cached aggregate is run again on the stored state
            commandBus.registerHandlerInterceptor(VersionCheckedCachingRepository.verifyOutcome());
            queryBus.registerDispatchInterceptor(interceptors.<QueryMessage<?, ?>>dispatch());
            queryBus.registerHandlerInterceptor(interceptors.<QueryMessage<?, ?>>handler());
        };
    }

    @Bean
    public TransientFailureRetryScheduler commandRetryScheduler(
            @Value("${yui.command.retry.max-retries:5}") int maxRetries,
            @Value("${yui.command.retry.interval-ms:100}") int intervalMillis) {
        return TransientFailureRetryScheduler.create(maxRetries, intervalMillis);
    }

    /** Replaces Axon's autoconfigured gateway (same, plus the retry scheduler). */
    @Bean
    public CommandGateway commandGateway(CommandBus commandBus, TransientFailureRetryScheduler retryScheduler) {
        return DefaultCommandGateway.builder()
                                    .commandBus(commandBus)
                                    .retryScheduler(retryScheduler)
                                    .build();
    }
}
