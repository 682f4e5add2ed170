package gov.linzhi.subsidy.catalogue;

import gov.linzhi.subsidy.rules.Level;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * An institution as the public catalogue shows it: its status, since when and, for a disqualification after a
 * clawback, the category (FRAUD, POOR_QUALITY). Never the free-text reason or the claim: those stay in the audit log.
 */
@Schema(name = "Institution")
public record InstitutionView(
        long id, String name, String creditCode,
        @Schema(nullable = true, description = "null for an institution known only from a clawback (never catalogued)") InstitutionKind kind,
        @Schema(nullable = true) String kindZh,
        @Schema(nullable = true, description = "null for an institution known only from a clawback") Ownership ownership, @Schema(nullable = true) String county,
        InstitutionStatus status, LocalDate statusOn,
        @Schema(nullable = true, description = "Why a clawback disqualified it: FRAUD or POOR_QUALITY", examples = "FRAUD") String statusCategory,
        List<ApprovalView> approvals) {

    /** An approved occupation and level. */
    @Schema(name = "Approval")
    public record ApprovalView(String occupation, Level level) {
    }

    static InstitutionView of(TrainingInstitution i) {
        return new InstitutionView(i.id, i.name, i.creditCode, i.kind, i.kind == null ? null : i.kind.labelZh(), i.ownership, i.county,
                i.status(), i.statusOn(), i.statusCategory(),
                i.approvals.stream().map(a -> new ApprovalView(a.occupation, level(a.levelKey))).toList());
    }

    static Level level(String key) {
        return "NONE".equals(key) ? null : Level.valueOf(key);
    }
}
