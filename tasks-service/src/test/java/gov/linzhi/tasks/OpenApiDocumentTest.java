package gov.linzhi.tasks;

import gov.linzhi.platform.testing.MariaDbTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every operation of the API is documented: tag, summary, 401, and problem+json for each error status. */
@QuarkusTest
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
@WithTestResource(OtherServicesStub.class)
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDocumented() {
        JsonPath doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<String> gaps = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1/") || path.getKey().startsWith("/api/v1/test-probe")) {
                continue;
            }
            for (var op : path.getValue().entrySet()) {
                if (!(op.getValue() instanceof Map<?, ?> operation) || op.getKey().equals("parameters")) {
                    continue;
                }
                operations++;
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                if (!(operation.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
                    gaps.add(where + ": no tag");
                }
                if (operation.get("summary") == null) {
                    gaps.add(where + ": no summary");
                }
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                if (!responses.containsKey("401")) {
                    gaps.add(where + ": no 401");
                }
                responses.forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        Object content = response.get("content");
                        if (!(content instanceof Map<?, ?> c) || !c.containsKey("application/problem+json")) {
                            gaps.add(where + " " + status + ": not problem+json");
                        }
                    }
                });
            }
        }
        assertTrue(operations >= 18, "operations found: " + operations);
        assertEquals(List.of(), gaps);
    }
}
