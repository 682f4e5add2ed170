package gov.linzhi.subsidy.rules;

/** The key groups of 3.2.1 that receive a round-trip transport allowance. */
public enum KeyGroup {
    /** 建档立卡贫困劳动力. */
    REGISTERED_POOR_LABOUR,
    /** 就业困难人员. */
    EMPLOYMENT_DIFFICULTY,
    /** 城乡零就业家庭成员. */
    ZERO_EMPLOYMENT_FAMILY,
    /** “两后生”. */
    POST_SCHOOL_YOUTH,
    /** 低保家庭成员. */
    SUBSISTENCE_ALLOWANCE_FAMILY,
    /** 残疾人. */
    DISABLED,
    /** 未就业高校毕业生. */
    UNEMPLOYED_GRADUATE
}
