package gov.linzhi.gazette.rest;

import gov.linzhi.platform.testing.MariaDbTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The service configured for an OpenSearch cluster that does not answer: it starts, serves documents from the
 * database, stays ready, and answers searches with 503 SEARCH_UNAVAILABLE and Retry-After, never a 500.
 */
@QuarkusTest
@TestProfile(SearchUnavailableTest.NoCluster.class)
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "gazette"))
class SearchUnavailableTest {

    /** An address nothing listens on. */
    public static class NoCluster implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("gazette.search.backend", "opensearch",
                    "gazette.search.opensearch.url", "http://127.0.0.1:" + port,
                    "gazette.search.opensearch.timeout", "2s");
        }
    }

    @Test
    void searchesAnswer503WhileDocumentsAreServed() {
        given().queryParam("q", "学徒").get("/api/v1/search").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("code", is("SEARCH_UNAVAILABLE"));
        given().get("/api/v1/documents/by-number/{number}", GazetteApiTest.NOTICE_5).then().statusCode(200)
                .body("documentNumber", is(GazetteApiTest.NOTICE_5));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'search-index' }.status", is("UP"))
                .body("checks.find { it.name == 'search-index' }.data.searchAvailable", is(false));
    }
}
