package jp.yui.ui.manager;

import jp.yui.command.api.AssignmentKind;
import jp.yui.command.api.ClientClass;
import jp.yui.command.api.EmploymentType;
import jp.yui.command.domain.JapaneseHolidays;
import jp.yui.query.plan.PlanDay;
import jp.yui.query.plan.WorkerYear;
import jp.yui.query.plan.YearPlan;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanBoardLayoutTest {

    static final LocalDate FIRST = LocalDate.of(2026, 4, 1);
    static final LocalDate LAST = LocalDate.of(2027, 3, 31);

    static PlanDay day(LocalDate d, String assignment, ClientClass cls, int minutes) {
        return new PlanDay(d, assignment, AssignmentKind.DISPATCH, "c-" + assignment, "先" + assignment, cls, "作業",
                minutes, null, 1500, false, null);
    }

    static WorkerYear worker(String id, List<PlanDay> days) {
        return new WorkerYear("coop", id, "職員" + id, EmploymentType.INDEFINITE, FIRST, FIRST, null, 2026, days,
                List.of(), 0, 0, 0, 0, 0, false, 0, 1, List.of(), List.of());
    }

    static YearPlan plan(List<WorkerYear> workers) {
        return new YearPlan("coop", "組合", 2026, FIRST, LAST, DayOfWeek.MONDAY, null,
                JapaneseHolidays.shared().between(FIRST, LAST), workers);
    }

    @Test
    void runsOfTheSameAssignmentBecomeOneBarAndClassesColourThem() {
        List<PlanDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 4, 6); !d.isAfter(LocalDate.of(2026, 4, 10)); d = d.plusDays(1)) {
            days.add(day(d, "a1", ClientClass.MEMBER, 480));
        }
        days.add(day(LocalDate.of(2026, 4, 13), "a2", ClientClass.OTHER_NON_MEMBER, 480));
        days.add(day(LocalDate.of(2026, 4, 14), "a2", ClientClass.OTHER_NON_MEMBER, 0)); // a day off: no bar
        YearPlan plan = plan(List.of(worker("w1", days), worker("w2", List.of())));

        PlanBoardLayout.Board board = PlanBoardLayout.layout(plan, PlanBoardLayout.Zoom.DAYS, 1400);
        assertThat(board.columns()).hasSize(365);
        assertThat(board.workerIds()).containsExactly("w1", "w2");
        assertThat(board.cells()).hasSize(2);
        PlanBoardLayout.Cell a1 = board.cells().get(0);
        assertThat(a1.assignmentId()).isEqualTo("a1");
        assertThat(a1.lastColumn() - a1.firstColumn()).isEqualTo(4);
        assertThat(PlanBoardLayout.color(a1)).isEqualTo(PlanBoardLayout.MEMBER);
        assertThat(PlanBoardLayout.color(board.cells().get(1))).isEqualTo(PlanBoardLayout.OTHER);

        String svg = PlanBoardLayout.svg(board);
        assertThat(svg).contains("data-assignment=\"a1\"").contains("data-date=\"2026-04-06\"")
                .contains("data-holiday=\"2026-04-29\"").contains("職員w2");
    }

    @Test
    void weeksAndMonths() {
        List<PlanDay> days = List.of(day(LocalDate.of(2026, 5, 1), "a1", ClientClass.RELATED_MUNICIPALITY, 480),
                day(LocalDate.of(2026, 5, 8), "a1", ClientClass.RELATED_MUNICIPALITY, 480));
        YearPlan plan = plan(List.of(worker("w1", days)));
        PlanBoardLayout.Board weeks = PlanBoardLayout.layout(plan, PlanBoardLayout.Zoom.WEEKS, 1000);
        assertThat(weeks.columns()).hasSizeBetween(52, 54);
        assertThat(weeks.columns().get(0).from()).isEqualTo(FIRST);
        assertThat(weeks.columns().get(0).to().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(weeks.cells()).hasSize(1); // two adjacent weeks merge
        PlanBoardLayout.Board months = PlanBoardLayout.layout(plan, PlanBoardLayout.Zoom.MONTHS, 1000);
        assertThat(months.columns()).hasSize(12);
        assertThat(months.cells()).singleElement().satisfies(c -> assertThat(c.firstColumn()).isEqualTo(1));
    }

    @Test
    void twentyWorkersAYearStayASmallWellFormedSvg() throws Exception {
        List<WorkerYear> workers = new ArrayList<>();
        for (int w = 0; w < 20; w++) {
            List<PlanDay> days = new ArrayList<>();
            for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() <= 5) {
                    days.add(day(d, "a" + w + "-" + d.getMonthValue(), ClientClass.values()[d.getMonthValue() % 3], 480));
                }
            }
            workers.add(worker("w" + w, days));
        }
        PlanBoardLayout.svg(PlanBoardLayout.layout(plan(workers), PlanBoardLayout.Zoom.DAYS, 1400)); // warm-up
        long start = System.nanoTime();
        PlanBoardLayout.Board board = PlanBoardLayout.layout(plan(workers), PlanBoardLayout.Zoom.DAYS, 1400);
        String svg = PlanBoardLayout.svg(board);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(ms).as("layout and SVG of 20 workers × 365 days, ms").isLessThan(3000);
        assertThat(svg.length()).isLessThan(600_000);
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
