package gov.linzhi.subsidy.rules;

import java.util.function.Predicate;

/**
 * How a case's institution stands in the training and evaluation institution catalogue (7.16) and the
 * register of disqualified institutions (7.17). The engine asks it only for a case naming an institution.
 */
@FunctionalInterface
public interface InstitutionStanding {

    /** The answer for one institution, occupation and level. */
    enum Standing {
        /** Listed, active and approved for the occupation and level. */
        APPROVED,
        /** Not in the catalogue. */
        NOT_LISTED,
        /** Listed, but not approved for the occupation and level. */
        NOT_APPROVED_FOR,
        /** Listed and approved, but suspended. */
        SUSPENDED,
        /** Disqualified after fraud (7.17). */
        DISQUALIFIED
    }

    /**
     * @param creditCode    the institution's 统一社会信用代码
     * @param occupationKey the case's occupation as compared ({@link EvaluationCase#occupationKey(String)})
     * @param levelKey      the level that counts ({@link Level#keyOf(Level)})
     */
    Standing standing(String creditCode, String occupationKey, String levelKey);

    /** Only the disqualification register: every other institution counts as approved (the rule engine alone, simulations). */
    static InstitutionStanding registerOnly(Predicate<String> disqualified) {
        return (code, occupation, level) -> disqualified.test(code) ? Standing.DISQUALIFIED : Standing.APPROVED;
    }
}
