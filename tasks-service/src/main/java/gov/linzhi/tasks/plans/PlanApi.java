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
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> areas) {
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
                           String sourceDocumentNumber, int startYear, int endYear, Plan.Origin origin,
                           List<AreaView> areas, long taskCount) {
        static PlanView of(Plan p) {
            return new PlanView(p.id, p.code, p.title, p.sourceDocumentNumber, p.startYear, p.endYear, p.origin,
                    p.areas.stream().map(a -> new AreaView(a.seq, a.name)).toList(), Task.count("plan", p));
        }
    }

    @Schema(name = "Indicator")
    public record IndicatorView(Long id, @Schema(examples = "接待游客") String name, @Schema(examples = "万人次") String unit,
                                @Schema(examples = "864") BigDecimal baseline, @Schema(examples = "1020") BigDecimal target,
                                Indicator.Direction direction) {
        static IndicatorView of(Indicator i) {
            return new IndicatorView(i.id, i.name, i.unit, i.baseline, i.target, i.direction);
        }
    }

    @Schema(name = "TaskSource")
    public record SourceView(@Schema(examples = "林政办发〔2020〕5号") String documentNumber,
                             @Schema(examples = "3.1.4") String reference,
                             @Schema(description = "provision text as cached from gazette-service") String text,
                             String citationUrl) {
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
}
