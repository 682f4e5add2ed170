package gov.linzhi.subsidy.pages;

import java.util.Arrays;
import java.util.Optional;

/**
 * The calculator's form fields: one per input of {@code POST /api/v1/evaluations} except {@code personId}
 * (a public page takes no resident ID: it would need the hr-bureau token and would end up in URLs and
 * browser histories). The parameter name is the API's field name, flattened for the institution.
 */
public enum CaseField {
    PROGRAMME("programme", "programme", Kind.CHOICE, "培训类型", null),
    LEVEL("level", "level", Kind.CHOICE, "培训等级", "技能证书补贴不看此项，看“取得证书等级”"),
    OCCUPATION("occupation", "occupation", Kind.TEXT, "职业（工种）", "如：中式烹调师、电工"),
    TRAINING_COMPLETED_ON("trainingCompletedOn", "trainingCompletedOn", Kind.DATE, "培训结业日期", "格式：年-月-日，如 2020-06-30"),
    INCLUDES_MANDATED_CONTENT("includesMandatedContent", "includesMandatedContent", Kind.CHECK,
            "培训全过程纳入国家通用语言、职业道德、职业规范、工匠精神、消防安全等内容", null),
    PROJECT_ID("projectId", "projectId", Kind.INTEGER, "培训项目目录编号",
            "选填：填写后按培训项目目录中的登记内容确定培训类型、职业、等级、培训机构和结业日期"),
    CERTIFICATE_LEVEL("certificateLevel", "certificateLevel", Kind.CHOICE, "培训后取得证书等级", null),
    CERTIFICATE_ISSUED_ON("certificateIssuedOn", "certificateIssuedOn", Kind.DATE, "证书核发日期", "格式：年-月-日"),
    APPLIED_ON("appliedOn", "appliedOn", Kind.DATE, "申领日期", "格式：年-月-日；留空为今天"),
    UNEMPLOYMENT_INSURANCE_MONTHS("unemploymentInsuranceMonths", "unemploymentInsuranceMonths", Kind.INTEGER,
            "参加失业保险月数", "技能提升补贴要求参保1年（12个月）以上"),
    RECEIVES_MONTHLY_PENSION("receivesMonthlyPension", "receivesMonthlyPension", Kind.CHECK, "具有按月领取养老金资格", null),
    KEY_GROUP("keyGroup", "keyGroup", Kind.CHOICE, "重点群体", "建档立卡贫困劳动力等重点群体可领取往返交通费补贴"),
    BUS_FARE_ONE_WAY("busFareOneWay", "busFareOneWay", Kind.AMOUNT, "单程客车票价（元）", "交通主管部门批准的班线客车票价，如 85.50"),
    DIFFICULT_ENTERPRISE("difficultEnterprise", "difficultEnterprise", Kind.CHECK, "困难企业职工转岗培训（全额补贴培训经费）", null),
    TRAINING_COST("trainingCost", "trainingCost", Kind.AMOUNT, "培训经费（元）", "困难企业职工转岗培训须填写"),
    INSTITUTION_NAME("institutionName", "institution.name", Kind.TEXT, "培训机构名称", "选填；填写后须同时填写统一社会信用代码"),
    INSTITUTION_CREDIT_CODE("institutionCreditCode", "institution.creditCode", Kind.TEXT, "培训机构统一社会信用代码", "18位，如 91540400MA6T1234XT");

    /** How a field is typed in and read. */
    public enum Kind {
        CHOICE, TEXT, DATE, INTEGER, AMOUNT, CHECK
    }

    private final String parameter;
    private final String apiPath;
    private final Kind kind;
    private final String label;
    private final String hint;

    CaseField(String parameter, String apiPath, Kind kind, String label, String hint) {
        this.parameter = parameter;
        this.apiPath = apiPath;
        this.kind = kind;
        this.label = label;
        this.hint = hint;
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
