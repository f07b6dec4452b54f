package jp.yui.query.security;

import jp.yui.query.people.FindWorkers;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScopeInterceptorsTest {

    final ScopeInterceptors interceptors = new ScopeInterceptors(new ScopePolicy(ScopePolicyTest.DIRECTORY));

    @AfterEach
    void signOut() {
        Principals.clear();
    }

    CommandMessage<?> dispatchCommand(Object payload, MetaData metaData) {
        CommandMessage<?> m = new GenericCommandMessage<>(payload, metaData);
        return interceptors.<CommandMessage<?>>dispatch().handle(List.of(m)).apply(0, m);
    }

    @Test
    void principalWritesUserRoleAndScopeReplacingForgedEntries() {
        CommandMessage<?> sent = Principals.callAs(Principals.manager("A"), () -> dispatchCommand(
                ScopePolicyTest.admit("A"), MetaData.with("userId", "forged").and("systemActor", "forged")));
        assertThat(sent.getMetaData()).containsEntry("userId", "manager-A").containsEntry("role", "MANAGER")
                .containsEntry("scopeCooperativeId", "A").doesNotContainKey("systemActor");
    }

    @Test
    void systemActorWritesItsPurpose() {
        CommandMessage<?> sent = SystemActor.call("test", () -> dispatchCommand(ScopePolicyTest.admit("B"), MetaData.emptyInstance()));
        assertThat(sent.getMetaData()).containsEntry("userId", "system:test").containsEntry("role", "SYSTEM")
                .containsEntry("systemActor", "test");
        CommandMessage<?> named = SystemActor.call("test", () -> dispatchCommand(ScopePolicyTest.admit("B"), MetaData.with("userId", "loader")));
        assertThat(named.getMetaData()).containsEntry("userId", "loader");
    }

    @Test
    void outOfScopeAndAnonymousAreRefusedAtDispatch() {
        assertThatThrownBy(() -> Principals.callAs(Principals.manager("A"),
                () -> dispatchCommand(ScopePolicyTest.admit("B"), MetaData.emptyInstance())))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> dispatchCommand(ScopePolicyTest.admit("A"), MetaData.emptyInstance()))
                .isInstanceOf(AccessRefusedException.class);
        QueryMessage<?, ?> q = new GenericQueryMessage<>(new FindWorkers("B", null),
                ResponseTypes.multipleInstancesOf(Object.class));
        assertThatThrownBy(() -> Principals.runAs(Principals.municipality(ScopePolicyTest.AMA),
                () -> interceptors.<QueryMessage<?, ?>>dispatch().handle(List.of(q)).apply(0, q)))
                .isInstanceOf(AccessRefusedException.class);
    }
}
