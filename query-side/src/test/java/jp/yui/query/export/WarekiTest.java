package jp.yui.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.yui.command.api.BusinessYear;
import org.junit.jupiter.api.Test;

class WarekiTest {

    @Test
    void reiwaDates() {
        assertThat(Wareki.format(LocalDate.of(2026, 4, 1))).isEqualTo("令和8年4月1日");
        assertThat(Wareki.withWestern(LocalDate.of(2026, 4, 1))).isEqualTo("令和8年4月1日（2026-04-01）");
        assertThat(Wareki.format(LocalDate.of(2020, 1, 1))).isEqualTo("令和2年1月1日");
        assertThat(Wareki.eraYear(LocalDate.of(2026, 12, 31))).isEqualTo("令和8年");
    }

    @Test
    void eraBoundaryHeiseiToReiwa() {
        assertThat(Wareki.format(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
        assertThat(Wareki.format(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
        assertThat(Wareki.withWestern(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日（2019-05-01）");
        assertThat(Wareki.eraYear(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年");
    }

    @Test
    void eraBoundaryShowaToHeiseiAndBirthDates() {
        assertThat(Wareki.format(LocalDate.of(1989, 1, 7))).isEqualTo("昭和64年1月7日");
        assertThat(Wareki.format(LocalDate.of(1989, 1, 8))).isEqualTo("平成元年1月8日");
        assertThat(Wareki.format(LocalDate.of(1965, 10, 3))).isEqualTo("昭和40年10月3日");
    }

    @Test
    void businessYearsTakeTheEraInForceAtTheEndOfTheirFirstCalendarYear() {
        assertThat(Wareki.businessYear(2026)).isEqualTo("令和8年度（2026年度）");
        assertThat(Wareki.businessYear(2019)).isEqualTo("令和元年度（2019年度）");
        assertThat(Wareki.businessYear(2018)).isEqualTo("平成30年度（2018年度）");
        assertThat(Wareki.businessYear(new BusinessYear(2025, 4))).isEqualTo("令和7年度（2025年度）");
        assertThat(Wareki.businessYearJapanese(1989)).isEqualTo("平成元年度");
    }

    @Test
    void nullAndVeryOldDates() {
        assertThat(Wareki.format(null)).isEmpty();
        assertThat(Wareki.withWestern(null)).isEmpty();
        assertThat(Wareki.format(LocalDate.of(1872, 12, 31))).isEqualTo("1872-12-31");
        assertThat(Wareki.withWestern(LocalDate.of(1872, 12, 31))).isEqualTo("1872-12-31");
        assertThat(Wareki.format(LocalDate.of(1873, 1, 1))).isEqualTo("明治6年1月1日");
    }
}
