package gov.linzhi.subsidy.api;

/** Request and response examples of the OpenAPI document, kept in one place. */
public final class Examples {

    public static final String EVALUATION_REQUEST = """
            {"programme":"APPRENTICESHIP","level":"LEVEL_3","occupation":"中式烹调师","trainingCompletedOn":"2020-06-30",
             "certificateLevel":null,"includesMandatedContent":true,
             "institution":{"name":"林芝市职业技能培训学校","creditCode":"91540400MA6T1234XT"}}""";

    public static final String EVALUATION_RESPONSE = """
            {"eligible":true,"complete":true,"amount":3950.00,"advanceAmount":0.00,"transportAllowance":0.00,"ruleSetVersion":"2019-2021.2",
             "historyChecked":false,"notices":["未提供personId，未检查历史记录（年度次数、同一职业同一等级）/ No personId: history rules (annual limit, same occupation and level) were not applied"],
             "lines":[
              {"ruleId":"APPRENTICESHIP.LEVEL_3","label":"新型学徒培训 高级工（三级）","labelEn":"Apprenticeship, level 3","amount":7000.00,
               "citation":{"documentNumber":"林政办发〔2020〕5号","provisionPath":"3.1.3","text":"企业或培训机构开展新型学徒培训，按照中级工（四级）6000元/人、高级工（三级）7000元/人、技师（二级）8000元/人、高级技师（一级）9000元/人的标准给予补贴。"}},
              {"ruleId":"APPRENTICESHIP.NO_CERTIFICATE","label":"未取得中级以上职业资格证书，按补贴标准的50%补贴","labelEn":"No certificate at level 4 or above, 50% of the standard","amount":-3500.00,
               "citation":{"documentNumber":"林政办发〔2020〕5号","provisionPath":"3.1.3","text":"培训后未能取得中级以上职业资格证书的，按补贴标准的50%给予补贴。"}},
              {"ruleId":"MANDATED_CONTENT","label":"纳入国家通用语言、职业道德等内容 增加450元/人","labelEn":"Mandated content included, 450 yuan per person added","amount":450.00,
               "citation":{"documentNumber":"林政办发〔2020〕5号","provisionPath":"5.8","text":"对将国家通用语言、职业道德、职业规范、工匠精神、消防安全、健康环保、相关法律法规和就业指导等内容纳入职业技能培训全过程的，在现行补贴标准的基础上增加450元/人。"}}],
             "reasons":[]}""";

    public static final String NOT_CONFIGURED_REQUEST = """
            {"programme":"KEY_GROUP_TRAINING","occupation":"家政服务员","trainingCompletedOn":"2020-06-30",
             "groups":["POOR_LABOUR","REGISTERED_POOR_LABOUR"],"busFareOneWay":85.50}""";

    public static final String NOT_CONFIGURED_RESPONSE = """
            {"eligible":true,"complete":false,"amount":171.00,"advanceAmount":0.00,"transportAllowance":171.00,"ruleSetVersion":"2019-2021.2",
             "historyChecked":false,"payee":"INSTITUTION","notices":["未提供personId，未检查历史记录（年度次数、同一职业同一等级）/ No personId: history rules (annual limit, same occupation and level) were not applied"],
             "lines":[
              {"ruleId":"TRANSPORT_ALLOWANCE","label":"重点群体往返交通费补贴","labelEn":"Round-trip transport allowance for the groups of 3.2.1","amount":171.00,
               "citation":{"documentNumber":"林政办发〔2020〕5号","provisionPath":"3.2.1","text":"对参加培训的建档立卡贫困劳动力、就业困难人员、城乡零就业家庭成员、“两后生”、低保家庭成员、残疾人及未就业高校毕业生给予往返交通费补贴；补贴标准按照交通主管部门批准经营班线客车票价执行。"}}],
             "notConfigured":[
              {"ruleId":"KEY_GROUP_TRAINING.AMOUNT","label":"重点群体就业技能培训补贴标准（藏人社发〔2018〕157号）","labelEn":"Key-group employment training amount (per 藏人社发〔2018〕157号)",
               "citation":{"documentNumber":"藏人社发〔2018〕157号","text":"西藏自治区职业培训补贴资金使用管理实施细则（试行）"}}],
             "reasons":[]}""";

    public static final String REFUSAL_RESPONSE = """
            {"personId":"5404**********1234","eligible":false,"complete":true,"amount":0.00,"advanceAmount":0.00,"transportAllowance":0.00,
             "ruleSetVersion":"2019-2021.2","historyChecked":true,"notices":[],"lines":[],
             "reasons":[
              {"code":"PENSION_RECIPIENT","ruleId":"PENSION_RECIPIENT","message":"具有按月领取养老金资格的人员不在培训补贴范围 / Persons entitled to a monthly pension are not eligible",
               "messageZh":"具有按月领取养老金资格的人员不在培训补贴范围","messageEn":"Persons entitled to a monthly pension are not eligible","facts":["receivesMonthlyPension"],
               "citation":{"documentNumber":"林政办发〔2020〕5号","provisionPath":"6.12","text":"将确有培训需求、不具有按月领取养老金资格的人员纳入培训补贴范围。"}},
              {"code":"INSURANCE_TOO_SHORT","ruleId":"INSURANCE_TOO_SHORT","message":"须依法参加失业保险1年以上 / At least 12 months of unemployment insurance are required",
               "messageZh":"须依法参加失业保险1年以上","messageEn":"At least 12 months of unemployment insurance are required","facts":["unemploymentInsuranceMonths"],
               "citation":{"documentNumber":"林政办发〔2020〕5号","provisionPath":"3.1.1","text":"凡在本市依法参加失业保险1年以上的参保职工，……"}}]}""";

    public static final String BATCH_REQUEST = """
            {"cases":[
              {"programme":"ENTERPRISE_TRAINING","level":"LEVEL_4","occupation":"电工","trainingCompletedOn":"2020-05-20"},
              {"programme":"HIGH_SKILL_TRAINING","level":"LEVEL_5","occupation":"电工","trainingCompletedOn":"2020-05-20"}]}""";

    public static final String BATCH_RESPONSE = """
            {"count":2,"results":[
              {"eligible":true,"complete":true,"amount":1500.00,"advanceAmount":450.00,"transportAllowance":0.00,"ruleSetVersion":"2019-2021.2","historyChecked":false,"lines":[],"reasons":[]},
              {"eligible":false,"complete":true,"amount":0.00,"advanceAmount":0.00,"transportAllowance":0.00,"ruleSetVersion":"2019-2021.2","historyChecked":false,"lines":[],
               "reasons":[{"code":"LEVEL_NOT_COVERED","ruleId":"HIGH_SKILL_TRAINING.NOT_COVERED","message":"高技能人才培训只覆盖高级工、技师、高级技师 / High-skill training is subsidised at levels 3, 2 and 1 only"}]}]}""";

    public static final String CLAIM_REQUEST = """
            {"personId":"540402199001191234","programme":"ENTERPRISE_TRAINING","level":"LEVEL_4","occupation":"电工",
             "trainingCompletedOn":"2020-05-20","includesMandatedContent":true,
             "institution":{"name":"林芝市职业技能培训学校","creditCode":"91540400MA6T1234XT"}}""";

    public static final String CLAIM_RESPONSE = """
            {"id":42,"status":"APPROVED","personId":"5404**********1234","programme":"ENTERPRISE_TRAINING","occupation":"电工",
             "trainingCompletedOn":"2020-05-20","createdAt":"2020-06-01T02:00:00Z",
             "decision":{"personId":"5404**********1234","eligible":true,"complete":true,"amount":1950.00,"advanceAmount":585.00,"transportAllowance":0.00,
              "ruleSetVersion":"2019-2021.2","historyChecked":true,"notices":[],"lines":[
               {"ruleId":"ENTERPRISE_TRAINING.LEVEL_4","label":"企业职工技能提升培训 中级工（四级）","labelEn":"Enterprise skills training, level 4","amount":1500.00,
                "citation":{"documentNumber":"林政办发〔2020〕5号","provisionPath":"3.1.1","text":"企业开展技能提升培训，按照初级工（五级）1000元/人、中级工（四级）1500元/人、高级工（三级）2000元/人的标准给予补贴。"}},
               {"ruleId":"MANDATED_CONTENT","label":"纳入国家通用语言、职业道德等内容 增加450元/人","labelEn":"Mandated content included, 450 yuan per person added","amount":450.00,
                "citation":{"documentNumber":"林政办发〔2020〕5号","provisionPath":"5.8","text":"……在现行补贴标准的基础上增加450元/人。"}}],"reasons":[]}}""";

    public static final String CLAWBACK_REQUEST = """
            {"category":"FRAUD","reason":"专项审计发现虚假培训，套取培训补贴"}""";

    public static final String CLAWBACK_RESPONSE = """
            {"id":42,"status":"APPROVED","personId":"5404**********1234","programme":"ENTERPRISE_TRAINING","occupation":"电工",
             "trainingCompletedOn":"2020-05-20","createdAt":"2020-06-01T02:00:00Z","decision":{"eligible":true,"complete":true,"amount":1950.00},
             "clawback":{"clawedBackAt":"2020-11-02T03:00:00Z","clawedBackBy":"auditor-1","category":"FRAUD","reason":"专项审计发现虚假培训，套取培训补贴",
              "amountRecovered":1950.00,"institutionDisqualified":"91540400MA6T1234XT"}}""";

    public static final String ENTITLEMENTS_RESPONSE = """
            {"personId":"5404**********1234","year":2020,"ruleSetVersion":"2019-2021.2","annualLimit":3,"trainingClaimsApproved":1,"trainingClaimsLeft":2,
             "usedOccupationLevels":[{"family":"TRAINING","programme":"ENTERPRISE_TRAINING","occupation":"电工","level":"LEVEL_4","claimId":42,"trainingCompletedOn":"2020-05-20"}],
             "certificateSubsidies":[]}""";

    public static final String STATISTICS_RESPONSE = """
            {"year":2020,"approvedPersonTimes":1,"approvedAmount":1950.00,"target":7000,"planPeriodTarget":21500,
             "byProgramme":[{"programme":"ENTERPRISE_TRAINING","personTimes":1,"amount":1950.00},{"programme":"SKILL_CERTIFICATE","personTimes":0,"amount":0.00}],
             "byLevel":[{"level":"LEVEL_4","personTimes":1,"amount":1950.00}]}""";

    public static final String SIMULATION_REQUEST = """
            {"year":2020,"changes":[{"parameter":"APPRENTICESHIP.LEVEL_3","value":8000}]}""";

    public static final String SIMULATION_RESPONSE = """
            {"basis":"RECORDED_CLAIMS","year":2020,"casesEvaluated":120,"changes":[{"parameter":"APPRENTICESHIP.LEVEL_3","value":8000,"from":null}],
             "baseline":{"personTimes":96,"amount":241350.00},"simulated":{"personTimes":96,"amount":255350.00},"difference":14000.00,
             "byProgramme":[{"programme":"APPRENTICESHIP","baselinePersonTimes":20,"baselineAmount":118000.00,"simulatedPersonTimes":20,"simulatedAmount":132000.00,"difference":14000.00}]}""";

    public static final String RULE_SET_UPLOAD = """
            version: "2019-2021.2"
            effectiveFrom: 2020-07-01
            # … the rest as in rules/2019-2021/rule-set.yaml, with the changed values …""";

    public static final String PROBLEM_400 = """
            {"type":"https://linzhi.gov.cn/problems/validation-failed","title":"Request validation failed","status":400,
             "detail":"personId: not a valid resident ID number (GB 11643: 18 characters, valid birth date and check character)",
             "code":"VALIDATION_FAILED","instance":"/api/v1/evaluations",
             "violations":[{"field":"personId","message":"not a valid resident ID number (GB 11643: 18 characters, valid birth date and check character)"}]}""";

    public static final String PROBLEM_401 = """
            {"type":"https://linzhi.gov.cn/problems/unauthorized","title":"Unauthorized","status":401,"code":"UNAUTHORIZED","instance":"/api/v1/claims"}""";

    public static final String PROBLEM_403 = """
            {"type":"https://linzhi.gov.cn/problems/forbidden","title":"Forbidden","status":403,"code":"FORBIDDEN","instance":"/api/v1/claims"}""";

    public static final String PROBLEM_404 = """
            {"type":"https://linzhi.gov.cn/problems/claim-not-found","title":"Not found","status":404,"detail":"no claim 99","code":"CLAIM_NOT_FOUND","instance":"/api/v1/claims/99"}""";





    public static final String PING_RESPONSE = """
            {"service":"subsidy-service","status":"UP"}""";

    private Examples() {
    }

    public static final String INSTITUTION_REQUEST = """
            {"name":"林芝市职业技能培训学校","creditCode":"91540400MA6T1234XT","kind":"PRIVATE_TRAINING_SCHOOL","ownership":"PRIVATE",
             "county":"巴宜区","approvals":[{"occupation":"电工","level":"LEVEL_4"},{"occupation":"中式烹调师","level":"LEVEL_3"}]}""";

    public static final String INSTITUTION_RESPONSE = """
            {"id":1,"name":"林芝市职业技能培训学校","creditCode":"91540400MA6T1234XT","kind":"PRIVATE_TRAINING_SCHOOL","kindZh":"民办培训学校",
             "ownership":"PRIVATE","county":"巴宜区","status":"ACTIVE","statusOn":"2020-01-15","statusCategory":null,
             "approvals":[{"occupation":"电工","level":"LEVEL_4"},{"occupation":"中式烹调师","level":"LEVEL_3"}]}""";

    public static final String INSTITUTION_STATUS_REQUEST = """
            {"status":"SUSPENDED","reason":"培训质量检查不合格，限期整改"}""";

    public static final String PROJECT_REQUEST = """
            {"name":"2020年巴宜区电工项目制培训","programme":"ENTERPRISE_TRAINING","occupation":"电工","level":"LEVEL_4","institutionId":1,
             "startsOn":"2020-03-01","endsOn":"2020-06-30","capacity":40,"county":"巴宜区","projectBased":true,"includesMandatedContent":true}""";

    public static final String PROJECT_RESPONSE = """
            {"id":12,"name":"2020年巴宜区电工项目制培训","programme":"ENTERPRISE_TRAINING","occupation":"电工","level":"LEVEL_4",
             "institution":{"id":1,"name":"林芝市职业技能培训学校","creditCode":"91540400MA6T1234XT","kind":"PRIVATE_TRAINING_SCHOOL","status":"ACTIVE"},
             "startsOn":"2020-03-01","endsOn":"2020-06-30","capacity":40,"county":"巴宜区","projectBased":true,"includesMandatedContent":true}""";




    public static final String DISCLOSURE_RESPONSE = """
            {"year":2020,"quarter":2,"from":"2020-04-01","to":"2020-06-30","approvedPersonTimes":6,"approvedAmount":14700.00,
             "byProgramme":[{"key":"ENTERPRISE_TRAINING","name":null,"personTimes":0,"amount":0.00},{"key":"HIGH_SKILL_TRAINING","name":null,"personTimes":6,"amount":14700.00}],
             "byLevel":[{"key":"LEVEL_3","name":null,"personTimes":6,"amount":14700.00}],
             "byCounty":[{"key":"巴宜区","name":null,"personTimes":6,"amount":14700.00}],
             "byInstitution":[{"key":"91540400MA6T1234XT","name":"林芝市职业技能培训学校","personTimes":6,"amount":14700.00}],
             "byCountyAndInstitution":[{"county":"巴宜区","institutionCreditCode":"91540400MA6T1234XT","institutionName":"林芝市职业技能培训学校","personTimes":"6","amount":14700.00},
              {"county":"米林县","institutionCreditCode":"91540400MA6T5678XB","institutionName":"米林县技工学校","personTimes":"<5","amount":null}],
             "advances":{"paidCount":7,"paid":5145.00,"settledCount":6,"settled":4410.00},
             "clawbacks":{"count":1,"recovered":2450.00}}""";

    public static final String DISCLOSURE_CSV = """
            section,key,county,institutionCreditCode,institutionName,personTimes,amount
            total,TRAINING,,,,6,14700.00
            programme,HIGH_SKILL_TRAINING,,,,6,14700.00
            county_institution,,米林县,91540400MA6T5678XB,米林县技工学校,<5,
            clawbacks_recovered,,,,,1,2450.00
            """;

    public static final String PERSON_RECORD_RESPONSE = """
            {"personId":"5404**********1234","subsidisedClaims":2,"subsidisedAmount":3000.00,
             "years":[{"year":2020,"trainings":1,"certificates":0,"amount":1500.00},{"year":2021,"trainings":0,"certificates":1,"amount":1500.00}],
             "entries":[
              {"claimId":17,"status":"APPROVED","programme":"ENTERPRISE_TRAINING","occupation":"电工","level":"LEVEL_4","trainingCompletedOn":"2020-05-20",
               "certificateLevel":null,"certificateIssuedOn":null,"institution":{"creditCode":"91540400MA6T1234XT","name":"林芝市职业技能培训学校"},
               "project":{"id":12,"name":"2020年巴宜区电工项目制培训","county":"巴宜区"},"amount":1500.00,"advanceAmount":450.00,"transportAllowance":0.00,
               "ruleSetVersion":"2019-2021.2","reasons":[],"recordedAt":"2020-06-01T02:00:00Z","clawedBackAt":null,"clawbackReason":null},
              {"claimId":23,"status":"APPROVED","programme":"SKILL_CERTIFICATE","occupation":"电工","level":null,"trainingCompletedOn":"2021-03-01",
               "certificateLevel":"LEVEL_4","certificateIssuedOn":"2021-03-15","institution":null,"project":null,"amount":1500.00,"advanceAmount":0.00,
               "transportAllowance":0.00,"ruleSetVersion":"2019-2021.2","reasons":[],"recordedAt":"2021-04-01T02:00:00Z","clawedBackAt":null,"clawbackReason":null}]}""";

    public static final String PERSON_RECORD_HTML = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>劳动者职业培训电子档案 5404**********1234</title>…</head><body>
            <h1>劳动者职业培训电子档案 / Training record</h1>
            <p>公民身份号码 / Resident ID: <strong>5404**********1234</strong></p> …</body></html>""";
}
