package gov.linzhi.subsidy.rules;

/** Stable reason codes of a refusal; the HR bureau's systems switch on them. */
public enum ReasonCode {
    PENSION_RECIPIENT,
    INSURANCE_TOO_SHORT,
    CLAIM_WINDOW_EXPIRED,
    CERTIFICATE_REQUIRED,
    LEVEL_NOT_COVERED,
    ANNUAL_LIMIT_REACHED,
    DUPLICATE_OCCUPATION_LEVEL,
    NO_RULES_IN_FORCE,
    AMOUNT_NOT_CONFIGURED,
    INSTITUTION_DISQUALIFIED,
    /** The case names an institution that is not in the training and evaluation institution catalogue (7.16). */
    INSTITUTION_NOT_LISTED,
    /** The catalogued institution is not approved for the occupation and level, or is suspended (7.16). */
    INSTITUTION_NOT_APPROVED_FOR;

    /** Codes that depend on recorded claims rather than on the case alone. */
    public boolean isHistory() {
        return this == ANNUAL_LIMIT_REACHED || this == DUPLICATE_OCCUPATION_LEVEL || this == INSTITUTION_DISQUALIFIED
                || this == INSTITUTION_NOT_LISTED || this == INSTITUTION_NOT_APPROVED_FOR;
    }
}
