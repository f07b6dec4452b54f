package jp.yui.query.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A simple report as a PDF that renders Japanese text: a title, subtitle lines, sections with paragraphs and tables
 * (header, rows, relative column widths; rows that do not fit go to the next page with the header repeated; cell
 * text wraps), and a footer with page numbers on every page ("1 / 3"). A4 portrait by default, landscape on request.
 * <pre>{@code
 * byte[] pdf = PdfReport.titled("派遣元管理台帳")
 *         .subtitle("島前マルチワーク事業協同組合")
 *         .subtitle("出力日 " + Wareki.withWestern(today))
 *         .footer("派遣元管理台帳 / Dispatcher's ledger")
 *         .section("山田 花子")
 *         .text("無期雇用: はい（令和6年4月1日から）")
 *         .table(List.of("項目", "内容"), List.of(1f, 3f), rows)
 *         .pageBreak()
 *         .section("佐藤 一郎")
 *         ...
 *         .render();
 * }</pre>
 * <h2>The font</h2>
 * Text is set in IPAex Gothic (IPAexゴシック, IPA Font License v1.0), embedded as a subset (only the glyphs used), so
 * the file shows the same everywhere and text can be searched and copied. The font file is put into this jar at build
 * time from the Debian package {@code fonts-ipaexfont-gothic} (see query-side/pom.xml); nothing is fetched at run
 * time. A character the font lacks (e.g. emoji) is drawn as 〓 (geta, the customary mark for a missing character)
 * instead of failing; tabs and other control characters become spaces; {@code \n} in a text or a cell starts a new
 * line.
 * <p>
 * A builder is used by one thread and rendered once or more; {@link #render()} is safe to call from many threads on
 * different builders. This API is shared by every read model that exports: keep it small and stable.
 */
public final class PdfReport {

    /** Where the build puts the font in this jar. */
    public static final String FONT_RESOURCE = "/jp/yui/query/export/font/ipaexg.ttf";

    private static final float MARGIN_X = 36f;
    private static final float MARGIN_TOP = 40f;
    private static final float MARGIN_BOTTOM = 44f;
    private static final float FOOTER_Y = 22f;
    private static final float TITLE_SIZE = 16f;
    private static final float SUBTITLE_SIZE = 9.5f;
    private static final float HEADING_SIZE = 12f;
    private static final float TEXT_SIZE = 9f;
    private static final float TABLE_SIZE = 8f;
    private static final float FOOTER_SIZE = 8f;
    private static final float LEADING = 1.4f;
    private static final float CELL_PAD = 3f;
    private static final String MISSING = "〓";

    private static volatile byte[] fontBytes;

    private final String title;
    private final List<String> subtitles = new ArrayList<>();
    private final List<Object> blocks = new ArrayList<>();
    private String footer = "";
    private boolean landscape;

    private PdfReport(String title) {
        this.title = title == null ? "" : title;
    }

    private record Heading(String text) {
    }

    private record Text(String text) {
    }

    private record Table(List<String> header, List<Float> widths, List<List<String>> rows) {
    }

    private enum PageBreak { INSTANCE }

    /** A new report with its title (drawn at the top of the first page, and set as the PDF's title). */
    public static PdfReport titled(String title) {
        return new PdfReport(title);
    }

    /** A line under the title (e.g. the cooperative, the date of issue); several in order. */
    public PdfReport subtitle(String line) {
        subtitles.add(line == null ? "" : line);
        return this;
    }

    /** A4 landscape instead of portrait (for wide tables). */
    public PdfReport landscape() {
        this.landscape = true;
        return this;
    }

    /** The text at the bottom left of every page; the page number "n / total" is always at the bottom right. */
    public PdfReport footer(String text) {
        this.footer = text == null ? "" : text;
        return this;
    }

    /** Starts a section with a heading (kept on the same page as what follows it). */
    public PdfReport section(String heading) {
        blocks.add(new Heading(heading == null ? "" : heading));
        return this;
    }

    /** A paragraph in the current section; wraps at the page width; {@code \n} starts a new line. */
    public PdfReport text(String paragraph) {
        blocks.add(new Text(paragraph == null ? "" : paragraph));
        return this;
    }

    /** A table whose columns share the width equally. */
    public PdfReport table(List<String> header, List<List<String>> rows) {
        return table(header, null, rows);
    }

    /**
     * A table.
     *
     * @param header column names, repeated at the top of each page the table runs over
     * @param widths relative column widths (e.g. {@code List.of(1f, 3f)}), scaled to the page width; {@code null} for
     *               equal widths; must have as many entries as the header
     * @param rows   the rows; a missing or {@code null} cell is empty; cells wrap
     */
    public PdfReport table(List<String> header, List<Float> widths, List<List<String>> rows) {
        if (header == null || header.isEmpty()) {
            throw new IllegalArgumentException("a table needs a header");
        }
        if (widths != null && widths.size() != header.size()) {
            throw new IllegalArgumentException("widths has " + widths.size() + " entries for " + header.size() + " columns");
        }
        List<List<String>> copy = new ArrayList<>();
        if (rows != null) {
            for (List<String> r : rows) {
                copy.add(r == null ? List.of() : new ArrayList<>(r));
            }
        }
        blocks.add(new Table(List.copyOf(header), widths == null ? null : List.copyOf(widths), copy));
        return this;
    }

    /** Continues on a new page (e.g. one page per worker). */
    public PdfReport pageBreak() {
        blocks.add(PageBreak.INSTANCE);
        return this;
    }

    /** Renders the report. */
    public byte[] render() {
        byte[] font = fontBytes();
        try (PDDocument doc = new PDDocument();
             TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            PDType0Font pdFont = PDType0Font.load(doc, ttf, true);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Yui");
            new Layout(doc, pdFont, ttf.getUnicodeCmapLookup(), landscape).run(this);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF could not be rendered: " + e.getMessage(), e);
        }
    }

    /** Where the Debian package fonts-ipaexfont-gothic installs the font, used when the build could not bundle it. */
    static final java.nio.file.Path INSTALLED_FONT =
            java.nio.file.Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");

    private static byte[] loadFont() {
        try (InputStream in = PdfReport.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in != null) {
                return in.readAllBytes();
            }
            if (java.nio.file.Files.isReadable(INSTALLED_FONT)) {
                return java.nio.file.Files.readAllBytes(INSTALLED_FONT);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("PDF reports need the Japanese font IPAex Gothic: it is neither in the jar ("
                + FONT_RESOURCE + ") nor installed at " + INSTALLED_FONT
                + "; install the Debian package fonts-ipaexfont-gothic (apt-get install fonts-ipaexfont-gothic)");
    }

    private static byte[] fontBytes() {
        byte[] b = fontBytes;
        if (b == null) {
            synchronized (PdfReport.class) {
                if (fontBytes == null) {
                    fontBytes = loadFont();
                }
                b = fontBytes;
            }
        }
        return b;
    }

    /** The state of one rendering: pages, the cursor, the font. */
    private static final class Layout {
        private final PDDocument doc;
        private final PDType0Font font;
        private final CmapLookup cmap;
        private final PDRectangle size;
        private final float contentWidth;
        private final Map<Integer, Float> widths = new HashMap<>();
        private PDPageContentStream cs;
        private float y;
        private boolean pageEmpty = true;

        Layout(PDDocument doc, PDType0Font font, CmapLookup cmap, boolean landscape) {
            this.doc = doc;
            this.font = font;
            this.cmap = cmap;
            PDRectangle a4 = PDRectangle.A4;
            this.size = landscape ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4;
            this.contentWidth = size.getWidth() - 2 * MARGIN_X;
        }

        void run(PdfReport r) throws IOException {
            newPage();
            for (String line : wrap(r.title, TITLE_SIZE, contentWidth)) {
                drawText(line, MARGIN_X, TITLE_SIZE);
            }
            y -= 4;
            for (String s : r.subtitles) {
                for (String line : wrap(s, SUBTITLE_SIZE, contentWidth)) {
                    drawText(line, MARGIN_X, SUBTITLE_SIZE);
                }
            }
            y -= 8;
            pageEmpty = true;
            Object previous = null;
            for (Object block : r.blocks) {
                if (block instanceof Heading h) {
                    heading(h.text());
                } else if (block instanceof Text t) {
                    paragraph(t.text());
                } else if (block instanceof Table t) {
                    if (previous instanceof Table) {
                        y -= 6;
                    }
                    table(t);
                } else if (block == PageBreak.INSTANCE && !pageEmpty) {
                    newPage();
                }
                previous = block;
            }
            cs.close();
            footers(r.footer);
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(size);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            cs.setLineWidth(0.5f);
            y = size.getHeight() - MARGIN_TOP;
            pageEmpty = true;
        }

        private float free() {
            return y - MARGIN_BOTTOM;
        }

        private float pageSpace() {
            return size.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
        }

        private void heading(String text) throws IOException {
            List<String> lines = wrap(text, HEADING_SIZE, contentWidth);
            float need = lines.size() * HEADING_SIZE * LEADING + 10 + 3 * TABLE_SIZE * LEADING + 2 * CELL_PAD;
            if (!pageEmpty && need > free()) {
                newPage();
            }
            y -= 4;
            for (String line : lines) {
                drawText(line, MARGIN_X, HEADING_SIZE);
            }
            y -= 2;
            cs.moveTo(MARGIN_X, y);
            cs.lineTo(MARGIN_X + contentWidth, y);
            cs.stroke();
            y -= 6;
            pageEmpty = false;
        }

        private void paragraph(String text) throws IOException {
            for (String line : wrap(text, TEXT_SIZE, contentWidth)) {
                if (TEXT_SIZE * LEADING > free()) {
                    newPage();
                }
                drawText(line, MARGIN_X, TEXT_SIZE);
            }
            y -= 2;
            pageEmpty = false;
        }

        private void table(Table t) throws IOException {
            int n = t.header().size();
            float[] w = new float[n];
            float sum = 0;
            for (int i = 0; i < n; i++) {
                w[i] = t.widths() == null ? 1f : Math.max(0.01f, t.widths().get(i));
                sum += w[i];
            }
            for (int i = 0; i < n; i++) {
                w[i] = w[i] / sum * contentWidth;
            }
            List<List<String>> header = cellLines(t.header(), w);
            float lineHeight = TABLE_SIZE * LEADING;
            float headerHeight = height(header, lineHeight);
            if (!pageEmpty && headerHeight + lineHeight + 2 * CELL_PAD > free()) {
                newPage();
            }
            drawRow(header, w, 0, maxLines(header), true);
            for (List<String> row : t.rows()) {
                List<String> cells = new ArrayList<>(row);
                while (cells.size() < n) {
                    cells.add("");
                }
                List<List<String>> lines = cellLines(cells.subList(0, n), w);
                int total = maxLines(lines);
                int from = 0;
                boolean first = true;
                while (from < total) {
                    int fit = (int) Math.floor((free() - 2 * CELL_PAD) / lineHeight);
                    int left = total - from;
                    if (fit >= left) {
                        drawRow(lines, w, from, total, false);
                        break;
                    }
                    boolean fitsOnFreshPage = left * lineHeight + 2 * CELL_PAD <= pageSpace() - headerHeight;
                    if (fit <= 0 || (first && fitsOnFreshPage)) {
                        newPage();
                        drawRow(header, w, 0, maxLines(header), true);
                        first = false;
                        continue;
                    }
                    drawRow(lines, w, from, from + fit, false);
                    from += fit;
                    first = false;
                    newPage();
                    drawRow(header, w, 0, maxLines(header), true);
                }
            }
            y -= 4;
            pageEmpty = false;
        }

        private List<List<String>> cellLines(List<String> cells, float[] w) throws IOException {
            List<List<String>> out = new ArrayList<>();
            for (int i = 0; i < w.length; i++) {
                String c = i < cells.size() ? cells.get(i) : "";
                out.add(wrap(c, TABLE_SIZE, w[i] - 2 * CELL_PAD));
            }
            return out;
        }

        private static int maxLines(List<List<String>> cells) {
            int m = 1;
            for (List<String> c : cells) {
                m = Math.max(m, c.size());
            }
            return m;
        }

        private static float height(List<List<String>> cells, float lineHeight) {
            return maxLines(cells) * lineHeight + 2 * CELL_PAD;
        }

        private void drawRow(List<List<String>> cells, float[] w, int from, int to, boolean header) throws IOException {
            float lineHeight = TABLE_SIZE * LEADING;
            float h = (to - from) * lineHeight + 2 * CELL_PAD;
            float x = MARGIN_X;
            if (header) {
                cs.setNonStrokingColor(0.88f, 0.88f, 0.88f);
                cs.addRect(MARGIN_X, y - h, contentWidth, h);
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
            }
            for (int i = 0; i < w.length; i++) {
                cs.addRect(x, y - h, w[i], h);
                cs.stroke();
                List<String> lines = cells.get(i);
                float ty = y - CELL_PAD;
                for (int l = from; l < to && l < lines.size(); l++) {
                    String s = lines.get(l);
                    if (!s.isEmpty()) {
                        cs.beginText();
                        cs.setFont(font, TABLE_SIZE);
                        cs.newLineAtOffset(x + CELL_PAD, ty - TABLE_SIZE * 1.05f);
                        cs.showText(s);
                        cs.endText();
                    }
                    ty -= lineHeight;
                }
                x += w[i];
            }
            y -= h;
            pageEmpty = false;
        }

        private void drawText(String line, float x, float fontSize) throws IOException {
            float lh = fontSize * LEADING;
            if (!line.isEmpty()) {
                cs.beginText();
                cs.setFont(font, fontSize);
                cs.newLineAtOffset(x, y - fontSize * 1.1f);
                cs.showText(line);
                cs.endText();
            }
            y -= lh;
        }

        private void footers(String footer) throws IOException {
            int total = doc.getNumberOfPages();
            String left = clean(footer);
            for (int i = 0; i < total; i++) {
                PDPage page = doc.getPage(i);
                try (PDPageContentStream fcs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String number = (i + 1) + " / " + total;
                    float numberWidth = width(number, FOOTER_SIZE);
                    List<String> leftLines = wrap(left, FOOTER_SIZE, contentWidth - numberWidth - 12);
                    if (!leftLines.isEmpty() && !leftLines.get(0).isEmpty()) {
                        fcs.beginText();
                        fcs.setFont(font, FOOTER_SIZE);
                        fcs.newLineAtOffset(MARGIN_X, FOOTER_Y);
                        fcs.showText(leftLines.get(0));
                        fcs.endText();
                    }
                    fcs.beginText();
                    fcs.setFont(font, FOOTER_SIZE);
                    fcs.newLineAtOffset(size.getWidth() - MARGIN_X - numberWidth, FOOTER_Y);
                    fcs.showText(number);
                    fcs.endText();
                }
            }
        }

        /** Control characters to spaces, characters the font lacks to 〓. */
        private String clean(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder sb = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (cp == '\n') {
                    sb.append('\n');
                } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                        || Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                    sb.append(' ');
                } else if (cmap.getGlyphId(cp) == 0) {
                    sb.append(MISSING);
                } else {
                    sb.appendCodePoint(cp);
                }
            });
            return sb.toString();
        }

        private float width(int cp, float fontSize) throws IOException {
            Float w = widths.get(cp);
            if (w == null) {
                w = font.getStringWidth(new String(Character.toChars(cp))) / 1000f;
                widths.put(cp, w);
            }
            return w * fontSize;
        }

        private float width(String s, float fontSize) throws IOException {
            float w = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                w += width(cp, fontSize);
                i += Character.charCount(cp);
            }
            return w;
        }

        /** Splits into lines that fit the width: at {@code \n}, then at a space where one is near, else anywhere. */
        List<String> wrap(String text, float fontSize, float maxWidth) throws IOException {
            String cleaned = clean(text.replace("\r\n", "\n").replace('\r', '\n'));
            List<String> lines = new ArrayList<>();
            for (String para : cleaned.split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                float w = 0;
                int lastSpace = -1;
                for (int i = 0; i < para.length(); ) {
                    int cp = para.codePointAt(i);
                    int len = Character.charCount(cp);
                    float cw = width(cp, fontSize);
                    if (w + cw > maxWidth && line.length() > 0) {
                        boolean latin = cp < 0x2E80 && cp != ' ';
                        if (latin && lastSpace > 0) {
                            String rest = line.substring(lastSpace + 1);
                            lines.add(line.substring(0, lastSpace));
                            line.setLength(0);
                            line.append(rest);
                            w = width(rest, fontSize);
                        } else {
                            lines.add(line.toString());
                            line.setLength(0);
                            w = 0;
                        }
                        lastSpace = -1;
                        if (cp == ' ') {
                            i += len;
                            continue;
                        }
                    }
                    if (cp == ' ') {
                        lastSpace = line.length();
                    }
                    line.appendCodePoint(cp);
                    w += cw;
                    i += len;
                }
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
