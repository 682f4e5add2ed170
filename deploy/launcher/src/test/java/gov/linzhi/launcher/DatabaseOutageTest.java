package gov.linzhi.launcher;

import gov.linzhi.launcher.ClaimsLoad.Acknowledged;
import gov.linzhi.launcher.ClaimsLoad.PlannedClaim;
import gov.linzhi.platform.mariadb.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The database goes away in the middle of a claims load and comes back on the same port with the same
 * data, as in a MariaDB restart or fail-over: the packaged subsidy-service must say it is not ready
 * while staying alive, answer clean problems instead of hanging, become ready again on its own (same
 * process), and lose or double nothing that it acknowledged. Clients retry with the same
 * Idempotency-Key until acknowledged, as a real caller would.
 */
class DatabaseOutageTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(APPROVED|REJECTED)\"");
    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");

    private static final int CLIENTS = 6;
    private static final int DISTINCT_PERSONS = 60;
    /** Persons with more claims than the annual limit (3 training claims a year) allows. */
    private static final int LIMITED_PERSONS = 2;
    private static final int CLAIMS_PER_LIMITED_PERSON = 5;
    /** A request that takes longer than this is hanging, not failing fast. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private static EmbeddedMariaDb database;
    /** The key subsidy-service hashes idempotency keys with (it stores only HMAC-SHA256("idempotency-key\n" + key)). */
    private static byte[] lookupKey;
    private static ServiceProcess service;
    private static String token;

    @BeforeAll
    static void startDatabaseAndService() throws Exception {
        Path home = Path.of("../..").toAbsolutePath().normalize();
        Path data = Path.of("target/database-outage").toAbsolutePath();
        TestDirectories.deleteRecursively(data); // a fresh data directory every run; restarts within the run keep it
        database = EmbeddedMariaDb.persistent(EmbeddedMariaDb.freePort(), data.resolve("mariadb")).start()
                .createDatabase("subsidy");
        LocalCredentials credentials = new LocalCredentials(data.resolve("keys"), data.resolve("tokens"));
        credentials.ensure(Instant.now());
        lookupKey = java.util.Base64.getDecoder().decode(credentials.secret("person-lookup"));
        token = Files.readString(data.resolve("tokens/hr-bureau.jwt")).trim();
        service = new ServiceProcess(LauncherConfig.ServiceSpec.of("subsidy-service").onPort(EmbeddedMariaDb.freePort()),
                data.resolve("logs"));
        service.start(home, SubsidyClaims.environment(database, credentials));
        service.awaitReady(Duration.ofSeconds(90));
    }

    @AfterAll
    static void stopEverything() {
        try {
            if (service != null) {
                service.stop(Duration.ofSeconds(10));
            }
        } finally {
            if (database != null) {
                database.stop();
            }
        }
    }

    @Test
    void theServiceRidesOutADatabaseRestartWithoutLosingOrDoublingAClaim() throws Exception {
        long pid = service.process().pid();
        List<PlannedClaim> planned = ClaimsLoad.plan("outage", 1, DISTINCT_PERSONS, LIMITED_PERSONS, CLAIMS_PER_LIMITED_PERSON);
        List<List<PlannedClaim>> perClient = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            perClient.add(new ArrayList<>());
        }
        for (int i = 0; i < planned.size(); i++) {
            perClient.get(i % CLIENTS).add(planned.get(i));
        }
        ClaimsLoad load = new ClaimsLoad(token, REQUEST_TIMEOUT);
        CountDownLatch firstThirdDone = new CountDownLatch(CLIENTS);
        CountDownLatch outageBegins = new CountDownLatch(1);
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(100));

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<PlannedClaim> mine : perClient) {
                running.add(clients.submit(() -> {
                    int third = mine.size() / 3;
                    for (int i = 0; i < mine.size(); i++) {
                        if (i == third) {
                            firstThirdDone.countDown();
                            outageBegins.await(60, TimeUnit.SECONDS);
                        }
                        load.claimUntilAcknowledged(mine.get(i), attempt -> service.baseUrl(), giveUp);
                    }
                    return null;
                }));
            }

            assertTrue(firstThirdDone.await(60, TimeUnit.SECONDS), "the load did not get going");
            int acknowledgedBefore = load.acknowledged().size();
            // The rest of the load starts as the database goes away: claims in flight at the stop, and
            // claims sent while it is down.
            outageBegins.countDown();
            database.stop();
            awaitStatus("/q/health/ready", 503, "DOWN", Duration.ofSeconds(30));
            awaitStatus("/q/health/live", 200, "UP", Duration.ofSeconds(5));
            // Down for a few seconds at least, and until every client has been refused at least once.
            Instant minimumOutage = Instant.now().plus(Duration.ofSeconds(4));
            Instant maximumOutage = Instant.now().plus(Duration.ofSeconds(20));
            while (Instant.now().isBefore(maximumOutage)
                    && (Instant.now().isBefore(minimumOutage) || load.refusedClaims() < CLIENTS)) {
                Thread.sleep(200);
            }
            awaitStatus("/q/health/ready", 503, "DOWN", Duration.ofSeconds(5));
            int refusedDuringOutage = load.failures().size();
            int clientsRefused = load.refusedClaims();

            database.start();
            awaitStatus("/q/health/ready", 200, "UP", Duration.ofSeconds(45));
            int refusedBeforeRecovery = load.failures().size();
            assertTrue(service.isAlive(), "the service died");
            assertEquals(pid, service.process().pid(), "the service must recover without a restart");

            for (Future<?> client : running) {
                client.get(Math.max(1, Duration.between(Instant.now(), giveUp).toSeconds()), TimeUnit.SECONDS);
            }
            System.out.printf("outage: %d claims, %d acknowledged before the stop, %d refused attempts (%d claims) during"
                            + " the outage, %d after readiness was back, %d timeouts; refusals by status and code: %s%n",
                    planned.size(), acknowledgedBefore, refusedDuringOutage, clientsRefused,
                    load.failures().size() - refusedBeforeRecovery, load.timeouts(), load.refusalsByCode());

            assertEquals(planned.size(), load.acknowledged().size(), "every claim is acknowledged once the database is back");
            assertTrue(refusedDuringOutage > 0, "no request met the outage, so it tested nothing");
            assertEquals(0, load.timeouts(), "requests hung instead of failing fast while the database was away");
            load.assertCleanProblems(Set.of(500, 503));
            assertTrue(load.failures().stream().anyMatch(f -> f.status() == 503 && f.code().equals("DATABASE_UNAVAILABLE")),
                    "while the database is away a claim is told 503 DATABASE_UNAVAILABLE with Retry-After");
            assertEveryAcknowledgedClaimIsReadBack(load.acknowledged());
            try (Connection c = DriverManager.getConnection(database.jdbcUrl("subsidy"), "root", "")) {
                load.assertRecordedOnceAndWithinTheLimit(c, lookupKey);
                assertEquals(load.acknowledged().size(), ClaimsLoad.claimRows(c), "one row per acknowledged claim, no more, no fewer");
            }
            assertNoResidentIdInTheLog(planned);
        } finally {
            clients.shutdownNow();
        }
    }

    private static void assertEveryAcknowledgedClaimIsReadBack(Map<String, Acknowledged> acknowledged) throws Exception {
        for (Acknowledged a : acknowledged.values()) {
            HttpResponse<String> read = get("/api/v1/claims/" + a.id());
            assertEquals(200, read.statusCode(), a.claim().key() + ": " + read.body());
            Matcher status = STATUS.matcher(read.body());
            assertTrue(status.find() && status.group(1).equals(a.status()), a.claim().key() + ": " + read.body());
        }
        Map<String, List<Acknowledged>> byLimitedPerson = new HashMap<>();
        acknowledged.values().stream().filter(a -> a.claim().limitedPerson())
                .forEach(a -> byLimitedPerson.computeIfAbsent(a.claim().person(), p -> new ArrayList<>()).add(a));
        for (Map.Entry<String, List<Acknowledged>> person : byLimitedPerson.entrySet()) {
            HttpResponse<String> listed = HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/v1/claims/search"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"personId\":\"" + person.getKey() + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, listed.statusCode(), listed.body());
            assertEquals(CLAIMS_PER_LIMITED_PERSON, ClaimsLoad.ID.matcher(listed.body()).results().count(), listed.body());
            long approved = person.getValue().stream().filter(a -> a.status().equals("APPROVED")).count();
            assertEquals(ClaimsLoad.ANNUAL_LIMIT, approved, "a person with more claims than the limit gets exactly the limit approved");
        }
    }

    private static void assertNoResidentIdInTheLog(List<PlannedClaim> planned) throws IOException {
        String log = Files.readString(service.log(), StandardCharsets.UTF_8);
        assertTrue(log.contains("subsidy-service"), "the service log was not written: " + service.log());
        for (PlannedClaim claim : planned) {
            assertTrue(!log.contains(claim.person()), "the service log names a resident ID in clear");
        }
        Matcher anyId = RESIDENT_ID.matcher(log);
        assertTrue(!anyId.find(), "the service log holds something shaped like a resident ID");
    }

    private static void awaitStatus(String path, int status, String health, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = get(path);
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == status && response.body().contains("\"status\": \"" + health + "\"")
                        || response.statusCode() == status && response.body().contains("\"status\":\"" + health + "\"")) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        fail(path + " did not answer " + status + " " + health + " within " + timeout.toSeconds() + " s; last: " + last);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
