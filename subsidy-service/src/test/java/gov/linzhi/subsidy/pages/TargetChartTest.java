package gov.linzhi.subsidy.pages;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart's geometry without a server: one scale from zero, round ticks, no bar for a missing target. */
class TargetChartTest {

    @Test
    void theAxisEndsAtTheLargestFigureRoundedUpToOneSignificantDigit() {
        assertEquals(9000, TargetChart.roundUp(8500));
        assertEquals(7000, TargetChart.roundUp(7000));
        assertEquals(20, TargetChart.roundUp(11));
        assertEquals(1, TargetChart.roundUp(1));
    }

    @Test
    void barsShareOneScaleFromTheBaseline() {
        TargetChart chart = TargetChart.of(List.of(new TargetChart.Year(2020, 7000, 3500), new TargetChart.Year(2021, 8500, 0)));
        List<TargetChart.Bar> bars = chart.bars();
        assertEquals(4, bars.size());
        TargetChart.Bar target2020 = bars.get(0);
        TargetChart.Bar approved2020 = bars.get(1);
        assertEquals("target", target2020.kind());
        assertEquals("3500", approved2020.value());
        assertEquals(target2020.height(), approved2020.height() * 2, 1, "half the target, half the height");
        for (TargetChart.Bar bar : bars) {
            assertEquals(chart.baseline(), bar.y() + bar.height(), "every bar stands on the baseline");
        }
        assertEquals(0, bars.get(3).height());
        assertEquals(List.of("0", "2250", "4500", "6750", "9000"), chart.ticks().stream().map(TargetChart.Tick::label).toList());
    }

    @Test
    void aYearWithoutATargetHasOnlyItsApprovedBar() {
        TargetChart chart = TargetChart.of(List.of(new TargetChart.Year(2023, null, 0)));
        assertEquals(1, chart.bars().size());
        assertEquals("approved", chart.bars().get(0).kind());
        assertTrue(chart.ticks().size() > 1);
    }
}
