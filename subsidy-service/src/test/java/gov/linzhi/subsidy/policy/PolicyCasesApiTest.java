package gov.linzhi.subsidy.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.subsidy.rules.PolicyCase;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The policy cases that need no history, register, catalogue or parameter change, through {@code POST /evaluations}:
 * the HTTP API answers as the engine does, and refuses as input what the engine refuses (400 naming the fields).
 * Cases after 2021-09-30 are left to the engine test, since another test loads a second rule-set version taking
 * effect on 2021-10-01 into the shared database.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class PolicyCasesApiTest {

    static List<PolicyCase> cases() {
        return PolicyCasesTest.cases().stream().filter(PolicyCase::standsAlone)
                .filter(c -> c.completedOn().isBefore(LocalDate.of(2021, 10, 1)))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theApiAnswersAsThePolicyCaseSays(PolicyCase c) {
        ObjectNode body = c.input().deepCopy();
        if (!body.has("appliedOn")) {
            body.set("appliedOn", body.get("trainingCompletedOn"));
        }
        if (c.expectsInvalid()) {
            JsonPath problem = given().contentType(ContentType.JSON).body(body.toString()).post("/api/v1/evaluations")
                    .then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
            Set<String> expected = new HashSet<>();
            c.expect().path("invalid").forEach(f -> expected.add(f.asText()));
            Set<String> actual = new HashSet<>(problem.getList("violations.field", String.class));
            assertTrue(PolicyCase.sameFields(expected, actual), c + " refused fields " + actual + ", expected " + expected);
            return;
        }
        JsonPath answer = given().contentType(ContentType.JSON).body(body.toString())
                .post("/api/v1/evaluations").then().statusCode(200).extract().jsonPath();
        JsonNode e = c.expect();
        assertEquals(e.path("eligible").asBoolean(), answer.getBoolean("eligible"), c + " eligible");
        assertEquals(0, e.path("amount").decimalValue().compareTo(new BigDecimal(answer.getString("amount"))), c + " amount");
        assertEquals(0, e.path("advanceAmount").decimalValue().compareTo(new BigDecimal(answer.getString("advanceAmount"))), c + " advance");
        assertEquals(0, e.path("transportAllowance").decimalValue().compareTo(new BigDecimal(answer.getString("transportAllowance"))),
                c + " transport");
        assertEquals(e.path("ruleSetVersion").asText(null), answer.getString("ruleSetVersion"), c + " version");
        assertEquals(texts(e.path("lines"), "ruleId"), answer.getList("lines.ruleId"), c + " lines");
        assertEquals(texts(e.path("notConfigured"), null), answer.getList("notConfigured.ruleId"), c + " not configured");
        assertEquals(!e.has("notConfigured") || e.path("notConfigured").isEmpty(), answer.getBoolean("complete"), c + " complete");
        assertEquals(texts(e.path("reasons"), null), answer.getList("reasons.code"), c + " reasons");
        if (e.has("payee")) {
            assertEquals(e.path("payee").asText(), answer.getString("payee"), c + " payee");
        }
    }

    private static List<String> texts(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(field == null ? n.asText() : n.path(field).asText()));
        return out;
    }
}
