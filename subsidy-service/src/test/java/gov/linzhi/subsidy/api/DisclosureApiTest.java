package gov.linzhi.subsidy.api;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import gov.linzhi.subsidy.TestIds;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 7.17 disclosure: equal to the statistics, small county+institution counts suppressed, CSV, public. */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class DisclosureApiTest {

    private static final String HR = TestTokens.withRoles("hr-bureau");

    /** A fresh institution and a project-based HIGH_SKILL_TRAINING L3 project ending 2021-05-31 in a county of its own. */
    private static long[] project(String county) {
        String occupation = "公开电工" + TestIds.creditCode();
        long institution = CatalogueApiTest.listInstitution(TestIds.creditCode(), occupation, "LEVEL_3");
        long project = given().auth().oauth2(HR).contentType(ContentType.JSON).body("""
                        {"name":"公开项目","programme":"HIGH_SKILL_TRAINING","occupation":"%s","level":"LEVEL_3","institutionId":%d,
                         "startsOn":"2021-03-01","endsOn":"2021-05-31","capacity":40,"county":"%s","projectBased":true,"includesMandatedContent":true}"""
                        .formatted(occupation, institution, county))
                .post("/api/v1/catalogue/projects").then().statusCode(201).extract().jsonPath().getLong("id");
        return new long[] {institution, project};
    }

    private final List<String> persons = new java.util.ArrayList<>();

    private long claim(long project) {
        String person = TestIds.residentId();
        persons.add(person);
        return CatalogueApiTest.claim("{\"personId\":\"%s\",\"projectId\":%d,\"appliedOn\":\"2021-06-10\"}".formatted(person, project))
                .then().statusCode(201).body("status", is("APPROVED")).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> pair(JsonPath disclosure, String county) {
        List<Map<String, Object>> pairs = disclosure.getList("byCountyAndInstitution");
        return pairs.stream().filter(p -> county.equals(p.get("county"))).findFirst().orElseThrow();
    }

    @Test
    void totalsEqualTheStatisticsAndTheQuartersAddUp() {
        long[] p = project("一致县" + TestIds.creditCode());
        claim(p[1]);
        claim(p[1]);
        JsonPath statistics = given().queryParam("year", 2021).get("/api/v1/statistics").then().statusCode(200).extract().jsonPath();
        JsonPath disclosure = given().queryParam("year", 2021).get("/api/v1/disclosure").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
        assertEquals(statistics.getLong("approvedPersonTimes"), disclosure.getLong("approvedPersonTimes"));
        assertEquals(new BigDecimal(statistics.getString("approvedAmount")), new BigDecimal(disclosure.getString("approvedAmount")));
        assertEquals(statistics.getList("byProgramme.programme"), disclosure.getList("byProgramme.key"));
        assertEquals(statistics.getList("byProgramme.personTimes"), disclosure.getList("byProgramme.personTimes"));
        assertEquals(statistics.getList("byProgramme.amount"), disclosure.getList("byProgramme.amount"));
        assertEquals(statistics.getList("byLevel.level"), disclosure.getList("byLevel.key"));
        assertEquals(statistics.getList("byLevel.personTimes"), disclosure.getList("byLevel.personTimes"));
        assertEquals(statistics.getList("byLevel.amount"), disclosure.getList("byLevel.amount"));

        long quarters = 0;
        BigDecimal amount = BigDecimal.ZERO;
        for (int q = 1; q <= 4; q++) {
            JsonPath d = given().queryParam("year", 2021).queryParam("quarter", q).get("/api/v1/disclosure").then().statusCode(200)
                    .body("quarter", is(q)).extract().jsonPath();
            quarters += d.getLong("approvedPersonTimes");
            amount = amount.add(new BigDecimal(d.getString("approvedAmount")));
        }
        assertEquals(disclosure.getLong("approvedPersonTimes"), quarters);
        assertEquals(0, new BigDecimal(disclosure.getString("approvedAmount")).compareTo(amount));
        // the two claims of this test are in the second quarter: 2 × (2000 + 450), 30% advanced
        given().queryParam("year", 2021).queryParam("quarter", 2).get("/api/v1/disclosure").then()
                .body("from", is("2021-04-01")).body("to", is("2021-06-30"));
    }

    @Test
    void smallCountsOfACountyAndInstitutionAreSuppressedAndClawbacksShown() {
        String county = "小县" + TestIds.creditCode();
        long[] p = project(county);
        long first = claim(p[1]);
        claim(p[1]);
        claim(p[1]);
        JsonPath before = given().queryParam("year", 2021).queryParam("quarter", 2).get("/api/v1/disclosure").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> small = pair(before, county);
        assertEquals("<5", small.get("personTimes"));
        assertEquals(null, small.get("amount"));
        String csv = given().queryParam("year", 2021).queryParam("quarter", 2).queryParam("format", "csv").get("/api/v1/disclosure")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("section,key,county,institutionCreditCode,institutionName,personTimes,amount"), csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("county_institution,," + county + ",") && l.endsWith(",<5,")), csv);
        String all = given().accept("text/csv").queryParam("year", 2021).get("/api/v1/disclosure").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        String json = given().queryParam("year", 2021).get("/api/v1/disclosure").then().extract().asString();
        for (String person : persons) {
            assertTrue(!all.contains(person) && !json.contains(person), "no personal data");
        }

        claim(p[1]);
        claim(p[1]);
        JsonPath five = given().queryParam("year", 2021).queryParam("quarter", 2).get("/api/v1/disclosure").then().extract().jsonPath();
        assertEquals("5", pair(five, county).get("personTimes"));
        assertEquals(12250.0f, pair(five, county).get("amount"));
        assertEquals(five.getLong("advances.paidCount"), before.getLong("advances.paidCount") + 2);

        // a clawback: the claim leaves the totals and the pair, and appears as recovered
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("{\"category\":\"FRAUD\",\"reason\":\"虚假培训\"}")
                .post("/api/v1/claims/" + first + "/clawback").then().statusCode(200);
        JsonPath after = given().queryParam("year", 2021).queryParam("quarter", 2).get("/api/v1/disclosure").then().extract().jsonPath();
        assertEquals("<5", pair(after, county).get("personTimes"));
        assertEquals(five.getLong("clawbacks.count") + 1, after.getLong("clawbacks.count"));
        assertEquals(0, new BigDecimal(five.getString("clawbacks.recovered")).add(new BigDecimal("2450.00"))
                .compareTo(new BigDecimal(after.getString("clawbacks.recovered"))));
        assertEquals(five.getLong("approvedPersonTimes") - 1, after.getLong("approvedPersonTimes"));
        assertEquals(five.getLong("advances.paidCount"), after.getLong("advances.paidCount"));
        assertEquals(five.getLong("advances.settledCount") - 1, after.getLong("advances.settledCount"));
    }

    @Test
    void publicWithValidatedParameters() {
        given().get("/api/v1/disclosure").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("year"));
        given().queryParam("year", 2021).queryParam("quarter", 5).get("/api/v1/disclosure").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("year", "20x1").get("/api/v1/disclosure").then().statusCode(400);
        given().queryParam("year", 2021).queryParam("format", "xml").get("/api/v1/disclosure").then().statusCode(400);
        given().queryParam("year", 2030).get("/api/v1/disclosure").then().statusCode(200).body("approvedPersonTimes", is(0))
                .body("clawbacks.recovered", is(0.0f)).body("byCounty.size()", is(0)).body("quarter", nullValue());
    }
}
