package jp.yui.deploy.config;

import jp.yui.command.cooperative.Cooperative;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.modelling.command.DefaultRepositorySpanFactory;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the write model's aggregate with Axon. The aggregate class carries no Spring annotation (command-side
 * stays free of Spring), so it is configured here: event sourced from the PostgreSQL event store, snapshotted by
 * {@code cooperativeSnapshotTrigger}, its command handlers' extra parameters (Municipalities, CapLaw, Clock)
 * resolved from the Spring context.
 */
@Configuration(proxyBeanMethods = false)
public class WriteModelConfiguration {

    /**
     * Also found by Axon's SpringAggregateSnapshotter, which builds snapshots with it. The aggregate model is inspected
     * with the application's parameter resolvers, so handler parameters such as {@code Municipalities} resolve to
     * Spring beans (a bare {@code new GenericAggregateFactory<>(Cooperative.class)} would only see classpath resolvers).
     */
    @Bean
    public AggregateFactory<Cooperative> cooperativeAggregateFactory(ParameterResolverFactory parameterResolverFactory,
                                                                     HandlerDefinition handlerDefinition) {
        return new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory.inspectAggregate(
                Cooperative.class, parameterResolverFactory, handlerDefinition));
    }

    /**
     * The Cooperative's repository: event sourced, snapshotted, and — unless {@code yui.aggregate-cache.size} is 0 —
     * with a bounded cache of the most recently used cooperatives ({@link BoundedAggregateCache}, default 1,000, more
     * than the 150 cooperatives of the country); a command decided on an entry older than the store is run again on
     * the stored state ({@link VersionCheckedCachingRepository}). Without the cache every command read the latest snapshot and up to
     * {@code yui.snapshot.threshold} events and replayed them (most of a command's time, measured by the benchmarks).
     */
    @Bean
    public ConfigurerModule cooperativeAggregate(AggregateFactory<Cooperative> cooperativeAggregateFactory,
                                                 ObjectProvider<SnapshotTriggerDefinition> cooperativeSnapshotTrigger,
                                                 ParameterResolverFactory parameterResolverFactory,
                                                 HandlerDefinition handlerDefinition,
                                                 @Value("${yui.aggregate-cache.size:1000}") int cacheSize) {
        // looked up lazily: the trigger needs the snapshotter, which needs the Axon configuration this module is part of
        AggregateConfigurer<Cooperative> aggregate = AggregateConfigurer.defaultConfiguration(Cooperative.class)
                .configureAggregateFactory(c -> cooperativeAggregateFactory)
                .configureSnapshotTrigger(c -> cooperativeSnapshotTrigger.getObject());
        if (cacheSize > 0) {
            aggregate.configureRepository(c -> VersionCheckedCachingRepository.create(
                    EventSourcingRepository.builder(Cooperative.class)
                            .parameterResolverFactory(parameterResolverFactory)
                            .handlerDefinition(handlerDefinition)
                            .aggregateFactory(cooperativeAggregateFactory)
                            .snapshotTriggerDefinition(cooperativeSnapshotTrigger.getObject())
                            .repositoryProvider(c::repository)
                            .spanFactory(c.getComponent(RepositorySpanFactory.class,
                                    () -> DefaultRepositorySpanFactory.builder().spanFactory(c.spanFactory()).build())),
                    c.eventStore(), new BoundedAggregateCache(cacheSize)));
        }
        return configurer -> configurer.configureAggregate(aggregate);
    }
}
