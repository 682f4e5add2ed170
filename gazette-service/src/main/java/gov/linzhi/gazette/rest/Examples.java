package gov.linzhi.gazette.rest;

/** The examples of the OpenAPI document, kept together. */
public final class Examples {

    public static final String NUMBER_5 = "林政办发〔2020〕5号";
    public static final String PLAN_TITLE = "林芝市职业技能提升行动实施方案（2019—2021年）";
    public static final String NOTICE_5_TITLE = "林芝市人民政府办公室关于印发《林芝市职业技能提升行动实施方案（2019—2021年）》的通知";
    public static final String CITATION_URL_313 = "/api/v1/documents/by-number/林政办发〔2020〕5号/provisions/3.1.3";
    public static final String CITATION_URL_314 = "/api/v1/documents/by-number/林政办发〔2020〕5号/provisions/3.1.4";
    public static final String PROVISION_TEXT = "实施新型学徒培养计划。推行“招工即招生、入企即入校、企校双师联合培养”为主要内容的企业新型学徒制……"
            + "（责任单位：市人社局、国资委、工商联、财政局、经信局、总工会，各县（区）人民政府等）";
    public static final String SNIPPET = "实施新型<em>学徒</em>培养计划。推行“招工即招生、入企即入校、企校双师联合培养”为主要内容的企业新型<em>学徒</em>制";
    public static final String FACETS = "{\"year\":{\"2020\":1},\"issuingAuthority\":{\"林芝市人民政府办公室\":1},"
            + "\"category\":{\"市政府办公室文件\":1},\"genre\":{\"方案\":1}}";

    public static final String PROVISION = """
            {"documentId":5,"documentNumber":"林政办发〔2020〕5号","documentTitle":"林芝市职业技能提升行动实施方案（2019—2021年）",
             "path":"3.1.3","number":"3.","heading":"实施新型学徒培养计划","text":"实施新型学徒培养计划。推行……",
             "children":[],"responsibility":{"documentId":5,"documentNumber":"林政办发〔2020〕5号",
             "documentTitle":"林芝市职业技能提升行动实施方案（2019—2021年）","provisionPath":"3.1.3",
             "provisionHeading":"实施新型学徒培养计划","provisionText":"实施新型学徒培养计划。推行……",
             "citationUrl":"/api/v1/documents/by-number/林政办发〔2020〕5号/provisions/3.1.3",
             "rawText":"市人社局、国资委、工商联、财政局、经信局、总工会，各县（区）人民政府等",
             "departments":[{"name":"市人社局","lead":true,"collective":false},{"name":"市国资委","lead":false,"collective":false},
             {"name":"各县（区）人民政府","lead":false,"collective":true}],"lead":"市人社局"},
             "quantities":[{"value":6000,"unit":"元/人","text":"6000元/人","context":"按照中级工（四级）6000元/人"}],
             "citations":[],"citationUrl":"/api/v1/documents/by-number/林政办发〔2020〕5号/provisions/3.1.3"}""";
    public static final String DOCUMENT = """
            {"id":4,"issueId":1,"title":"林芝市人民政府办公室关于印发《林芝市职业技能提升行动实施方案（2019—2021年）》的通知",
             "documentNumber":"林政办发〔2020〕5号","category":"市政府办公室文件","issuingAuthority":"林芝市人民政府办公室",
             "signedOn":"2020-01-16","genre":"通知","recipients":"各县（区）人民政府，市各委、办、局","page":27,"hasText":true,
             "current":true,"publishes":[{"id":5,"title":"林芝市职业技能提升行动实施方案（2019—2021年）","documentNumber":null}],
             "publishedBy":null,"provisions":[{"path":"0.1","number":null,"heading":"《林芝市职业技能提升行动实施方案（2019—2021年）》已经市人民政府同意","level":0}],
             "links":{"self":"/api/v1/documents/4"}}""";
    public static final String SEARCH = """
            {"query":"学徒","total":1,"page":0,"size":10,"items":[{"document":{"id":5,"issueId":1,
             "title":"林芝市职业技能提升行动实施方案（2019—2021年）","documentNumber":null,"category":"市政府办公室文件",
             "issuingAuthority":"林芝市人民政府办公室","signedOn":null,"genre":"方案","page":null,"hasText":true,"current":true},
             "score":3.2,"titleSnippet":null,"provisions":[{"path":"3.1.3","heading":"实施新型学徒培养计划",
             "snippet":"实施新型<em>学徒</em>培养计划。","citationUrl":"/api/v1/documents/by-number/林政办发〔2020〕5号/provisions/3.1.3"}]}],
             "facets":{"year":{"2020":1},"issuingAuthority":{"林芝市人民政府办公室":1},"category":{"市政府办公室文件":1},"genre":{"方案":1}}}""";
    public static final String IMPORT_RESULT = """
            {"status":"CREATED","issueId":1,"version":1,"documentIds":[1,2,3,4,5],"supersededIssueId":null}""";
    public static final String TOC = """
            [{"section":"市政府文件","title":"《政府工作报告》","page":1,"documentId":1,"hasText":true},
             {"section":"市政府文件","title":"林芝市2020年《政府工作报告》任务分解方案","page":17,"documentId":3,"hasText":false}]""";
    public static final String MARKDOWN = "# 林芝市人民政府办公室关于印发《林芝市职业技能提升行动实施方案（2019—2021年）》的通知\n\n林政办发〔2020〕5号\n…";
    public static final String GAZETTE_TEXT = "# 林芝市人民政府公报\n\n2020\n\n第 1 期（总第 1 期）\n\n## 目 录\n…";

    public static final String DOCUMENT_NOT_FOUND = """
            {"type":"https://linzhi.gov.cn/problems/document-not-found","title":"Not found","status":404,
             "detail":"no document numbered 林政发〔2020〕99号","code":"DOCUMENT_NOT_FOUND","instance":"/api/v1/documents/by-number/林政发〔2020〕99号"}""";
    public static final String PROVISION_NOT_FOUND = """
            {"type":"https://linzhi.gov.cn/problems/provision-not-found","title":"Not found","status":404,
             "detail":"document 5 has no provision 9.9","code":"PROVISION_NOT_FOUND"}""";
    public static final String CONFLICT = """
            {"type":"https://linzhi.gov.cn/problems/issue-already-imported","title":"Conflict","status":409,
             "detail":"2020年第1期 is already stored (issue 1, version 1) with a different text; import it with correction=true …",
             "code":"ISSUE_ALREADY_IMPORTED"}""";
    public static final String UNAUTHORIZED = """
            {"type":"https://linzhi.gov.cn/problems/unauthorized","title":"Unauthorized","status":401,"code":"UNAUTHORIZED"}""";
    public static final String FORBIDDEN = """
            {"type":"https://linzhi.gov.cn/problems/forbidden","title":"Forbidden","status":403,"code":"FORBIDDEN"}""";
    public static final String ISSUE_NOT_FOUND = """
            {"type":"https://linzhi.gov.cn/problems/issue-not-found","title":"Not found","status":404,
             "detail":"no issue 99","code":"ISSUE_NOT_FOUND"}""";

    private Examples() {
    }
}
