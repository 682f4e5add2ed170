package gov.linzhi.tasks.plans;

import gov.linzhi.tasks.departments.Department;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import io.soabase.recordbuilder.core.RecordBuilder;

/** Request and response records of the plans API, and the mapping from the entities. */
public final class PlanApi {

    private PlanApi() {
    }

    @Schema(name = "ImportFromGazetteRequest")
    public record ImportFromGazette(
            @Schema(examples = "林政办发〔2020〕5号") @NotBlank @Size(max = 100) String documentNumber) {
    }

    @Schema(name = "CreatePlanRequest")
    public record CreatePlan(
            @Schema(examples = "林政发〔2020〕9号-112") @NotBlank @Size(max = 60) String code,
            @Schema(examples = "林芝市2020年《政府工作报告》任务分解方案（督查室112项）") @NotBlank @Size(max = 300) String title,
            @Schema(examples = "林政发〔2020〕9号") @Size(max = 100) String sourceDocumentNumber,
            @Schema(examples = "2020") @NotNull @Min(2000) @Max(2100) Integer startYear,
            @Schema(examples = "2020") @NotNull @Min(2000) @Max(2100) Integer endYear,
            @Schema(examples = "[\"坚决打赢“三大攻坚战”\", \"推动重点项目建设攻坚突破\"]", description = "area names, numbered from 1")
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> areas,
            @Schema(examples = "2020-03-17", nullable = true, description = "the day the plan was issued (印发): no report is owed "
                    + "before it; default the shipped date of its document, if any") java.time.LocalDate issuedOn) {
    }

    @Schema(name = "DepartmentRef")
    public record DepartmentRef(@Schema(examples = "1") Long id, @Schema(examples = "市人社局") String name) {
        public static DepartmentRef of(Department d) {
            return new DepartmentRef(d.id, d.name);
        }
    }

    @Schema(name = "Area")
    public record AreaView(@Schema(examples = "6") int seq, @Schema(examples = "推动民生事业持续改善") String name) {
    }

    @Schema(name = "PlanSummary")
    public record PlanView(Long id, @Schema(examples = "林政办发〔2020〕5号") String code, String title,
                           @Schema(nullable = true) String sourceDocumentNumber, int startYear, int endYear, Plan.Origin origin,
                           List<AreaView> areas, long taskCount,
                           @Schema(description = "the plan's own targets as its document states them (二、目标任务)") List<PlanIndicatorView> indicators) {
        static PlanView of(Plan p) {
            return new PlanView(p.id, p.code, p.title, p.sourceDocumentNumber, p.startYear, p.endYear, p.origin,
                    p.areas.stream().map(a -> new AreaView(a.seq, a.name)).toList(), Task.count("plan", p),
                    p.indicators.stream().map(i -> new PlanIndicatorView(i.name, i.unit, i.target, i.sourceReference)).toList());
        }
    }

    @Schema(name = "PlanIndicator")
    public record PlanIndicatorView(@Schema(examples = "公共实训基地") String name, @Schema(examples = "个") String unit,
                                    @Schema(examples = "8") BigDecimal target, @Schema(examples = "2") String sourceReference) {
    }

    @Schema(name = "Indicator")
    public record IndicatorView(Long id, @Schema(examples = "接待游客") String name, @Schema(examples = "万人次") String unit,
                                @Schema(nullable = true, examples = "864") BigDecimal baseline, @Schema(examples = "1020") BigDecimal target,
                                Indicator.Direction direction) {
        static IndicatorView of(Indicator i) {
            return new IndicatorView(i.id, i.name, i.unit, i.baseline, i.target, i.direction);
        }
    }

    @Schema(name = "TaskSource")
    public record SourceView(@Schema(examples = "林政办发〔2020〕5号") String documentNumber,
                             @Schema(examples = "3.1.4") String reference,
                             @Schema(description = "provision text as cached from gazette-service") String text,
                             @Schema(nullable = true) String citationUrl) {
    }

    @Schema(name = "Task")
    @RecordBuilder
    @RecordBuilder.Options(inheritComponentAnnotations = false)
    public record TaskView(Long id, Long planId, @Schema(examples = "3.1.4") String code, AreaView area,
                           @Schema(examples = "实施高危行业安全技能提升计划") String text, SourceView source,
                           DepartmentRef lead, Task.LeadBasis leadBasis, List<DepartmentRef> coDepartments,
                           @Schema(examples = "副市长（分管应急管理）") String leaderPost, LocalDate dueOn,
                           List<IndicatorView> indicators) {
        public static TaskView of(Task t) {
            return PlanApiTaskViewBuilder.builder()
                    .id(t.id)
                    .planId(t.plan.id)
                    .code(t.code)
                    .area(new AreaView(t.area.seq, t.area.name))
                    .text(t.text)
                    .source(new SourceView(t.sourceDocumentNumber, t.sourceReference, t.sourceText, t.sourceUrl))
                    .lead(DepartmentRef.of(t.lead))
                    .leadBasis(t.leadBasis)
                    .coDepartments(t.coDepartments.stream().map(DepartmentRef::of).toList())
                    .leaderPost(t.leaderPost)
                    .dueOn(t.dueOn)
                    .indicators(t.indicators.stream().map(IndicatorView::of).toList())
                    .build();
        }
    }

    @Schema(name = "PlanImportResult")
    public record ImportResult(PlanView plan, @Schema(examples = "21") int created, @Schema(examples = "0") int updated,
                               @Schema(examples = "0") int unchanged) {
    }

    @Schema(name = "LiveProvision", description = "a task's provision as gazette-service serves it now")
    public record ProvisionView(String documentNumber, String documentTitle, String path, String heading, String text,
                                String citationUrl) {
    }

    /** A period of a plan's reporting calendar: due on MM-DD of the plan year, or of the next one. */
    @Schema(name = "CalendarPeriod")
    public record CalendarPeriod(
            @Schema(examples = "H1") @NotNull gov.linzhi.tasks.reports.Period period,
            @Schema(examples = "上半年") @NotBlank @Size(max = 40) String label,
            @Schema(examples = "07-05", description = "MM-DD") @NotNull @jakarta.validation.constraints.Pattern(regexp = "\\d{2}-\\d{2}",
                    message = "MM-DD") String due,
            @Schema(examples = "0", description = "1 when the period is due in the year after its plan year (a December report in January)")
            @Min(0) @Max(1) int dueYearOffset,
            @Schema(examples = "GAZETTE", description = "GAZETTE when the document sets the day, OFFICE_ASSIGNED when the office did")
            @NotNull gov.linzhi.tasks.reports.ReportingCalendar.Basis basis) {

        public gov.linzhi.tasks.reports.ReportingCalendar.Entry entry() {
            return new gov.linzhi.tasks.reports.ReportingCalendar.Entry(period, label.strip(),
                    gov.linzhi.tasks.reports.ReportingCalendar.monthDay(due), dueYearOffset, basis);
        }

        static CalendarPeriod of(gov.linzhi.tasks.reports.ReportingCalendar.Entry e) {
            return new CalendarPeriod(e.period(), e.label(), String.format(java.util.Locale.ROOT, "%02d-%02d",
                    e.due().getMonthValue(), e.due().getDayOfMonth()), e.yearOffset(), e.basis());
        }
    }

    /** A plan's reporting calendar and the day it was issued (nothing is owed before it). */
    @Schema(name = "Calendar")
    public record Calendar(Long planId, @Schema(examples = "2020-03-17", nullable = true) java.time.LocalDate issuedOn,
                           List<CalendarPeriod> periods,
                           @Schema(description = "each county government co-owning a task reports on it as well as the lead (各县（区）)")
                           boolean countiesReport) {
        public static Calendar of(Plan p) {
            var c = p.reportingCalendar();
            return new Calendar(p.id, c.issuedOn(), c.entries().stream().map(CalendarPeriod::of).toList(), p.countiesReport());
        }
    }

    /** A new calendar for a plan. */
    @Schema(name = "ChangeCalendar")
    public record ChangeCalendar(@NotEmpty @Size(max = 40) List<@jakarta.validation.Valid @NotNull CalendarPeriod> periods,
                                 @Schema(nullable = true, description = "default: unchanged") Boolean countiesReport) {

        /** The periods as calendar entries; a day no year has (02-30) is refused naming its period ({@code periods[1].due}). */
        public List<gov.linzhi.tasks.reports.ReportingCalendar.Entry> entries() {
            List<gov.linzhi.tasks.reports.ReportingCalendar.Entry> entries = new java.util.ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                try {
                    entries.add(periods.get(i).entry());
                } catch (IllegalArgumentException e) {
                    throw gov.linzhi.platform.domain.DomainException.invalid("periods[" + i + "].due", e.getMessage());
                }
            }
            return entries;
        }
    }
}
