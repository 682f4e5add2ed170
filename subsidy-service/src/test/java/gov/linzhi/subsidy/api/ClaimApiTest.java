package gov.linzhi.subsidy.api;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import gov.linzhi.subsidy.TestIds;
import gov.linzhi.subsidy.identity.ResidentIds;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class ClaimApiTest {

    private static final String HR = TestTokens.withRoles("hr-bureau");

    @Inject
    DataSource dataSource;

    @Inject
    gov.linzhi.subsidy.identity.PersonDataCrypto crypto;

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
                .body("id", is((int) id)).body("decision.ruleSetVersion", is("2019-2021.2")).body(not(containsString(person)));
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
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("personId", person)).post("/api/v1/claims/search")
                .then().statusCode(200).body("items.id", contains((int) first));
        // the replay's transaction wrote the person's row too, and was rolled back whole when the key was found taken
        assertEquals(1, claimsRecorded(person));
        // the database holds the key's keyed hash, never the key
        try (var c = dataSource.getConnection();
             var q = c.prepareStatement("SELECT idempotency_key_hash FROM claim WHERE id = ?")) {
            q.setLong(1, first);
            try (var rs = q.executeQuery()) {
                rs.next();
                assertEquals(crypto.idempotencyKeyHash(key), rs.getString(1));
                assertNotEquals(key, rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
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
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            bodies.add(claim(person, "ENTERPRISE_TRAINING", "LEVEL_4", "职业" + i, "2020-09-09"));
        }
        List<String> statuses = submitAtOnce(bodies);
        assertEquals(3, statuses.stream().filter("APPROVED"::equals).count());
        assertEquals(61, statuses.stream().filter("REJECTED"::equals).count());
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("personId", person, "status", "APPROVED")).post("/api/v1/claims/search")
                .then().statusCode(200).body("items.size()", is(3));
        // every claim wrote the person's row (what makes concurrent claims for one person conflict on any topology)
        assertEquals(64, claimsRecorded(person));
    }

    /** The person row's count of the claims recorded for them, written by each claim's transaction. */
    private int claimsRecorded(String residentId) {
        try (var c = dataSource.getConnection();
             var q = c.prepareStatement("SELECT claims_recorded FROM person WHERE lookup_hash = ?")) {
            q.setString(1, crypto.lookupHash(ResidentIds.normalise(residentId)));
            try (var rs = q.executeQuery()) {
                assertTrue(rs.next(), "no person row");
                return rs.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Submits every body at the same moment, each with its own key, and answers the claims' statuses. */
    static List<String> submitAtOnce(List<String> bodies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (String body : bodies) {
            Callable<String> call = () -> {
                start.await();
                return submit(UUID.randomUUID().toString(), body).then().statusCode(201).extract().jsonPath().getString("status");
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        List<String> statuses = new ArrayList<>();
        for (Future<String> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        return statuses;
    }

    /** The ID written in another script: full-width (５４０４…), Arabic-Indic, Devanagari digits. */
    static String inScript(String ascii, int zero) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.appendCodePoint(c == 'X' ? 'Ｘ' : zero + (c - '0')));
        return out.toString();
    }

    @Test
    void sixtyFourParallelClaimsMixingDigitScriptsOfOneIdApproveExactlyThree() throws Exception {
        String person = TestIds.residentId();
        List<String> spellings = List.of(person, inScript(person, '０'), inScript(person, '\u0660'), inScript(person, '\u0966'));
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            bodies.add(claim(spellings.get(i % spellings.size()), "ENTERPRISE_TRAINING", "LEVEL_4", "字体" + i, "2020-09-09"));
        }
        long approved = submitAtOnce(bodies).stream().filter("APPROVED"::equals).count();
        assertEquals(3, approved, "one person, however the digits are written");
        for (String spelling : spellings) {
            given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("personId", spelling, "status", "APPROVED")).post("/api/v1/claims/search")
                    .then().statusCode(200).body("items.size()", is(3)).body("items.personId", everyItem(is(ResidentIds.mask(person))));
        }
        for (String spelling : spellings) {
            try (var c = dataSource.getConnection();
                 var q = c.prepareStatement("SELECT COUNT(*) FROM person WHERE lookup_hash = ?")) {
                q.setString(1, crypto.lookupHash(spelling));
                try (var rs = q.executeQuery()) {
                    rs.next();
                    assertEquals(spelling.equals(person) ? 1 : 0, rs.getInt(1), "one person row, under the ASCII ID: " + spelling);
                }
            }
        }
    }

    @Test
    void anIdWithALetterOrSpaceOfAnotherKindIsRefused() {
        String person = TestIds.residentId();
        for (String bad : List.of(person.substring(0, 17) + "ⅹ", person.substring(0, 6) + "\u00a0" + person.substring(7), "５４０４" + person.substring(4, 17) + "Ж")) {
            submit(UUID.randomUUID().toString(), claim(bad, "ENTERPRISE_TRAINING", "LEVEL_4", "电工", "2020-09-09"))
                    .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("personId"));
        }
    }

    @Test
    void aMisspelledFieldIsRefusedAndRecordsNothing() {
        String person = TestIds.residentId();
        String body = """
                {"personId":"%s","programme":"APPRENTICESHIP","level":"LEVEL_3","occupation":"中式烹调师","trainingCompletedOn":"2020-06-30",
                 "includesMandatedContnet":true}""".formatted(person);
        submit(UUID.randomUUID().toString(), body).then().statusCode(400).contentType("application/problem+json")
                .body("code", is("UNKNOWN_FIELD")).body("violations[0].field", is("includesMandatedContnet"))
                .body("violations[0].message", containsString("includesMandatedContent"));
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("personId", person)).post("/api/v1/claims/search").then().statusCode(200).body("items.size()", is(0));
    }

    @Test
    void anAdministrativeErrorRecoversTheMoneyButKeepsTheInstitutionQualified() {
        String code = TestIds.creditCode();
        long institution = CatalogueApiTest.listInstitution(code, "电工", "LEVEL_4");
        String body = """
                {"personId":"%s","programme":"ENTERPRISE_TRAINING","level":"LEVEL_4","occupation":"电工","trainingCompletedOn":"2020-06-30",
                 "institution":{"name":"林芝市误发培训学校","creditCode":"%s"}}""".formatted(TestIds.residentId(), code);
        long id = submit(UUID.randomUUID().toString(), body).then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("{\"category\":\"ADMINISTRATIVE_ERROR\",\"reason\":\"重复拨付\"}")
                .post("/api/v1/claims/" + id + "/clawback").then().statusCode(200)
                .body("clawback.category", is("ADMINISTRATIVE_ERROR")).body("clawback.institutionDisqualified", nullValue());
        String next = """
                {"personId":"%s","programme":"ENTERPRISE_TRAINING","level":"LEVEL_4","occupation":"电工","trainingCompletedOn":"2020-06-30",
                 "institution":{"name":"林芝市误发培训学校","creditCode":"%s"}}""".formatted(TestIds.residentId(), code);
        submit(UUID.randomUUID().toString(), next).then().statusCode(201).body("status", is("APPROVED"));
        given().get("/api/v1/catalogue/institutions/" + institution).then().statusCode(200).body("status", is("ACTIVE"));
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("{\"reason\":\"没有类别\"}")
                .post("/api/v1/claims/" + id + "/clawback").then().statusCode(400).body("violations.field", hasItem("category"));
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("{\"category\":\"FRAUD\",\"reason\":\"x\",\"reasn\":\"y\"}")
                .post("/api/v1/claims/" + id + "/clawback").then().statusCode(400).body("code", is("UNKNOWN_FIELD"));
    }

    @Test
    void aClaimRecordsItsPayeeAndAPersonallyPaidTrainingClosesTheCertificateSubsidy() {
        String person = TestIds.residentId();
        String training = """
                {"personId":"%s","programme":"ENTERPRISE_TRAINING","level":"LEVEL_4","occupation":"电工","trainingCompletedOn":"2020-03-30",
                 "payee":"%s"}""";
        String certificate = """
                {"personId":"%s","programme":"SKILL_CERTIFICATE","occupation":"电工","trainingCompletedOn":"2020-05-30","certificateLevel":"LEVEL_4",
                 "certificateIssuedOn":"2020-06-15","appliedOn":"2020-07-01","unemploymentInsuranceMonths":24}""";
        submit(UUID.randomUUID().toString(), training.formatted(person, "ENTERPRISE")).then().statusCode(201)
                .body("payee", is("ENTERPRISE")).body("decision.payee", is("ENTERPRISE"));
        submit(UUID.randomUUID().toString(), certificate.formatted(person)).then().statusCode(201).body("status", is("APPROVED"))
                .body("payee", is("PERSON"));
        String other = TestIds.residentId();
        submit(UUID.randomUUID().toString(), training.formatted(other, "PERSON")).then().statusCode(201).body("payee", is("PERSON"));
        submit(UUID.randomUUID().toString(), certificate.formatted(other)).then().statusCode(201).body("status", is("REJECTED"))
                .body("decision.reasons.code", hasItem("DUPLICATE_OCCUPATION_LEVEL"))
                .body("decision.reasons.ruleId", hasItem("DUPLICATE_OCCUPATION_LEVEL_PAID_TO_PERSON"));
    }

    @Test
    void aPartNotConfiguredIsKeptWithTheClaimAndTheTransportAllowanceIsPaid() {
        String body = """
                {"personId":"%s","programme":"KEY_GROUP_TRAINING","occupation":"家政服务员","trainingCompletedOn":"2020-06-30",
                 "keyGroup":"DISABLED","busFareOneWay":85.5}""".formatted(TestIds.residentId());
        long id = submit(UUID.randomUUID().toString(), body).then().statusCode(201).body("status", is("APPROVED"))
                .body("decision.transportAllowance", is(171.00f)).body("decision.amount", is(171.00f))
                .body("decision.complete", is(false)).body("decision.notConfigured.ruleId", hasItem("KEY_GROUP_TRAINING.AMOUNT"))
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(HR).get("/api/v1/claims/" + id).then().statusCode(200)
                .body("decision.complete", is(false)).body("decision.notConfigured[0].citation.documentNumber", is("藏人社发〔2018〕157号"));
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
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("personId", person)).post("/api/v1/claims/search").then().body("items.size()", is(1));
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

        given().auth().oauth2(TestTokens.withRoles("department")).contentType(ContentType.JSON).body("{\"category\":\"FRAUD\",\"reason\":\"虚假培训\"}")
                .post("/api/v1/claims/" + id + "/clawback").then().statusCode(403);
        given().auth().oauth2(TestTokens.withRoles("auditor")).contentType(ContentType.JSON).body("{\"category\":\"FRAUD\",\"reason\":\"虚假培训\"}")
                .post("/api/v1/claims/" + id + "/clawback")
                .then().statusCode(200)
                .body("status", is("APPROVED"))
                .body("clawback.amountRecovered", is(1500.00f))
                .body("clawback.institutionDisqualified", is(code));
        // the disqualification lands in the public catalogue with its date and category, never the reason or the claim
        String page = given().get("/api/v1/catalogue/institutions/" + institution).then().statusCode(200)
                .body("status", is("DISQUALIFIED")).body("statusCategory", is("FRAUD")).body("statusOn", notNullValue())
                .extract().asString();
        assertFalse(page.contains("虚假培训") || page.contains("\"statusClaimId\"") || page.contains("\"statusReason\""), page);
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("{\"category\":\"FRAUD\",\"reason\":\"again\"}")
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
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("{\"category\":\"FRAUD\",\"reason\":\"x\"}").post("/api/v1/claims/" + id + "/clawback")
                .then().statusCode(409).body("code", is("CLAIM_NOT_APPROVED"));
        given().auth().oauth2(HR).get("/api/v1/claims/999999999").then().statusCode(404)
                .contentType("application/problem+json").body("code", is("CLAIM_NOT_FOUND"));
    }
}
