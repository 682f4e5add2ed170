package gov.linzhi.tasks.reports;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportingCalendarTest {

    static ReportingCalendar.Entry entry(Period p, String label, String due, int offset) {
        return new ReportingCalendar.Entry(p, label, ReportingCalendar.monthDay(due), offset, ReportingCalendar.Basis.GAZETTE);
    }

    /** 林政发〔2020〕9号: 7月5日, 9月30日, 12月15日. */
    private final ReportingCalendar notice = new ReportingCalendar(List.of(entry(Period.H1, "上半年", "07-05", 0),
            entry(Period.Q3, "前三季度", "09-30", 0), entry(Period.ANNUAL, "全年", "12-15", 0)), LocalDate.of(2020, 3, 17));

    /** Monthly by the 5th of the next month, and the annual report by 15 January, issued 2020-01-16. */
    private final ReportingCalendar monthly = new ReportingCalendar(List.of(entry(Period.M01, "1月", "02-05", 0),
            entry(Period.M12, "12月", "01-05", 1), entry(Period.ANNUAL, "全年", "01-15", 1)), LocalDate.of(2020, 1, 16));

    @Test
    void dueDatesOfTheNotice() {
        assertEquals(LocalDate.of(2020, 7, 5), notice.dueOn(Period.H1, 2020));
        assertEquals(LocalDate.of(2020, 9, 30), notice.dueOn(Period.Q3, 2020));
        assertEquals(LocalDate.of(2021, 12, 15), notice.dueOn(Period.ANNUAL, 2021));
        assertEquals(LocalDate.of(2021, 1, 5), monthly.dueOn(Period.M12, 2020), "a December report is due in January");
    }

    @Test
    void lateMeansAfterTheDueDay() {
        assertFalse(notice.isLate(Period.H1, 2020, LocalDate.of(2020, 7, 5)));
        assertTrue(notice.isLate(Period.H1, 2020, LocalDate.of(2020, 7, 6)));
    }

    @Test
    void nothingIsOwedBeforeThePlanWasIssued() {
        assertEquals(List.of(), monthly.owed(2019, 2019).stream().filter(d -> d.dueOn().getYear() == 2019).toList(),
                "2019's monthly reports were due before 2020-01-16");
        assertEquals(List.of(new ReportingCalendar.Due(Period.M01, "1月", 2020, LocalDate.of(2020, 2, 5))),
                monthly.owed(2019, 2020).stream().filter(d -> d.dueOn().getYear() == 2020).limit(1).toList(),
                "2019's December and annual reports, due in January 2020, before the issue date, are not owed either");
        assertFalse(monthly.owed(Period.ANNUAL, 2019));
        assertTrue(monthly.owed(Period.ANNUAL, 2020));
    }

    @Test
    void theSupervisedPeriodsAreThoseDueInTheYearAndAfterTheLastOneTheFinalState() {
        List<ReportingCalendar.Due> in2021 = monthly.supervisedOn(LocalDate.of(2021, 3, 1), 2020, 2021);
        assertEquals(List.of("12月 2020", "全年 2020", "1月 2021"), in2021.stream().map(d -> d.label() + " " + d.year()).toList());
        List<ReportingCalendar.Due> after = monthly.supervisedOn(LocalDate.of(2023, 6, 1), 2020, 2021);
        assertEquals(List.of("12月 2021", "全年 2021"), after.stream().map(d -> d.label() + " " + d.year()).toList(),
                "after the last period: the year of the last due date");
        assertEquals(3, notice.supervisedOn(LocalDate.of(2021, 2, 1), 2020, 2020).size(), "the notice's 2020, as it ended");
    }

    @Test
    void aCalendarNamesEachPeriodOnceAndHasOne() {
        assertThrows(IllegalArgumentException.class, () -> new ReportingCalendar(List.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new ReportingCalendar(List.of(entry(Period.H1, "a", "07-05", 0),
                entry(Period.H1, "b", "07-06", 0)), null));
        assertThrows(IllegalArgumentException.class, () -> ReportingCalendar.monthDay("02-30"));
        assertEquals(MonthDay.of(2, 29), ReportingCalendar.monthDay("02-29"));
    }
}
