package gov.linzhi.tasks.supervision;

import gov.linzhi.platform.domain.Label;
import gov.linzhi.tasks.plans.PlanApi;
import gov.linzhi.tasks.reports.Period;
import gov.linzhi.tasks.supervision.rag.Rag;
import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Records of the supervision API. */
public final class SupervisionApi {

    private SupervisionApi() {
    }

    /** Where a period's official report stands on the view date. */
    public enum ReportState {
        @Label("按期报送")
        ON_TIME,
        @Label("逾期报送")
        LATE,
        @Label("未按期报送（缺报）")
        MISSING,
        @Label("未到报送时限")
        NOT_YET_DUE
    }

    @Schema(name = "PeriodStatus")
    public record PeriodStatus(Period period, @Schema(examples = "2020") int year,
                               @Schema(examples = "上半年", description = "the period as the plan's calendar calls it") String label,
                               LocalDate dueOn, ReportState state, @Schema(nullable = true) LocalDate filedOn) {
    }

    @Schema(name = "TaskStatus")
    @RecordBuilder
    @RecordBuilder.Options(inheritComponentAnnotations = false)
    public record TaskStatus(Long taskId, Long planId, @Schema(examples = "3.1.4") String code, int areaSeq, String areaName,
                             String text, PlanApi.DepartmentRef lead, List<String> coDepartments,
                             @Schema(examples = "副市长（分管应急管理）") String leaderPost, Rag status,
                             @Schema(examples = "未按期报送：上半年报告（应于2020-07-05前报送）") String reason,
                             @Schema(examples = "51") int expectedPercent, @Schema(nullable = true) Integer reportedPercent,
                             List<PeriodStatus> periods, boolean flagged, @Schema(nullable = true) String flagNote,
                             @Schema(description = "where the plan has the counties report (各县（区）): each co-owning county's report per period")
                             List<CountyReportStatus> countyReports) {
    }

    /** A county government's own report on a task it co-owns, for one period. */
    @Schema(name = "CountyReportStatus")
    public record CountyReportStatus(PlanApi.DepartmentRef department, Period period, int year, String label, LocalDate dueOn,
                                     ReportState state, @Schema(nullable = true) LocalDate filedOn) {
    }

    @Schema(name = "MissingReport")
    public record MissingReport(Long taskId, String taskCode, String taskText, Period period, @Schema(examples = "2020") int year,
                                @Schema(examples = "上半年") String label, LocalDate dueOn) {
    }

    @Schema(name = "DepartmentMissingReports")
    public record DepartmentMissing(PlanApi.DepartmentRef department, List<MissingReport> missing) {
    }

    @Schema(name = "Scorecard")
    @RecordBuilder
    @RecordBuilder.Options(inheritComponentAnnotations = false)
    public record Scorecard(@Schema(examples = "市人社局") String name, int tasksLed, int reportsDue, int reportsOnTime,
                            int reportsLate, int reportsMissing, int green, int amber, int red,
                            @Schema(examples = "0.75") double shareGreen, double shareAmber, double shareRed) {
    }

    @Schema(name = "SupervisionSummary")
    public record Summary(int tasks, int green, int amber, int red, int missingReports, int lateReports, int flagged) {
    }

    @Schema(name = "Supervision")
    public record View(LocalDate asOf, int year, @Schema(nullable = true) Long planId, Summary summary, List<TaskStatus> tasks,
                       List<DepartmentMissing> missingReports,
                       @Schema(description = "amber, red or flagged tasks: candidates for 重点抽查督办") List<TaskStatus> slowTasks,
                       List<Scorecard> departmentScorecards, List<Scorecard> leaderScorecards) {
    }

    /** Whether a report a department owes is already overdue or still to come. */
    public enum ReminderState {
        @Label("已逾期")
        OVERDUE,
        @Label("待报送")
        DUE
    }

    /** One report a department owes: for which task and period, by when. */
    @Schema(name = "Reminder")
    public record Reminder(Long taskId, Long planId, @Schema(examples = "3.1.4") String taskCode, String taskText, Period period,
                           @Schema(examples = "2020") int year, @Schema(examples = "上半年") String label, LocalDate dueOn,
                           ReminderState state,
                           @Schema(examples = "3", description = "days from asOf to the due date; negative when overdue") long daysLeft) {
    }

    /** What one department owes: every overdue report and the next one of each task it leads, soonest first. */
    @Schema(name = "DepartmentReminders")
    public record DepartmentReminders(PlanApi.DepartmentRef department, List<Reminder> reminders) {
    }

    /** The 催报 list on a date. */
    @Schema(name = "Reminders")
    public record Reminders(LocalDate asOf, @Schema(nullable = true) Long planId, List<DepartmentReminders> departments) {
    }

    @Schema(name = "FlagRequest")
    public record FlagRequest(@Schema(examples = "连续两期进度滞后，列入重点抽查督办") @NotBlank @Size(max = 1000) String note) {
    }

    @Schema(name = "Flag")
    public record FlagView(Long taskId, String note, String flaggedBy, LocalDate flaggedOn) {
    }

    @Schema(name = "TrainingTarget")
    public record TrainingTarget(@Schema(examples = "2020") int year, @Schema(examples = "林政办发〔2020〕5号") String documentNumber,
                                 @Schema(examples = "7000") Integer target,
                                 @Schema(examples = "available", description = "available, or unavailable when subsidy-service is down")
                                 String status,
                                 @Schema(nullable = true, examples = "3500") Long approvedPersonTimes,
                                 @Schema(nullable = true, examples = "50.0") Double percentOfTarget,
                                 @Schema(nullable = true, examples = "21500") Long planPeriodTarget, String detail) {
    }
}
