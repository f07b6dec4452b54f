package jp.yui.query.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The district per day and its versions with municipality names, without a database. */
class DistrictHistoryTest {

    static final MunicipalityRef AMA = new MunicipalityRef("325252", "海士町", "島根県");
    static final MunicipalityRef NISHINOSHIMA = new MunicipalityRef("325261", "西ノ島町", "島根県");
    static final MunicipalityRef CHIBU = new MunicipalityRef("325279", "知夫村", "島根県");

    @Test
    void theDistrictOnADayIsTheLatestVersionInEffect() {
        DistrictHistory h = new DistrictHistory();
        h.add(null, Set.of("325252", "325261"), null, null);
        h.add(LocalDate.of(2026, 10, 1), Set.of("325252", "325279"), null, null);
        h.add(LocalDate.of(2027, 4, 1), Set.of("325252", "325261", "325279"), null, null);

        assertThat(h.on(LocalDate.of(2026, 9, 30))).containsExactly(AMA, NISHINOSHIMA);
        assertThat(h.on(LocalDate.of(2026, 10, 1))).containsExactly(AMA, CHIBU);
        assertThat(h.on(LocalDate.of(2027, 4, 1))).containsExactly(AMA, NISHINOSHIMA, CHIBU);

        assertThat(h.versions()).containsExactly(
                new DistrictVersionView(null, LocalDate.of(2026, 9, 30), List.of(AMA, NISHINOSHIMA), List.of(), List.of(),
                        null, null),
                new DistrictVersionView(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31), List.of(AMA, CHIBU),
                        List.of(CHIBU), List.of(NISHINOSHIMA), null, null),
                new DistrictVersionView(LocalDate.of(2027, 4, 1), null, List.of(AMA, NISHINOSHIMA, CHIBU),
                        List.of(NISHINOSHIMA), List.of(), null, null));

        assertThat(h.spansOf("325252")).containsExactly(new DistrictSpan(null, null));
        assertThat(h.spansOf("325261")).containsExactly(new DistrictSpan(null, LocalDate.of(2026, 9, 30)),
                new DistrictSpan(LocalDate.of(2027, 4, 1), null));
        assertThat(h.spansOf("325279")).containsExactly(new DistrictSpan(LocalDate.of(2026, 10, 1), null));
        assertThat(h.spansOf("322016")).isEmpty();
    }
}
