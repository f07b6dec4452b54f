package jp.yui.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.OvertimeAgreement;
import jp.yui.command.api.Period;
import jp.yui.command.api.UsageFigures;
import jp.yui.command.api.WorkPattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every event of {@code jp.yui.command.api} has a description of its own: the events are found by scanning the package
 * (records whose first component is {@code cooperativeId} and that carry no {@code @TargetAggregateIdentifier}, i.e.
 * not commands), so an event added later without a description fails here.
 */
class AuditDescriptionsCoverageTest {

    static final AuditNames NAMES = new AuditNames() {
        @Override
        public String worker(String cooperativeId, String workerId) {
            return "職員 " + workerId;
        }

        @Override
        public String client(String cooperativeId, String clientId) {
            return "派遣先 " + clientId;
        }

        @Override
        public Assignment assignment(String cooperativeId, String assignmentId) {
            return new Assignment(AssignmentKind.DISPATCH, "職員 w", "派遣先 c", "作業");
        }
    };

    static List<Class<?>> eventClasses() throws ClassNotFoundException {
        List<Class<?>> events = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().importPackages("jp.yui.command.api")) {
            if (!c.getPackageName().equals("jp.yui.command.api")) {
                continue;
            }
            Class<?> type = Class.forName(c.getName());
            if (!type.isRecord()) {
                continue;
            }
            RecordComponent[] components = type.getRecordComponents();
            boolean command = Arrays.stream(components).anyMatch(rc -> rc.isAnnotationPresent(TargetAggregateIdentifier.class)
                    || rc.getAccessor().isAnnotationPresent(TargetAggregateIdentifier.class)
                    || fieldAnnotated(type, rc.getName()));
            // ImportSummary is what an import command answers, not an event
            boolean result = type == jp.yui.command.api.ImportSummary.class;
            if (components.length > 0 && components[0].getName().equals("cooperativeId") && !command && !result) {
                events.add(type);
            }
        }
        events.sort((a, b) -> a.getSimpleName().compareTo(b.getSimpleName()));
        return events;
    }

    private static boolean fieldAnnotated(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name).isAnnotationPresent(TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    @Test
    @DisplayName("every event class of jp.yui.command.api has a description of its own")
    void everyEventHasADescription() throws Exception {
        List<Class<?>> events = eventClasses();
        assertThat(events).as("the scan finds the events").hasSizeGreaterThanOrEqualTo(27)
                .contains(jp.yui.command.api.AssignmentPlanned.class, jp.yui.command.api.ActualHoursRecorded.class,
                        jp.yui.command.api.BusinessYearClosed.class)
                .doesNotContain(jp.yui.command.api.PlanAssignment.class, Period.class);
        List<String> missing = events.stream().filter(e -> !AuditDescriptions.describedTypes().contains(e))
                .map(Class::getSimpleName).toList();
        assertThat(missing).as("events without a description").isEmpty();

        AuditDescriptions descriptions = new AuditDescriptions(NAMES);
        for (Class<?> type : events) {
            Object sample = sample(type);
            AuditText text = descriptions.describe(sample).orElseThrow();
            assertThat(text.ja()).as(type.getSimpleName() + " ja").isNotBlank().doesNotContain("null");
            assertThat(text.en()).as(type.getSimpleName() + " en").isNotBlank().doesNotContain("null");
            assertThat(text.ja()).as(type.getSimpleName() + " is in Japanese")
                    .containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
        }
    }

    @Test
    @DisplayName("an event type without a description still gets a generic row")
    void unknownEventsGetAGenericDescription() {
        record SomethingNew(String cooperativeId) {
        }
        AuditDescriptions descriptions = new AuditDescriptions(NAMES);
        assertThat(descriptions.describe(new SomethingNew("c"))).isEmpty();
        assertThat(descriptions.describeOrGeneric(new SomethingNew("c")))
                .isEqualTo(new AuditText("イベント SomethingNew", "Event SomethingNew"));
    }

    // ------------------------------------------------------------------ sample instances of any event record

    static Object sample(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = value(components[i].getGenericType(), components[i].getName());
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        return canonical.newInstance(args);
    }

    static Object value(Type type, String name) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (Set.class.isAssignableFrom(raw)) {
                return new TreeSet<>(Set.of(value(args[0], name)));
            }
            if (List.class.isAssignableFrom(raw)) {
                return List.of(value(args[0], name));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of(value(args[0], name), value(args[1], name));
            }
            throw new IllegalArgumentException("no sample for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return name.endsWith("Code") || name.equals("districtMunicipalities") ? "325252" : "x-" + name;
        }
        if (c == int.class || c == Integer.class) {
            return name.equals("businessYear") ? 2026 : name.equals("businessYearStartMonth") ? 4 : 480;
        }
        if (c == long.class || c == Long.class) {
            return 1_234_567L;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2026, 4, 6);
        }
        if (c == YearMonth.class) {
            return YearMonth.of(2026, 4);
        }
        if (c == LocalTime.class) {
            return LocalTime.of(9, 0);
        }
        if (c == BigDecimal.class) {
            return new BigDecimal("12.5");
        }
        if (c == Period.class) {
            return new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
        }
        if (c == WorkPattern.class) {
            return WorkPattern.weekly(480, DayOfWeek.MONDAY);
        }
        if (c == jp.yui.command.api.SeasonalJobTerms.class) {
            return new jp.yui.command.api.SeasonalJobTerms("x-client", "定置網漁の補助", jp.yui.command.api.WorkCategory.GENERAL,
                    null, "325252", new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
                    Set.of(DayOfWeek.MONDAY), Set.of(), true, 360, 2, Set.of(), 1200L);
        }
        if (c == UsageFigures.class) {
            return UsageFigures.ZERO;
        }
        if (c == OvertimeAgreement.class) {
            return OvertimeAgreement.standard();
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        throw new IllegalArgumentException("no sample for " + type + " (" + name + ")");
    }
}
