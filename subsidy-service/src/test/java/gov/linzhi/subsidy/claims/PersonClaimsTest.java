package gov.linzhi.subsidy.claims;

import gov.linzhi.subsidy.rules.EvaluationCase;
import gov.linzhi.subsidy.rules.Payee;
import gov.linzhi.subsidy.rules.PersonHistory;
import gov.linzhi.subsidy.rules.Programme;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a person's counting claims mean for a case in a given year. */
class PersonClaimsTest {

    private static final EvaluationCase.UsedPair ELECTRICIAN_4 = new EvaluationCase.UsedPair(Programme.Family.TRAINING, "电工", "4");
    private static final EvaluationCase.UsedPair WELDER_3 = new EvaluationCase.UsedPair(Programme.Family.TRAINING, "焊工", "3");
    private static final EvaluationCase.UsedPair COOK_CERTIFICATE = new EvaluationCase.UsedPair(Programme.Family.SKILL_CERTIFICATE, "厨师", "4");

    private final PersonClaims person = new PersonClaims(7, "5404**********1234", List.of(
            new PersonClaims.CountingClaim(Programme.Family.TRAINING, "电工", "4", 2020, Payee.PERSON),
            new PersonClaims.CountingClaim(Programme.Family.TRAINING, "焊工", "3", 2021, Payee.ENTERPRISE),
            new PersonClaims.CountingClaim(Programme.Family.SKILL_CERTIFICATE, "厨师", "4", 2020, Payee.PERSON)));

    @Test
    void onlyTrainingClaimsOfTheCasesYearCountTowardsTheAnnualLimit() {
        assertEquals(1, person.historyIn(2020).trainingClaimsInYear());
        assertEquals(1, person.historyIn(2021).trainingClaimsInYear());
        assertEquals(0, person.historyIn(2022).trainingClaimsInYear());
    }

    @Test
    void everyCountingClaimUsesItsPairWhateverTheYearAndOnlyTrainingPaidToThePersonIsPersonallyPaid() {
        PersonHistory h = person.historyIn(2022);
        assertEquals(Set.of(ELECTRICIAN_4, WELDER_3, COOK_CERTIFICATE), h.usedPairs());
        assertEquals(Set.of(ELECTRICIAN_4), h.personallyPaidPairs());
    }

    @Test
    void noCountingClaimsIsNoHistory() {
        assertEquals(PersonHistory.NONE, new PersonClaims(1, "m", List.of()).historyIn(2020));
    }
}
