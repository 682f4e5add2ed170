package gov.linzhi.subsidy.rules;

import java.util.Set;

/**
 * What the person's recorded, approved (and not clawed-back) claims mean for a new case.
 *
 * @param trainingClaimsInYear approved training claims in the case's year of training completion
 * @param usedPairs            occupation+level pairs already subsidised, per programme family
 */
public record PersonHistory(int trainingClaimsInYear, Set<EvaluationCase.UsedPair> usedPairs) {

    public static final PersonHistory NONE = new PersonHistory(0, Set.of());

    public PersonHistory {
        usedPairs = Set.copyOf(usedPairs);
    }
}
