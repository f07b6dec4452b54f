package jp.yui.deploy.bench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jp.yui.deploy.replay.OwnDatabaseInitializer;
import jp.yui.deploy.support.YuiIntegrationTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one application context every benchmark shares (same configuration, so Spring's test context cache starts it
 * once per run): the whole application on a database of its own ({@link OwnDatabaseInitializer}: no other context's
 * processors share its tokens, which the replay benchmark resets).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@YuiIntegrationTest
@ContextConfiguration(initializers = OwnDatabaseInitializer.class)
public @interface BenchmarkTest {
}
