package jp.yui.ui.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.yui.command.api.ClientKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-04-01", "2026/4/1", "2026/04/01", "2026.4.1", "2026年4月1日", "20260401",
            "２０２６／４／１", " 2026-04-01 ", "2026/4/1 0:00", "R8.4.1", "r8/4/1", "令和8年4月1日", "令和８年４月１日",
            "R08.04.01", "Ｒ8.4.1"})
    void datesWesternAndWareki(String v) {
        assertThat(Cells.date(v)).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void warekiEras() {
        assertThat(Cells.date("H31.4.30")).isEqualTo(LocalDate.of(2019, 4, 30));
        assertThat(Cells.date("令和元年5月1日")).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(Cells.date("R1.5.1")).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(Cells.date("S63.1.1")).isEqualTo(LocalDate.of(1988, 1, 1));
        assertThat(Cells.date("昭和38年4月10日")).isEqualTo(LocalDate.of(1963, 4, 10));
        assertThat(Cells.date("平成7年6月15日")).isEqualTo(LocalDate.of(1995, 6, 15));
        assertThat(Cells.date("T15.12.24")).isEqualTo(LocalDate.of(1926, 12, 24));
    }

    @Test
    void warekiOutsideItsEraIsRefused() {
        assertThatThrownBy(() -> Cells.date("R1.4.30")).isInstanceOf(Cells.CellException.class)
                .satisfies(e -> assertThat(((Cells.CellException) e).messageJa()).contains("令和"));
        assertThatThrownBy(() -> Cells.date("H32.1.1")).isInstanceOf(Cells.CellException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026/13/1", "4/1/2026", "明日", "2026-4", "R8.4", "abc", "45383"})
    void badDates(String v) {
        assertThatThrownBy(() -> Cells.date(v)).isInstanceOf(Cells.CellException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-04", "2026/4", "2026年4月", "202604", "R8.4", "令和8年4月", "2026/4/1", "2026-04-30"})
    void months(String v) {
        assertThat(Cells.month(v)).isEqualTo(YearMonth.of(2026, 4));
    }

    @Test
    void badMonth() {
        assertThatThrownBy(() -> Cells.month("2026-13")).isInstanceOf(Cells.CellException.class);
        assertThatThrownBy(() -> Cells.month("四月")).isInstanceOf(Cells.CellException.class);
    }

    @Test
    void integers() {
        assertThat(Cells.integer("1100")).isEqualTo(1100);
        assertThat(Cells.integer("1,100")).isEqualTo(1100);
        assertThat(Cells.integer("１，１００")).isEqualTo(1100);
        assertThat(Cells.integer("¥1,100")).isEqualTo(1100);
        assertThat(Cells.integer("1100円")).isEqualTo(1100);
        assertThat(Cells.integer("-5")).isEqualTo(-5);
        assertThatThrownBy(() -> Cells.integer("11.5")).isInstanceOf(Cells.CellException.class);
        assertThatThrownBy(() -> Cells.integer("千円")).isInstanceOf(Cells.CellException.class);
        assertThatThrownBy(() -> Cells.integer("1,10")).isInstanceOf(Cells.CellException.class);
        assertThatThrownBy(() -> Cells.integer("99999999999999999999")).isInstanceOf(Cells.CellException.class);
    }

    @Test
    void hours() {
        assertThat(Cells.minutesFromHours("8")).isEqualTo(480);
        assertThat(Cells.minutesFromHours("7.5")).isEqualTo(450);
        assertThat(Cells.minutesFromHours("7:30")).isEqualTo(450);
        assertThat(Cells.minutesFromHours("７：３０")).isEqualTo(450);
        assertThat(Cells.minutesFromHours("7時間30分")).isEqualTo(450);
        assertThat(Cells.minutesFromHours("450分")).isEqualTo(450);
        assertThat(Cells.minutesFromHours("8h")).isEqualTo(480);
        assertThat(Cells.minutesFromHours("")).isZero();
        assertThat(Cells.minutesFromHours("0")).isZero();
        assertThatThrownBy(() -> Cells.minutesFromHours("25")).isInstanceOf(Cells.CellException.class);
        assertThatThrownBy(() -> Cells.minutesFromHours("7.123")).isInstanceOf(Cells.CellException.class);
        assertThatThrownBy(() -> Cells.minutesFromHours("7:75")).isInstanceOf(Cells.CellException.class);
        assertThatThrownBy(() -> Cells.minutesFromHours("eight")).isInstanceOf(Cells.CellException.class);
    }

    @Test
    void yesNo() {
        assertThat(Cells.yesNo("はい", false)).isTrue();
        assertThat(Cells.yesNo("○", false)).isTrue();
        assertThat(Cells.yesNo("Yes", false)).isTrue();
        assertThat(Cells.yesNo("いいえ", true)).isFalse();
        assertThat(Cells.yesNo("×", true)).isFalse();
        assertThat(Cells.yesNo("", true)).isTrue();
        assertThatThrownBy(() -> Cells.yesNo("たぶん", false)).isInstanceOf(Cells.CellException.class);
    }

    @Test
    void choicesInJapaneseEnglishAndConstantNames() {
        assertThat(Cells.choice("事業者", ClientKind.class, ImportKind.CLIENT_KINDS)).isEqualTo(ClientKind.BUSINESS);
        assertThat(Cells.choice("Municipality", ClientKind.class, ImportKind.CLIENT_KINDS))
                .isEqualTo(ClientKind.MUNICIPALITY);
        assertThat(Cells.choice("local_independent_agency", ClientKind.class, ImportKind.CLIENT_KINDS))
                .isEqualTo(ClientKind.LOCAL_INDEPENDENT_AGENCY);
        assertThat(Cells.choice("Other public body", ClientKind.class, ImportKind.CLIENT_KINDS))
                .isEqualTo(ClientKind.OTHER_PUBLIC_BODY);
        assertThatThrownBy(() -> Cells.choice("個人", ClientKind.class, ImportKind.CLIENT_KINDS))
                .isInstanceOf(Cells.CellException.class)
                .satisfies(e -> assertThat(((Cells.CellException) e).messageJa()).contains("事業者"));
    }

    @Test
    void municipalityCodesWithAndWithoutCheckDigit() {
        assertThat(Cells.municipalityCode("325252")).isEqualTo("325252");
        assertThat(Cells.municipalityCode("32525")).isEqualTo("325252");
        assertThat(Cells.municipalityCode("32526")).isEqualTo("325261");
        assertThat(Cells.municipalityCode("32527")).isEqualTo("325279");
        assertThat(Cells.municipalityCode("32528")).isEqualTo("325287");
        assertThatThrownBy(() -> Cells.municipalityCode("海士町")).isInstanceOf(Cells.CellException.class);
    }
}
