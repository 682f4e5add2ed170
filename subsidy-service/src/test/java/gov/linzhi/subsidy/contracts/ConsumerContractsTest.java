package gov.linzhi.subsidy.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.platform.testing.MariaDbTestResource;
import gov.linzhi.platform.testing.contracts.JsonShape;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consumer-driven contracts, checked on the provider's side against the real service: what tasks-service reads of
 * subsidy-service (the training statistics behind its board's training gauge and {@code GET /supervision/training-target})
 * is read from the WireMock stubs tasks-service's own tests run against. Each recorded statistics request is replayed
 * here; every field of the stub's answer must exist in the real answer with the same JSON type, so a field renamed or
 * retyped fails this build rather than tasks-service's board in production.
 */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "subsidy"))
class ConsumerContractsTest {

    static final Path TASKS_STUBS = Path.of("../tasks-service/src/test/resources/wiremock/mappings/stubs.json");
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyStatisticsInteractionTasksServiceRecordedIsAnsweredInTheShapeItReads() throws IOException {
        int replayed = 0;
        List<String> problems = new ArrayList<>();
        for (JsonNode m : JSON.readTree(TASKS_STUBS.toFile()).get("mappings")) {
            JsonNode request = m.get("request");
            JsonNode response = m.get("response");
            String url = request.has("url") ? request.get("url").asText() : request.path("urlPath").asText();
            if (!url.startsWith("/api/v1/statistics") || response.path("status").asInt() != 200 || !response.has("jsonBody")) {
                continue; // gazette-service's endpoints and the faults are not subsidy answers to hold the service to
            }
            RequestSpecification r = given();
            var query = request.path("queryParameters").fields();
            while (query.hasNext()) {
                var e = query.next();
                r = r.queryParam(e.getKey(), e.getValue().path("equalTo").asText());
            }
            Response real = r.get(url);
            String name = m.path("name").asText(url);
            if (real.statusCode() != 200) {
                problems.add(name + ": " + real.statusCode());
                continue;
            }
            JsonShape.conforms(response.get("jsonBody"), JSON.readTree(real.asByteArray()), name + " $", problems);
            replayed++;
        }
        assertTrue(replayed >= 1, "interactions replayed: " + replayed);
        assertEquals(List.of(), problems);
    }
}
