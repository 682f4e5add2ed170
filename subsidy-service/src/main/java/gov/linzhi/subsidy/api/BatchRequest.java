package gov.linzhi.subsidy.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Up to 10,000 cases evaluated in one call. */
@Schema(name = "EvaluationBatchRequest")
public record BatchRequest(
        @Schema(required = true, maxItems = 10000) @NotNull @Size(min = 1, max = 10000) List<@Valid @NotNull EvaluationRequest> cases) {
}
