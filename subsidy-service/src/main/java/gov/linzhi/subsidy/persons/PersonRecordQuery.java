package gov.linzhi.subsidy.persons;

import gov.linzhi.subsidy.identity.ResidentId;
import gov.linzhi.subsidy.identity.ResidentIds;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whose training record: in the request body, so that a resident ID never travels in a URL or a log. */
@Schema(name = "PersonRecordQuery")
public record PersonRecordQuery(
        @Schema(required = true, description = "The 18-character resident ID", examples = "540402199001191234")
        @NotNull @ResidentId String personId) {

    public PersonRecordQuery {
        personId = ResidentIds.canonical(personId);
    }
}
