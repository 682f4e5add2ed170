package gov.linzhi.subsidy.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a claim is clawed back. */
@Schema(name = "ClawbackRequest")
public record ClawbackRequest(
        @Schema(required = true, examples = "专项审计发现虚假培训，套取培训补贴") @NotBlank @Size(max = 1000) String reason) {
}
