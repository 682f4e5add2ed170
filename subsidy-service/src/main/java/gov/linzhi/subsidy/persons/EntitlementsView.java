package gov.linzhi.subsidy.persons;

import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What an officer needs before advising a worker: what is left this year and what was already used. */
@Schema(name = "Entitlements")
public record EntitlementsView(
        @Schema(examples = "5404**********1234") String personId,
        @Schema(examples = "2020") int year,
        @Schema(nullable = true, description = "Version in force at the end of the year; null outside every rule set", examples = "2019-2021.1")
        String ruleSetVersion,
        @Schema(nullable = true, description = "Approved training claims allowed per calendar year", examples = "3") Integer annualLimit,
        @Schema(examples = "1") long trainingClaimsApproved,
        @Schema(nullable = true, examples = "2") Integer trainingClaimsLeft,
        @Schema(description = "Occupation+level pairs already subsidised (never again in the same family), all years")
        List<UsedPair> usedOccupationLevels,
        @Schema(description = "Certificate subsidies (技能提升补贴) taken, all years") List<CertificateSubsidy> certificateSubsidies) {

    /** An occupation at a level already subsidised. */
    @Schema(name = "UsedOccupationLevel")
    public record UsedPair(Programme.Family family, Programme programme, String occupation, Level level, long claimId,
                           LocalDate trainingCompletedOn) {
    }

    /** A certificate subsidy taken. */
    @Schema(name = "CertificateSubsidy")
    public record CertificateSubsidy(long claimId, String occupation, Level certificateLevel, LocalDate trainingCompletedOn,
                                     @Schema(examples = "1000.00") BigDecimal amount) {
    }
}
