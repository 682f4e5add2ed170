package gov.linzhi.launcher;

import gov.linzhi.platform.mariadb.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(APPROVED|REJECTED)\"");
    /** Anything in a response body that would mean internals leaked: a stack trace or SQL. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)\\bat [a-z]+\\.[a-z]|exception|jdbc|\\bselect\\b|\\binsert\\b|\\bupdate\\b|sqlstate|hibernate|agroal");
    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");

    private static final int CLIENTS = 6;
    private static final int DISTINCT_PERSONS = 60;
    /** Persons with more claims than the annual limit (3 training claims a year) allows. */
    private static final int LIMITED_PERSONS = 2;
    private static final int CLAIMS_PER_LIMITED_PERSON = 5;
    private static final int ANNUAL_LIMIT = 3;
    /** A request that takes longer than this is hanging, not failing fast. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private static EmbeddedMariaDb database;
    /** The key subsidy-service hashes idempotency keys with (it stores only HMAC-SHA256("idempotency-key\n" + key)). */
    private static byte[] lookupKey;
    private static ServiceProcess service;
    private static String token;

    /** One claim the load makes: its own key, and a person shared with other claims or not. */
    private record PlannedClaim(String key, String person, String occupation, boolean limitedPerson) {
    }

    /** A claim the service acknowledged (201, or 200 for a replay). */
    private record Acknowledged(PlannedClaim claim, long id, String status) {
    }

    /** A refused attempt: kept to check the error was a clean problem. */
    private record FailedAttempt(String key, int status, String contentType, String retryAfter, String body) {
    }

    @BeforeAll
    static void startDatabaseAndService() throws Exception {
        Path home = Path.of("../..").toAbsolutePath().normalize();
        Path data = Path.of("target/database-outage").toAbsolutePath();
        deleteRecursively(data); // a fresh data directory every run; restarts within the run keep it
        database = EmbeddedMariaDb.persistent(EmbeddedMariaDb.freePort(), data.resolve("mariadb")).start()
                .createDatabase("subsidy");
        LocalCredentials credentials = new LocalCredentials(data.resolve("keys"), data.resolve("tokens"));
        credentials.ensure(Instant.now());
        lookupKey = java.util.Base64.getDecoder().decode(credentials.secret("person-lookup"));
        token = Files.readString(data.resolve("tokens/hr-bureau.jwt")).trim();
        service = new ServiceProcess(new LauncherConfig.ServiceSpec("subsidy-service", "subsidy", EmbeddedMariaDb.freePort()),
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
        List<PlannedClaim> planned = plan();
        List<List<PlannedClaim>> perClient = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            perClient.add(new ArrayList<>());
        }
        for (int i = 0; i < planned.size(); i++) {
            perClient.get(i % CLIENTS).add(planned.get(i));
        }
        Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
        List<FailedAttempt> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger timeouts = new AtomicInteger();
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
                        claimUntilAcknowledged(mine.get(i), giveUp, acknowledged, failures, timeouts);
                    }
                    return null;
                }));
            }

            assertTrue(firstThirdDone.await(60, TimeUnit.SECONDS), "the load did not get going");
            int acknowledgedBefore = acknowledged.size();
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
                    && (Instant.now().isBefore(minimumOutage) || refusedKeys(failures) < CLIENTS)) {
                Thread.sleep(200);
            }
            awaitStatus("/q/health/ready", 503, "DOWN", Duration.ofSeconds(5));
            int refusedDuringOutage = failures.size();
            int clientsRefused = refusedKeys(failures);

            database.start();
            awaitStatus("/q/health/ready", 200, "UP", Duration.ofSeconds(45));
            int refusedBeforeRecovery = failures.size();
            assertTrue(service.isAlive(), "the service died");
            assertEquals(pid, service.process().pid(), "the service must recover without a restart");

            for (Future<?> client : running) {
                client.get(Math.max(1, Duration.between(Instant.now(), giveUp).toSeconds()), TimeUnit.SECONDS);
            }
            System.out.printf("outage: %d claims, %d acknowledged before the stop, %d refused attempts (%d claims) during"
                            + " the outage, %d after readiness was back, %d timeouts; refusals by status and code: %s%n",
                    planned.size(), acknowledgedBefore, refusedDuringOutage, clientsRefused,
                    failures.size() - refusedBeforeRecovery, timeouts.get(), refusalsByCode(failures));

            assertEquals(planned.size(), acknowledged.size(), "every claim is acknowledged once the database is back");
            assertTrue(refusedDuringOutage > 0, "no request met the outage, so it tested nothing");
            assertEquals(0, timeouts.get(), "requests hung instead of failing fast while the database was away");
            assertCleanProblems(failures);
            assertEveryAcknowledgedClaimIsReadBack(acknowledged);
            assertRecordedOnceAndWithinTheLimit(acknowledged);
            assertNoResidentIdInTheLog(planned);
        } finally {
            clients.shutdownNow();
        }
    }

    /** Mostly one claim per person, plus a few persons with more claims than the annual limit allows. */
    private static List<PlannedClaim> plan() {
        List<PlannedClaim> planned = new ArrayList<>();
        for (int i = 0; i < DISTINCT_PERSONS; i++) {
            String person = SubsidyClaims.residentId(String.format("54040219900101%03d", i));
            planned.add(new PlannedClaim("outage-distinct-" + i, person, "电工", false));
        }
        for (int p = 0; p < LIMITED_PERSONS; p++) {
            String person = SubsidyClaims.residentId(String.format("54040219850301%03d", 900 + p));
            for (int n = 0; n < CLAIMS_PER_LIMITED_PERSON; n++) {
                planned.add(new PlannedClaim("outage-limited-" + p + "-" + n, person, "工种" + n, true));
            }
        }
        Collections.shuffle(planned, new Random(20200317L));
        return planned;
    }

    private static void claimUntilAcknowledged(PlannedClaim claim, Instant giveUp, Map<String, Acknowledged> acknowledged,
                                               List<FailedAttempt> failures, AtomicInteger timeouts) throws InterruptedException {
        while (Instant.now().isBefore(giveUp)) {
            try {
                HttpResponse<String> response = HTTP.send(claimRequest(claim), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201 || response.statusCode() == 200) {
                    Matcher id = ID.matcher(response.body());
                    Matcher status = STATUS.matcher(response.body());
                    if (!id.find() || !status.find()) {
                        throw new AssertionError("not a claim: " + response.body());
                    }
                    acknowledged.put(claim.key(), new Acknowledged(claim, Long.parseLong(id.group(1)), status.group(1)));
                    return;
                }
                failures.add(new FailedAttempt(claim.key(), response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""),
                        response.headers().firstValue("Retry-After").orElse(""), response.body()));
            } catch (java.net.http.HttpTimeoutException e) {
                timeouts.incrementAndGet();
            } catch (IOException e) {
                failures.add(new FailedAttempt(claim.key(), -1, "", "", "connection failed: " + e));
            }
            Thread.sleep(250);
        }
    }

    private static HttpRequest claimRequest(PlannedClaim claim) {
        return HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/v1/claims"))
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", claim.key())
                .header("Content-Type", "application/json")
                .timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(SubsidyClaims.body(claim.person(), claim.occupation()))).build();
    }

    private static int refusedKeys(List<FailedAttempt> failures) {
        synchronized (failures) {
            return (int) failures.stream().map(FailedAttempt::key).distinct().count();
        }
    }

    private static Map<String, Long> refusalsByCode(List<FailedAttempt> failures) {
        Pattern code = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");
        Map<String, Long> counts = new java.util.TreeMap<>();
        synchronized (failures) {
            for (FailedAttempt f : failures) {
                Matcher m = code.matcher(f.body());
                counts.merge(f.status() + " " + (m.find() ? m.group(1) : "-"), 1L, Long::sum);
            }
        }
        return counts;
    }

    private static void assertCleanProblems(List<FailedAttempt> failures) {
        List<String> unclean = new ArrayList<>();
        for (FailedAttempt f : failures) {
            boolean serverSide = f.status() == 503 || f.status() == 500;
            boolean problem = f.contentType().startsWith("application/problem+json")
                    && f.body().matches("(?s).*\"code\"\\s*:\\s*\"[A-Z_]+\".*");
            if (!serverSide || !problem || LEAK.matcher(f.body()).find()) {
                unclean.add(f.key() + ": " + f.status() + " " + f.contentType() + " " + f.body());
            }
        }
        assertTrue(unclean.isEmpty(), "refusals during the outage must be clean 503/500 problems with a code:\n"
                + String.join("\n", unclean.subList(0, Math.min(10, unclean.size()))));
        assertTrue(failures.stream().anyMatch(f -> f.status() == 503 && f.body().contains("\"DATABASE_UNAVAILABLE\"")
                && !f.retryAfter().isEmpty()), "while the database is away a claim is told 503 DATABASE_UNAVAILABLE with Retry-After");
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
            HttpResponse<String> listed = get("/api/v1/claims?personId=" + URLEncoder.encode(person.getKey(), StandardCharsets.UTF_8));
            assertEquals(200, listed.statusCode(), listed.body());
            assertEquals(CLAIMS_PER_LIMITED_PERSON, ID.matcher(listed.body()).results().count(), listed.body());
            long approved = person.getValue().stream().filter(a -> a.status().equals("APPROVED")).count();
            assertEquals(ANNUAL_LIMIT, approved, "a person with more claims than the limit gets exactly the limit approved");
        }
    }

    private static String keyHash(String key) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(lookupKey, "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(("idempotency-key\n" + key).getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertRecordedOnceAndWithinTheLimit(Map<String, Acknowledged> acknowledged) throws Exception {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl("subsidy"), "root", "");
             Statement st = c.createStatement()) {
            Map<String, Long> rowsPerKey = new HashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT idempotency_key_hash, id FROM claim")) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    if (rowsPerKey.put(key, rs.getLong(2)) != null) {
                        fail("claim " + key + " is recorded twice");
                    }
                }
            }
            assertEquals(acknowledged.size(), rowsPerKey.size(), "one row per acknowledged claim, no more, no fewer");
            for (Acknowledged a : acknowledged.values()) {
                assertEquals(a.id(), rowsPerKey.get(keyHash(a.claim().key())), "the row of " + a.claim().key() + " is the acknowledged claim");
            }
            try (ResultSet rs = st.executeQuery("SELECT person_id, training_year, family, COUNT(*) FROM claim"
                    + " WHERE status = 'APPROVED' GROUP BY person_id, training_year, family HAVING COUNT(*) > " + ANNUAL_LIMIT)) {
                assertTrue(!rs.next(), "a person has more approved claims in a year than the limit");
            }
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

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
