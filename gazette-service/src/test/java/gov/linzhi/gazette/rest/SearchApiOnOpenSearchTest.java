package gov.linzhi.gazette.rest;

import gov.linzhi.gazette.search.OpenSearchBackend;
import gov.linzhi.platform.opensearch.SearchNodeProcess;
import gov.linzhi.platform.testing.MariaDbTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every search API test again, with the index on a real OpenSearch node instead of the embedded Lucene index. */
@QuarkusTest
@TestProfile(OpenSearchBackend.class)
@WithTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "database", value = "gazette"))
class SearchApiOnOpenSearchTest extends SearchApiTest {

    @Test
    void theIndexLivesInOpenSearchAndReadinessSaysWhatItHolds() throws Exception {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'search-index' }.status", is("UP"))
                .body("checks.find { it.name == 'search-index' }.data.documents", greaterThanOrEqualTo(5));
        String alias = ConfigProvider.getConfig().getValue("gazette.search.opensearch.index", String.class);
        HttpResponse<String> count = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(SearchNodeProcess.shared().url() + "/" + alias + "/_count?q=kind:document")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(count.statusCode() == 200 && count.body().matches(".*\"count\":([5-9]|\\d{2,}).*"), count.body());
    }
}
