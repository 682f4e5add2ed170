package gov.linzhi.subsidy.rules;

import gov.linzhi.platform.domain.Label;

/** Who a subsidy is paid to (6.12: 个人未领取补贴 asks whether the person was paid personally). */
public enum Payee {
    @Label("个人") PERSON,
    @Label("企业") ENTERPRISE,
    @Label("培训机构") INSTITUTION
}
