package gov.linzhi.subsidy.rules;

import gov.linzhi.platform.domain.Label;

/**
 * The transport groups of 3.2.1 as the first API version named them ({@code keyGroup}); kept so existing
 * integrations keep working, each mapping onto one {@link Group}.
 *
 * @deprecated send {@code groups} instead
 */
@Deprecated
public enum KeyGroup {
    @Label("建档立卡贫困劳动力") REGISTERED_POOR_LABOUR(Group.REGISTERED_POOR_LABOUR),
    @Label("就业困难人员") EMPLOYMENT_DIFFICULTY(Group.EMPLOYMENT_DIFFICULTY),
    @Label("城乡零就业家庭成员") ZERO_EMPLOYMENT_FAMILY(Group.ZERO_EMPLOYMENT_FAMILY),
    @Label("“两后生”") POST_SCHOOL_YOUTH(Group.TWO_AFTER_GRADUATE),
    @Label("低保家庭成员") SUBSISTENCE_ALLOWANCE_FAMILY(Group.SUBSISTENCE_FAMILY),
    @Label("残疾人") DISABLED(Group.DISABLED),
    @Label("未就业高校毕业生") UNEMPLOYED_GRADUATE(Group.UNEMPLOYED_GRADUATE);

    private final Group group;

    KeyGroup(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }
}
