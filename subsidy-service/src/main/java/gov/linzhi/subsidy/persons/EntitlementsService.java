package gov.linzhi.subsidy.persons;

import gov.linzhi.subsidy.claims.Claim;
import gov.linzhi.subsidy.claims.ClaimStatus;
import gov.linzhi.subsidy.claims.HistoryRepository;
import gov.linzhi.subsidy.claims.PersonRecord;
import gov.linzhi.subsidy.identity.ResidentIds;
import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;
import gov.linzhi.subsidy.rules.RuleSet;
import gov.linzhi.subsidy.rulesets.RuleSetRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A person's remaining entitlements, from their approved and not clawed-back claims. */
@ApplicationScoped
public class EntitlementsService {

    @Inject
    HistoryRepository history;

    @Inject
    RuleSetRegistry registry;

    public EntitlementsView entitlements(String residentId, int year) {
        Optional<PersonRecord> person = history.person(residentId);
        List<Claim> claims = person.isEmpty() ? List.of()
                : Claim.list("person.id = ?1 and status = ?2 and clawedBackAt is null order by trainingCompletedOn, id",
                person.get().id, ClaimStatus.APPROVED);
        long inYear = claims.stream().filter(c -> c.family == Programme.Family.TRAINING && c.trainingYear == year).count();
        Optional<RuleSet> set = registry.current().inForce(LocalDate.of(year, 12, 31))
                .or(() -> registry.current().inForce(LocalDate.of(year, 1, 1)));
        Integer limit = set.flatMap(s -> s.parameter("LIMITS.TRAINING_CLAIMS_PER_YEAR").valueOn(LocalDate.of(year, 12, 31))
                        .or(() -> s.parameter("LIMITS.TRAINING_CLAIMS_PER_YEAR").valueOn(LocalDate.of(year, 1, 1))))
                .map(BigDecimal::intValue).orElse(null);
        return new EntitlementsView(
                ResidentIds.mask(ResidentIds.normalise(residentId)), year, set.map(RuleSet::version).orElse(null), limit, inYear,
                limit == null ? null : (int) Math.max(0, limit - inYear),
                claims.stream().map(c -> new EntitlementsView.UsedPair(c.family, c.programme, c.occupation, level(c.levelKey), c.id,
                        c.trainingCompletedOn)).toList(),
                claims.stream().filter(c -> c.programme == Programme.SKILL_CERTIFICATE)
                        .map(c -> new EntitlementsView.CertificateSubsidy(c.id, c.occupation, level(c.levelKey), c.trainingCompletedOn, c.amount))
                        .toList());
    }

    private static Level level(String key) {
        return "NONE".equals(key) ? null : Level.valueOf(key);
    }
}
