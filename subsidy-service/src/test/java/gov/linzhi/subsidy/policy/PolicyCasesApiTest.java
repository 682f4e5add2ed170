package gov.linzhi.subsidy.policy;

import gov.linzhi.platform.testing.MariaDbTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The policy cases that need no history, register or parameter change, through {@code POST /evaluations}:
 * the HTTP API answers as the engine does. Cases after 2021-09-30 are left to the engine test, since
 * another test loads a second rule-set version taking effect on 2021-10-01 into the shared database.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class PolicyCasesApiTest {

    static List<PolicyCase> cases() {
        return PolicyCase.all().stream().filter(PolicyCase::standsAlone)
                .filter(c -> LocalDate.parse((String) c.input().get("trainingCompletedOn")).isBefore(LocalDate.of(2021, 10, 1)))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void theApiAnswersAsThePolicyCaseSays(PolicyCase c) throws Exception {
        JsonPath answer = given().contentType(ContentType.JSON).body(PolicyCase.JSON.writeValueAsString(c.request()))
                .post("/api/v1/evaluations").then().statusCode(200).extract().jsonPath();
        Map<String, Object> e = c.expect();
        assertEquals(e.get("eligible"), answer.getBoolean("eligible"), c + " eligible");
        assertEquals(0, PolicyCase.money(e.get("amount")).compareTo(new BigDecimal(answer.getString("amount"))), c + " amount");
        assertEquals(0, PolicyCase.money(e.get("advanceAmount")).compareTo(new BigDecimal(answer.getString("advanceAmount"))), c + " advance");
        assertEquals(e.get("ruleSetVersion"), answer.getString("ruleSetVersion"), c + " version");
        List<Map<String, Object>> lines = (List<Map<String, Object>>) e.get("lines");
        assertEquals(lines.stream().map(l -> l.get("ruleId")).toList(), answer.getList("lines.ruleId"), c + " lines");
        assertEquals(e.get("reasons"), answer.getList("reasons.code"), c + " reasons");
    }
}
