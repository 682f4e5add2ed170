package gov.linzhi.subsidy.catalogue;

import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A training project to list or update. */
@Schema(name = "ProjectRequest")
public record ProjectRequest(
        @Schema(required = true, examples = "2020年巴宜区电工项目制培训") @NotBlank @Size(max = 200) String name,
        @Schema(required = true, description = "Any training programme (not SKILL_CERTIFICATE)", examples = "HIGH_SKILL_TRAINING")
        @NotNull Programme programme,
        @Schema(required = true, examples = "电工") @NotBlank @Size(max = 100) String occupation,
        @Schema(description = "Null for trainings without a level", examples = "LEVEL_3") Level level,
        @Schema(required = true, examples = "1") @NotNull @Positive Long institutionId,
        @Schema(required = true, examples = "2020-03-01") @NotNull LocalDate startsOn,
        @Schema(required = true, examples = "2020-06-30") @NotNull LocalDate endsOn,
        @Schema(required = true, examples = "40") @NotNull @Min(1) @Max(100000) Integer capacity,
        @Schema(required = true, description = "County or district where it takes place", examples = "巴宜区") @NotBlank @Size(max = 50) String county,
        @Schema(required = true, description = "项目制: allows the 30% advance (6.12)", examples = "true") @NotNull Boolean projectBased,
        @Schema(required = true, description = "Includes the mandated content of 5.8", examples = "true") @NotNull Boolean includesMandatedContent) {
}
