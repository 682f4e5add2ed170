package gov.linzhi.subsidy.api;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import gov.linzhi.subsidy.TestIds;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The institution and project catalogues (7.16), the refusals they cause and the 30% advance for project-based training. */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class CatalogueApiTest {

    private static final String HR = TestTokens.withRoles("hr-bureau");
    private static final String AUDITOR = TestTokens.withRoles("auditor");

    static String institution(String code, String name, String kind, String ownership, String county, String occupation, String level) {
        return """
                {"name":"%s","creditCode":"%s","kind":"%s","ownership":"%s","county":"%s",
                 "approvals":[{"occupation":"%s","level":"%s"}]}""".formatted(name, code, kind, ownership, county, occupation, level);
    }

    /** Lists a fresh active institution approved for one occupation and level; returns its id. */
    static long listInstitution(String code, String occupation, String level) {
        return given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(institution(code, "培训学校" + code, "PRIVATE_TRAINING_SCHOOL", "PRIVATE", "巴宜区", occupation, level))
                .post("/api/v1/catalogue/institutions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long listProject(long institution, String programme, String occupation, String level, String county, boolean projectBased) {
        return given().auth().oauth2(HR).contentType(ContentType.JSON).body("""
                        {"name":"项目 %s","programme":"%s","occupation":"%s","level":"%s","institutionId":%d,"startsOn":"2020-03-01",
                         "endsOn":"2020-06-30","capacity":40,"county":"%s","projectBased":%s,"includesMandatedContent":true}"""
                        .formatted(occupation, programme, occupation, level, institution, county, projectBased))
                .post("/api/v1/catalogue/projects").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Response claim(String body) {
        return given().auth().oauth2(HR).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/claims");
    }

    static String caseWith(String person, String programme, String occupation, String level, String code) {
        return """
                {"personId":"%s","programme":"%s","level":"%s","occupation":"%s","trainingCompletedOn":"2020-06-30","appliedOn":"2020-07-01",
                 "institution":{"name":"某机构","creditCode":"%s"}}""".formatted(person, programme, level, occupation, code);
    }

    @Test
    void institutionsAreListedValidatedUpdatedAndAudited() {
        String code = TestIds.creditCode();
        String occupation = "目录电工" + code;
        long id = given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(institution(code, "林芝市技工学校", "TECHNICIAN_SCHOOL", "PUBLIC", "巴宜区", occupation, "LEVEL_4"))
                .post("/api/v1/catalogue/institutions").then().statusCode(201)
                .body("kind", is("TECHNICIAN_SCHOOL")).body("kindZh", is("技工学校")).body("status", is("ACTIVE"))
                .body("approvals.occupation", contains(occupation)).extract().jsonPath().getLong("id");

        // the same credit code twice: 409; a bad check character, an unknown kind, a missing field: 400
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(institution(code, "重复", "TECHNICIAN_SCHOOL", "PUBLIC", "巴宜区", "电工", "LEVEL_4"))
                .post("/api/v1/catalogue/institutions").then().statusCode(409).contentType("application/problem+json")
                .body("code", is("INSTITUTION_EXISTS"));
        String bad = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(institution(bad, "坏代码", "TECHNICIAN_SCHOOL", "PUBLIC", "巴宜区", "电工", "LEVEL_4"))
                .post("/api/v1/catalogue/institutions").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("creditCode"));
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(institution(TestIds.creditCode(), "未知类型", "UNIVERSITY", "PUBLIC", "巴宜区", "电工", "LEVEL_4"))
                .post("/api/v1/catalogue/institutions").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("{\"name\":\"缺字段\"}")
                .post("/api/v1/catalogue/institutions").then().statusCode(400).contentType("application/problem+json");

        // writes need hr-bureau; reads are public
        given().auth().oauth2(AUDITOR).contentType(ContentType.JSON)
                .body(institution(TestIds.creditCode(), "x", "TECHNICIAN_SCHOOL", "PUBLIC", "巴宜区", "电工", "LEVEL_4"))
                .post("/api/v1/catalogue/institutions").then().statusCode(403);
        given().contentType(ContentType.JSON)
                .body(institution(TestIds.creditCode(), "x", "TECHNICIAN_SCHOOL", "PUBLIC", "巴宜区", "电工", "LEVEL_4"))
                .post("/api/v1/catalogue/institutions").then().statusCode(401);
        given().get("/api/v1/catalogue/institutions/" + id).then().statusCode(200).body("creditCode", is(code));
        given().get("/api/v1/catalogue/institutions/999999999").then().statusCode(404).body("code", is("INSTITUTION_NOT_FOUND"));

        // update: the approvals are replaced as a whole
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(institution(code, "林芝市第二技工学校", "TECHNICIAN_SCHOOL", "PUBLIC", "米林县", occupation, "LEVEL_3"))
                .put("/api/v1/catalogue/institutions/" + id).then().statusCode(200)
                .body("name", is("林芝市第二技工学校")).body("county", is("米林县")).body("approvals.level", contains("LEVEL_3"));

        // status: suspended, then disqualified (final)
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("{\"status\":\"SUSPENDED\",\"reason\":\"整改\"}")
                .post("/api/v1/catalogue/institutions/" + id + "/status").then().statusCode(200).body("status", is("SUSPENDED"));
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("{\"status\":\"DISQUALIFIED\",\"reason\":\"虚假培训\"}")
                .post("/api/v1/catalogue/institutions/" + id + "/status").then().statusCode(200).body("status", is("DISQUALIFIED"));
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("{\"status\":\"ACTIVE\",\"reason\":\"恢复\"}")
                .post("/api/v1/catalogue/institutions/" + id + "/status").then().statusCode(409)
                .body("code", is("INSTITUTION_DISQUALIFIED_FINAL"));

        given().auth().oauth2(AUDITOR).queryParam("subject", "institution/" + id).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", contains("INSTITUTION_LISTED", "INSTITUTION_UPDATED", "INSTITUTION_STATUS_CHANGED", "INSTITUTION_STATUS_CHANGED"))
                .body("items[1].actor", not(nullValue()));
    }

    @Test
    void publicListsFilterByOccupationLevelCountyAndKind() {
        String occupation = "筛选焊工" + TestIds.creditCode();
        String a = TestIds.creditCode();
        String b = TestIds.creditCode();
        long school = given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(institution(a, "甲", "PRIVATE_TRAINING_SCHOOL", "PRIVATE", "巴宜区", occupation, "LEVEL_4"))
                .post("/api/v1/catalogue/institutions").then().statusCode(201).extract().jsonPath().getLong("id");
        long centre = given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(institution(b, "乙", "ENTERPRISE_TRAINING_CENTRE", "PUBLIC", "工布江达县", occupation, "LEVEL_3"))
                .post("/api/v1/catalogue/institutions").then().statusCode(201).extract().jsonPath().getLong("id");

        given().queryParam("occupation", occupation).get("/api/v1/catalogue/institutions").then().statusCode(200)
                .body("items.creditCode", containsInAnyOrder(a, b));
        given().queryParam("occupation", occupation).queryParam("level", "LEVEL_3").get("/api/v1/catalogue/institutions").then()
                .body("items.creditCode", contains(b));
        given().queryParam("occupation", occupation).queryParam("kind", "PRIVATE_TRAINING_SCHOOL").get("/api/v1/catalogue/institutions").then()
                .body("items.creditCode", contains(a));
        given().queryParam("occupation", occupation).queryParam("county", "工布江达县").get("/api/v1/catalogue/institutions").then()
                .body("items.creditCode", contains(b));
        given().queryParam("kind", "UNIVERSITY").get("/api/v1/catalogue/institutions").then().statusCode(400)
                .contentType("application/problem+json");

        long p1 = listProject(school, "ENTERPRISE_TRAINING", occupation, "LEVEL_4", "巴宜区", true);
        long p2 = listProject(centre, "HIGH_SKILL_TRAINING", occupation, "LEVEL_3", "工布江达县", false);
        given().queryParam("occupation", occupation).get("/api/v1/catalogue/projects").then().statusCode(200)
                .body("items.id", contains((int) p1, (int) p2));
        given().queryParam("occupation", occupation).queryParam("county", "工布江达县").get("/api/v1/catalogue/projects").then()
                .body("items.id", contains((int) p2));
        given().queryParam("occupation", occupation).queryParam("kind", "PRIVATE_TRAINING_SCHOOL").get("/api/v1/catalogue/projects").then()
                .body("items.id", contains((int) p1)).body("items[0].institution.creditCode", is(a)).body("items[0].projectBased", is(true));
        given().queryParam("occupation", occupation).queryParam("level", "LEVEL_5").get("/api/v1/catalogue/projects").then()
                .body("items", empty());

        // a project the institution is not approved for is refused; an unknown institution is a 400
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("""
                        {"name":"x","programme":"ENTERPRISE_TRAINING","occupation":"%s","level":"LEVEL_5","institutionId":%d,"startsOn":"2020-03-01",
                         "endsOn":"2020-06-30","capacity":40,"county":"巴宜区","projectBased":true,"includesMandatedContent":false}"""
                        .formatted(occupation, school))
                .post("/api/v1/catalogue/projects").then().statusCode(422).body("code", is("INSTITUTION_NOT_APPROVED_FOR"));
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("""
                        {"name":"x","programme":"ENTERPRISE_TRAINING","occupation":"%s","level":"LEVEL_4","institutionId":999999999,"startsOn":"2020-03-01",
                         "endsOn":"2020-06-30","capacity":40,"county":"巴宜区","projectBased":true,"includesMandatedContent":false}"""
                        .formatted(occupation))
                .post("/api/v1/catalogue/projects").then().statusCode(400).body("violations.field", hasItem("institutionId"));
        // update, audited
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("""
                        {"name":"改名","programme":"ENTERPRISE_TRAINING","occupation":"%s","level":"LEVEL_4","institutionId":%d,"startsOn":"2020-03-01",
                         "endsOn":"2020-07-31","capacity":60,"county":"巴宜区","projectBased":true,"includesMandatedContent":true}"""
                        .formatted(occupation, school))
                .put("/api/v1/catalogue/projects/" + p1).then().statusCode(200).body("capacity", is(60)).body("endsOn", is("2020-07-31"));
        given().auth().oauth2(AUDITOR).queryParam("subject", "project/" + p1).get("/api/v1/audit").then()
                .body("items.action", contains("PROJECT_LISTED", "PROJECT_UPDATED"));
        given().get("/api/v1/catalogue/projects/999999999").then().statusCode(404).body("code", is("PROJECT_NOT_FOUND"));
    }

    @Test
    void claimsNamingAnInstitutionOutsideTheCatalogueOrNotApprovedOrDisqualifiedAreRefused() {
        String occupation = "拒绝电工" + TestIds.creditCode();
        String listed = TestIds.creditCode();
        long id = listInstitution(listed, occupation, "LEVEL_4");

        claim(caseWith(TestIds.residentId(), "ENTERPRISE_TRAINING", occupation, "LEVEL_4", TestIds.creditCode()))
                .then().statusCode(201).body("status", is("REJECTED"))
                .body("decision.reasons.code", contains("INSTITUTION_NOT_LISTED"))
                .body("decision.reasons[0].citation.provisionPath", is("7.16"));
        claim(caseWith(TestIds.residentId(), "ENTERPRISE_TRAINING", occupation, "LEVEL_5", listed))
                .then().statusCode(201).body("status", is("REJECTED"))
                .body("decision.reasons.code", contains("INSTITUTION_NOT_APPROVED_FOR"));
        claim(caseWith(TestIds.residentId(), "ENTERPRISE_TRAINING", "另一职业", "LEVEL_4", listed))
                .then().statusCode(201).body("decision.reasons.code", contains("INSTITUTION_NOT_APPROVED_FOR"));
        claim(caseWith(TestIds.residentId(), "ENTERPRISE_TRAINING", occupation, "LEVEL_4", listed))
                .then().statusCode(201).body("status", is("APPROVED")).body("decision.amount", is(1500.00f));

        // a suspended institution is not approved for anything while suspended
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("{\"status\":\"SUSPENDED\",\"reason\":\"整改\"}")
                .post("/api/v1/catalogue/institutions/" + id + "/status").then().statusCode(200);
        claim(caseWith(TestIds.residentId(), "ENTERPRISE_TRAINING", occupation, "LEVEL_4", listed))
                .then().statusCode(201).body("decision.reasons.code", contains("INSTITUTION_NOT_APPROVED_FOR"));
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("{\"status\":\"DISQUALIFIED\",\"reason\":\"虚假培训\"}")
                .post("/api/v1/catalogue/institutions/" + id + "/status").then().statusCode(200);
        claim(caseWith(TestIds.residentId(), "ENTERPRISE_TRAINING", occupation, "LEVEL_4", listed))
                .then().statusCode(201).body("status", is("REJECTED")).body("decision.reasons.code", contains("INSTITUTION_DISQUALIFIED"));

        // a public evaluation naming an institution is checked the same way; one naming none is not checked
        given().contentType(ContentType.JSON).body(caseWith(TestIds.residentId(), "ENTERPRISE_TRAINING", occupation, "LEVEL_4", TestIds.creditCode())
                        .replaceFirst("\"personId\":\"[0-9X]+\",", ""))
                .post("/api/v1/evaluations").then().statusCode(200).body("reasons.code", contains("INSTITUTION_NOT_LISTED"));
        given().contentType(ContentType.JSON).body("""
                        {"programme":"ENTERPRISE_TRAINING","level":"LEVEL_4","occupation":"电工","trainingCompletedOn":"2020-06-30"}""")
                .post("/api/v1/evaluations").then().statusCode(200).body("eligible", is(true));
    }

    @Test
    void theCertificateSubsidyChecksTheEvaluationInstitutionAtTheCertificatesLevel() {
        String occupation = "鉴定电工" + TestIds.creditCode();
        String code = TestIds.creditCode();
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(institution(code, "林芝市职业技能鉴定所", "EVALUATION_INSTITUTION", "PUBLIC", "巴宜区", occupation, "LEVEL_4"))
                .post("/api/v1/catalogue/institutions").then().statusCode(201).body("kindZh", is("评价机构"));
        String certificate = """
                {"personId":"%s","programme":"SKILL_CERTIFICATE","occupation":"%s","trainingCompletedOn":"2020-03-01","certificateLevel":"%s",
                 "certificateIssuedOn":"2020-03-15","appliedOn":"2020-04-01","unemploymentInsuranceMonths":24,
                 "institution":{"name":"林芝市职业技能鉴定所","creditCode":"%s"}}""";
        claim(certificate.formatted(TestIds.residentId(), occupation, "LEVEL_4", code)).then().statusCode(201)
                .body("status", is("APPROVED")).body("decision.amount", is(1500.00f)).body("decision.advanceAmount", is(0.00f));
        claim(certificate.formatted(TestIds.residentId(), occupation, "LEVEL_3", code)).then().statusCode(201)
                .body("status", is("REJECTED")).body("decision.reasons.code", contains("INSTITUTION_NOT_APPROVED_FOR"));
    }

    @Test
    void theAdvanceIsOnlyForProjectBasedProjectsAndEnterpriseTraining() {
        String occupation = "预拨电工" + TestIds.creditCode();
        long school = listInstitutionWith(occupation, "LEVEL_3");
        long projectBased = listProject(school, "HIGH_SKILL_TRAINING", occupation, "LEVEL_3", "巴宜区", true);
        long classroom = listProject(school, "HIGH_SKILL_TRAINING", occupation, "LEVEL_3", "巴宜区", false);

        // a claim naming a project-based project: its fields come from the project, 30% of 2000 + 450 in advance
        claim("{\"personId\":\"%s\",\"projectId\":%d,\"appliedOn\":\"2020-07-01\"}".formatted(TestIds.residentId(), projectBased))
                .then().statusCode(201).body("status", is("APPROVED"))
                .body("programme", is("HIGH_SKILL_TRAINING")).body("occupation", is(occupation))
                .body("trainingCompletedOn", is("2020-06-30"))
                .body("decision.amount", is(2450.00f)).body("decision.advanceAmount", is(735.00f));
        // the same training outside a project-based project: no advance
        claim("{\"personId\":\"%s\",\"projectId\":%d,\"appliedOn\":\"2020-07-01\"}".formatted(TestIds.residentId(), classroom))
                .then().statusCode(201).body("decision.amount", is(2450.00f)).body("decision.advanceAmount", is(0.00f));
        given().contentType(ContentType.JSON).body("""
                        {"programme":"HIGH_SKILL_TRAINING","level":"LEVEL_3","occupation":"电工","trainingCompletedOn":"2020-06-30"}""")
                .post("/api/v1/evaluations").then().statusCode(200).body("advanceAmount", is(0.00f));
        // enterprise training: the advance without a project
        given().contentType(ContentType.JSON).body("""
                        {"programme":"ENTERPRISE_TRAINING","level":"LEVEL_3","occupation":"电工","trainingCompletedOn":"2020-06-30"}""")
                .post("/api/v1/evaluations").then().statusCode(200).body("advanceAmount", is(600.00f));
        // a field contradicting the project, or an unknown project: 400
        given().contentType(ContentType.JSON).body("{\"projectId\":%d,\"level\":\"LEVEL_2\"}".formatted(projectBased))
                .post("/api/v1/evaluations").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("level"));
        given().contentType(ContentType.JSON).body("{\"projectId\":999999999}")
                .post("/api/v1/evaluations").then().statusCode(400).body("violations.field", hasItem("projectId"));
        claim("{\"personId\":\"%s\",\"projectId\":999999999}".formatted(TestIds.residentId())).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("projectId"));
        // without a project the case still needs its fields
        given().contentType(ContentType.JSON).body("{\"level\":\"LEVEL_2\"}")
                .post("/api/v1/evaluations").then().statusCode(400)
                .body("violations.field", containsInAnyOrder("programme", "occupation", "trainingCompletedOn"));
    }

    private static long listInstitutionWith(String occupation, String level) {
        return listInstitution(TestIds.creditCode(), occupation, level);
    }
}
