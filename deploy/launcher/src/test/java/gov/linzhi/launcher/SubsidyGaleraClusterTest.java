package gov.linzhi.launcher;

import gov.linzhi.launcher.ClaimsLoad.PlannedClaim;
import gov.linzhi.platform.mariadb.EmbeddedMariaDb;
import gov.linzhi.platform.mariadb.GaleraCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The claims on a real three-node MariaDB Galera cluster (Debian's mariadb-server 10.11 and galera-4, on loopback), two
 * packaged subsidy-service instances on two different nodes. Galera does not replicate {@code SELECT … FOR UPDATE}
 * locks: the per-person limit holds across nodes only because every claim transaction writes its person's row, so that
 * two concurrent claims for one person always conflict in certification and one of them runs again whole.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubsidyGaleraClusterTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static GaleraCluster cluster;
    /** Instance A on node 1 (the node the last test kills), instance B on node 2. */
    private static final List<ServiceProcess> instances = new ArrayList<>();
    private static String token;
    private static byte[] lookupKey;

    @BeforeAll
    static void startClusterAndTwoInstances() throws Exception {
        Path home = Path.of("../..").toAbsolutePath().normalize();
        Path data = Path.of("target/galera-cluster").toAbsolutePath();
        Instant started = Instant.now();
        cluster = GaleraCluster.start(3);
        System.out.printf("galera: 3 nodes Synced in %.1f s%n", Duration.between(started, Instant.now()).toMillis() / 1000.0);
        cluster.createDatabase(1, "subsidy");
        LocalCredentials credentials = new LocalCredentials(data.resolve("keys"), data.resolve("tokens"));
        credentials.ensure(Instant.now());
        token = Files.readString(data.resolve("tokens/hr-bureau.jwt")).trim();
        lookupKey = java.util.Base64.getDecoder().decode(credentials.secret("person-lookup"));
        // One after the other: Flyway migrates through node 1, and node 2 receives the schema by replication.
        for (int node = 1; node <= 2; node++) {
            ServiceProcess instance = new ServiceProcess(
                    LauncherConfig.ServiceSpec.of("subsidy-service").onPort(EmbeddedMariaDb.freePort()),
                    data.resolve("logs-node" + node));
            instance.start(home, SubsidyClaims.environment(cluster.node(node).jdbcUrl("subsidy"), credentials));
            instances.add(instance);
            instance.awaitReady(Duration.ofSeconds(120));
        }
    }

    @AfterAll
    static void stopEverything() {
        try {
            instances.forEach(i -> i.stop(Duration.ofSeconds(10)));
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    private static String instance(int index) {
        return instances.get(index).baseUrl();
    }

    @Test
    @Order(1)
    void sixtyFourParallelClaimsForOnePersonOverTwoNodesApproveExactlyThreeEveryTime() throws Exception {
        for (int round = 0; round < 3; round++) {
            String person = SubsidyClaims.residentId(String.format("5404021985030%d%03d", 2 + round, 100));
            ClaimsLoad load = new ClaimsLoad(token, REQUEST_TIMEOUT);
            List<PlannedClaim> claims = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                claims.add(new PlannedClaim("galera-one-person-" + round + "-" + i, person, "工种" + i, true));
            }
            runInParallel(load, claims, 64);
            long approved = load.acknowledged().values().stream().filter(a -> a.status().equals("APPROVED")).count();
            System.out.printf("galera round %d: 64 claims for one person over two nodes, %d approved, refusals before"
                    + " acknowledgement: %s%n", round + 1, approved, load.refusalsByCode());
            assertEquals(64, load.acknowledged().size(), "every claim is answered");
            assertEquals(ClaimsLoad.ANNUAL_LIMIT, approved, "exactly the annual limit is approved across both nodes");
            // A conflict the service could not resolve by running the transaction again is a 503 to retry, never a 500.
            load.assertCleanProblems(Set.of(503));
            try (Connection c = cluster.connect(3, "subsidy")) {
                load.assertRecordedOnceAndWithinTheLimit(c, lookupKey);
            }
        }
    }

    @Test
    @Order(2)
    void anIdempotencyKeyReplayedOnTheOtherNodeReturnsTheSameClaim() throws Exception {
        String person = SubsidyClaims.residentId("54040219850305200");
        HttpResponse<String> first = post(instance(0), "galera-replay-1", SubsidyClaims.body(person, "电工"));
        HttpResponse<String> second = post(instance(1), "galera-replay-1", SubsidyClaims.body(person, "电工"));
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, second.statusCode(), "a replay answers as the claim did: " + second.body());
        assertEquals(id(first), id(second), "the replay on the other node is the same claim");
        assertEquals("true", second.headers().firstValue("Idempotent-Replayed").orElse(""));
        HttpResponse<String> changed = post(instance(1), "galera-replay-1", SubsidyClaims.body(person, "焊工"));
        assertEquals(409, changed.statusCode(), changed.body());
    }

    /**
     * Node 1 is killed in the middle of a claims load sent to both instances, the way a load balancer spreads it (a
     * retry lands on the other instance). The instance on the dead node answers 503 DATABASE_UNAVAILABLE and is not
     * ready; the other keeps acknowledging claims. Node 1 recovers its position and rejoins by incremental state
     * transfer, and its instance is ready again without a restart. Afterwards every node holds each acknowledged claim
     * once and no person has more than the limit approved.
     */
    @Test
    @Order(3)
    void aNodeKilledDuringALoadLosesNothingAcknowledgedAndItsInstanceRecovers() throws Exception {
        List<PlannedClaim> planned = ClaimsLoad.plan("galera-kill", 3, 120, 8, 6);
        int clients = 8;
        ClaimsLoad load = new ClaimsLoad(token, REQUEST_TIMEOUT);
        CountDownLatch firstThird = new CountDownLatch(clients);
        CountDownLatch killed = new CountDownLatch(1);
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(180));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long pidOfA = instances.get(0).process().pid();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                List<PlannedClaim> mine = new ArrayList<>();
                for (int i = c; i < planned.size(); i += clients) {
                    mine.add(planned.get(i));
                }
                running.add(pool.submit(() -> {
                    for (int i = 0; i < mine.size(); i++) {
                        if (i == mine.size() / 3) {
                            firstThird.countDown();
                            killed.await(60, TimeUnit.SECONDS);
                        }
                        int start = i % 2;
                        load.claimUntilAcknowledged(mine.get(i), attempt -> instance((start + attempt) % 2), giveUp);
                    }
                    return null;
                }));
            }
            assertTrue(firstThird.await(90, TimeUnit.SECONDS), "the load did not get going");
            int acknowledgedBefore = load.acknowledged().size();
            cluster.node(1).kill();
            killed.countDown();

            awaitNotReady(instances.get(0), Duration.ofSeconds(30));
            HttpResponse<String> onDeadNode = post(instance(0), "galera-kill-probe",
                    SubsidyClaims.body(SubsidyClaims.residentId("54040219850305300"), "电工"));
            assertEquals(503, onDeadNode.statusCode(), onDeadNode.body());
            assertTrue(onDeadNode.body().contains("\"DATABASE_UNAVAILABLE\""), onDeadNode.body());
            assertTrue(onDeadNode.headers().firstValue("Retry-After").isPresent(), "503 without Retry-After");
            HttpResponse<String> onLiveNode = post(instance(1), "galera-kill-probe",
                    SubsidyClaims.body(SubsidyClaims.residentId("54040219850305300"), "电工"));
            assertEquals(201, onLiveNode.statusCode(), "the instance on a live node keeps working: " + onLiveNode.body());
            Thread.sleep(2_000); // the load goes on over node 2 alone for a while

            Instant restarting = Instant.now();
            int logBeforeRestart = Files.readString(cluster.node(1).errorLog()).length();
            cluster.node(1).recoverAndRestart(3);
            double rejoinSeconds = Duration.between(restarting, Instant.now()).toMillis() / 1000.0;
            String rejoin = Files.readString(cluster.node(1).errorLog()).substring(logBeforeRestart);
            assertTrue(rejoin.contains("Receiving IST:"), "node 1 rejoins with the write-sets it missed (IST), not a full copy");
            instances.get(0).awaitReady(Duration.ofSeconds(60));
            assertEquals(pidOfA, instances.get(0).process().pid(), "the instance recovers without a restart");

            for (Future<?> client : running) {
                client.get(Math.max(1, Duration.between(Instant.now(), giveUp).toSeconds()), TimeUnit.SECONDS);
            }
            System.out.printf("galera kill: %d claims over two nodes, %d acknowledged before node 1 was killed, node 1"
                            + " rejoined by IST in %.1f s; refusals before acknowledgement: %s, %d timeouts%n",
                    planned.size(), acknowledgedBefore, rejoinSeconds, load.refusalsByCode(), load.timeouts());

            assertEquals(planned.size(), load.acknowledged().size(), "every claim is acknowledged in the end");
            assertEquals(0, load.timeouts(), "requests hung instead of failing fast");
            load.assertCleanProblems(Set.of(503));
            assertTrue(load.failures().stream().anyMatch(f -> f.code().equals("DATABASE_UNAVAILABLE")),
                    "no claim met the dead node, so the kill tested nothing");
            for (int node = 1; node <= 3; node++) {
                try (Connection c = cluster.connect(node, "subsidy")) {
                    load.assertRecordedOnceAndWithinTheLimit(c, lookupKey);
                }
            }
            assertLimitedPersonsHaveExactlyTheLimit(load);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertLimitedPersonsHaveExactlyTheLimit(ClaimsLoad load) {
        Map<String, Long> approvedPerLimitedPerson = new java.util.TreeMap<>();
        load.acknowledged().values().stream().filter(a -> a.claim().limitedPerson())
                .forEach(a -> approvedPerLimitedPerson.merge(a.claim().person(), a.status().equals("APPROVED") ? 1L : 0L, Long::sum));
        assertEquals(8, approvedPerLimitedPerson.size());
        approvedPerLimitedPerson.values().forEach(n -> assertEquals(ClaimsLoad.ANNUAL_LIMIT, n,
                "a person with more claims than the limit has exactly the limit approved"));
    }

    private static void runInParallel(ClaimsLoad load, List<PlannedClaim> claims, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(120));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                PlannedClaim claim = claims.get(i);
                int start = i % 2;
                running.add(pool.submit(() -> {
                    load.claimUntilAcknowledged(claim, attempt -> instance((start + attempt) % 2), giveUp);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(150, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits until the instance's readiness answers 503 (its database is away) while it stays alive. */
    private static void awaitNotReady(ServiceProcess instance, Duration timeout) throws Exception {
        int status = 503;
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == status) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        fail("readiness of " + instance.baseUrl() + " was not " + status + " within " + timeout.toSeconds() + " s; last: " + last);
    }

    private static HttpResponse<String> post(String instance, String key, String body) throws Exception {
        return HTTP.send(SubsidyClaims.claimRequest(instance, token, key, body, REQUEST_TIMEOUT), HttpResponse.BodyHandlers.ofString());
    }

    private static String id(HttpResponse<String> response) {
        java.util.regex.Matcher m = ClaimsLoad.ID.matcher(response.body());
        assertTrue(m.find(), response.body());
        return m.group(1);
    }
}
