package gov.linzhi.launcher;

import gov.linzhi.platform.opensearch.SearchNodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of the packaged gazette-service sharing one index on a real OpenSearch node
 * ({@code GAZETTE_SEARCH_BACKEND=opensearch}), their outbox polls an hour apart: what one imports, the other finds
 * the moment the import has answered, and the index holds each document once.
 */
class GazetteSharedSearchTest extends TwoGazetteInstances {

    private static final String ALIAS = "gazette-shared-" + System.nanoTime();
    private static SearchNodeProcess node;

    @BeforeAll
    static void start() throws Exception {
        Path data = Path.of("target/gazette-shared-search").toAbsolutePath();
        node = SearchNodeProcess.start(data.resolve("opensearch-" + System.nanoTime()));
        startTwoInstances(data, i -> Map.of(
                "GAZETTE_SEARCH_BACKEND", "opensearch",
                "GAZETTE_SEARCH_OPENSEARCH_URL", node.url().toString(),
                "GAZETTE_SEARCH_OPENSEARCH_INDEX", ALIAS,
                // no poll during the test: only the import's own write can make the other instance find it
                "GAZETTE_SEARCH_POLL_DELAY", "1h",
                "GAZETTE_SEARCH_POLL_INTERVAL", "1h"));
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void eachInstanceFindsWhatTheOtherImportedAtOnceFromOneIndex() throws Exception {
        assertTrue(search(instances.get(1), "学徒").contains("<em>学徒</em>"), "the second instance does not see the shared index");

        importCorrectionThrough(instances.get(0), "林芝共享索引甲");
        assertTrue(search(instances.get(1), "林芝共享索引甲").contains("<em>林芝共享索引甲</em>"),
                "the second instance does not find the first one's import at once");

        importCorrectionThrough(instances.get(1), "林芝共享索引乙");
        String onFirst = search(instances.get(0), "林芝共享索引乙");
        assertTrue(onFirst.contains("<em>林芝共享索引乙</em>"), "the first instance does not find the second one's import: " + onFirst);
        assertTrue(search(instances.get(0), "林芝共享索引甲").contains("\"total\":0"), "the corrected text replaced the older one");

        assertEquals(1, node("/_alias/" + ALIAS).split("\"aliases\"").length - 1, "one index behind the alias");
        String count = node("/" + ALIAS + "/_count?q=kind:document");
        assertTrue(count.contains("\"count\":5,"), "the seed's five documents, each once: " + count);
    }

    private static String node(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
