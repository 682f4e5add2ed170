package gov.linzhi.subsidy.persons;

import gov.linzhi.subsidy.identity.ResidentId;
import gov.linzhi.subsidy.identity.ResidentIds;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whose entitlements, for which year: in the request body, so that a resident ID never travels in a URL or a log. */
@Schema(name = "EntitlementsQuery")
public record EntitlementsQuery(
        @Schema(required = true, description = "The 18-character resident ID", examples = "540402199001191234")
        @NotNull @ResidentId String personId,
        @Schema(description = "Calendar year of training completion; default this year", examples = "2020")
        @Min(2000) @Max(2100) Integer year) {

    public EntitlementsQuery {
        personId = ResidentIds.canonical(personId);
    }
}
