package jp.yui.command.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JapaneseHolidaysTest {

    private final JapaneseHolidays holidays = new JapaneseHolidays();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void knownHolidaysOf2026WithTheirJapaneseNames() {
        assertThat(holidays.isHoliday(d("2026-01-01"))).isTrue();
        assertThat(holidays.name(d("2026-01-01"))).isEqualTo("元日");
        assertThat(holidays.name(d("2026-05-05"))).isEqualTo("こどもの日");
        assertThat(holidays.name(d("2026-09-21"))).isEqualTo("敬老の日");
        assertThat(holidays.name(d("2026-11-23"))).isEqualTo("勤労感謝の日");
        assertThat(holidays.isHoliday(d("2026-11-24"))).isFalse();
        assertThat(holidays.name(d("2026-11-24"))).isNull();
        assertThat(holidays.holiday(d("2026-09-21")).orElseThrow().nameEn()).isEqualTo("Respect for the Aged Day");
    }

    /** The Cabinet Office's list for 2026 (内閣府「国民の祝日について」): 18 days. */
    @Test
    void theWholeOf2026AsPublished() {
        assertThat(holidays.holidaysOf(2026)).extracting(h -> h.date() + " " + h.nameJa()).containsExactly(
                "2026-01-01 元日", "2026-01-12 成人の日", "2026-02-11 建国記念の日", "2026-02-23 天皇誕生日",
                "2026-03-20 春分の日", "2026-04-29 昭和の日", "2026-05-03 憲法記念日", "2026-05-04 みどりの日",
                "2026-05-05 こどもの日", "2026-05-06 振替休日", "2026-07-20 海の日", "2026-08-11 山の日",
                "2026-09-21 敬老の日", "2026-09-22 国民の休日", "2026-09-23 秋分の日", "2026-10-12 スポーツの日",
                "2026-11-03 文化の日", "2026-11-23 勤労感謝の日");
        // the former Emperor's birthday is no holiday since 2019
        assertThat(holidays.isHoliday(d("2026-12-23"))).isFalse();
    }

    @Test
    void substituteHolidaysOf2025And2027() {
        assertThat(holidays.holidaysOf(2025)).extracting(h -> h.date().toString()).containsExactly(
                "2025-01-01", "2025-01-13", "2025-02-11", "2025-02-23", "2025-02-24", "2025-03-20", "2025-04-29",
                "2025-05-03", "2025-05-04", "2025-05-05", "2025-05-06", "2025-07-21", "2025-08-11", "2025-09-15",
                "2025-09-23", "2025-10-13", "2025-11-03", "2025-11-23", "2025-11-24");
        assertThat(holidays.name(d("2027-03-21"))).isEqualTo("春分の日");
        assertThat(holidays.name(d("2027-03-22"))).isEqualTo("振替休日");
        assertThat(holidays.name(d("2024-09-22"))).isEqualTo("秋分の日");
        assertThat(holidays.name(d("2024-09-23"))).isEqualTo("振替休日");
    }

    @Test
    void theSpecialYears2019To2021() {
        assertThat(holidays.name(d("2019-04-30"))).isEqualTo("国民の休日");
        assertThat(holidays.name(d("2019-05-01"))).isEqualTo("即位の日");
        assertThat(holidays.name(d("2019-05-02"))).isEqualTo("国民の休日");
        assertThat(holidays.name(d("2019-10-22"))).isEqualTo("即位礼正殿の儀");
        assertThat(holidays.isHoliday(d("2019-12-23"))).isFalse();
        assertThat(holidays.between(d("2020-07-01"), d("2020-08-31"))).extracting(h -> h.date() + " " + h.nameJa())
                .containsExactly("2020-07-23 海の日", "2020-07-24 スポーツの日", "2020-08-10 山の日");
        assertThat(holidays.between(d("2021-07-01"), d("2021-08-31"))).extracting(h -> h.date() + " " + h.nameJa())
                .containsExactly("2021-07-22 海の日", "2021-07-23 スポーツの日", "2021-08-08 山の日", "2021-08-09 振替休日");
        assertThat(holidays.isHoliday(d("2021-10-11"))).isFalse();
    }

    @Test
    void aSharedInstanceAndRanges() {
        List<JapaneseHolidays.Holiday> autumn = JapaneseHolidays.shared().between(d("2026-09-01"), d("2026-09-30"));
        assertThat(autumn).extracting(JapaneseHolidays.Holiday::nameJa).containsExactly("敬老の日", "国民の休日", "秋分の日");
    }
}
