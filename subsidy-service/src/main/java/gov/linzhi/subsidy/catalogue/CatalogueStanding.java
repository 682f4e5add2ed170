package gov.linzhi.subsidy.catalogue;

import gov.linzhi.subsidy.rules.InstitutionStanding;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The one answer the evaluation side gets about an institution: how it stands in the catalogue, which is also the
 * register of disqualification (7.16, 7.17). Callers run it inside their transaction.
 */
@ApplicationScoped
public class CatalogueStanding implements InstitutionStanding {

    @Override
    public Standing standing(String creditCode, String occupationKey, String levelKey) {
        return TrainingInstitution.<TrainingInstitution>find("creditCode", creditCode).firstResultOptional()
                .map(i -> i.standingFor(occupationKey, levelKey))
                .orElse(Standing.NOT_LISTED);
    }

    /** A standing that asks the database once per institution, occupation and level (batches). */
    public InstitutionStanding memoised() {
        Map<String, Standing> seen = new HashMap<>();
        return (code, occupation, level) -> seen.computeIfAbsent(code + "\u0000" + occupation + "\u0000" + level,
                k -> standing(code, occupation, level));
    }

    /** Credit codes of every disqualified institution (a small set): the standing simulations replay against. */
    public Set<String> disqualifiedCreditCodes() {
        return new HashSet<>(TrainingInstitution.getEntityManager()
                .createQuery("select i.creditCode from TrainingInstitution i where i.status = :status", String.class)
                .setParameter("status", InstitutionStatus.DISQUALIFIED).getResultList());
    }
}
