package jp.yui.ui.manager;

import jp.yui.command.api.ClientClass;
import jp.yui.query.plan.PlanDay;
import jp.yui.query.plan.WorkerYear;
import jp.yui.query.plan.YearPlan;
import jp.yui.ui.support.SvgCharts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The year-round plan board as pure layout: workers × columns (days, weeks or months of the business year), each
 * cell coloured by the client class that has most of its minutes, runs of equal day cells merged into one bar, and
 * the whole drawn as one SVG. Cells carry {@code data-worker}, {@code data-date} and {@code data-assignment} so
 * that one click listener on the board finds the assignment — about 20 workers × 365 days stay one small SVG.
 */
public final class PlanBoardLayout {

    public enum Zoom { DAYS, WEEKS, MONTHS }

    public static final String MEMBER = SvgCharts.MEMBER_COLOR;
    public static final String RELATED = SvgCharts.RELATED_COLOR;
    public static final String OTHER = SvgCharts.OTHER_COLOR;
    public static final String SECONDMENT = "#8e24aa";
    public static final String HOLIDAY = "#ffebee";

    public static final int NAME_WIDTH = 130;
    public static final int ROW_HEIGHT = 22;
    public static final int HEADER_HEIGHT = 34;

    private PlanBoardLayout() {
    }

    /** A column: its first and last day, and a header label (may be empty). */
    public record Column(LocalDate from, LocalDate to, String label, boolean holiday) {
    }

    /** A bar on a worker's row over columns {@code firstColumn..lastColumn}. */
    public record Cell(int row, int firstColumn, int lastColumn, String workerId, LocalDate date, ClientClass clientClass,
                       boolean secondment, String assignmentId, String tooltip) {
    }

    /** The layout: columns, rows (worker ids and names) and cells. */
    public record Board(Zoom zoom, List<Column> columns, List<String> workerIds, List<String> workerNames,
                        List<Cell> cells, double columnWidth) {
        public int width() {
            return (int) Math.ceil(NAME_WIDTH + columnWidth * columns.size()) + 2;
        }

        public int height() {
            return HEADER_HEIGHT + ROW_HEIGHT * workerIds.size() + 2;
        }
    }

    public static List<Column> columns(YearPlan plan, Zoom zoom) {
        Set<LocalDate> holidays = new HashSet<>();
        plan.holidays().forEach(h -> holidays.add(h.date()));
        List<Column> out = new ArrayList<>();
        LocalDate first = plan.firstDay();
        LocalDate last = plan.lastDay();
        switch (zoom) {
            case DAYS -> {
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    boolean off = holidays.contains(d) || d.getDayOfWeek().getValue() >= 6;
                    out.add(new Column(d, d, d.getDayOfMonth() == 1 ? d.getMonthValue() + "月" : "", off));
                }
            }
            case WEEKS -> {
                LocalDate start = first;
                while (!start.isAfter(last)) {
                    LocalDate end = start.with(TemporalAdjusters.nextOrSame(plan.weekStartsOn().minus(1)));
                    if (end.isAfter(last)) {
                        end = last;
                    }
                    boolean newMonth = out.isEmpty() || out.get(out.size() - 1).from().getMonth() != start.getMonth();
                    out.add(new Column(start, end, newMonth ? start.getMonthValue() + "月" : "", false));
                    start = end.plusDays(1);
                }
            }
            case MONTHS -> {
                for (YearMonth m = YearMonth.from(first); !m.atDay(1).isAfter(last); m = m.plusMonths(1)) {
                    out.add(new Column(m.atDay(1), m.atEndOfMonth(), m.getMonthValue() + "月", false));
                }
            }
        }
        return out;
    }

    public static Board layout(YearPlan plan, Zoom zoom, double availableWidth) {
        List<Column> columns = columns(plan, zoom);
        double colW = Math.max(zoom == Zoom.DAYS ? 3 : 10, (availableWidth - NAME_WIDTH) / Math.max(1, columns.size()));
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        int row = 0;
        for (WorkerYear w : plan.workers()) {
            ids.add(w.workerId());
            names.add(w.name());
            cells.addAll(rowCells(row, w, columns, plan.firstDay()));
            row++;
        }
        return new Board(zoom, columns, ids, names, cells, colW);
    }

    static List<Cell> rowCells(int row, WorkerYear w, List<Column> columns, LocalDate firstDay) {
        // per column: minutes per class and the assignment with most minutes
        int n = columns.size();
        ClientClass[] cls = new ClientClass[n];
        boolean[] sec = new boolean[n];
        String[] assignment = new String[n];
        LocalDate[] date = new LocalDate[n];
        String[] tip = new String[n];
        int col = 0;
        Map<Integer, Map<ClientClass, Integer>> perColumn = new LinkedHashMap<>();
        Map<Integer, Map<String, Integer>> perAssignment = new LinkedHashMap<>();
        Map<String, PlanDay> sample = new LinkedHashMap<>();
        for (PlanDay d : w.days()) {
            if (d.assignmentId() == null || d.projectedMinutes() <= 0) {
                continue;
            }
            while (col < n && columns.get(col).to().isBefore(d.date())) {
                col++;
            }
            if (col >= n) {
                break;
            }
            if (d.date().isBefore(columns.get(col).from())) {
                continue;
            }
            ClientClass c = d.clientClass() == null ? ClientClass.MEMBER : d.clientClass();
            perColumn.computeIfAbsent(col, k -> new EnumMap<>(ClientClass.class)).merge(c, d.projectedMinutes(),
                    Integer::sum);
            perAssignment.computeIfAbsent(col, k -> new LinkedHashMap<>()).merge(d.assignmentId(),
                    d.projectedMinutes(), Integer::sum);
            sample.putIfAbsent(col + "|" + d.assignmentId(), d);
        }
        for (Map.Entry<Integer, Map<String, Integer>> e : perAssignment.entrySet()) {
            int c = e.getKey();
            String best = e.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            ClientClass bestClass = perColumn.get(c).entrySet().stream().max(Map.Entry.comparingByValue())
                    .orElseThrow().getKey();
            PlanDay s = sample.get(c + "|" + best);
            cls[c] = bestClass;
            sec[c] = s.kind() == jp.yui.command.api.AssignmentKind.SECONDMENT;
            assignment[c] = best;
            date[c] = s.date();
            int minutes = perColumn.get(c).values().stream().mapToInt(Integer::intValue).sum();
            tip[c] = (s.clientName() == null ? s.clientId() : s.clientName()) + " / " + (s.work() == null ? ""
                    : s.work()) + " / " + String.format(Locale.ROOT, "%.1f h", minutes / 60.0);
        }
        List<Cell> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (assignment[i] == null) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && assignment[i].equals(assignment[j + 1]) && cls[i] == cls[j + 1]
                    && ChronoUnit.DAYS.between(columns.get(j).to(), columns.get(j + 1).from()) <= 1) {
                j++;
            }
            out.add(new Cell(row, i, j, w.workerId(), date[i], cls[i], sec[i], assignment[i],
                    tip[i] + " (" + columns.get(i).from() + "〜" + columns.get(j).to() + ")"));
            i = j + 1;
        }
        return out;
    }

    public static String color(Cell c) {
        if (c.secondment()) {
            return SECONDMENT;
        }
        return switch (c.clientClass()) {
            case MEMBER -> MEMBER;
            case RELATED_MUNICIPALITY -> RELATED;
            case OTHER_NON_MEMBER -> OTHER;
        };
    }

    /** The board as one SVG. */
    public static String svg(Board b) {
        StringBuilder s = new StringBuilder(16_384);
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "style=\"font-family:sans-serif\" id=\"plan-board-svg\">", b.width(), b.height()));
        double cw = b.columnWidth();
        int rows = b.workerIds().size();
        // holidays and weekends (day view), month separators
        for (int c = 0; c < b.columns().size(); c++) {
            Column col = b.columns().get(c);
            double x = NAME_WIDTH + c * cw;
            if (col.holiday()) {
                s.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" data-holiday=\"%s\"/>",
                        x, HEADER_HEIGHT, cw, ROW_HEIGHT * rows, HOLIDAY, col.from()));
            }
            if (!col.label().isEmpty()) {
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"14\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" "
                        + "stroke-width=\"0.5\"/>", x, x, HEADER_HEIGHT + ROW_HEIGHT * rows, SvgCharts.GRID_COLOR));
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"26\" font-size=\"11\">%s</text>", x + 2,
                        SvgCharts.escape(col.label())));
            }
        }
        for (int r = 0; r < rows; r++) {
            int y = HEADER_HEIGHT + r * ROW_HEIGHT;
            s.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-size=\"12\">%s</text>", y + 15,
                    SvgCharts.escape(b.workerNames().get(r))));
            s.append(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#e0e0e0\"/>",
                    y + ROW_HEIGHT, b.width(), y + ROW_HEIGHT));
            // an empty row background that can be clicked to plan on that worker
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                    + "fill=\"transparent\" data-worker=\"%s\"/>", NAME_WIDTH, y, cw * b.columns().size(), ROW_HEIGHT,
                    SvgCharts.escape(b.workerIds().get(r))));
        }
        for (Cell c : b.cells()) {
            double x = NAME_WIDTH + c.firstColumn() * cw;
            double w = (c.lastColumn() - c.firstColumn() + 1) * cw;
            int y = HEADER_HEIGHT + c.row() * ROW_HEIGHT + 3;
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" "
                            + "data-worker=\"%s\" data-date=\"%s\" data-assignment=\"%s\" style=\"cursor:pointer\">"
                            + "<title>%s</title></rect>", x, y, Math.max(1, w - 0.5), ROW_HEIGHT - 6, color(c),
                    SvgCharts.escape(c.workerId()), c.date(), SvgCharts.escape(c.assignmentId()),
                    SvgCharts.escape(c.tooltip())));
        }
        return s.append("</svg>").toString();
    }
}
