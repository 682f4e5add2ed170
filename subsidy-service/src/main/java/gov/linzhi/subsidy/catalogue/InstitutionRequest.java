package gov.linzhi.subsidy.catalogue;

import gov.linzhi.subsidy.identity.CreditCode;
import gov.linzhi.subsidy.rules.Level;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An institution to list or update; its status changes through its own endpoint. */
@Schema(name = "InstitutionRequest")
public record InstitutionRequest(
        @Schema(required = true, examples = "林芝市职业技能培训学校") @NotBlank @Size(max = 200) String name,
        @Schema(required = true, description = "统一社会信用代码 (GB 32100, check character validated)", examples = "91540400MA6T1234XT")
        @NotNull @CreditCode String creditCode,
        @Schema(required = true, examples = "PRIVATE_TRAINING_SCHOOL") @NotNull InstitutionKind kind,
        @Schema(required = true, description = "Shown only: no rule depends on it (4.6, 5.11)", examples = "PRIVATE") @NotNull Ownership ownership,
        @Schema(description = "County or district of its seat", examples = "巴宜区") @Size(max = 50) String county,
        @Schema(required = true, description = "Occupations and levels it may train or evaluate")
        @NotNull @Size(max = 500) List<@Valid @NotNull ApprovalEntry> approvals) {

    /** One occupation and level; level null for trainings without a level. */
    @Schema(name = "ApprovalEntry")
    public record ApprovalEntry(
            @Schema(required = true, examples = "电工") @NotBlank @Size(max = 100) String occupation,
            @Schema(examples = "LEVEL_4") Level level) {
    }
}
