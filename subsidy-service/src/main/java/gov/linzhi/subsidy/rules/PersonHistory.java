package gov.linzhi.subsidy.rules;

import java.util.Set;

/**
 * What the person's recorded, approved (and not clawed-back) claims mean for a new case.
 *
 * @param trainingClaimsInYear approved training claims in the case's year of training completion
 * @param usedPairs            occupation+level pairs already subsidised, per programme family
 * @param personallyPaidPairs  occupation+level pairs of training subsidies paid to the person personally (6.12:
 *                             个人未领取补贴 — a training paid to an enterprise or institution leaves the person's
 *                             certificate subsidy open)
 */
public record PersonHistory(int trainingClaimsInYear, Set<EvaluationCase.UsedPair> usedPairs,
                            Set<EvaluationCase.UsedPair> personallyPaidPairs) {

    public static final PersonHistory NONE = new PersonHistory(0, Set.of(), Set.of());

    public PersonHistory {
        usedPairs = Set.copyOf(usedPairs);
        personallyPaidPairs = Set.copyOf(personallyPaidPairs);
    }
}
