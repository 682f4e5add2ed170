package gov.linzhi.subsidy.catalogue;

import gov.linzhi.platform.domain.Label;

/** Where an institution stands: only ACTIVE institutions are paid for; DISQUALIFIED (7.17 取缔) is final. */
public enum InstitutionStatus {
    @Label("正常（可申领补贴）")
    ACTIVE,
    @Label("暂停")
    SUSPENDED,
    @Label("取缔培训资格（不可恢复）")
    DISQUALIFIED
}
