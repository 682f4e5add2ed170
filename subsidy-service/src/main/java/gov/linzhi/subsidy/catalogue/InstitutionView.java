package gov.linzhi.subsidy.catalogue;

import gov.linzhi.subsidy.rules.Level;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** An institution as the public catalogue shows it. */
@Schema(name = "Institution")
public record InstitutionView(
        long id, String name, String creditCode, InstitutionKind kind, String kindZh, Ownership ownership, String county,
        InstitutionStatus status, LocalDate statusOn, @Schema(nullable = true) Long statusClaimId, @Schema(nullable = true) String statusReason, List<ApprovalView> approvals) {

    /** An approved occupation and level. */
    @Schema(name = "Approval")
    public record ApprovalView(String occupation, Level level) {
    }

    static InstitutionView of(TrainingInstitution i) {
        return new InstitutionView(i.id, i.name, i.creditCode, i.kind, i.kind.labelZh(), i.ownership, i.county, i.status, i.statusOn,
                i.statusClaimId, i.statusReason,
                i.approvals.stream().map(a -> new ApprovalView(a.occupation, level(a.levelKey))).toList());
    }

    static Level level(String key) {
        return "NONE".equals(key) ? null : Level.valueOf(key);
    }
}
