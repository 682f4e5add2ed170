package gov.linzhi.subsidy.rules;

import gov.linzhi.platform.domain.Label;

/**
 * The groups of 3.2.1 a person may belong to: the key groups of employment training (重点群体) and the groups
 * whose members get the round-trip transport allowance. Which groups count for which benefit is stated by the
 * rule set's expressions, not here.
 */
public enum Group {
    @Label("农牧区转移就业劳动者") RURAL_TRANSFER_WORKER,
    @Label("贫困劳动力") POOR_LABOUR,
    @Label("“两后生”") TWO_AFTER_GRADUATE,
    @Label("失业人员") UNEMPLOYED,
    @Label("转岗职工") TRANSFERRED_WORKER,
    @Label("退役军人") VETERAN,
    @Label("未就业高校毕业生") UNEMPLOYED_GRADUATE,
    @Label("服刑人员（含社区服刑人员）") PRISONER,
    @Label("强制隔离戒毒人员") COMPULSORY_REHAB,
    @Label("刑满释放人员") RELEASED_PRISONER,
    @Label("残疾人") DISABLED,
    @Label("建档立卡贫困劳动力") REGISTERED_POOR_LABOUR,
    @Label("就业困难人员") EMPLOYMENT_DIFFICULTY,
    @Label("城乡零就业家庭成员") ZERO_EMPLOYMENT_FAMILY,
    @Label("低保家庭成员") SUBSISTENCE_FAMILY
}
