package jp.yui.query.security;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every query of the read side has its scope in {@link QueryScopes}: a new query without one fails here. */
class QueryScopesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.yui.query");

    /** Records named like queries that are answers. */
    private static final Set<String> ANSWERS = Set.of("ExportedFile");

    @Test
    void everyQueryHandlerPayloadIsMapped() {
        Set<String> payloads = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            for (JavaMethod m : c.getMethods()) {
                if (m.isAnnotatedWith(QueryHandler.class) && !m.getRawParameterTypes().isEmpty()) {
                    payloads.add(m.getRawParameterTypes().get(0).getName());
                }
            }
        }
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(29);
        Set<String> unmapped = new TreeSet<>();
        for (String name : payloads) {
            if (!QueryScopes.mappedTypes().stream().map(Class::getName).toList().contains(name)) {
                unmapped.add(name);
            }
        }
        assertThat(unmapped).as("query types handled on the query bus but missing from QueryScopes").isEmpty();
    }

    @Test
    void everyFindOrExportRecordIsMapped() {
        Set<String> unmapped = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            boolean query = c.getSimpleName().startsWith("Find") || c.getSimpleName().startsWith("Export");
            if (query && c.isRecord() && !c.getName().contains("$") && !ANSWERS.contains(c.getSimpleName())
                    && QueryScopes.mappedTypes().stream().noneMatch(t -> t.getName().equals(c.getName()))) {
                unmapped.add(c.getName());
            }
        }
        assertThat(unmapped).as("query records of jp.yui.query missing from QueryScopes").isEmpty();
    }

    @Test
    void unknownQueriesWithACooperativeIdAreScopedByIt() {
        record FindSomethingNew(String cooperativeId, int year) {
        }
        record Unscoped(String x) {
        }
        assertThat(QueryScopes.of(FindSomethingNew.class)).get().isInstanceOf(QueryScope.OneCooperative.class);
        assertThat(QueryScopes.of(Unscoped.class)).isEmpty();
    }
}
