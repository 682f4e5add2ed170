package gov.linzhi.launcher;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances, each with its own Lucene index (as pods with an emptyDir): the second builds its index from the
 * database, and a correction imported through the first becomes searchable on the second through the shared outbox.
 */
class GazetteScaleOutTest extends TwoGazetteInstances {

    private static final String MARKER = "林芝横向扩展验证词";

    @BeforeAll
    static void start() throws Exception {
        Path data = Path.of("target/gazette-scale-out").toAbsolutePath();
        startTwoInstances(data, i -> Map.of(
                "GAZETTE_SEARCH_INDEX_DIR", data.resolve("index-" + i + "-" + System.nanoTime()).toString(),
                "GAZETTE_SEARCH_POLL_DELAY", "1s",
                "GAZETTE_SEARCH_POLL_INTERVAL", "1s"));
    }

    @Test
    void theSecondInstanceBuildsItsIndexFromTheDatabaseAndFollowsTheOtherInstancesImports() throws Exception {
        assertTrue(search(instances.get(1), "学徒").contains("<em>学徒</em>"), "the second instance's index lacks the seed");
        assertTrue(search(instances.get(1), MARKER).contains("\"total\":0"));

        importCorrectionThrough(instances.get(0), MARKER);

        assertTrue(search(instances.get(0), MARKER).contains(MARKER), "the importing instance does not find its own correction");
        Instant deadline = Instant.now().plusSeconds(30);
        String onSecond = search(instances.get(1), MARKER);
        while (!onSecond.contains("<em>") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            onSecond = search(instances.get(1), MARKER);
        }
        assertTrue(onSecond.contains("<em>"), "the other instance never indexed the correction: " + onSecond);
    }
}
