package gov.linzhi.launcher;

import gov.linzhi.platform.mariadb.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of the packaged gazette-service on one MariaDB, each with its own Lucene index (as
 * pods with an emptyDir): the second builds its index from the database, and a correction imported
 * through the first becomes searchable on the second through the shared outbox.
 */
class GazetteScaleOutTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String MARKER = "林芝横向扩展验证词";

    private static EmbeddedMariaDb database;
    private static final List<ServiceProcess> instances = new ArrayList<>();
    private static String editorToken;
    private static Path seed;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Path home = Path.of("../..").toAbsolutePath().normalize();
        seed = home.resolve("gazette-service/src/main/resources/seed/linzhi-gazette-2020-01.md");
        Path data = Path.of("target/gazette-scale-out").toAbsolutePath();
        database = EmbeddedMariaDb.ephemeral().start().createDatabase("gazette");
        LocalCredentials credentials = new LocalCredentials(data.resolve("keys"), data.resolve("tokens"));
        credentials.ensure(Instant.now());
        editorToken = Files.readString(data.resolve("tokens/gazette-editor.jwt")).trim();
        for (int i = 0; i < 2; i++) {
            Map<String, String> env = ChildServiceEnvironment.of(database, "gazette", credentials);
            env.put("GAZETTE_SEARCH_INDEX_DIR", data.resolve("index-" + i + "-" + System.nanoTime()).toString());
            env.put("GAZETTE_SEARCH_POLL_DELAY", "1s");
            env.put("GAZETTE_SEARCH_POLL_INTERVAL", "1s");
            ServiceProcess instance = new ServiceProcess(
                    new LauncherConfig.ServiceSpec("gazette-service", "gazette", EmbeddedMariaDb.freePort()),
                    data.resolve("logs-" + i));
            instance.start(home, env);
            instances.add(instance);
            instance.awaitReady(Duration.ofSeconds(120)); // the first imports the seed; the second finds it stored
        }
    }

    @AfterAll
    static void stop() {
        instances.forEach(i -> i.stop(Duration.ofSeconds(10)));
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void theSecondInstanceBuildsItsIndexFromTheDatabaseAndFollowsTheOtherInstancesImports() throws Exception {
        assertTrue(search(instances.get(1), "学徒").contains("<em>学徒</em>"), "the second instance's index lacks the seed");
        assertTrue(search(instances.get(1), MARKER).contains("\"total\":0"));

        String corrected = Files.readString(seed).replaceFirst("实施新型学徒培养计划。", "实施新型学徒培养计划。" + MARKER);
        HttpRequest importRequest = HttpRequest.newBuilder(URI.create(instances.get(0).baseUrl() + "/api/v1/issues/import?correction=true"))
                .header("Authorization", "Bearer " + editorToken)
                .header("Content-Type", "text/markdown; charset=UTF-8")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(corrected, StandardCharsets.UTF_8)).build();
        HttpResponse<String> imported = HTTP.send(importRequest, HttpResponse.BodyHandlers.ofString());
        assertEquals(201, imported.statusCode(), imported.body());

        assertTrue(search(instances.get(0), MARKER).contains(MARKER), "the importing instance does not find its own correction");
        Instant deadline = Instant.now().plusSeconds(30);
        String onSecond = search(instances.get(1), MARKER);
        while (!onSecond.contains("<em>") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            onSecond = search(instances.get(1), MARKER);
        }
        assertTrue(onSecond.contains("<em>"), "the other instance never indexed the correction: " + onSecond);
    }

    private static String search(ServiceProcess instance, String q) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/api/v1/search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
