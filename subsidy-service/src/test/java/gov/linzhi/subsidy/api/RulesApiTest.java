package gov.linzhi.subsidy.api;

import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class RulesApiTest {

    private static final String HR = TestTokens.withRoles("hr-bureau");

    static String builtIn() {
        try (InputStream in = RulesApiTest.class.getClassLoader().getResourceAsStream("rules/2019-2021/rule-set.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theRuleSetIsPublicWithParametersDatedValuesAndCitations() {
        given().queryParam("on", "2020-06-30").get("/api/v1/rules")
                .then().statusCode(200)
                .body("version", is("2019-2021.2"))
                .body("periodFrom", is("2019-01-01"))
                .body("loaded.source", is("BUILT_IN"))
                .body("parameters.find { it.id == 'APPRENTICESHIP.LEVEL_3' }.values[0].value", is(7000))
                .body("parameters.find { it.id == 'APPRENTICESHIP.LEVEL_3' }.citation.provisionPath", is("3.1.3"))
                .body("parameters.find { it.id == 'KEY_GROUP_TRAINING.AMOUNT' }.values[0].value", nullValue())
                .body("parameters.find { it.id == 'KEY_GROUP_TRAINING.AMOUNT' }.citation.documentNumber", is("藏人社发〔2018〕157号"))
                .body("rules.find { it.id == 'MANDATED_CONTENT' }.citation.provisionPath", is("5.8"))
                .body("tables.find { it.id == 'BASE_AMOUNT' }.rows.id", hasItem("APPRENTICESHIP.NOT_COVERED"))
                .body("targets.planPeriod", is(21500));
        given().get("/api/v1/rules/versions").then().statusCode(200).body("items.version", hasItem("2019-2021.2"));
        given().queryParam("on", "2030-01-01").get("/api/v1/rules")
                .then().statusCode(404).contentType("application/problem+json").body("code", is("NO_RULES_IN_FORCE"));
        given().get("/api/v1/rules/versions/no-such").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aLoadedVersionNeverChangesSoItsJsonAndYamlCarryStrongTagsAndAnswer304() {
        for (String accept : List.of("application/json", "application/yaml")) {
            io.restassured.response.Response first = given().accept(accept).get("/api/v1/rules/versions/2019-2021.2")
                    .then().statusCode(200).extract().response();
            String tag = first.header("ETag");
            assertTrue(tag != null && tag.matches("\"[A-Za-z0-9_-]{22}\""), accept + ": " + tag);
            assertTrue(first.header("Cache-Control").contains("immutable") && first.header("Cache-Control").contains("max-age=31536000"),
                    first.header("Cache-Control"));
            given().accept(accept).header("If-None-Match", tag).get("/api/v1/rules/versions/2019-2021.2")
                    .then().statusCode(304).header("ETag", tag).body(is(""));
            given().accept(accept).header("If-None-Match", "\"other\"").get("/api/v1/rules/versions/2019-2021.2")
                    .then().statusCode(200);
        }
        assertTrue(!given().accept("application/json").get("/api/v1/rules/versions/2019-2021.2").header("ETag")
                .equals(given().accept("application/yaml").get("/api/v1/rules/versions/2019-2021.2").header("ETag")),
                "each representation has its own tag");
        given().get("/api/v1/rules/versions/2019-2021.2").then().statusCode(200)
                .contentType(containsString("application/json")).body("version", is("2019-2021.2"));
    }

    @Test
    void aSecondVersionChangesAnAmountFromADateAndDecisionsNameIt() {
        String v2 = builtIn()
                .replace("version: \"2019-2021.2\"", "version: \"2019-2021.3\"")
                .replace("effectiveFrom: 2019-01-01       #", "effectiveFrom: 2021-10-01       #")
                .replace("    citation: *highSkill\n    values: [{from: 2019-01-01, value: 3000}]",
                        "    citation: *highSkill\n    values: [{from: 2019-01-01, value: 3000}, {from: 2021-11-01, value: 3600}]");
        given().auth().oauth2(HR).contentType("application/yaml; charset=UTF-8").body(v2.getBytes(StandardCharsets.UTF_8)).post("/api/v1/rules/versions")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/rules/versions/2019-2021.3"))
                .body("version", is("2019-2021.3")).body("effectiveFrom", is("2021-10-01")).body("source", is("API"));
        given().auth().oauth2(HR).contentType("application/yaml; charset=UTF-8").body(v2.getBytes(StandardCharsets.UTF_8)).post("/api/v1/rules/versions")
                .then().statusCode(409).contentType("application/problem+json").body("code", is("RULE_SET_VERSION_EXISTS"));

        String highSkill = """
                {"programme":"HIGH_SKILL_TRAINING","level":"LEVEL_1","occupation":"电工","trainingCompletedOn":"%s"}""";
        given().contentType(ContentType.JSON).body(highSkill.formatted("2021-09-30")).post("/api/v1/evaluations")
                .then().statusCode(200).body("ruleSetVersion", is("2019-2021.2")).body("amount", is(3000.00f));
        given().contentType(ContentType.JSON).body(highSkill.formatted("2021-10-31")).post("/api/v1/evaluations")
                .then().statusCode(200).body("ruleSetVersion", is("2019-2021.3")).body("amount", is(3000.00f));
        given().contentType(ContentType.JSON).body(highSkill.formatted("2021-11-01")).post("/api/v1/evaluations")
                .then().statusCode(200).body("ruleSetVersion", is("2019-2021.3")).body("amount", is(3600.00f));
        given().queryParam("on", "2021-11-01").get("/api/v1/rules").then().statusCode(200)
                .body("version", is("2019-2021.3")).body("loaded.source", is("API"));
        given().auth().oauth2(TestTokens.withRoles("auditor")).queryParam("action", "RULE_SET_LOADED").get("/api/v1/audit")
                .then().statusCode(200).body("items.subject", hasItem("rule-set/2019-2021.3"));
    }

    /** The built-in set as a new version with a fact and a condition of its own, and a policy case for them. */
    static String withResidenceRule(String version, String effectiveFrom, String condition) {
        return builtIn()
                .replace("version: \"2019-2021.2\"", "version: \"" + version + "\"")
                .replace("effectiveFrom: 2019-01-01       #", "effectiveFrom: " + effectiveFrom + "       #")
                .replace("\nfacts:\n", """

                        facts:
                          - {name: residentInCounty, type: bool, default: true, labelZh: 在县（区）常住, labelEn: Resident in the county,
                             programmes: [KEY_GROUP_TRAINING]}
                        """)
                .replace("\nreasons:\n", """

                        reasons:
                          - {code: NOT_RESIDENT_IN_COUNTY, messageZh: 须在县（区）常住, messageEn: Must reside in the county}
                        """)
                .replace("\nrules:\n", """

                        rules:
                          - {id: NOT_RESIDENT_IN_COUNTY, order: 5, kind: ELIGIBILITY, programmes: [KEY_GROUP_TRAINING], labelZh: 须在县（区）常住,
                             labelEn: Must reside in the county, when: "%s", reason: NOT_RESIDENT_IN_COUNTY,
                             citation: {document: 林政办发〔2020〕5号, provision: "6.12"}}
                        """.formatted(condition))
                + """

                cases:
                  - name: 非常住 重点群体培训不予补贴
                    input: {programme: KEY_GROUP_TRAINING, occupation: 家政服务员, trainingCompletedOn: "2021-12-15", groups: [UNEMPLOYED],
                            facts: {residentInCounty: false}}
                    expect: {eligible: false, amount: 0, advanceAmount: 0, transportAllowance: 0, ruleSetVersion: "%s", lines: [],
                             reasons: [NOT_RESIDENT_IN_COUNTY]}
                """.formatted(version);
    }

    @Test
    void aNewVersionDeclaresAFactAndAConditionEnforcedFromItsEffectiveDate() {
        String text = withResidenceRule("2019-2021.4", "2021-12-01", "!facts.residentInCounty");
        given().auth().oauth2(HR).contentType("application/yaml; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/rules/versions").then().statusCode(201).body("version", is("2019-2021.4"));
        String keyGroup = """
                {"programme":"KEY_GROUP_TRAINING","occupation":"家政服务员","trainingCompletedOn":"%s","groups":["UNEMPLOYED"]%s}""";
        String outside = ",\"facts\":{\"residentInCounty\":false}";
        given().contentType(ContentType.JSON).body(keyGroup.formatted("2021-12-15", outside)).post("/api/v1/evaluations")
                .then().statusCode(200).body("ruleSetVersion", is("2019-2021.4")).body("eligible", is(false))
                .body("reasons.code", contains("NOT_RESIDENT_IN_COUNTY")).body("reasons[0].messageZh", is("须在县（区）常住"))
                .body("reasons[0].facts", contains("facts.residentInCounty"));
        given().contentType(ContentType.JSON).body(keyGroup.formatted("2021-12-15", "")).post("/api/v1/evaluations")
                .then().statusCode(200).body("eligible", is(true)).body("complete", is(false));
        // before its effective date the fact does not exist: the version in force refuses it by name
        given().contentType(ContentType.JSON).body(keyGroup.formatted("2021-11-15", outside)).post("/api/v1/evaluations")
                .then().statusCode(400).contentType("application/problem+json").body("code", is("UNKNOWN_FIELD"))
                .body("violations[0].field", is("facts.residentInCounty"));
        given().queryParam("version", "2019-2021.4").get("/api/v1/facts").then().statusCode(200)
                .body("items.find { it.name == 'residentInCounty' }.type", is("bool"))
                .body("items.find { it.name == 'residentInCounty' }.field", is("facts.residentInCounty"))
                .body("items.find { it.name == 'residentInCounty' }.defaultValue", is(true));
        given().queryParam("version", "2019-2021.2").get("/api/v1/facts").then().statusCode(200)
                .body("items.name", not(hasItem("residentInCounty")));
        // the text comes back as it was loaded
        String source = given().accept("application/yaml").get("/api/v1/rules/versions/2019-2021.4")
                .then().statusCode(200).contentType(containsString("application/yaml")).extract().asString();
        assertEquals(text, source);
    }

    @Test
    void anUploadNamingAnUndeclaredFactIsRefusedNamingTheRuleAndTheFact() {
        String text = withResidenceRule("2019-2021.5", "2021-12-10", "!facts.residentInTown");
        given().auth().oauth2(HR).contentType("application/yaml; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/rules/versions").then().statusCode(422).contentType("application/problem+json")
                .body("code", is("RULE_SET_REJECTED"))
                .body("violations.message", hasItem("rule NOT_RESIDENT_IN_COUNTY: the expression '!facts.residentInTown' names the fact "
                        + "'residentInTown', which the rule set does not declare"));
        String wrongType = withResidenceRule("2019-2021.5", "2021-12-10", "facts.occupation");
        given().auth().oauth2(HR).contentType("application/yaml; charset=UTF-8").body(wrongType.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/rules/versions").then().statusCode(422)
                .body("detail", containsString("rule NOT_RESIDENT_IN_COUNTY: the expression 'facts.occupation' does not type-check"));
        String failingCase = withResidenceRule("2019-2021.5", "2021-12-10", "facts.residentInCounty");
        given().auth().oauth2(HR).contentType("application/yaml; charset=UTF-8").body(failingCase.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/rules/versions").then().statusCode(422)
                .body("detail", containsString("policy case 非常住 重点群体培训不予补贴 fails"));
        given().get("/api/v1/rules/versions/2019-2021.5").then().statusCode(404);
    }

    @Test
    void theBuiltInVersionIsAnsweredInYamlAsItsFileReads() {
        String source = given().accept("application/yaml").get("/api/v1/rules/versions/2019-2021.2")
                .then().statusCode(200).extract().asString();
        assertEquals(builtIn(), source);
        given().accept("application/yaml").get("/api/v1/rules/versions/no-such").then().statusCode(404);
    }

    @Test
    void theFactsAreListedWithTypesValuesLabelsAndTheProgrammesThatNeedThem() {
        given().get("/api/v1/facts").then().statusCode(200)
                .body("items[0].name", is("programme"))
                .body("items.find { it.name == 'programme' }.values.value", hasItem("ENTREPRENEURSHIP_TRAINING"))
                .body("items.find { it.name == 'groups' }.type", is("set"))
                .body("items.find { it.name == 'groups' }.values.find { it.value == 'TWO_AFTER_GRADUATE' }.labelZh", is("“两后生”"))
                .body("items.find { it.name == 'contractSignedOn' }.requiredFor", contains("PRE_JOB_TRAINING"))
                .body("items.find { it.name == 'insuredInLinzhi' }.citation.provisionPath", is("3.1.1"))
                .body("items.find { it.name == 'provider' }.values.value", contains("ENTERPRISE", "INSTITUTION"))
                .body("items.find { it.name == 'projectBased' }.input", is(false));
        given().queryParam("version", "no-such").get("/api/v1/facts").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aBadRuleSetIsRefusedWithEveryProblem() {
        String bad = builtIn()
                .replace("version: \"2019-2021.2\"", "version: \"2019-2021.bad\"")
                .replace("effectiveFrom: 2019-01-01       #", "effectiveFrom: 2020-02-02       #")
                .replace("values: [{from: 2019-01-01, value: 450}]", "values: [{from: 2019-07-01, value: 450}]")
                .replace("level: [LEVEL_5, LEVEL_4, NONE]}", "level: [LEVEL_4, NONE]}");
        given().auth().oauth2(HR).contentType("application/yaml; charset=UTF-8").body(bad.getBytes(StandardCharsets.UTF_8)).post("/api/v1/rules/versions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", is("RULE_SET_REJECTED"))
                .body("violations.message", hasItem("parameter MANDATED_CONTENT.SUPPLEMENT has no value from 2019-01-01 to 2019-06-30"))
                .body("detail", containsString("table BASE_AMOUNT has a gap"));
        given().get("/api/v1/rules/versions/2019-2021.bad").then().statusCode(404);
    }

    @Test
    void loadingNeedsTheHrBureauRole() {
        given().contentType("application/yaml; charset=UTF-8").body(builtIn().getBytes(StandardCharsets.UTF_8)).post("/api/v1/rules/versions")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.withRoles("auditor")).contentType("application/yaml; charset=UTF-8").body(builtIn().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/rules/versions").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void jsonIsAcceptedAsWell() {
        given().auth().oauth2(HR).contentType(ContentType.JSON).body("{\"version\":\"x\"}").post("/api/v1/rules/versions")
                .then().statusCode(422).body("code", is("RULE_SET_REJECTED"))
                .body("violations.message", hasItem(containsString("required property 'title' not found")));
    }
}
