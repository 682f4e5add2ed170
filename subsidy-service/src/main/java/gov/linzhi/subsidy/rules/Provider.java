package gov.linzhi.subsidy.rules;

import gov.linzhi.platform.domain.Label;

/** Who ran the training (6.12: 企业开展培训 or 培训机构开展项目制培训). */
public enum Provider {
    @Label("企业") ENTERPRISE,
    @Label("培训机构（含职业院校）") INSTITUTION
}
