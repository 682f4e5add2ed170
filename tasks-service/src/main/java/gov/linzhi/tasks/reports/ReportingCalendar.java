package gov.linzhi.tasks.reports;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.Map;

/** Due dates of the reporting periods in a given year. Plain Java; the dates come from configuration. */
public final class ReportingCalendar {

    private final Map<Period, MonthDay> due;

    public ReportingCalendar(Map<Period, MonthDay> due) {
        for (Period p : Period.values()) {
            if (!due.containsKey(p)) {
                throw new IllegalArgumentException("no due date configured for " + p);
            }
        }
        this.due = new EnumMap<>(due);
    }

    /** Parses {@code MM-DD} strings such as {@code 07-05}. */
    public static ReportingCalendar of(String h1, String q3, String annual) {
        return new ReportingCalendar(Map.of(
                Period.H1, MonthDay.parse("--" + h1),
                Period.Q3, MonthDay.parse("--" + q3),
                Period.ANNUAL, MonthDay.parse("--" + annual)));
    }

    public LocalDate dueOn(Period period, int year) {
        return due.get(period).atYear(year);
    }

    /** A report is late when filed after the day it was due. */
    public boolean isLate(Period period, int year, LocalDate filedOn) {
        return filedOn.isAfter(dueOn(period, year));
    }
}
