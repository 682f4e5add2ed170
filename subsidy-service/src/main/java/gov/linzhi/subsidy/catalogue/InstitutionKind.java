package gov.linzhi.subsidy.catalogue;

import gov.linzhi.platform.domain.Labelled;

/** Kinds of training and evaluation institutions (7.16 培训和评价机构目录); stable codes. */
public enum InstitutionKind implements Labelled {
    TECHNICIAN_SCHOOL("技工学校"),
    VOCATIONAL_COLLEGE("职业院校"),
    PRIVATE_TRAINING_SCHOOL("民办培训学校"),
    ENTERPRISE_TRAINING_CENTRE("企业培训中心"),
    PUBLIC_TRAINING_BASE("公共实训基地"),
    EVALUATION_INSTITUTION("评价机构");

    private final String labelZh;

    InstitutionKind(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    @Override
    public String chineseLabel() {
        return labelZh;
    }
}
