package jp.yui.ui.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

    private static List<String> fields(CsvParser.Record r) {
        return r.fields();
    }

    @Test
    void simpleRecordsWithCrlfLfAndCr() {
        List<CsvParser.Record> r = CsvParser.parse("a,b\r\nc,d\ne,f\rg,h");
        assertThat(r).extracting(CsvParser.Record::row).containsExactly(1, 2, 3, 4);
        assertThat(fields(r.get(0))).containsExactly("a", "b");
        assertThat(fields(r.get(3))).containsExactly("g", "h");
    }

    @Test
    void quotedFieldsWithCommasQuotesAndNewlines() {
        List<CsvParser.Record> r = CsvParser.parse("id,name\r\n1,\"株式会社 崎の定置網, 本社\"\r\n2,\"改行\r\nあり\"\r\n3,\"引用 \"\"符\"\"\"\r\n");
        assertThat(r).hasSize(4);
        assertThat(fields(r.get(1))).containsExactly("1", "株式会社 崎の定置網, 本社");
        assertThat(fields(r.get(2))).containsExactly("2", "改行\r\nあり");
        assertThat(fields(r.get(3))).containsExactly("3", "引用 \"符\"");
        assertThat(r.get(3).row()).isEqualTo(4);
    }

    @Test
    void emptyLinesAreBlankRecordsAndCountAsRows() {
        List<CsvParser.Record> r = CsvParser.parse("h\n\nx\n,,\n");
        assertThat(r).extracting(CsvParser.Record::row).containsExactly(1, 2, 3, 4);
        assertThat(r.get(1).blank()).isTrue();
        assertThat(r.get(3).blank()).isTrue();
        assertThat(r.get(2).blank()).isFalse();
    }

    @Test
    void emptyFieldsAndTrailingComma() {
        assertThat(fields(CsvParser.parse("a,,c,").get(0))).containsExactly("a", "", "c", "");
        assertThat(fields(CsvParser.parse("\"\",x").get(0))).containsExactly("", "x");
    }

    @Test
    void bomIsDropped() {
        assertThat(fields(CsvParser.parse("\uFEFF組合員ID,名称").get(0))).containsExactly("組合員ID", "名称");
    }

    @Test
    void noFinalNewlineAndEmptyText() {
        assertThat(CsvParser.parse("")).isEmpty();
        assertThat(CsvParser.parse("a")).hasSize(1);
        assertThat(CsvParser.parse("a\n")).hasSize(1);
    }

    @Test
    void unclosedQuoteIsMalformed() {
        assertThatThrownBy(() -> CsvParser.parse("a,b\n1,\"open\n2,3"))
                .isInstanceOf(CsvParser.MalformedCsvException.class)
                .satisfies(e -> assertThat(((CsvParser.MalformedCsvException) e).row()).isEqualTo(2));
    }

    @Test
    void textAfterClosingQuoteIsMalformed() {
        assertThatThrownBy(() -> CsvParser.parse("\"a\"b,c")).isInstanceOf(CsvParser.MalformedCsvException.class);
    }
}
