package gov.linzhi.tasks.supervision.rag;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RagCalculatorTest {

    private static final LocalDate JAN1 = LocalDate.of(2020, 1, 1);
    private static final LocalDate DEC31 = LocalDate.of(2020, 12, 31);
    private final RagCalculator rag = new RagCalculator(new RagCalculator.Thresholds(10, 25), 3);

    private static List<RagCalculator.PeriodState> periods(LocalDate h1Filed) {
        return List.of(new RagCalculator.PeriodState("上半年", LocalDate.of(2020, 7, 5), h1Filed),
                new RagCalculator.PeriodState("前三季度", LocalDate.of(2020, 9, 30), null),
                new RagCalculator.PeriodState("全年", LocalDate.of(2020, 12, 15), null));
    }

    @Test
    void expectedProgressIsTheShareOfTheSpanElapsed() {
        assertEquals(51, RagCalculator.expectedPercent(JAN1, DEC31, LocalDate.of(2020, 7, 6)));
        assertEquals(0, RagCalculator.expectedPercent(JAN1, DEC31, LocalDate.of(2019, 12, 31)));
        assertEquals(100, RagCalculator.expectedPercent(JAN1, DEC31, DEC31));
        assertEquals(100, RagCalculator.expectedPercent(JAN1, DEC31, LocalDate.of(2021, 3, 1)));
    }

    @Test
    void aMissingDueReportIsRedTheDayAfterItsDueDate() {
        assertEquals(Rag.AMBER, rag.assess(LocalDate.of(2020, 7, 5), JAN1, DEC31, periods(null), null).status(), "due today");
        RagCalculator.Assessment a = rag.assess(LocalDate.of(2020, 7, 6), JAN1, DEC31, periods(null), null);
        assertEquals(Rag.RED, a.status());
        assertEquals("未按期报送：上半年报告（应于2020-07-05前报送）", a.reason());
    }

    @Test
    void progressAgainstTimeElapsedGivesGreenAmberRed() {
        LocalDate asOf = LocalDate.of(2020, 7, 6);
        LocalDate filed = LocalDate.of(2020, 7, 1);
        assertEquals(Rag.GREEN, rag.assess(asOf, JAN1, DEC31, periods(filed), 42).status());
        assertEquals(Rag.AMBER, rag.assess(asOf, JAN1, DEC31, periods(filed), 41).status());
        assertEquals(Rag.AMBER, rag.assess(asOf, JAN1, DEC31, periods(filed), 27).status());
        RagCalculator.Assessment far = rag.assess(asOf, JAN1, DEC31, periods(filed), 26);
        assertEquals(Rag.RED, far.status());
        assertTrue(far.reason().startsWith("严重滞后：落后25个百分点"));
        assertEquals(Rag.GREEN, rag.assess(asOf, JAN1, DEC31, periods(filed), 100).status());
    }

    @Test
    void aPeriodDueWithinTheWarningDaysAndNotFiledIsAmberNamingTheDaysLeft() {
        assertEquals(Rag.GREEN, rag.assess(LocalDate.of(2020, 7, 1), JAN1, DEC31, periods(null), null).status(), "four days before");
        RagCalculator.Assessment soon = rag.assess(LocalDate.of(2020, 7, 2), JAN1, DEC31, periods(null), null);
        assertEquals(Rag.AMBER, soon.status());
        assertEquals("临近报送时限（还剩 3 天）：上半年报告应于2020-07-05前报送", soon.reason());
        assertEquals(Rag.GREEN, rag.assess(LocalDate.of(2020, 7, 2), JAN1, DEC31, periods(LocalDate.of(2020, 7, 1)), 50).status(),
                "already filed");
        assertEquals(Rag.RED, rag.assess(LocalDate.of(2020, 7, 2), JAN1, DEC31, periods(null), 10).status(),
                "far behind stays red");
        assertEquals(Rag.GREEN, new RagCalculator(new RagCalculator.Thresholds(10, 25), 0)
                .assess(LocalDate.of(2020, 7, 2), JAN1, DEC31, periods(null), null).status(), "no warning days");
    }

    @Test
    void thresholdsMustBeOrdered() {
        assertThrows(IllegalArgumentException.class, () -> new RagCalculator.Thresholds(25, 10));
        assertThrows(IllegalArgumentException.class, () -> new RagCalculator.Thresholds(-1, 10));
    }
}
