package jp.yui.deploy.support;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Spring Security keeps its context holder strategy in a static field, and every application context with Vaadin's
 * security sets its own (Vaadin-aware) strategy there when it starts. The application runs one context per JVM, but a
 * test JVM caches several (tests with other properties, the second node of the two-node test): the strategy left
 * behind by the last one started would not be the one the current test's filter chain writes to, and the scope
 * interceptors — which read {@link SecurityContextHolder} — would see no user. Before each test class and method this
 * listener puts the current test context's own strategy back (registered in {@code META-INF/spring.factories}).
 */
public class SecurityStrategyOfTheTestContext extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        apply(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        apply(testContext);
    }

    private static void apply(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }
}
