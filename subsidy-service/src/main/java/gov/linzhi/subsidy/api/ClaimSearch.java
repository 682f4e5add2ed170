package gov.linzhi.subsidy.api;

import gov.linzhi.platform.http.PagingBounds;
import gov.linzhi.subsidy.claims.ClaimStatus;
import gov.linzhi.subsidy.identity.ResidentId;
import gov.linzhi.subsidy.identity.ResidentIds;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which claims to list, in the request body of {@code POST /api/v1/claims/search}, so that a resident ID never
 * travels in a URL or a log; every filter optional.
 */
@Schema(name = "ClaimSearch")
public record ClaimSearch(
        @Schema(description = "The 18-character resident ID", examples = "540402199001191234") @ResidentId String personId,
        @Schema(description = "Calendar year of training completion", examples = "2020") @Min(2000) @Max(2100) Integer year,
        @Schema(description = "APPROVED or REJECTED", examples = "APPROVED") ClaimStatus status,
        @Schema(description = "Page, from 0; default 0", examples = "0") @Min(0) @Max(PagingBounds.MAX_PAGE) Integer page,
        @Schema(description = "Claims per page, 1 to 500; default 50", examples = "50") @Min(1) @Max(500) Integer size) {

    public ClaimSearch {
        personId = ResidentIds.canonical(personId);
    }

    int pageOrDefault() {
        return page == null ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null ? 50 : size;
    }
}
