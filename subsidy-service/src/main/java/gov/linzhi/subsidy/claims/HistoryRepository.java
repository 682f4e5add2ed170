package gov.linzhi.subsidy.claims;

import gov.linzhi.subsidy.identity.PersonDataCrypto;
import gov.linzhi.subsidy.identity.ResidentIds;
import gov.linzhi.subsidy.rules.EvaluationCase;
import gov.linzhi.subsidy.rules.Payee;
import gov.linzhi.subsidy.rules.PersonHistory;
import gov.linzhi.subsidy.rules.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads what recorded claims mean for a person. */
@ApplicationScoped
public class HistoryRepository {

    @Inject
    PersonDataCrypto crypto;

    public String lookupHash(String residentId) {
        return crypto.lookupHash(ResidentIds.normalise(residentId));
    }

    public Optional<PersonRecord> person(String residentId) {
        return PersonRecord.find("lookupHash", lookupHash(residentId)).firstResultOptional();
    }

    /** The person's history for a case in {@code year}; no person yet means no history. */
    public PersonHistory history(PersonRecord person, int year) {
        if (person == null) {
            return PersonHistory.NONE;
        }
        long inYear = Claim.count("person.id = ?1 and status = ?2 and clawedBackAt is null and family = ?3 and trainingYear = ?4",
                person.id, ClaimStatus.APPROVED, Programme.Family.TRAINING, year);
        List<Object[]> pairs = Claim.getEntityManager().createQuery(
                        "select c.family, c.occupationKey, c.levelKey, c.payee from Claim c "
                                + "where c.person.id = ?1 and c.status = ?2 and c.clawedBackAt is null", Object[].class)
                .setParameter(1, person.id).setParameter(2, ClaimStatus.APPROVED).getResultList();
        Set<EvaluationCase.UsedPair> used = new HashSet<>();
        Set<EvaluationCase.UsedPair> personallyPaid = new HashSet<>();
        for (Object[] p : pairs) {
            EvaluationCase.UsedPair pair = new EvaluationCase.UsedPair((Programme.Family) p[0], (String) p[1], (String) p[2]);
            used.add(pair);
            if (pair.family() == Programme.Family.TRAINING && p[3] == Payee.PERSON) {
                personallyPaid.add(pair);
            }
        }
        return new PersonHistory((int) inYear, used, personallyPaid);
    }

}
