package gov.linzhi.launcher;

import gov.linzhi.platform.mariadb.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of the packaged subsidy-service against one MariaDB, as a deployment with replicas
 * runs them: the per-person limit and the idempotency keys must hold across instances, not just
 * inside one JVM.
 */
class SubsidyScaleOutTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(APPROVED|REJECTED)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private static EmbeddedMariaDb database;
    private static final List<ServiceProcess> instances = new ArrayList<>();
    private static String token;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Path home = Path.of("../..").toAbsolutePath().normalize();
        Path data = Path.of("target/scale-out-data").toAbsolutePath();
        database = EmbeddedMariaDb.ephemeral().start().createDatabase("subsidy");
        LocalCredentials credentials = new LocalCredentials(data.resolve("keys"), data.resolve("tokens"));
        credentials.ensure(Instant.now());
        token = Files.readString(data.resolve("tokens/hr-bureau.jwt")).trim();
        Map<String, String> env = SubsidyClaims.environment(database, credentials);
        // Started one after the other: two Flyway runs racing on an empty schema is not what is tested here.
        for (int i = 0; i < 2; i++) {
            ServiceProcess instance = new ServiceProcess(
                    LauncherConfig.ServiceSpec.of("subsidy-service").onPort(EmbeddedMariaDb.freePort()),
                    data.resolve("logs-" + i));
            instance.start(home, env);
            instances.add(instance);
            instance.awaitReady(Duration.ofSeconds(120));
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
    void sixtyFourParallelClaimsForOnePersonAcrossTwoInstancesApproveExactlyThree() throws Exception {
        String person = SubsidyClaims.residentId("54040219850301001");
        List<Callable<String>> claims = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            int n = i;
            claims.add(() -> claim(instances.get(n % 2), "limit-" + n, person, "工种" + n));
        }
        ExecutorService pool = Executors.newFixedThreadPool(64);
        int approved = 0;
        int rejected = 0;
        try {
            for (Future<String> answer : pool.invokeAll(claims)) {
                Matcher m = STATUS.matcher(answer.get());
                assertTrue(m.find(), "not a claim: " + answer.get());
                if (m.group(1).equals("APPROVED")) {
                    approved++;
                } else {
                    rejected++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, approved);
        assertEquals(61, rejected);
    }

    @Test
    void anIdempotencyKeyReplayedOnTheOtherInstanceReturnsTheSameClaim() throws Exception {
        String person = SubsidyClaims.residentId("54040219850301002");
        String first = claim(instances.get(0), "replay-1", person, "电工");
        String second = claim(instances.get(1), "replay-1", person, "电工");
        Matcher a = ID.matcher(first);
        Matcher b = ID.matcher(second);
        assertTrue(a.find() && b.find(), first + " / " + second);
        assertEquals(a.group(1), b.group(1));
        HttpResponse<String> changed = send(instances.get(1), "replay-1", SubsidyClaims.body(person, "焊工"));
        assertEquals(409, changed.statusCode(), changed.body());
    }

    private static String claim(ServiceProcess instance, String key, String person, String occupation) throws Exception {
        HttpResponse<String> response = send(instance, key, SubsidyClaims.body(person, occupation));
        assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.statusCode() + " " + response.body());
        return response.body();
    }

    private static HttpResponse<String> send(ServiceProcess instance, String key, String body) throws Exception {
        return HTTP.send(SubsidyClaims.claimRequest(instance.baseUrl(), token, key, body, Duration.ofSeconds(60)),
                HttpResponse.BodyHandlers.ofString());
    }
}
