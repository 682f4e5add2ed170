package gov.linzhi.subsidy.claims;

/** The outcome recorded for a claim. A clawback keeps APPROVED and adds the clawback. */
public enum ClaimStatus {
    APPROVED,
    REJECTED
}
