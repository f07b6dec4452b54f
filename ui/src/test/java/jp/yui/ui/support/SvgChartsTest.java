package jp.yui.ui.support;

import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class SvgChartsTest {

    static void wellFormed(String svg) {
        assertThatCode(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))).doesNotThrowAnyException();
    }

    @Test
    void gaugeShowsShareCapAndColour() {
        String svg = SvgCharts.gauge("R-CAP-2 その他の員外 <O>", 18.5, 20);
        wellFormed(svg);
        assertThat(svg).contains("18.5 %").contains("上限 20 %").contains("&lt;O&gt;")
                .contains(SvgCharts.WARN_COLOR).contains("head-room");
        assertThat(SvgCharts.gauge("x", 25, 20)).contains(SvgCharts.BREACH_COLOR);
        assertThat(SvgCharts.gauge("x", 5, 20)).contains(SvgCharts.MEMBER_COLOR);
    }

    @Test
    void barsAndLineChartAreWellFormed() {
        String bars = SvgCharts.bars("内訳", List.of(new SvgCharts.Bar("組合員", 1000, SvgCharts.MEMBER_COLOR),
                new SvgCharts.Bar("員外", 150.25, SvgCharts.OTHER_COLOR)), "h");
        wellFormed(bars);
        assertThat(bars).contains("1,000 h").contains("150.3 h");
        String line = SvgCharts.lineChart("割合", List.of("4月", "5月", "6月"),
                List.of(new SvgCharts.Series("O %", Arrays.asList(10.0, null, 12.0), SvgCharts.OTHER_COLOR)),
                List.of(new SvgCharts.Line("20%", 20, SvgCharts.BREACH_COLOR)), "%");
        wellFormed(line);
        assertThat(line).contains("<polyline").contains("stroke-dasharray").contains("4月");
        assertThat(line.split("<circle", -1)).hasSize(3);
    }

    @Test
    void formatting() {
        assertThat(SvgCharts.fmt(1234567)).isEqualTo("1,234,567");
        assertThat(SvgCharts.fmt(12.34)).isEqualTo("12.3");
        assertThat(SvgCharts.escape("a&b\"c'")).isEqualTo("a&amp;b&quot;c&#39;");
    }
}
