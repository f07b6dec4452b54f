package jp.yui.ui.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImportEncodingTest {

    private static final String TEXT = "組合員ID,名称\r\nfishery,髙橋水産 ①号店\r\n";

    private static byte[] bom(byte[] b) {
        byte[] out = new byte[b.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(b, 0, out, 3, b.length);
        return out;
    }

    @Test
    void utf8WithBomIsDetectedAndTheBomDropped() {
        ImportEncoding.Decoded d = ImportEncoding.AUTO.decode(bom(TEXT.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).isEqualTo(TEXT);
    }

    @Test
    void utf8WithoutBomIsDetected() {
        ImportEncoding.Decoded d = ImportEncoding.AUTO.decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).isEqualTo(TEXT);
    }

    @Test
    void shiftJisAsExcelSavesItIsDetectedIncludingNecAndIbmExtensions() {
        byte[] sjis = TEXT.getBytes(ImportEncoding.WINDOWS_31J);
        ImportEncoding.Decoded d = ImportEncoding.AUTO.decode(sjis);
        assertThat(d.charset()).isEqualTo(ImportEncoding.WINDOWS_31J);
        assertThat(d.text()).isEqualTo(TEXT);
    }

    @Test
    void chosenEncodingIsUsedAsIs() {
        byte[] sjis = TEXT.getBytes(ImportEncoding.WINDOWS_31J);
        assertThat(ImportEncoding.SHIFT_JIS.decode(sjis).text()).isEqualTo(TEXT);
        assertThat(ImportEncoding.UTF_8.decode(sjis).text()).isNotEqualTo(TEXT);
        assertThat(ImportEncoding.UTF_8.decode(bom(TEXT.getBytes(StandardCharsets.UTF_8))).text()).isEqualTo(TEXT);
    }

    @Test
    void asciiOnlyIsUtf8() {
        assertThat(ImportEncoding.detect("a,b\n1,2".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void parameterNames() {
        assertThat(ImportEncoding.parse(null)).isEqualTo(ImportEncoding.AUTO);
        assertThat(ImportEncoding.parse("UTF-8")).isEqualTo(ImportEncoding.UTF_8);
        assertThat(ImportEncoding.parse("Shift_JIS")).isEqualTo(ImportEncoding.SHIFT_JIS);
        assertThat(ImportEncoding.parse("windows-31j")).isEqualTo(ImportEncoding.SHIFT_JIS);
        assertThat(ImportEncoding.parse("sjis")).isEqualTo(ImportEncoding.SHIFT_JIS);
        assertThatThrownBy(() -> ImportEncoding.parse("latin1")).isInstanceOf(IllegalArgumentException.class);
    }
}
