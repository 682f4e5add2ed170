package gov.linzhi.tasks.pages;

import gov.linzhi.platform.problem.Problem;
import gov.linzhi.tasks.reports.Period;
import gov.linzhi.tasks.reports.ReportingCalendar;
import io.quarkus.qute.TemplateData;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A plan's page: its reporting calendar (a form for the office, a table for everyone else), the task list to
 * download as Excel or CSV and, for the office, to upload again after editing; what the last form did.
 */
@TemplateData
public record PlanPageModel(long planId, String code, String title, int startYear, int endYear, LocalDate issuedOn,
                            boolean editable, List<CalendarFormInput.Row> rows, boolean countiesReport, String calendarError,
                            String importError, List<Problem.Violation> importViolations, String notice, String csrf) {

    /** The periods a calendar row may hold, by the plan's default names. */
    public List<TaskPageModel.Option> periodOptions(String selected) {
        return Arrays.stream(Period.values())
                .map(p -> new TaskPageModel.Option(p.name(), p.label() + "（" + p.name() + "）", p.name().equals(selected))).toList();
    }

    public List<TaskPageModel.Option> basisOptions(String selected) {
        return Arrays.stream(ReportingCalendar.Basis.values())
                .map(b -> new TaskPageModel.Option(b.name(), b == ReportingCalendar.Basis.GAZETTE ? "公报原文规定" : "督查室确定",
                        b.name().equals(selected))).toList();
    }

    public String basisLabel(String basis) {
        return ReportingCalendar.Basis.GAZETTE.name().equals(basis) ? "公报原文规定" : "督查室确定";
    }

    public String periodLabel(String period) {
        return Arrays.stream(Period.values()).filter(p -> p.name().equals(period)).map(Period::label).findFirst().orElse(period);
    }

    public int rowCount() {
        return rows.size();
    }

    public String xlsxUrl() {
        return "/plans/" + planId + "/export?format=xlsx";
    }

    public String csvUrl() {
        return "/plans/" + planId + "/export?format=csv";
    }

    public String boardUrl() {
        return "/?plan=" + planId;
    }
}
