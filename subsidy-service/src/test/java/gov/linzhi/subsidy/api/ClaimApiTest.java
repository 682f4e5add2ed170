package gov.linzhi.subsidy.api;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import gov.linzhi.subsidy.TestIds;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class ClaimApiTest {

    private static final String HR = TestTokens.withRoles("hr-bureau");

    @Inject
    DataSource dataSource;

    static String claim(String personId, String programme, String level, String occupation, String completedOn) {
        return """
                {"personId":"%s","programme":"%s","level":"%s","occupation":"%s","trainingCompletedOn":"%s","appliedOn":"%s"}"""
                .formatted(personId, programme, level, occupation, completedOn, completedOn);
    }

    static Response submit(String key, String body) {
        return given().auth().oauth2(HR).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/api/v1/claims");
    }

    @Test
    void approvedClaimIsRecordedWithMaskedIdAndLocation() {
        String person = TestIds.residentId();
        Response r = submit(UUID.randomUUID().toString(), claim(person, "ENTERPRISE_TRAINING", "LEVEL_4", "电工", "2020-05-20"));
        r.then().log().ifValidationFails().statusCode(201)
                .header("Location", containsString("/api/v1/claims/"))
                .body("status", is("APPROVED"))
                .body("personId", is(person.substring(0, 4) + "**********" + person.substring(14)))
                .body("decision.amount", is(1500.00f))
                .body("decision.advanceAmount", is(450.00f))
                .body(not(containsString(person)));
        long id = r.jsonPath().getLong("id");
        given().auth().oauth2(HR).get("/api/v1/claims/" + id).then().statusCode(200)
                .body("id", is((int) id)).body("decision.ruleSetVersion", is("2019-2021.1")).body(not(containsString(person)));
    }

    @Test
    void residentIdIsStoredEncryptedOnly() throws Exception {
        String person = TestIds.residentId();
        submit(UUID.randomUUID().toString(), claim(person, "ENTERPRISE_TRAINING", "LEVEL_5", "焊工", "2020-05-20")).then().statusCode(201);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT CONCAT_WS('|', p.lookup_hash, p.encrypted_id, p.masked_id, c.request_json, c.decision_json) "
                     + "FROM person p JOIN claim c ON c.person_id = p.id")) {
            boolean any = false;
            while (rs.next()) {
                any = true;
                assertFalse(rs.getString(1).contains(person), "plain resident ID stored");
            }
            assertTrue(any);
        }
    }

    @Test
    void sameKeySameBodyReplaysTheClaimAndRecordsNothingNew() {
        String person = TestIds.residentId();
        String key = UUID.randomUUID().toString();
        String body = claim(person, "HIGH_SKILL_TRAINING", "LEVEL_2", "汽车维修工", "2020-08-01");
        long first = submit(key, body).then().statusCode(201).header("Idempotent-Replayed", "false").extract().jsonPath().getLong("id");
        long again = submit(key, body).then().statusCode(201).header("Idempotent-Replayed", "true").extract().jsonPath().getLong("id");
        assertEquals(first, again);
        given().auth().oauth2(HR).queryParam("personId", person).get("/api/v1/claims")
                .then().statusCode(200).body("id", contains((int) first));
    }

    @Test
    void sameKeyDifferentBodyIsConflict() {
        String person = TestIds.residentId();
        String key = UUID.randomUUID().toString();
        submit(key, claim(person, "HIGH_SKILL_TRAINING", "LEVEL_2", "汽车维修工", "2020-08-01")).then().statusCode(201);
        submit(key, claim(person, "HIGH_SKILL_TRAINING", "LEVEL_1", "汽车维修工", "2020-08-01"))
                .then().statusCode(409).contentType("application/problem+json").body("code", is("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void missingIdempotencyKeyIsProblem400() {
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(claim(TestIds.residentId(), "ENTERPRISE_TRAINING", "LEVEL_4", "电工", "2020-05-20")).post("/api/v1/claims")
                .then().statusCode(400).contentType("application/problem+json").body("code", is("IDEMPOTENCY_KEY_REQUIRED"));
    }

    @Test
    void claimWithoutPersonIsProblem400() {
        given().auth().oauth2(HR).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body("""
                        {"programme":"ENTERPRISE_TRAINING","level":"LEVEL_4","occupation":"电工","trainingCompletedOn":"2020-05-20"}""")
                .post("/api/v1/claims")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", is("personId"));
    }

    @Test
    void claimsNeedTheHrBureauRole() {
        String body = claim(TestIds.residentId(), "ENTERPRISE_TRAINING", "LEVEL_4", "电工", "2020-05-20");
        given().header("Idempotency-Key", "k").contentType(ContentType.JSON).body(body).post("/api/v1/claims")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.withRoles("auditor")).header("Idempotency-Key", "k").contentType(ContentType.JSON).body(body)
                .post("/api/v1/claims").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.withRoles("department")).get("/api/v1/claims/1")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void fourthTrainingClaimOfTheYearIsRefusedButTheCertificateSubsidyIsNotCounted() {
        String person = TestIds.residentId();
        String[] occupations = {"电工", "焊工", "厨师"};
        for (String occupation : occupations) {
            submit(UUID.randomUUID().toString(), claim(person, "ENTERPRISE_TRAINING", "LEVEL_5", occupation, "2020-03-01"))
                    .then().statusCode(201).body("status", is("APPROVED"));
        }
        submit(UUID.randomUUID().toString(), claim(person, "ENTERPRISE_TRAINING", "LEVEL_5", "木工", "2020-12-31"))
                .then().statusCode(201).body("status", is("REJECTED"))
                .body("decision.reasons.code", contains("ANNUAL_LIMIT_REACHED"))
                .body("decision.reasons[0].citation.provisionPath", is("6.12"));
        // the next calendar year starts afresh
        submit(UUID.randomUUID().toString(), claim(person, "ENTERPRISE_TRAINING", "LEVEL_5", "木工", "2021-01-01"))
                .then().statusCode(201).body("status", is("APPROVED"));
        // SKILL_CERTIFICATE is not counted, and the same occupation+level is allowed in its own family
        submit(UUID.randomUUID().toString(), """
                {"personId":"%s","programme":"SKILL_CERTIFICATE","occupation":"电工","trainingCompletedOn":"2020-03-01",
                 "certificateLevel":"LEVEL_5","certificateIssuedOn":"2020-04-01","appliedOn":"2020-05-01","unemploymentInsuranceMonths":24}"""
                .formatted(person)).then().statusCode(201).body("status", is("APPROVED")).body("decision.amount", is(1000.00f));
    }

    @Test
    void sameOccupationAndLevelIsNeverSubsidisedTwiceInTheTrainingFamily() {
        String person = TestIds.residentId();
        submit(UUID.randomUUID().toString(), claim(person, "ENTERPRISE_TRAINING", "LEVEL_3", "电工", "2019-05-01"))
                .then().statusCode(201).body("status", is("APPROVED"));
        submit(UUID.randomUUID().toString(), claim(person, "HIGH_SKILL_TRAINING", "LEVEL_3", " 电工 ", "2021-05-01"))
                .then().statusCode(201).body("status", is("REJECTED"))
                .body("decision.reasons.code", contains("DUPLICATE_OCCUPATION_LEVEL"));
        submit(UUID.randomUUID().toString(), claim(person, "HIGH_SKILL_TRAINING", "LEVEL_2", "电工", "2021-05-01"))
                .then().statusCode(201).body("status", is("APPROVED"));
    }

    @Test
    void sixtyFourParallelClaimsForOnePersonApproveExactlyThree() throws Exception {
        String person = TestIds.residentId();
        int n = 64;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String body = claim(person, "ENTERPRISE_TRAINING", "LEVEL_4", "职业" + i, "2020-09-09");
            Callable<String> call = () -> {
                start.await();
                return submit(UUID.randomUUID().toString(), body).then().statusCode(201).extract().jsonPath().getString("status");
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        int approved = 0;
        int rejected = 0;
        for (Future<String> f : results) {
            if ("APPROVED".equals(f.get())) {
                approved++;
            } else {
                rejected++;
            }
        }
        pool.shutdown();
        assertEquals(3, approved);
        assertEquals(n - 3, rejected);
        given().auth().oauth2(HR).queryParam("personId", person).queryParam("status", "APPROVED").get("/api/v1/claims")
                .then().statusCode(200).body("size()", is(3));
    }

    @Test
    void parallelRetriesOfOneKeyRecordOneClaim() throws Exception {
        String person = TestIds.residentId();
        String key = UUID.randomUUID().toString();
        String body = claim(person, "APPRENTICESHIP", "LEVEL_4", "茶艺师", "2020-10-10");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> ids = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            ids.add(pool.submit(() -> {
                start.await();
                return submit(key, body).then().statusCode(201).extract().jsonPath().getLong("id");
            }));
        }
        start.countDown();
        long first = ids.get(0).get();
        for (Future<Long> f : ids) {
            assertEquals(first, f.get());
        }
        pool.shutdown();
        given().auth().oauth2(HR).queryParam("personId", person).get("/api/v1/claims").then().body("size()", is(1));
    }

    @Test
    void clawbackRecoversTheClaimAndDisqualifiesItsInstitution() {
        String person = TestIds.residentId();
        String code = TestIds.creditCode();
        long institution = CatalogueApiTest.listInstitution(code, "电工", "LEVEL_4");
        String withInstitution = """
                {"personId":"%s","programme":"ENTERPRISE_TRAINING","level":"LEVEL_4","occupation":"电工","trainingCompletedOn":"2020-05-20",
                 "institution":{"name":"虚假培训学校","creditCode":"%s"}}""";
        long id = submit(UUID.randomUUID().toString(), withInstitution.formatted(person, code))
                .then().statusCode(201).body("status", is("APPROVED")).body("clawback", nullValue()).extract().jsonPath().getLong("id");

        given().auth().oauth2(TestTokens.withRoles("department")).contentType(ContentType.JSON).body("{\"reason\":\"虚假培训\"}")
                .post("/api/v1/claims/" + id + "/clawback").then().statusCode(403);
        given().auth().oauth2(TestTokens.withRoles("auditor")).contentType(ContentType.JSON).body("{\"reason\":\"虚假培训\"}")
                .post("/api/v1/claims/" + id + "/clawback")
                .then().statusCode(200)
                .body("status", is("APPROVED"))
                .body("clawback.amountRecovered", is(1500.00f))
                .body("clawback.institutionDisqualified", is(code));
        // the disqualification lands in the public catalogue, with its date and the claim that caused it
        given().get("/api/v1/catalogue/institutions/" + institution).then().statusCode(200)
                .body("status", is("DISQUALIFIED")).body("statusClaimId", is((int) id)).body("statusReason", is("虚假培训"));
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("{\"reason\":\"again\"}")
                .post("/api/v1/claims/" + id + "/clawback")
                .then().statusCode(409).contentType("application/problem+json").body("code", is("CLAIM_ALREADY_CLAWED_BACK"));

        // a later claim naming the institution is refused, for anyone; evaluations say so too
        submit(UUID.randomUUID().toString(), withInstitution.formatted(TestIds.residentId(), code))
                .then().statusCode(201).body("status", is("REJECTED"))
                .body("decision.reasons.code", contains("INSTITUTION_DISQUALIFIED"))
                .body("decision.reasons[0].citation.provisionPath", is("7.17"));
        given().contentType(ContentType.JSON).body(withInstitution.formatted(person, code).replaceFirst("\"personId\":\"[0-9X]+\",", ""))
                .post("/api/v1/evaluations").then().statusCode(200).body("reasons.code", contains("INSTITUTION_DISQUALIFIED"));
        // the clawed-back claim no longer counts: the same occupation and level can be claimed again elsewhere
        submit(UUID.randomUUID().toString(), claim(person, "ENTERPRISE_TRAINING", "LEVEL_4", "电工", "2020-07-01"))
                .then().statusCode(201).body("status", is("APPROVED"));
    }

    @Test
    void rejectedClaimCannotBeClawedBackAndUnknownClaimIs404() {
        String person = TestIds.residentId();
        long id = submit(UUID.randomUUID().toString(), claim(person, "HIGH_SKILL_TRAINING", "LEVEL_5", "电工", "2020-05-20"))
                .then().statusCode(201).body("status", is("REJECTED")).extract().jsonPath().getLong("id");
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("{\"reason\":\"x\"}").post("/api/v1/claims/" + id + "/clawback")
                .then().statusCode(409).body("code", is("CLAIM_NOT_APPROVED"));
        given().auth().oauth2(HR).get("/api/v1/claims/999999999").then().statusCode(404)
                .contentType("application/problem+json").body("code", is("CLAIM_NOT_FOUND"));
    }
}
