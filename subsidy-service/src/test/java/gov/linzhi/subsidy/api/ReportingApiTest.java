package gov.linzhi.subsidy.api;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import gov.linzhi.subsidy.TestIds;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import static gov.linzhi.subsidy.api.ClaimApiTest.claim;
import static gov.linzhi.subsidy.api.ClaimApiTest.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Statistics, entitlements, simulations and the audit log. Counts are compared before and after, as the database is shared. */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class ReportingApiTest {

    private static final String HR = TestTokens.withRoles("hr-bureau");
    private static final String AUDITOR = TestTokens.withRoles("auditor");

    @Inject
    DataSource dataSource;

    static JsonPath statistics(int year) {
        return given().queryParam("year", year).get("/api/v1/statistics").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void statisticsCountApprovedTrainingClaimsAgainstTheTargets() {
        JsonPath before = statistics(2019);
        String person = TestIds.residentId();
        submit(UUID.randomUUID().toString(), claim(person, "ENTERPRISE_TRAINING", "LEVEL_3", "统计电工", "2019-04-01")).then().statusCode(201);
        submit(UUID.randomUUID().toString(), claim(person, "HIGH_SKILL_TRAINING", "LEVEL_5", "统计电工", "2019-04-01"))
                .then().statusCode(201).body("status", is("REJECTED"));
        submit(UUID.randomUUID().toString(), """
                {"personId":"%s","programme":"SKILL_CERTIFICATE","occupation":"统计电工","trainingCompletedOn":"2019-04-01",
                 "certificateLevel":"LEVEL_4","certificateIssuedOn":"2019-05-01","appliedOn":"2019-06-01","unemploymentInsuranceMonths":30}"""
                .formatted(person)).then().statusCode(201).body("status", is("APPROVED"));
        JsonPath after = statistics(2019);
        assertEquals(before.getInt("approvedPersonTimes") + 1, after.getInt("approvedPersonTimes"));
        assertEquals(0, new BigDecimal(before.getString("approvedAmount")).add(new BigDecimal("2000.00"))
                .compareTo(new BigDecimal(after.getString("approvedAmount"))));
        assertEquals(before.getInt("byProgramme.find { it.programme == 'SKILL_CERTIFICATE' }.personTimes") + 1,
                after.getInt("byProgramme.find { it.programme == 'SKILL_CERTIFICATE' }.personTimes"));
        assertEquals(before.getInt("byLevel.find { it.level == 'LEVEL_3' }.personTimes") + 1,
                after.getInt("byLevel.find { it.level == 'LEVEL_3' }.personTimes"));
        assertEquals(6000, after.getInt("target"));
        assertEquals(21500, after.getInt("planPeriodTarget"));
    }

    @Test
    void statisticsArePublicAndHoldNoPersonalData() {
        given().queryParam("year", 2020).get("/api/v1/statistics").then().statusCode(200)
                .body("year", is(2020)).body("target", is(7000)).body("planPeriodTarget", is(21500))
                .body("byProgramme.programme", contains("ENTERPRISE_TRAINING", "SKILL_CERTIFICATE", "HIGH_SKILL_TRAINING",
                        "APPRENTICESHIP", "KEY_GROUP_TRAINING", "PRE_JOB_TRAINING", "ENTREPRENEURSHIP_TRAINING"))
                .body("byLevel.level", contains("LEVEL_5", "LEVEL_4", "LEVEL_3", "LEVEL_2", "LEVEL_1"))
                .body(not(containsString("5404")));
        given().queryParam("year", 2021).get("/api/v1/statistics").then().statusCode(200).body("target", is(8500));
        given().queryParam("year", 2023).get("/api/v1/statistics").then().statusCode(200).body("target", nullValue());
        given().queryParam("year", "next").get("/api/v1/statistics").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void entitlementsShowWhatIsLeft() {
        String person = TestIds.residentId();
        submit(UUID.randomUUID().toString(), claim(person, "ENTERPRISE_TRAINING", "LEVEL_4", "电工", "2020-02-01")).then().statusCode(201);
        submit(UUID.randomUUID().toString(), """
                {"personId":"%s","programme":"SKILL_CERTIFICATE","occupation":"电工","trainingCompletedOn":"2020-02-01",
                 "certificateLevel":"LEVEL_4","certificateIssuedOn":"2020-03-01","appliedOn":"2020-03-05","unemploymentInsuranceMonths":13}"""
                .formatted(person)).then().statusCode(201).body("status", is("APPROVED"));
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("personId", person, "year", 2020)).post("/api/v1/persons/entitlements")
                .then().statusCode(200)
                .body("personId", is(person.substring(0, 4) + "**********" + person.substring(14)))
                .body("annualLimit", is(3)).body("trainingClaimsApproved", is(1)).body("trainingClaimsLeft", is(2))
                .body("usedOccupationLevels.level", contains("LEVEL_4", "LEVEL_4"))
                .body("usedOccupationLevels.family", contains("TRAINING", "SKILL_CERTIFICATE"))
                .body("certificateSubsidies[0].amount", is(1500.00f))
                .body(not(containsString(person)));
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("personId", person, "year", 2021)).post("/api/v1/persons/entitlements")
                .then().statusCode(200).body("trainingClaimsLeft", is(3));
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("personId", TestIds.residentId(), "year", 2020)).post("/api/v1/persons/entitlements")
                .then().statusCode(200).body("trainingClaimsLeft", is(3)).body("usedOccupationLevels", empty());
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("personId", "540402199001011230")).post("/api/v1/persons/entitlements")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(AUDITOR).contentType(ContentType.JSON).body(Map.of("personId", person)).post("/api/v1/persons/entitlements")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void simulationOfCasesReportsTheCostDifferencePerProgramme() {
        String cases = """
                {"cases":[
                  {"programme":"APPRENTICESHIP","level":"LEVEL_3","certificateLevel":"LEVEL_3","occupation":"厨师","trainingCompletedOn":"2020-06-30"},
                  {"programme":"APPRENTICESHIP","level":"LEVEL_3","occupation":"厨师","trainingCompletedOn":"2020-06-30"},
                  {"programme":"APPRENTICESHIP","level":"LEVEL_4","occupation":"厨师","trainingCompletedOn":"2020-06-30"},
                  {"programme":"KEY_GROUP_TRAINING","occupation":"家政","trainingCompletedOn":"2020-06-30","groups":["UNEMPLOYED"]}],
                 "changes":[{"parameter":"APPRENTICESHIP.LEVEL_3","value":8000},{"parameter":"KEY_GROUP_TRAINING.AMOUNT","value":1000,"from":"2020-01-01"}]}""";
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(cases).post("/api/v1/simulations")
                .then().statusCode(200)
                .body("basis", is("CASES")).body("casesEvaluated", is(4))
                // the key-group case is decided without its amount (not configured) in the baseline: it counts, for 0 yuan
                .body("baseline.personTimes", is(4)).body("baseline.amount", is(13500.00f))
                .body("simulated.personTimes", is(4)).body("simulated.amount", is(16000.00f))
                .body("difference", is(2500.00f))
                .body("byProgramme.find { it.programme == 'APPRENTICESHIP' }.difference", is(1500.00f))
                .body("byProgramme.find { it.programme == 'KEY_GROUP_TRAINING' }.simulatedAmount", is(1000.00f));
    }

    @Test
    void simulationReplaysAYearsRecordedClaims() {
        String person = TestIds.residentId();
        String body = """
                {"year":2021,"changes":[{"parameter":"APPRENTICESHIP.LEVEL_2","value":8800}]}""";
        JsonPath before = given().auth().oauth2(HR).contentType(ContentType.JSON).body(body).post("/api/v1/simulations")
                .then().statusCode(200).body("basis", is("RECORDED_CLAIMS")).extract().jsonPath();
        submit(UUID.randomUUID().toString(), claim(person, "APPRENTICESHIP", "LEVEL_2", "模拟技师", "2021-03-03")).then().statusCode(201);
        JsonPath after = given().auth().oauth2(HR).contentType(ContentType.JSON).body(body).post("/api/v1/simulations")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(before.getInt("casesEvaluated") + 1, after.getInt("casesEvaluated"));
        // the new claim is an apprenticeship without certificate: 50% of 8000 now, 50% of 8800 simulated
        assertEquals(0, new BigDecimal(before.getString("difference")).add(new BigDecimal("400.00"))
                .compareTo(new BigDecimal(after.getString("difference"))));
    }

    @Test
    void simulationNeedsExactlyOneBasisAndKnownParameters() {
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("{\"changes\":[{\"parameter\":\"APPRENTICESHIP.LEVEL_2\",\"value\":1}]}")
                .post("/api/v1/simulations").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("{\"year\":2020,\"changes\":[{\"parameter\":\"NO.SUCH\",\"value\":1}]}")
                .post("/api/v1/simulations").then().statusCode(422).contentType("application/problem+json")
                .body("code", is("UNKNOWN_PARAMETER"));
        given().auth().oauth2(AUDITOR).contentType(ContentType.JSON).body("{\"year\":2020,\"changes\":[]}")
                .post("/api/v1/simulations").then().statusCode(403);
    }

    @Test
    void everyDecisionIsAuditedWithMaskedIdsAndTheLogIsAppendOnly() throws SQLException {
        String person = TestIds.residentId();
        long id = submit(UUID.randomUUID().toString(), claim(person, "ENTERPRISE_TRAINING", "LEVEL_5", "审计电工", "2020-01-10"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(AUDITOR).queryParam("subject", "claim/" + id).get("/api/v1/audit")
                .then().statusCode(200)
                .body("items.action", contains("CLAIM_DECIDED"))
                .body("items[0].details.status", is("APPROVED"))
                .body("items[0].details.personId", is(person.substring(0, 4) + "**********" + person.substring(14)))
                .body(not(containsString(person)));
        given().auth().oauth2(HR).get("/api/v1/audit").then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/audit").then().statusCode(401).contentType("application/problem+json");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE audit_log SET actor = 'someone else'"));
            assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM audit_log"));
        }
        given().auth().oauth2(AUDITOR).queryParam("action", "CLAIM_DECIDED").get("/api/v1/audit")
                .then().statusCode(200).body("items.actor", hasItem("test-user"));
    }

    @Test
    void pingIsABareJsonEndpoint() {
        given().get("/api/v1/ping").then().statusCode(200).body("status", is("UP"));
    }
}
