package gov.linzhi.tasks.reports;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportingCalendarTest {

    private final ReportingCalendar calendar = ReportingCalendar.of("07-05", "09-30", "12-15");

    @Test
    void dueDatesOfTheNotice() {
        assertEquals(LocalDate.of(2020, 7, 5), calendar.dueOn(Period.H1, 2020));
        assertEquals(LocalDate.of(2020, 9, 30), calendar.dueOn(Period.Q3, 2020));
        assertEquals(LocalDate.of(2021, 12, 15), calendar.dueOn(Period.ANNUAL, 2021));
    }

    @Test
    void lateMeansAfterTheDueDay() {
        assertFalse(calendar.isLate(Period.H1, 2020, LocalDate.of(2020, 7, 5)));
        assertTrue(calendar.isLate(Period.H1, 2020, LocalDate.of(2020, 7, 6)));
    }
}
