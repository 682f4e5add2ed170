package gov.linzhi.subsidy.rules;

/**
 * The groups of 3.2.1 a person may belong to: the key groups of employment training (重点群体) and the groups
 * whose members get the round-trip transport allowance. Which groups count for which benefit is stated by the
 * rule set's expressions, not here.
 */
public enum Group {
    /** 农牧区转移就业劳动者. */
    RURAL_TRANSFER_WORKER,
    /** 贫困劳动力. */
    POOR_LABOUR,
    /** “两后生”. */
    TWO_AFTER_GRADUATE,
    /** 失业人员. */
    UNEMPLOYED,
    /** 转岗职工. */
    TRANSFERRED_WORKER,
    /** 退役军人. */
    VETERAN,
    /** 未就业高校毕业生. */
    UNEMPLOYED_GRADUATE,
    /** 服刑人员（含社区服刑人员）. */
    PRISONER,
    /** 强制隔离戒毒人员. */
    COMPULSORY_REHAB,
    /** 刑满释放人员. */
    RELEASED_PRISONER,
    /** 残疾人. */
    DISABLED,
    /** 建档立卡贫困劳动力. */
    REGISTERED_POOR_LABOUR,
    /** 就业困难人员. */
    EMPLOYMENT_DIFFICULTY,
    /** 城乡零就业家庭成员. */
    ZERO_EMPLOYMENT_FAMILY,
    /** 低保家庭成员. */
    SUBSISTENCE_FAMILY
}
