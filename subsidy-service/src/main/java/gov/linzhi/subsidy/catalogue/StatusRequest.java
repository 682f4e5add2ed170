package gov.linzhi.subsidy.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change of an institution's status. */
@Schema(name = "InstitutionStatusRequest")
public record StatusRequest(
        @Schema(required = true, examples = "SUSPENDED") @NotNull InstitutionStatus status,
        @Schema(required = true, examples = "培训质量检查不合格，限期整改") @NotBlank @Size(max = 1000) String reason,
        @Schema(description = "The claim that caused a disqualification, if any", examples = "17") @Positive Long claimId) {
}
