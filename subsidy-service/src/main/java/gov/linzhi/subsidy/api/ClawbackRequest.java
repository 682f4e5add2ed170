package gov.linzhi.subsidy.api;

import gov.linzhi.subsidy.claims.ClawbackCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a claim is clawed back: the category decides whether the institution is disqualified (7.17 区分不同情况对待). */
@Schema(name = "ClawbackRequest")
public record ClawbackRequest(
        @Schema(required = true, description = "FRAUD and POOR_QUALITY disqualify the institution the claim names; ADMINISTRATIVE_ERROR "
                + "and OTHER recover the money only", examples = "FRAUD") @NotNull ClawbackCategory category,
        @Schema(required = true, description = "Kept in the audit log and shown to the bureau; never published",
                examples = "专项审计发现虚假培训，套取培训补贴") @NotBlank @Size(max = 1000) String reason) {
}
