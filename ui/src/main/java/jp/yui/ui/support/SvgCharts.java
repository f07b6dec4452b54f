package jp.yui.ui.support;

import java.util.List;
import java.util.Locale;

/**
 * Server-side charts: plain SVG text drawn here (no chart library, no browser code). Gauges for a share against its
 * cap, horizontal bars, and month-by-month line charts with cap lines. All numbers are formatted with
 * {@link Locale#ROOT}; texts are XML-escaped.
 */
public final class SvgCharts {

    public static final String MEMBER_COLOR = "#2e7d32";
    public static final String RELATED_COLOR = "#1565c0";
    public static final String OTHER_COLOR = "#ef6c00";
    public static final String WARN_COLOR = "#f9a825";
    public static final String BREACH_COLOR = "#c62828";
    public static final String GRID_COLOR = "#bdbdbd";

    private SvgCharts() {
    }

    /** One bar: a label, a value and its colour. */
    public record Bar(String label, double value, String color) {
    }

    /** A named series of values with a colour (one value per x label). */
    public record Series(String name, List<Double> values, String color) {
    }

    /** A horizontal line at {@code value} (e.g. a cap). */
    public record Line(String label, double value, String color) {
    }

    /** The colour of a share against its cap: green, amber within 10 % of the cap, red above it. */
    public static String shareColor(double share, double cap) {
        if (share > cap) {
            return BREACH_COLOR;
        }
        if (share >= cap * 0.9) {
            return WARN_COLOR;
        }
        return MEMBER_COLOR;
    }

    /**
     * A horizontal gauge of {@code share} % against the cap {@code cap} %: the scale runs to 1.25 × cap (or the share
     * when above), the cap is a dark line, the head-room is the light part between share and cap.
     */
    public static String gauge(String title, double share, double cap) {
        int w = 420;
        int h = 70;
        double max = Math.max(cap * 1.25, share * 1.05);
        double barW = w - 20;
        double sx = 10 + barW * Math.min(share, max) / max;
        double cx = 10 + barW * cap / max;
        StringBuilder s = open(w, h, title);
        s.append(text(10, 16, title, 13, "start", "#212121"));
        s.append(rect(10, 26, barW, 22, "#eeeeee", null));
        if (cx > sx) {
            s.append(rect(sx, 26, cx - sx, 22, "#c8e6c9", "head-room"));
        }
        s.append(rect(10, 26, Math.max(0, sx - 10), 22, shareColor(share, cap), fmt(share) + " %"));
        s.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"22\" x2=\"%.1f\" y2=\"52\" stroke=\"#212121\" stroke-width=\"2\"/>", cx, cx));
        s.append(text(Math.min(sx + 4, w - 60), 42, fmt(share) + " %", 12, "start", "#212121"));
        s.append(text(cx, 66, "上限 " + fmt(cap) + " %", 11, "middle", "#424242"));
        return s.append("</svg>").toString();
    }

    /** Horizontal bars, scaled to the largest value; each labelled with its value and {@code unit}. */
    public static String bars(String title, List<Bar> bars, String unit) {
        int w = 420;
        int rowH = 24;
        int h = 24 + rowH * bars.size();
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        StringBuilder s = open(w, h, title);
        s.append(text(10, 16, title, 13, "start", "#212121"));
        int y = 24;
        for (Bar b : bars) {
            double bw = max <= 0 ? 0 : 200 * b.value() / max;
            s.append(text(10, y + 15, b.label(), 12, "start", "#212121"));
            s.append(rect(130, y + 3, bw, rowH - 8, b.color(), b.label() + " " + fmt(b.value()) + " " + unit));
            s.append(text(134 + bw, y + 15, fmt(b.value()) + " " + unit, 11, "start", "#424242"));
            y += rowH;
        }
        return s.append("</svg>").toString();
    }

    /** A line chart: one polyline per series over the x labels, plus horizontal reference lines (caps). */
    public static String lineChart(String title, List<String> xLabels, List<Series> series, List<Line> lines,
                                   String unit) {
        int w = 640;
        int h = 260;
        int left = 44;
        int right = 110;
        int top = 28;
        int bottom = 30;
        double max = 0;
        for (Series se : series) {
            for (Double v : se.values()) {
                if (v != null) {
                    max = Math.max(max, v);
                }
            }
        }
        for (Line l : lines) {
            max = Math.max(max, l.value());
        }
        max = max <= 0 ? 1 : max * 1.1;
        double plotW = w - left - right;
        double plotH = h - top - bottom;
        int n = Math.max(1, xLabels.size());
        double step = n == 1 ? 0 : plotW / (n - 1);
        StringBuilder s = open(w, h, title);
        s.append(text(left, 18, title, 13, "start", "#212121"));
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            double y = top + plotH - plotH * i / 4;
            s.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"0.5\"/>",
                    left, y, left + plotW, y, GRID_COLOR));
            s.append(text(left - 4, y + 4, fmt(v), 10, "end", "#616161"));
        }
        for (int i = 0; i < xLabels.size(); i++) {
            s.append(text(left + step * i, h - 10, xLabels.get(i), 10, "middle", "#616161"));
        }
        for (Line l : lines) {
            double y = top + plotH - plotH * l.value() / max;
            s.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-dasharray=\"6 3\"/>",
                    left, y, left + plotW, y, l.color()));
            s.append(text(left + plotW + 4, y + 4, l.label(), 10, "start", l.color()));
        }
        int legendY = top + 10;
        for (Series se : series) {
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < se.values().size(); i++) {
                Double v = se.values().get(i);
                if (v == null) {
                    continue;
                }
                double x = left + step * i;
                double y = top + plotH - plotH * v / max;
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\">"
                        + "<title>%s</title></circle>", x, y, se.color(),
                        escape(se.name() + " " + xLabels.get(Math.min(i, xLabels.size() - 1)) + ": " + fmt(v) + " "
                                + unit)));
            }
            s.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(se.color())
                    .append("\" points=\"").append(pts.toString().trim()).append("\"/>");
            s.append(text(left + plotW + 4, legendY + 40, se.name(), 10, "start", se.color()));
            legendY += 14;
        }
        return s.append("</svg>").toString();
    }

    static StringBuilder open(int w, int h, String title) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "role=\"img\" aria-label=\"%s\" style=\"font-family:sans-serif;max-width:100%%\">",
                w, h, w, h, escape(title)));
    }

    static String rect(double x, double y, double w, double h, String fill, String tooltip) {
        String r = String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"", x, y, Math.max(0, w), h, fill);
        return tooltip == null ? r + "/>" : r + "><title>" + escape(tooltip) + "</title></rect>";
    }

    static String text(double x, double y, String text, int size, String anchor, String color) {
        return String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\" fill=\"%s\">%s</text>",
                x, y, size, anchor, color, escape(text));
    }

    public static String fmt(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9 && Math.abs(v) < 1e12) {
            return String.format(Locale.ROOT, "%,d", (long) Math.rint(v));
        }
        return String.format(Locale.ROOT, "%,.1f", v);
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
