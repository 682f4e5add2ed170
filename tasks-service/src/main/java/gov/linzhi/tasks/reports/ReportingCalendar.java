package gov.linzhi.tasks.reports;

import gov.linzhi.platform.domain.Label;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A plan's reporting calendar (报送时限): the periods it owes each plan year, the day each is due, and the day the
 * plan was issued, before which nothing is owed. Plain Java; the entries are the plan's data.
 */
public final class ReportingCalendar {

    /** Who set a due date: the document itself, or the supervision office where the document gives none. */
    public enum Basis {
        @Label("公报原文规定的报送时限")
        GAZETTE,
        @Label("督查室确定的报送时限")
        OFFICE_ASSIGNED
    }

    /**
     * One period of the calendar: due on {@code due} of the plan year plus {@code yearOffset} (a December report is
     * due in January).
     */
    public record Entry(Period period, String label, MonthDay due, int yearOffset, Basis basis) {
        public Entry {
            if (yearOffset < 0 || yearOffset > 1) {
                throw new IllegalArgumentException("a period is due in its plan year or the next one");
            }
        }

        LocalDate dueOn(int planYear) {
            return due.atYear(planYear + yearOffset);
        }
    }

    /** A period of a given plan year, with its due date. */
    public record Due(Period period, String label, int year, LocalDate dueOn) {
    }

    private final List<Entry> entries;
    private final LocalDate issuedOn;

    /**
     * @param issuedOn the plan's issue date, or null when unknown (then every period of its years is owed)
     */
    public ReportingCalendar(List<Entry> entries, LocalDate issuedOn) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a calendar has at least one period");
        }
        if (entries.stream().map(Entry::period).distinct().count() != entries.size()) {
            throw new IllegalArgumentException("a period is listed twice");
        }
        this.entries = List.copyOf(entries);
        this.issuedOn = issuedOn;
    }

    public List<Entry> entries() {
        return entries;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public Optional<Entry> entry(Period period) {
        return entries.stream().filter(e -> e.period() == period).findFirst();
    }

    /** The day the period of the plan year is due; the period must be in the calendar. */
    public LocalDate dueOn(Period period, int year) {
        return entry(period).orElseThrow(() -> new IllegalArgumentException(period + " is not in the calendar")).dueOn(year);
    }

    public String label(Period period) {
        return entry(period).map(Entry::label).orElse(period.label());
    }

    /** A report is late when filed after the day it was due. */
    public boolean isLate(Period period, int year, LocalDate filedOn) {
        return filedOn.isAfter(dueOn(period, year));
    }

    /** Whether a report for the period is owed at all: due on or after the day the plan was issued. */
    public boolean owed(Period period, int year) {
        return issuedOn == null || !dueOn(period, year).isBefore(issuedOn);
    }

    /** Every period owed in the plan years, in order of due date. */
    public List<Due> owed(int startYear, int endYear) {
        List<Due> out = new ArrayList<>();
        for (int y = startYear; y <= endYear; y++) {
            for (Entry e : entries) {
                if (owed(e.period(), y)) {
                    out.add(new Due(e.period(), e.label(), y, e.dueOn(y)));
                }
            }
        }
        out.sort(Comparator.comparing(Due::dueOn).thenComparing(d -> d.period().ordinal()));
        return out;
    }

    /**
     * The periods the supervision shows on {@code asOf}: those owed in the plan years and due in the year of
     * {@code asOf}; after the plan's last due date, those due in the year of that last date (the plan's final state).
     */
    public List<Due> supervisedOn(LocalDate asOf, int startYear, int endYear) {
        List<Due> owed = owed(startYear, endYear);
        if (owed.isEmpty()) {
            return List.of();
        }
        LocalDate last = owed.get(owed.size() - 1).dueOn();
        int year = asOf.isAfter(last) ? last.getYear() : asOf.getYear();
        return owed.stream().filter(d -> d.dueOn().getYear() == year).toList();
    }

    /** Parses {@code MM-DD}, refusing a day that no year has. */
    public static MonthDay monthDay(String text) {
        try {
            return MonthDay.parse("--" + text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a month and day (MM-DD): " + text);
        }
    }
}
