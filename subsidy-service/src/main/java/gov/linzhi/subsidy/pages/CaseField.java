package gov.linzhi.subsidy.pages;

import java.util.Arrays;
import java.util.Optional;

/**
 * The calculator's form fields: one per input of {@code POST /api/v1/evaluations} except {@code personId}
 * (a public page takes no resident ID: it would need the hr-bureau token and would end up in URLs and
 * browser histories) and {@code payee} (a matter for the claim, not for a trial calculation). The parameter
 * name is the API's field name, flattened for the institution; a field that is a fact of the rule set is shown
 * only for the programmes that read it ({@code GET /api/v1/facts}).
 */
public enum CaseField {
    PROGRAMME("programme", "programme", Kind.CHOICE, Section.TRAINING, "培训类型", null),
    LEVEL("level", "level", Kind.CHOICE, Section.TRAINING, "培训等级", null),
    OCCUPATION("occupation", "occupation", Kind.TEXT, Section.TRAINING, "职业（工种）", "如：中式烹调师、电工"),
    TRAINING_STARTED_ON("trainingStartedOn", "trainingStartedOn", Kind.DATE, Section.TRAINING, "培训开始日期",
            "格式：年-月-日；岗前培训须在劳动合同签订之日起1个月内开展"),
    TRAINING_COMPLETED_ON("trainingCompletedOn", "trainingCompletedOn", Kind.DATE, Section.TRAINING, "培训结业日期", "格式：年-月-日，如 2020-06-30"),
    INCLUDES_MANDATED_CONTENT("includesMandatedContent", "includesMandatedContent", Kind.CHECK, Section.TRAINING,
            "培训全过程纳入国家通用语言、职业道德、职业规范、工匠精神、消防安全等内容", null),
    PROVIDER("provider", "provider", Kind.CHOICE, Section.TRAINING, "培训开展主体", "企业开展的培训，或培训机构开展的项目制培训，可先行拨付30%"),
    PROJECT_ID("projectId", "projectId", Kind.INTEGER, Section.TRAINING, "培训项目目录编号",
            "选填：填写后按培训项目目录中的登记内容确定培训类型、职业、等级、培训机构和结业日期"),
    CERTIFICATE_LEVEL("certificateLevel", "certificateLevel", Kind.CHOICE, Section.CERTIFICATE, "培训后取得证书等级", null),
    CERTIFICATE_ISSUED_ON("certificateIssuedOn", "certificateIssuedOn", Kind.DATE, Section.CERTIFICATE, "证书核发日期", "格式：年-月-日"),
    APPLIED_ON("appliedOn", "appliedOn", Kind.DATE, Section.APPLICANT, "申领日期", "格式：年-月-日；留空为今天"),
    CONTRACT_SIGNED_ON("contractSignedOn", "contractSignedOn", Kind.DATE, Section.APPLICANT, "劳动合同或就业协议签订日期", "格式：年-月-日"),
    INSURED_IN_LINZHI("insuredInLinzhi", "insuredInLinzhi", Kind.CHOICE, Section.APPLICANT, "在本市依法参加失业保险", null),
    UNEMPLOYMENT_INSURANCE_MONTHS("unemploymentInsuranceMonths", "unemploymentInsuranceMonths", Kind.INTEGER, Section.APPLICANT,
            "参加失业保险月数", "技能提升补贴要求参保1年（12个月）以上"),
    RECEIVES_MONTHLY_PENSION("receivesMonthlyPension", "receivesMonthlyPension", Kind.CHECK, Section.APPLICANT, "具有按月领取养老金资格", null),
    GROUPS("groups", "groups", Kind.MULTI, Section.APPLICANT, "所属群体（可多选）",
            "重点群体就业技能培训须属于所列重点群体之一；建档立卡贫困劳动力、“两后生”等可领取往返交通费补贴"),
    BUS_FARE_ONE_WAY("busFareOneWay", "busFareOneWay", Kind.AMOUNT, Section.APPLICANT, "单程客车票价（元）", "交通主管部门批准的班线客车票价，如 85.50"),
    DIFFICULT_ENTERPRISE("difficultEnterprise", "difficultEnterprise", Kind.CHECK, Section.PROVIDERS, "困难企业职工转岗培训（全额补贴培训经费）", null),
    TRAINING_COST("trainingCost", "trainingCost", Kind.AMOUNT, Section.PROVIDERS, "培训经费（元）", "困难企业职工转岗培训须填写"),
    INSTITUTION_NAME("institutionName", "institution.name", Kind.TEXT, Section.PROVIDERS, "培训机构名称", "选填；填写后须同时填写统一社会信用代码"),
    INSTITUTION_CREDIT_CODE("institutionCreditCode", "institution.creditCode", Kind.TEXT, Section.PROVIDERS, "培训机构统一社会信用代码",
            "18位，如 91540400MA6T1234XT");

    /** How a field is typed in and read. */
    public enum Kind {
        CHOICE, TEXT, DATE, INTEGER, AMOUNT, CHECK, MULTI
    }

    /** The fieldset a field belongs to, with its legend. */
    public enum Section {
        TRAINING("培训情况"), CERTIFICATE("证书情况"), APPLICANT("申领人情况"), PROVIDERS("企业与培训机构");

        private final String legend;

        Section(String legend) {
            this.legend = legend;
        }

        public String legend() {
            return legend;
        }
    }

    private final String parameter;
    private final String apiPath;
    private final Kind kind;
    private final Section section;
    private final String label;
    private final String hint;

    CaseField(String parameter, String apiPath, Kind kind, Section section, String label, String hint) {
        this.parameter = parameter;
        this.apiPath = apiPath;
        this.kind = kind;
        this.section = section;
        this.label = label;
        this.hint = hint;
    }

    public Section section() {
        return section;
    }

    /** The query parameter, also the id of the form control. */
    public String parameter() {
        return parameter;
    }

    public Kind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** The keyboard a phone should offer ({@code inputmode}); null for free text. */
    public String inputMode() {
        return switch (kind) {
            case DATE, INTEGER -> "numeric";
            case AMOUNT -> "decimal";
            default -> null;
        };
    }

    /** The field a violation of the API's request names ({@code institution.creditCode} …). */
    public static Optional<CaseField> ofApiPath(String path) {
        return Arrays.stream(values()).filter(f -> f.apiPath.equals(path)).findFirst();
    }

    public static Optional<CaseField> ofParameter(String parameter) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(parameter)).findFirst();
    }
}
