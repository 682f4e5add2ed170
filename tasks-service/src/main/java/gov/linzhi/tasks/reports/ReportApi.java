package gov.linzhi.tasks.reports;

import gov.linzhi.tasks.plans.PlanApi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import io.soabase.recordbuilder.core.RecordBuilder;

/** Request and response records of the reports API. */
public final class ReportApi {

    private ReportApi() {
    }

    @Schema(name = "FileReportRequest")
    public record FileReport(
            @Schema(examples = "H1") @NotNull Period period,
            @Schema(examples = "2020") @NotNull @Min(2000) @Max(2100) Integer year,
            @Schema(examples = "45", description = "required on the lead department's official report")
            @Min(0) @Max(100) Integer percentComplete,
            @Schema(examples = "上半年完成补贴性培训3200人次。") @NotBlank @Size(max = 4000) String narrative,
            @Schema(examples = "部分县区培训机构不足。") @Size(max = 4000) String problems,
            @Schema(examples = "下半年开展高危行业专项培训。") @Size(max = 4000) String nextSteps,
            @Size(max = 50) List<@Valid @NotNull IndicatorValue> indicatorValues) {
    }

    @Schema(name = "IndicatorValue")
    public record IndicatorValue(@Schema(examples = "12") @NotNull Long indicatorId,
                                 @Schema(examples = "3200") @NotNull BigDecimal value) {
    }

    @Schema(name = "ReportedIndicatorValue")
    public record ReportedValue(Long indicatorId, String name, String unit, BigDecimal value) {
    }

    @Schema(name = "ProgressReport")
    @RecordBuilder
    @RecordBuilder.Options(inheritComponentAnnotations = false)
    public record ReportView(Long id, Long taskId, @Schema(examples = "3.1.4") String taskCode,
                             PlanApi.DepartmentRef department, ProgressReport.Kind kind, Period period,
                             @Schema(examples = "上半年", description = "the period as the plan's calendar calls it") String periodLabel, int year,
                             @Schema(examples = "1") int version, @Schema(examples = "true") boolean current,
                             Integer percentComplete, String narrative, String problems, String nextSteps,
                             List<ReportedValue> indicatorValues,
                             @Schema(examples = "张三") String filedBy, LocalDate filedOn, LocalDate dueOn,
                             @Schema(examples = "false") boolean late) {
        public static ReportView of(ProgressReport r, boolean current) {
            return ReportApiReportViewBuilder.builder()
                    .id(r.id)
                    .taskId(r.task.id)
                    .taskCode(r.task.code)
                    .department(new PlanApi.DepartmentRef(r.department.id, r.department.name))
                    .kind(r.kind)
                    .period(r.period)
                    .periodLabel(r.task.plan.reportingCalendar().label(r.period))
                    .year(r.year)
                    .version(r.version)
                    .current(current)
                    .percentComplete(r.percentComplete)
                    .narrative(r.narrative)
                    .problems(r.problems)
                    .nextSteps(r.nextSteps)
                    .indicatorValues(r.indicatorValues.stream().map(v -> new ReportedValue(v.indicator.id, v.indicator.name, v.indicator.unit,
                            v.value)).toList())
                    .filedBy(r.filedBy)
                    .filedOn(r.filedOn)
                    .dueOn(r.dueOn)
                    .late(r.late)
                    .build();
        }
    }
}
