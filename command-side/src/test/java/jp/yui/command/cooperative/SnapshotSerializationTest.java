package jp.yui.command.cooperative;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.BusinessYearClosed;
import jp.yui.command.api.CapRuleVersion;
import jp.yui.command.api.CapUnit;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.UsageFigures;
import org.junit.jupiter.api.Test;

/**
 * The aggregate's fields are its snapshot: it must survive a Jackson round trip (strict: unknown properties fail)
 * with every kind of state in it.
 */
class SnapshotSerializationTest {

    @Test
    void aggregateStateSurvivesJacksonRoundTrip() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Cooperative c = new Cooperative();
        List<Object> events = Demo.history();
        PlanAssignment p = Demo.plan("a1", "w1", "setnet", "2026-04-01", "2026-06-30", Demo.weekdays(6));
        events.add(Demo.planned(p));
        events.add(new ActualHoursRecorded(Demo.COOP, "a1", YearMonth.of(2026, 4), Map.of(LocalDate.of(2026, 4, 1), 360)));
        events.add(new BusinessYearClosed(Demo.COOP, 2025, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31),
                CapRuleVersion.SINGLE_20_PERCENT, CapUnit.HOURS, UsageFigures.ZERO, null, null, true, 1));
        for (Object e : events) {
            Method m = Cooperative.class.getDeclaredMethod("on", e.getClass());
            m.setAccessible(true);
            m.invoke(c, e);
        }
        String json = mapper.writeValueAsString(c);
        Cooperative back = mapper.readValue(json, Cooperative.class);
        assertThat(back).usingRecursiveComparison().isEqualTo(c);
        assertThat(json).contains("\"a1\"", "2026-04-01", "島前マルチワーク事業協同組合", "\"setnet\"");
    }
}
