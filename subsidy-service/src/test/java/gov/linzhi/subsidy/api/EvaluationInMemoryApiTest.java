package gov.linzhi.subsidy.api;

import gov.linzhi.platform.testing.MariaDbTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every test of {@link EvaluationApiTest} again, with the rule sets fresh for an hour: public cases are then
 * decided on the I/O thread, from memory (the tests profile's refresh interval of zero sends every case to a
 * worker thread). Anything blocking on that path - the database - fails the request there, so these tests
 * fail with it; and the path each case took is counted ({@code subsidy.evaluations}), so a public case that went to
 * a worker fails the test named after it.
 */
@QuarkusTest
@TestProfile(EvaluationInMemoryApiTest.RuleSetsFreshForAnHour.class)
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class EvaluationInMemoryApiTest extends EvaluationApiTest {

    @Inject
    MeterRegistry registry;

    private double taken(String path) {
        return registry.get(EvaluationResource.PATH_METRIC).tag("path", path).counter().count();
    }

    private void evaluate(String body) {
        given().contentType(ContentType.JSON).body(body).post("/api/v1/evaluations").then().statusCode(200);
    }

    @Test
    void aPublicCaseTakesTheInMemoryPathAndACaseNamingAnInstitutionTheWorker() {
        double memory = taken("memory");
        double worker = taken("worker");
        evaluate("""
                {"programme":"APPRENTICESHIP","level":"LEVEL_3","occupation":"中式烹调师","trainingCompletedOn":"2020-06-30",
                 "includesMandatedContent":true}""");
        assertEquals(memory + 1, taken("memory"), "decided from memory");
        assertEquals(worker, taken("worker"));
        evaluate(Examples.EVALUATION_REQUEST);
        assertEquals(memory + 1, taken("memory"));
        assertEquals(worker + 1, taken("worker"), "the institution is looked up in the catalogue");
    }

    /** Rule sets looked up at start and then kept for an hour. */
    public static class RuleSetsFreshForAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("subsidy.rules.refresh-interval", "1H");
        }
    }
}
