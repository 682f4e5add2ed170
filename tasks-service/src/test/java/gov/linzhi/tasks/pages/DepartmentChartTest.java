package gov.linzhi.tasks.pages;

import gov.linzhi.tasks.supervision.rag.Rag;
import gov.linzhi.tasks.supervision.SupervisionApi.Scorecard;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import gov.linzhi.tasks.supervision.SupervisionApiScorecardBuilder;

class DepartmentChartTest {

    private static Scorecard card(String name, int green, int amber, int red) {
        int n = green + amber + red;
        return SupervisionApiScorecardBuilder.builder()
                .name(name)
                .tasksLed(n)
                .reportsDue(n)
                .reportsOnTime(0)
                .reportsLate(0)
                .reportsMissing(0)
                .green(green)
                .amber(amber)
                .red(red)
                .shareGreen(0)
                .shareAmber(0)
                .shareRed(0)
                .build();
    }

    @Test
    void theLongestBarFillsTheWidthAndTheOthersAreToScale() {
        DepartmentChart chart = DepartmentChart.of(List.of(card("市人社局", 6, 3, 3), card("市教育局", 0, 0, 3)));
        DepartmentChart.Row full = chart.rows().get(0);
        assertEquals(List.of(Rag.GREEN, Rag.AMBER, Rag.RED), full.segments().stream().map(DepartmentChart.Segment::status).toList());
        assertEquals(chart.barStart(), full.segments().get(0).x());
        DepartmentChart.Segment last = full.segments().get(2);
        assertEquals(chart.barStart() + chart.barWidth(), last.x() + last.width(), "12 of 12: the whole bar");
        assertEquals(chart.barWidth() / 2, full.segments().get(0).width(), "6 of 12 green: half");
        DepartmentChart.Row quarter = chart.rows().get(1);
        assertEquals(List.of(Rag.RED), quarter.segments().stream().map(DepartmentChart.Segment::status).toList());
        assertEquals(chart.barWidth() / 4, quarter.segments().get(0).width(), "3 of 12: a quarter");
        assertTrue(quarter.y() > full.y());
        assertTrue(chart.height() > quarter.y() + chart.barHeight());
    }

    @Test
    void segmentsAlwaysAddUpAndNarrowOnesCarryNoCountInside() {
        DepartmentChart chart = DepartmentChart.of(List.of(card("甲", 1, 1, 1), card("乙", 40, 0, 1)));
        for (DepartmentChart.Row row : chart.rows()) {
            int x = chart.barStart();
            for (DepartmentChart.Segment s : row.segments()) {
                assertEquals(x, s.x(), "segments touch");
                x += s.width();
            }
        }
        DepartmentChart.Segment sliver = chart.rows().get(1).segments().get(1);
        assertEquals(1, sliver.count());
        assertFalse(sliver.labelled(), "1 of 41 is too narrow for its number; the row's text still says it");
    }

    @Test
    void noDepartmentsNoRows() {
        assertEquals(List.of(), DepartmentChart.of(List.of()).rows());
    }
}
