package gov.linzhi.subsidy.rules;

/** Who a subsidy is paid to (6.12: 个人未领取补贴 asks whether the person was paid personally). */
public enum Payee {
    /** 个人. */
    PERSON,
    /** 企业. */
    ENTERPRISE,
    /** 培训机构. */
    INSTITUTION
}
