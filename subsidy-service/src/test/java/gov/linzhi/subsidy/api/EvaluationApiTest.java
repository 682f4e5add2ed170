package gov.linzhi.subsidy.api;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import gov.linzhi.subsidy.TestIds;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class EvaluationApiTest {

    private static final String APPRENTICE = """
            {"programme":"APPRENTICESHIP","level":"LEVEL_3","occupation":"中式烹调师","trainingCompletedOn":"2020-06-30",
             "includesMandatedContent":true}""";

    @Test
    void valuesBeyondSaneBoundsAreRefusedByTheirFactNeverA500() {
        given().contentType(ContentType.JSON).body("""
                {"programme":"KEY_GROUP_TRAINING","occupation":"家政服务员","trainingCompletedOn":"2020-06-30","groups":["DISABLED"],
                 "busFareOneWay":1E+2147483647}""").post("/api/v1/evaluations")
                .then().statusCode(400).contentType("application/problem+json").body("code", is("INVALID_VALUE"))
                .body("violations[0].field", is("busFareOneWay"));
        given().contentType(ContentType.JSON).body("""
                {"programme":"SKILL_CERTIFICATE","occupation":"电工","trainingCompletedOn":"2020-06-30","certificateLevel":"LEVEL_4",
                 "certificateIssuedOn":"+999999999-12-31"}""").post("/api/v1/evaluations")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("certificateIssuedOn"));
        given().contentType(ContentType.JSON).body("""
                {"programme":"ENTERPRISE_TRAINING","level":"LEVEL_4","occupation":"电工","trainingCompletedOn":"2020-06-30",
                 "facts":{"residentInCounty":true}}""").post("/api/v1/evaluations")
                .then().statusCode(400).body("code", is("UNKNOWN_FIELD")).body("violations[0].field", is("facts.residentInCounty"));
    }

    @Test
    void apprenticeshipWithoutCertificateIsHalvedThenMandatedContentAdded() {
        given().contentType(ContentType.JSON).body(APPRENTICE).post("/api/v1/evaluations")
                .then().log().ifValidationFails().statusCode(200)
                .body("eligible", is(true))
                .body("amount", is(3950.00f))
                .body("ruleSetVersion", is("2019-2021.2"))
                .body("historyChecked", is(false))
                .body("notices[0]", containsString("personId"))
                .body("lines.ruleId", contains("APPRENTICESHIP.LEVEL_3", "APPRENTICESHIP.NO_CERTIFICATE", "MANDATED_CONTENT"))
                .body("lines.amount", contains(7000.00f, -3500.00f, 450.00f))
                .body("lines[1].citation.documentNumber", is("林政办发〔2020〕5号"))
                .body("lines[1].citation.provisionPath", is("3.1.3"))
                .body("lines[1].citation.text", is("培训后未能取得中级以上职业资格证书的，按补贴标准的50%给予补贴。"))
                .body("lines[1].citation.gazetteUrl", containsString("/api/v1/documents/by-number/"))
                .body("reasons", empty());
    }

    @Test
    void moneyIsWrittenWithTwoDecimals() {
        String body = given().contentType(ContentType.JSON).body(APPRENTICE).post("/api/v1/evaluations")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("\"amount\":3950.00"), body);
    }

    @Test
    void everyFailedConditionIsListed() {
        given().contentType(ContentType.JSON).body("""
                        {"programme":"SKILL_CERTIFICATE","occupation":"电工","trainingCompletedOn":"2020-03-01",
                         "certificateLevel":"LEVEL_2","certificateIssuedOn":"2020-03-15","appliedOn":"2021-03-16",
                         "unemploymentInsuranceMonths":11,"receivesMonthlyPension":true}""")
                .post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("eligible", is(false))
                .body("amount", is(0.0f))
                .body("lines", empty())
                .body("reasons.code", contains("PENSION_RECIPIENT", "INSURANCE_TOO_SHORT", "CLAIM_WINDOW_EXPIRED", "LEVEL_NOT_COVERED"))
                .body("reasons[0].citation.provisionPath", is("6.12"));
    }

    @Test
    void badResidentIdIsProblem400() {
        given().auth().oauth2(TestTokens.withRoles("hr-bureau")).contentType(ContentType.JSON)
                .body(APPRENTICE.replace("{", "{\"personId\":\"540402199001011230\","))
                .post("/api/v1/evaluations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED"))
                .body("violations.field", hasItem("personId"))
                .body(not(containsString("540402199001011230")));
    }

    @Test
    void badCreditCodeIsProblem400() {
        given().contentType(ContentType.JSON)
                .body(APPRENTICE.replace("{", "{\"institution\":{\"name\":\"某培训学校\",\"creditCode\":\"91540400MA6T1234XY\"},"))
                .post("/api/v1/evaluations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("institution.creditCode"));
    }

    @Test
    void unknownProgrammeIsProblem400ListingTheAllowedValues() {
        given().contentType(ContentType.JSON).body(APPRENTICE.replace("APPRENTICESHIP", "GOLF_LESSONS"))
                .post("/api/v1/evaluations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("INVALID_VALUE"))
                .body("violations.field", hasItem("programme"))
                .body("detail", containsString("ENTERPRISE_TRAINING"));
    }

    @Test
    void difficultEnterpriseWithoutCostIsProblem400() {
        given().contentType(ContentType.JSON).body("""
                        {"programme":"ENTERPRISE_TRAINING","level":"LEVEL_4","occupation":"电工","trainingCompletedOn":"2020-05-20","difficultEnterprise":true}""")
                .post("/api/v1/evaluations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("trainingCost"));
    }

    @Test
    void personIdNeedsTheHrBureauRole() {
        String withPerson = APPRENTICE.replace("{", "{\"personId\":\"" + TestIds.residentId() + "\",");
        given().contentType(ContentType.JSON).body(withPerson).post("/api/v1/evaluations")
                .then().statusCode(401).contentType("application/problem+json").body("code", is("UNAUTHORIZED"));
        given().auth().oauth2(TestTokens.withRoles("department")).contentType(ContentType.JSON).body(withPerson).post("/api/v1/evaluations")
                .then().statusCode(403).contentType("application/problem+json").body("code", is("FORBIDDEN"));
        given().auth().oauth2(TestTokens.withRoles("hr-bureau")).contentType(ContentType.JSON).body(withPerson).post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("historyChecked", is(true))
                .body("personId", startsWith("5404**********"));
    }

    @Test
    void outsideThePlanPeriodNoRulesAreInForce() {
        given().contentType(ContentType.JSON).body(APPRENTICE.replace("2020-06-30", "2022-01-01"))
                .post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("eligible", is(false))
                .body("reasons.code", contains("NO_RULES_IN_FORCE"))
                .body("reasons[0].citation.provisionPath", is("2"));
    }

    @Test
    void batchAnswersInOrder() {
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            cases.append(i == 0 ? "" : ",").append(i % 2 == 0 ? APPRENTICE : APPRENTICE.replace("LEVEL_3", "LEVEL_5"));
        }
        given().contentType(ContentType.JSON).body("{\"cases\":[" + cases + "]}").post("/api/v1/evaluations/batch")
                .then().statusCode(200)
                .body("count", is(10_000))
                .body("results[0].amount", is(3950.00f))
                .body("results[1].reasons[0].code", is("LEVEL_NOT_COVERED"))
                .body("results[9999].eligible", is(false));
    }

    @Test
    void batchOfMoreThan10000IsRefused() {
        String cases = String.join(",", java.util.Collections.nCopies(10_001, APPRENTICE));
        given().contentType(ContentType.JSON).body("{\"cases\":[" + cases + "]}").post("/api/v1/evaluations/batch")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("cases"));
    }
}
