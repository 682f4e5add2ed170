package gov.linzhi.subsidy.claims;

import gov.linzhi.platform.domain.Label;

/** The outcome recorded for a claim. A clawback keeps APPROVED and adds the clawback. */
public enum ClaimStatus {
    @Label("核准补贴") APPROVED,
    @Label("不予补贴") REJECTED
}
