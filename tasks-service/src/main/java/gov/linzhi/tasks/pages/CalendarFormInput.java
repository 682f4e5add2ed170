package gov.linzhi.tasks.pages;

import gov.linzhi.tasks.plans.PlanApi;
import gov.linzhi.tasks.reports.Period;
import gov.linzhi.tasks.reports.ReportingCalendar;
import jakarta.validation.ConstraintViolation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar form of a plan's page as typed: one row per period ({@code period.3}, {@code label.3}, {@code due.3},
 * {@code nextYear.3}, {@code basis.3}, {@code remove.3}), read into the API's {@link PlanApi.ChangeCalendar}; rows
 * marked for removal and empty new rows left out, and every problem (the form's own and the API's violations of
 * the body) put beside the row and field it concerns.
 */
public final class CalendarFormInput {

    /** A row as typed, with the problem beside each of its fields. */
    public record Row(int index, String period, String label, String due, boolean nextYear, String basis, boolean remove,
                      Map<String, String> errors) {
    }

    private static final Pattern PERIOD_PATH = Pattern.compile("^periods\\[(\\d+)]\\.(\\w+).*");
    private static final int MAX_ROWS = 60;

    private final List<Row> rows = new ArrayList<>();
    /** For each period of the body, the form row it came from. */
    private final List<Integer> rowOfPeriod = new ArrayList<>();
    private final boolean countiesReport;
    private final PlanApi.ChangeCalendar body;
    private String generalError;

    private CalendarFormInput(Map<String, String> form) {
        int count = Math.min(MAX_ROWS, whole(form.get("rows")));
        List<PlanApi.CalendarPeriod> periods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String period = form.getOrDefault("period." + i, "").strip();
            String label = form.getOrDefault("label." + i, "").strip();
            String due = form.getOrDefault("due." + i, "").strip();
            boolean nextYear = form.containsKey("nextYear." + i);
            String basis = form.getOrDefault("basis." + i, ReportingCalendar.Basis.OFFICE_ASSIGNED.name());
            boolean remove = form.containsKey("remove." + i);
            Row row = new Row(i, period, label, due, nextYear, basis, remove, new LinkedHashMap<>());
            rows.add(row);
            if (remove || (period.isEmpty() && label.isEmpty() && due.isEmpty())) {
                continue;
            }
            Period p = null;
            try {
                p = period.isEmpty() ? null : Period.valueOf(period);
            } catch (IllegalArgumentException e) {
                row.errors().put("period", "没有这个报告期，请从列表中选择。");
            }
            ReportingCalendar.Basis b = null;
            try {
                b = ReportingCalendar.Basis.valueOf(basis);
            } catch (IllegalArgumentException e) {
                row.errors().put("basis", "请从列表中选择。");
            }
            periods.add(new PlanApi.CalendarPeriod(p, label, due, nextYear ? 1 : 0, b));
            rowOfPeriod.add(i);
        }
        this.countiesReport = form.containsKey("countiesReport");
        this.body = new PlanApi.ChangeCalendar(periods, countiesReport);
    }

    /** Reads the posted fields (the first value of each). */
    public static CalendarFormInput read(Map<String, List<String>> form) {
        return new CalendarFormInput(ReportFormInput.firstValues(form));
    }

    public PlanApi.ChangeCalendar body() {
        return body;
    }

    /** Adds the API's violations of {@link #body()} beside their row, or above the form when they concern all of it. */
    public void addViolations(Set<? extends ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> v : violations) {
            String path = v.getPropertyPath().toString();
            String message = "periods".equals(path) && body.periods().isEmpty() ? "日历至少要有一个报告期。" : ReportFormInput.message(v);
            addProblem(path, message);
        }
    }

    /** A problem at an API field path ({@code periods[2].due}), beside its row; anything else above the form. */
    public void addProblem(String path, String message) {
        Matcher m = PERIOD_PATH.matcher(path);
        if (m.matches() && Integer.parseInt(m.group(1)) < rowOfPeriod.size()) {
            String field = switch (m.group(2)) {
                case "dueYearOffset" -> "nextYear";
                default -> m.group(2);
            };
            rows.get(rowOfPeriod.get(Integer.parseInt(m.group(1)))).errors().putIfAbsent(field, message);
        } else if (generalError == null) {
            generalError = message;
        }
    }

    public boolean hasErrors() {
        return generalError != null || rows.stream().anyMatch(r -> !r.errors().isEmpty());
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean countiesReport() {
        return countiesReport;
    }

    public String generalError() {
        return generalError;
    }

    private static int whole(String text) {
        try {
            return text == null ? 0 : Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
