package gov.linzhi.subsidy.api;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import gov.linzhi.subsidy.TestIds;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** 五（九）: a person's training record across years, as JSON and as an escaped printable page. */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class PersonRecordApiTest {

    private static final String HR = TestTokens.withRoles("hr-bureau");
    private static final String AUDITOR = TestTokens.withRoles("auditor");

    @Test
    void aPersonsRecordAcrossTwoYearsAsJsonAndHtml() {
        String person = TestIds.residentId();
        String masked = person.substring(0, 4) + "**********" + person.substring(14);
        String code = TestIds.creditCode();
        String occupation = "档案电工" + code;
        CatalogueApiTest.listInstitution(code, occupation, "LEVEL_4");
        // 2020: enterprise training at a catalogued institution whose name, as given, is hostile markup
        CatalogueApiTest.claim("""
                {"personId":"%s","programme":"ENTERPRISE_TRAINING","level":"LEVEL_4","occupation":"%s","trainingCompletedOn":"2020-05-20",
                 "appliedOn":"2020-06-01","institution":{"name":"<script>alert('x')</script>&学校","creditCode":"%s"}}"""
                .formatted(person, occupation, code)).then().statusCode(201).body("status", is("APPROVED"));
        // 2021: the certificate subsidy, then a claim refused on the catalogue
        CatalogueApiTest.claim("""
                {"personId":"%s","programme":"SKILL_CERTIFICATE","occupation":"%s","trainingCompletedOn":"2021-03-01","certificateLevel":"LEVEL_4",
                 "certificateIssuedOn":"2021-03-15","appliedOn":"2021-04-01","unemploymentInsuranceMonths":24}"""
                .formatted(person, occupation)).then().statusCode(201).body("status", is("APPROVED"));
        CatalogueApiTest.claim("""
                {"personId":"%s","programme":"HIGH_SKILL_TRAINING","level":"LEVEL_3","occupation":"%s","trainingCompletedOn":"2021-06-01",
                 "appliedOn":"2021-06-02","institution":{"name":"无名","creditCode":"%s"}}"""
                .formatted(person, occupation, TestIds.creditCode())).then().statusCode(201).body("status", is("REJECTED"));

        given().auth().oauth2(AUDITOR).contentType(ContentType.JSON).body(Map.of("personId", person)).post("/api/v1/persons/record").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("personId", is(masked))
                .body("subsidisedClaims", is(2))
                .body("subsidisedAmount", is(3000.00f))
                .body("years.year", contains(2020, 2021))
                .body("years.trainings", contains(1, 0))
                .body("years.certificates", contains(0, 1))
                .body("entries.programme", contains("ENTERPRISE_TRAINING", "SKILL_CERTIFICATE", "HIGH_SKILL_TRAINING"))
                .body("entries[0].institution.creditCode", is(code))
                .body("entries[0].amount", is(1500.00f))
                .body("entries[1].certificateLevel", is("LEVEL_4"))
                .body("entries[1].certificateIssuedOn", is("2021-03-15"))
                .body("entries[2].status", is("REJECTED"))
                .body("entries[2].reasons", contains("INSTITUTION_NOT_LISTED"))
                .body(not(containsString(person)));

        String html = given().auth().oauth2(HR).accept("text/html").contentType(ContentType.JSON).body(Map.of("personId", person)).post("/api/v1/persons/record").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.contains(masked) && !html.contains(person), "masked only");
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;学校"), html);
        org.junit.jupiter.api.Assertions.assertFalse(html.contains("<script>"), "escaped");
        given().auth().oauth2(HR).queryParam("format", "html").contentType(ContentType.JSON).body(Map.of("personId", person)).post("/api/v1/persons/record").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("劳动者职业培训电子档案"));
    }

    @Test
    void rolesAndBadInput() {
        String person = TestIds.residentId();
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("personId", person)).post("/api/v1/persons/record").then().statusCode(200)
                .body("entries.size()", is(0)).body("subsidisedAmount", is(0.0f)).body("personId", not(nullValue()));
        given().auth().oauth2(TestTokens.withRoles("department")).contentType(ContentType.JSON).body(Map.of("personId", person)).post("/api/v1/persons/record").then().statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("personId", person)).post("/api/v1/persons/record").then().statusCode(401);
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("personId", "540402199001191235")).post("/api/v1/persons/record").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(HR).queryParam("format", "pdf").contentType(ContentType.JSON).body(Map.of("personId", person)).post("/api/v1/persons/record").then().statusCode(400);
    }

    /** 十三: personal data never in a URL. The look-ups take the resident ID in their bodies; the old routes are gone. */
    @Test
    void residentIdsTravelOnlyInRequestBodies() {
        String person = TestIds.residentId();
        for (String old : new String[] {"/api/v1/persons/" + person + "/record", "/api/v1/persons/" + person + "/entitlements"}) {
            given().auth().oauth2(HR).get(old).then().statusCode(404).contentType("application/problem+json")
                    .body(not(containsString(person)));
        }
        given().auth().oauth2(HR).queryParam("personId", person).get("/api/v1/claims").then().statusCode(400)
                .contentType("application/problem+json").body("code", is("PERSONAL_DATA_IN_URL"));
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("personId", person, "personID", person))
                .post("/api/v1/persons/record").then().statusCode(400).body("code", is("UNKNOWN_FIELD"))
                .body(not(containsString(person)));
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("year", 2020)).post("/api/v1/persons/entitlements")
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem(containsString("personId")));
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("personId", person)).post("/api/v1/persons/entitlements")
                .then().statusCode(200).header("Cache-Control", containsString("no-store")).body(not(containsString(person)));
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("personId", person, "size", 501))
                .post("/api/v1/claims/search").then().statusCode(400);
    }
}
