package jp.yui.deploy.support;

import jp.yui.query.security.SystemActor;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

import java.lang.reflect.Method;

/**
 * Runs a test class's test and lifecycle methods as {@link SystemActor} {@value #PURPOSE}, so that the commands and
 * queries they send pass the scope interceptors (without it they are refused: fail closed). Threads a test starts
 * itself are not covered: wrap their work in {@code SystemActor.run(RunAsSystem.PURPOSE, ...)}. To act as a signed-in
 * user instead, use {@link jp.yui.query.security.Principals#runAs} (a principal wins over the system actor).
 * <pre>{@code @YuiIntegrationTest @ExtendWith(RunAsSystem.class) class MyTest { ... } }</pre>
 * Commands sent with {@code Commands.send(command, "alice")} keep {@code userId = "alice"}; without a name the
 * userId is {@code system:test}.
 */
public class RunAsSystem implements InvocationInterceptor {

    public static final String PURPOSE = "test";

    private static <T> T asSystem(Invocation<T> invocation) throws Throwable {
        Throwable[] failure = new Throwable[1];
        T result = SystemActor.call(PURPOSE, () -> {
            try {
                return invocation.proceed();
            } catch (Throwable t) {
                failure[0] = t;
                return null;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return result;
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
                                    ExtensionContext extensionContext) throws Throwable {
        asSystem(invocation);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
                                            ExtensionContext extensionContext) throws Throwable {
        asSystem(invocation);
    }

    @Override
    public <T> T interceptTestFactoryMethod(Invocation<T> invocation, ReflectiveInvocationContext<Method> context,
                                            ExtensionContext extensionContext) throws Throwable {
        return asSystem(invocation);
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
                                         ExtensionContext extensionContext) throws Throwable {
        asSystem(invocation);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
                                          ExtensionContext extensionContext) throws Throwable {
        asSystem(invocation);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
                                         ExtensionContext extensionContext) throws Throwable {
        asSystem(invocation);
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
                                        ExtensionContext extensionContext) throws Throwable {
        asSystem(invocation);
    }
}
