package jp.yui.query.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static final List<String> HEADER = List.of("氏名", "派遣先", "備考");

    @Test
    void utf8WithBomCrlfAndPlainFields() {
        byte[] bytes = Csv.write(HEADER, List.of(List.of("山田 花子", "海士町", "令和8年4月1日")), CsvEncoding.UTF8_BOM);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("氏名,派遣先,備考\r\n山田 花子,海士町,令和8年4月1日\r\n");
    }

    @Test
    void quotesCommasQuotesAndNewlinesPerRfc4180() {
        byte[] bytes = Csv.write(List.of("a", "b", "c", "d", "e"),
                List.of(Arrays.asList("x,y", "say \"hi\"", "line1\nline2", "cr\r\nlf", null)), CsvEncoding.UTF8_BOM);

        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("a,b,c,d,e\r\n\"x,y\",\"say \"\"hi\"\"\",\"line1\nline2\",\"cr\r\nlf\",\r\n");
        // read it back with a strict RFC 4180 reader: the values come back unchanged
        assertThat(Rfc4180Reader.parse(text)).containsExactly(List.of("a", "b", "c", "d", "e"),
                List.of("x,y", "say \"hi\"", "line1\nline2", "cr\r\nlf", ""));
    }

    @Test
    void shiftJisDecodesBackWithoutBomAndMapsWaveDashToTheWindowsForm() {
        byte[] bytes = Csv.write(HEADER, List.of(List.of("髙橋 ①郎", "㈱隠岐〜海士", "−5")), CsvEncoding.SHIFT_JIS);

        assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
        String text = new String(bytes, Csv.SHIFT_JIS);
        // 〜 (U+301C) and − (U+2212) are written as the same characters in their Windows form (～ U+FF5E, － U+FF0D)
        assertThat(text).isEqualTo("氏名,派遣先,備考\r\n髙橋 ①郎,㈱隠岐～海士,－5\r\n");
        // and it really is two-byte Shift_JIS: 氏 = 0x8E81
        assertThat(bytes[0] & 0xFF).isEqualTo(0x8E);
        assertThat(bytes[1] & 0xFF).isEqualTo(0x81);
    }

    @Test
    void shiftJisRefusesACharacterItCannotHoldNamingWhere() {
        assertThatThrownBy(() -> Csv.write(HEADER, List.of(List.of("山田", "海士町", "ok"), List.of("𠮷田", "x", "y")),
                CsvEncoding.SHIFT_JIS))
                .isInstanceOf(Csv.UnencodableCharacterException.class)
                .hasMessageContaining("U+20BB7")
                .hasMessageContaining("record 3, field 1")
                .satisfies(e -> assertThat(((Csv.UnencodableCharacterException) e).at())
                        .isEqualTo(new Csv.Replacement(3, 1, 0x20BB7)));
    }

    @Test
    void shiftJisReplacingWritesQuestionMarksAndReportsEachOne() {
        Csv.Written w = Csv.writeReplacing(HEADER, List.of(List.of("𠮷田", "海士町", "晴れ😀")), CsvEncoding.SHIFT_JIS);

        assertThat(new String(w.bytes(), Csv.SHIFT_JIS)).isEqualTo("氏名,派遣先,備考\r\n?田,海士町,晴れ?\r\n");
        assertThat(w.complete()).isFalse();
        assertThat(w.replacements()).containsExactly(new Csv.Replacement(2, 1, 0x20BB7), new Csv.Replacement(2, 3, 0x1F600));
        assertThat(w.replacements().get(1).describe()).isEqualTo("U+1F600 (😀) in record 2, field 3");
    }

    @Test
    void utf8KeepsEveryCharacterAndReportsNothing() {
        Csv.Written w = Csv.writeReplacing(HEADER, List.of(List.of("𠮷田", "〜", "😀")), CsvEncoding.UTF8_BOM);

        assertThat(w.complete()).isTrue();
        assertThat(new String(w.bytes(), 3, w.bytes().length - 3, StandardCharsets.UTF_8))
                .isEqualTo("氏名,派遣先,備考\r\n𠮷田,〜,😀\r\n");
    }

    @Test
    void noHeaderAndNoRows() {
        assertThat(Csv.write(List.of(), List.of(), CsvEncoding.UTF8_BOM)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(Csv.write(null, List.of(List.of("a")), CsvEncoding.SHIFT_JIS)).isEqualTo("a\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
