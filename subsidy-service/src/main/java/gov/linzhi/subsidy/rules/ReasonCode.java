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
    INSTITUTION_DISQUALIFIED;

    /** Codes that depend on recorded claims rather than on the case alone. */
    public boolean isHistory() {
        return this == ANNUAL_LIMIT_REACHED || this == DUPLICATE_OCCUPATION_LEVEL || this == INSTITUTION_DISQUALIFIED;
    }
}
