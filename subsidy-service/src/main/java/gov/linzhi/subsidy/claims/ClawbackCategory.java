package gov.linzhi.subsidy.claims;

import gov.linzhi.platform.domain.Label;

/**
 * Why a claim is clawed back (7.17 对培训工作中出现的失误和问题要区分不同情况对待): fraud and poor quality
 * disqualify the institution (取缔培训资格); an administrative error or another cause recovers the money only.
 */
public enum ClawbackCategory {
    /** 以虚假培训等套取、骗取培训补助资金. */
    @Label("以虚假培训等套取、骗取培训补助资金（取缔培训资格）") FRAUD(true),
    /** 培训质量低劣. */
    @Label("培训质量低劣（取缔培训资格）") POOR_QUALITY(true),
    /** 工作失误 (e.g. paid twice, wrong amount). */
    @Label("工作失误（只追回资金）") ADMINISTRATIVE_ERROR(false),
    /** 其他. */
    @Label("其他（只追回资金）") OTHER(false);

    private final boolean disqualifies;

    ClawbackCategory(boolean disqualifies) {
        this.disqualifies = disqualifies;
    }

    /** Whether the institution the claim names loses its training qualification. */
    public boolean disqualifies() {
        return disqualifies;
    }
}
