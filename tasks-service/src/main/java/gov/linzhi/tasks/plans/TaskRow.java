package gov.linzhi.tasks.plans;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * One task as the office writes it, in the shipped work-report plan and in a task import (JSON, or
 * one CSV line). Validated as a whole by {@link TaskRowChecker} before anything is written.
 */
@Schema(name = "TaskRow")
@RecordBuilder
@RecordBuilder.Options(inheritComponentAnnotations = false)
public record TaskRow(
        @Schema(examples = "6.1", required = true) String code,
        @Schema(examples = "6", description = "area number (1–10) or its exact name", required = true) String area,
        @Schema(examples = "开发就业岗位5000个", required = true) String text,
        @Schema(examples = "市人社局", required = true) String lead,
        @Schema(examples = "OFFICE_ASSIGNED", description = "SOURCE_TEXT (default) or OFFICE_ASSIGNED") String leadBasis,
        @Schema(examples = "[\"市财政局\", \"各县（区）人民政府\"]") List<String> coDepartments,
        @Schema(examples = "副市长（分管人力资源社会保障）", description = "defaults to the lead department's leader post") String leaderPost,
        @Schema(examples = "2020-12-31", description = "ISO date; defaults to the end of the plan's last year") String dueOn,
        @Schema(examples = "林政发〔2020〕9号") String sourceDocumentNumber,
        @Schema(examples = "政府工作报告 二、（六）促进就业创业") String sourceReference,
        @Schema(description = "source text quoted") String sourceText,
        List<IndicatorRow> indicators) {

    /** One indicator of a task row. */
    @Schema(name = "IndicatorRow")
    public record IndicatorRow(
            @Schema(examples = "开发就业岗位", required = true) String name,
            @Schema(examples = "个", required = true) String unit,
            @Schema(examples = "0") BigDecimal baseline,
            @Schema(examples = "5000", required = true) BigDecimal target,
            @Schema(examples = "HIGHER_IS_BETTER", description = "HIGHER_IS_BETTER (default) or LOWER_IS_BETTER") String direction) {
    }
}
