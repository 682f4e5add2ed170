package gov.linzhi.subsidy.api;

import gov.linzhi.platform.testing.HostileText;
import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import gov.linzhi.subsidy.TestIds;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SQL, script, template and spreadsheet-formula strings in the free-text fields of the catalogue and of
 * a clawback: stored and read back byte-identical, and neutralised in the public disclosure CSV (a
 * formula start gets a leading apostrophe) while its JSON keeps them verbatim.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class StoredInjectionApiTest {

    private static final String HR = TestTokens.withRoles("hr-bureau");

    @Test
    void hostileTextIsStoredVerbatimAndNeutralisedInTheDisclosureCsv() throws Exception {
        List<String> injections = HostileText.INJECTIONS;
        for (int i = 0; i < injections.size(); i++) {
            String text = injections.get(i);
            String occupation = "注入测试" + i + TestIds.creditCode();
            long institution = given().auth().oauth2(HR).contentType(ContentType.JSON)
                    .body(Map.of("name", text, "creditCode", TestIds.creditCode(), "kind", "PRIVATE_TRAINING_SCHOOL",
                            "ownership", "PRIVATE", "county", text,
                            "approvals", List.of(Map.of("occupation", occupation, "level", "LEVEL_3"))))
                    .post("/api/v1/catalogue/institutions").then().statusCode(201).extract().jsonPath().getLong("id");
            given().get("/api/v1/catalogue/institutions/{id}", institution).then().statusCode(200)
                    .body("name", is(text)).body("county", is(text));
            long project = given().auth().oauth2(HR).contentType(ContentType.JSON)
                    .body(Map.ofEntries(Map.entry("name", text), Map.entry("programme", "HIGH_SKILL_TRAINING"),
                            Map.entry("occupation", occupation), Map.entry("level", "LEVEL_3"), Map.entry("institutionId", institution),
                            Map.entry("startsOn", "2021-01-04"), Map.entry("endsOn", "2021-03-19"), Map.entry("capacity", 40),
                            Map.entry("county", text), Map.entry("projectBased", true), Map.entry("includesMandatedContent", true)))
                    .post("/api/v1/catalogue/projects").then().statusCode(201).extract().jsonPath().getLong("id");
            given().get("/api/v1/catalogue/projects/{id}", project).then().statusCode(200)
                    .body("name", is(text)).body("county", is(text));
            CatalogueApiTest.claim("{\"personId\":\"%s\",\"projectId\":%d,\"appliedOn\":\"2021-03-24\"}"
                    .formatted(TestIds.residentId(), project)).then().statusCode(201).body("status", is("APPROVED"));
        }
        // a clawback's reason, on a claim of its own (a clawed-back claim leaves the disclosure's pairs)
        String occupation = "注入追回" + TestIds.creditCode();
        long project = CatalogueApiTest.listProject(CatalogueApiTest.listInstitution(TestIds.creditCode(), occupation, "LEVEL_3"),
                "HIGH_SKILL_TRAINING", occupation, "LEVEL_3", "巴宜区", true);
        long claim = CatalogueApiTest.claim("{\"personId\":\"%s\",\"projectId\":%d,\"appliedOn\":\"2020-07-10\"}"
                .formatted(TestIds.residentId(), project)).then().statusCode(201).extract().jsonPath().getLong("id");
        String reason = String.join("；", injections);
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(Map.of("category", "OTHER", "reason", reason))
                .post("/api/v1/claims/{id}/clawback", claim).then().statusCode(200).body("clawback.reason", is(reason));
        given().auth().oauth2(HR).get("/api/v1/claims/{id}", claim).then().statusCode(200).body("clawback.reason", is(reason));

        var json = given().queryParam("year", 2021).queryParam("quarter", 1).get("/api/v1/disclosure").then().statusCode(200).extract().jsonPath();
        assertTrue(json.getList("byCountyAndInstitution.county").containsAll(injections), "JSON keeps every county verbatim: " + json.getList("byCountyAndInstitution.county"));
        String csv = given().queryParam("year", 2021).queryParam("quarter", 1).queryParam("format", "csv").get("/api/v1/disclosure")
                .then().statusCode(200).extract().asString();
        int checked = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().get())) {
            for (CSVRecord record : parser.getRecords()) {
                for (String column : List.of("county", "institutionName")) {
                    String cell = record.get(column);
                    if (cell.isEmpty()) {
                        continue;
                    }
                    String original = cell.startsWith("'") && HostileText.startsAFormula(cell.substring(1)) ? cell.substring(1) : cell;
                    assertTrue(injections.contains(original), column + ": " + cell);
                    assertEquals(HostileText.startsAFormula(original) ? "'" + original : original, cell, column);
                    checked++;
                }
            }
        }
        assertTrue(checked >= injections.size() * 2, "the CSV carried the hostile names: " + checked);
    }
}
