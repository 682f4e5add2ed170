package gov.linzhi.launcher;

import gov.linzhi.platform.mariadb.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;

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

/**
 * Two instances of the packaged gazette-service on one MariaDB, as two pods behind one Service: started one after the
 * other (the first imports the seed, the second finds it stored), with the search backend a subclass gives them.
 */
abstract class TwoGazetteInstances {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static EmbeddedMariaDb database;
    static final List<ServiceProcess> instances = new ArrayList<>();
    static String editorToken;
    static Path seed;

    /** Starts the database and the two instances, each with the search settings {@code search} gives it. */
    static void startTwoInstances(Path data, java.util.function.IntFunction<Map<String, String>> search) throws Exception {
        Path home = Path.of("../..").toAbsolutePath().normalize();
        seed = home.resolve("gazette-service/src/main/resources/seed/linzhi-gazette-2020-01.md");
        database = EmbeddedMariaDb.ephemeral().start().createDatabase("gazette");
        LocalCredentials credentials = new LocalCredentials(data.resolve("keys"), data.resolve("tokens"));
        credentials.ensure(Instant.now());
        editorToken = Files.readString(data.resolve("tokens/gazette-editor.jwt")).trim();
        for (int i = 0; i < 2; i++) {
            Map<String, String> env = ChildServiceEnvironment.of(database, "gazette", credentials);
            env.putAll(search.apply(i));
            ServiceProcess instance = new ServiceProcess(
                    LauncherConfig.ServiceSpec.of("gazette-service").onPort(EmbeddedMariaDb.freePort()),
                    data.resolve("logs-" + i));
            instance.start(home, env);
            instances.add(instance);
            instance.awaitReady(Duration.ofSeconds(120)); // the first imports the seed; the second finds it stored
        }
    }

    @AfterAll
    static void stop() {
        instances.forEach(i -> i.stop(Duration.ofSeconds(10)));
        instances.clear();
        if (database != null) {
            database.stop();
            database = null;
        }
    }

    /** Imports the seed again as a correction, {@code marker} added to one sentence of the plan, through one instance. */
    static void importCorrectionThrough(ServiceProcess instance, String marker) throws Exception {
        String corrected = Files.readString(seed).replaceFirst("实施新型学徒培养计划。", "实施新型学徒培养计划。" + marker);
        HttpRequest importRequest = HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/api/v1/issues/import?correction=true"))
                .header("Authorization", "Bearer " + editorToken)
                .header("Content-Type", "text/markdown; charset=UTF-8")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(corrected, StandardCharsets.UTF_8)).build();
        HttpResponse<String> imported = HTTP.send(importRequest, HttpResponse.BodyHandlers.ofString());
        assertEquals(201, imported.statusCode(), imported.body());
    }

    static String search(ServiceProcess instance, String q) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/api/v1/search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
