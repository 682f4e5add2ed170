package gov.linzhi.subsidy.catalogue;

import java.time.LocalDate;

/**
 * A change of an institution's status as asked: to what, on which day, why, and by whom. A disqualification after a
 * clawback (7.17 取缔培训资格) names the claim and its category (FRAUD, POOR_QUALITY).
 */
public record StatusChange(InstitutionStatus to, LocalDate on, Long claimId, String reason, String category, String actor) {

    public static StatusChange disqualifiedForClaim(long claimId, String category, String reason, LocalDate on, String actor) {
        return new StatusChange(InstitutionStatus.DISQUALIFIED, on, claimId, reason, category, actor);
    }
}
