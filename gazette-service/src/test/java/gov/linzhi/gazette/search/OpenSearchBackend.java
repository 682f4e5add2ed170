package gov.linzhi.gazette.search;

import gov.linzhi.platform.opensearch.SearchNodeProcess;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The service with {@code gazette.search.backend=opensearch} on the JVM's shared real OpenSearch node, under an alias
 * of its own: a test class with this profile runs against OpenSearch what its parent runs against Lucene.
 */
public class OpenSearchBackend implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Node.class));
    }

    /** Starts (or finds) the node and points the service at it. */
    public static class Node implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            return Map.of("gazette.search.backend", "opensearch",
                    "gazette.search.opensearch.url", SearchNodeProcess.shared().url().toString(),
                    "gazette.search.opensearch.index", "gazette-api-" + UUID.randomUUID().toString().substring(0, 8));
        }

        @Override
        public void stop() {
            // the node is the JVM's; it stops when the JVM exits
        }
    }
}
