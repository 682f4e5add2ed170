package gov.linzhi.subsidy.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One audit record. Person identifiers in details are masked. */
@Schema(name = "AuditEntry")
public record AuditView(long id, Instant occurredAt, String actor,
                        @Schema(examples = "CLAIM_DECIDED") String action,
                        @Schema(examples = "claim/42") String subject,
                        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                                description = "What happened, by action (free-form object)") JsonNode details) {
}
