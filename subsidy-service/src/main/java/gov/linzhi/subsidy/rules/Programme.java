package gov.linzhi.subsidy.rules;

import gov.linzhi.platform.domain.Label;

/** The subsidy programmes of 林政办发〔2020〕5号. */
public enum Programme {
    /** 企业职工技能提升培训 (3.1.1). */
    @Label("企业职工技能提升培训") ENTERPRISE_TRAINING,
    /** 技能提升补贴, paid to an insured worker for a certificate (3.1.1). */
    @Label("技能提升补贴（参保职工取得证书）") SKILL_CERTIFICATE,
    /** 高技能人才培训 (3.1.2). */
    @Label("高技能人才培训") HIGH_SKILL_TRAINING,
    /** 新型学徒 (3.1.3). */
    @Label("企业新型学徒培训") APPRENTICESHIP,
    /** 重点群体就业技能培训 (3.2.1). */
    @Label("重点群体就业技能培训") KEY_GROUP_TRAINING,
    /** 岗前培训 (3.1.1). */
    @Label("企业新录用人员岗前培训") PRE_JOB_TRAINING,
    /** 创业培训 (3.3). */
    @Label("创业培训") ENTREPRENEURSHIP_TRAINING;

    /** The family inside which the same occupation at the same level is subsidised once (6.12). */
    public Family family() {
        return this == SKILL_CERTIFICATE ? Family.SKILL_CERTIFICATE : Family.TRAINING;
    }

    /** Training programmes count towards the annual limit; the certificate subsidy does not. */
    public boolean isTraining() {
        return family() == Family.TRAINING;
    }

    /** Programme families of 6.12. */
    public enum Family {
        @Label("培训补贴（同一职业同一等级只补贴一次）") TRAINING,
        @Label("技能提升补贴（取得证书）") SKILL_CERTIFICATE
    }
}
