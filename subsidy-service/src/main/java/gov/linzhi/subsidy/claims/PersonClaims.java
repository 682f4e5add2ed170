package gov.linzhi.subsidy.claims;

import gov.linzhi.subsidy.rules.EvaluationCase;
import gov.linzhi.subsidy.rules.Payee;
import gov.linzhi.subsidy.rules.PersonHistory;
import gov.linzhi.subsidy.rules.Programme;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A person's row with the claims that count for the limits (approved and not clawed back); in a claim transaction,
 * read while the row is locked ({@link HistoryRepository#lockForClaim}).
 */
public record PersonClaims(long id, String maskedId, List<CountingClaim> counting) {

    /** An approved claim not clawed back, as far as the limits read it. */
    public record CountingClaim(Programme.Family family, String occupationKey, String levelKey, int trainingYear, Payee payee) {
    }

    public PersonClaims {
        counting = List.copyOf(counting);
    }

    /** What the counting claims mean for a case completed in {@code year}. */
    public PersonHistory historyIn(int year) {
        int inYear = 0;
        Set<EvaluationCase.UsedPair> used = new HashSet<>();
        Set<EvaluationCase.UsedPair> personallyPaid = new HashSet<>();
        for (CountingClaim c : counting) {
            EvaluationCase.UsedPair pair = new EvaluationCase.UsedPair(c.family(), c.occupationKey(), c.levelKey());
            used.add(pair);
            if (c.family() == Programme.Family.TRAINING) {
                inYear += c.trainingYear() == year ? 1 : 0;
                if (c.payee() == Payee.PERSON) {
                    personallyPaid.add(pair);
                }
            }
        }
        return new PersonHistory(inYear, used, personallyPaid);
    }
}
