package gov.linzhi.launcher;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Claims sent to packaged subsidy-service instances the way a real caller sends them while something fails: each
 * claim its own Idempotency-Key, re-sent with the same key until acknowledged, and what every refusal looked like, so
 * that a test can check afterwards that nothing acknowledged was lost or recorded twice and no limit was exceeded.
 */
final class ClaimsLoad {

    /** Training claims a person may have approved in a year (6.12: at most three a year). */
    static final int ANNUAL_LIMIT = 3;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(APPROVED|REJECTED)\"");
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");
    /** Anything in a response body that would mean internals leaked: a stack trace or SQL. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)\\bat [a-z]+\\.[a-z]|exception|jdbc|\\bselect\\b|\\binsert\\b|\\bupdate\\b|sqlstate|hibernate|agroal");

    /** One claim of the load: its own key, and a person shared with other claims or not. */
    record PlannedClaim(String key, String person, String occupation, boolean limitedPerson) {
    }

    /** A claim the service acknowledged (201, or 200 for a replay). */
    record Acknowledged(PlannedClaim claim, long id, String status) {
    }

    /** A refused attempt: kept to check the error was a clean problem. */
    record FailedAttempt(String key, String instance, int status, String contentType, String retryAfter, String body) {

        String code() {
            Matcher m = CODE.matcher(body);
            return m.find() ? m.group(1) : "-";
        }
    }

    private final String token;
    private final Duration requestTimeout;
    private final Map<String, PlannedClaim> sent = new ConcurrentHashMap<>();
    private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    private final List<FailedAttempt> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger timeouts = new AtomicInteger();

    ClaimsLoad(String token, Duration requestTimeout) {
        this.token = token;
        this.requestTimeout = requestTimeout;
    }

    /**
     * {@code distinct} persons with one claim each and {@code limited} persons with {@code claimsPerLimited} claims
     * each (more than the annual limit allows), in a fixed shuffled order. Keys start with {@code prefix} and the
     * persons are born on day {@code birthDay} (1–28) of their month, so that loads sharing a database share neither.
     */
    static List<PlannedClaim> plan(String prefix, int birthDay, int distinct, int limited, int claimsPerLimited) {
        if (birthDay < 1 || birthDay > 28) {
            throw new IllegalArgumentException("birth day 1-28: " + birthDay);
        }
        int series = birthDay;
        List<PlannedClaim> planned = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            String person = SubsidyClaims.residentId(String.format("540402199001%02d%03d", series, i));
            planned.add(new PlannedClaim(prefix + "-distinct-" + i, person, "电工", false));
        }
        for (int p = 0; p < limited; p++) {
            String person = SubsidyClaims.residentId(String.format("540402198503%02d%03d", series, 900 + p));
            for (int n = 0; n < claimsPerLimited; n++) {
                planned.add(new PlannedClaim(prefix + "-limited-" + p + "-" + n, person, "工种" + n, true));
            }
        }
        Collections.shuffle(planned, new java.util.Random(20200317L));
        return planned;
    }

    /**
     * Sends the claim until it is acknowledged or {@code giveUp} passes; attempt {@code n} goes to
     * {@code instanceForAttempt.apply(n)}, so a caller behind a load balancer can be modelled as one that lands on
     * another instance when it retries.
     */
    void claimUntilAcknowledged(PlannedClaim claim, IntFunction<String> instanceForAttempt, Instant giveUp)
            throws InterruptedException {
        sent.put(claim.key(), claim);
        for (int attempt = 0; Instant.now().isBefore(giveUp); attempt++) {
            String instance = instanceForAttempt.apply(attempt);
            try {
                HttpResponse<String> response = HTTP.send(request(instance, claim), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201 || response.statusCode() == 200) {
                    Matcher id = ID.matcher(response.body());
                    Matcher status = STATUS.matcher(response.body());
                    if (!id.find() || !status.find()) {
                        throw new AssertionError("not a claim: " + response.body());
                    }
                    acknowledged.put(claim.key(), new Acknowledged(claim, Long.parseLong(id.group(1)), status.group(1)));
                    return;
                }
                failures.add(new FailedAttempt(claim.key(), instance, response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""),
                        response.headers().firstValue("Retry-After").orElse(""), response.body()));
            } catch (java.net.http.HttpTimeoutException e) {
                timeouts.incrementAndGet();
            } catch (IOException e) {
                failures.add(new FailedAttempt(claim.key(), instance, -1, "", "", "connection failed: " + e));
            }
            Thread.sleep(100 + (long) (Math.random() * 200));
        }
    }

    private HttpRequest request(String instance, PlannedClaim claim) {
        return SubsidyClaims.claimRequest(instance, token, claim.key(), SubsidyClaims.body(claim.person(), claim.occupation()),
                requestTimeout);
    }

    Map<String, Acknowledged> acknowledged() {
        return acknowledged;
    }

    /** A copy of the refusals so far. */
    List<FailedAttempt> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    int timeouts() {
        return timeouts.get();
    }

    /** How many distinct claims were refused at least once. */
    int refusedClaims() {
        return (int) failures().stream().map(FailedAttempt::key).distinct().count();
    }

    /** Refusals counted by status and problem code, e.g. {@code 503 DATABASE_UNAVAILABLE=12}. */
    Map<String, Long> refusalsByCode() {
        Map<String, Long> counts = new TreeMap<>();
        for (FailedAttempt f : failures()) {
            counts.merge(f.status() + " " + f.code(), 1L, Long::sum);
        }
        return counts;
    }

    /** Every refusal was a problem+json answer with one of {@code statuses}, a code and nothing internal. */
    void assertCleanProblems(Set<Integer> statuses) {
        List<String> unclean = new ArrayList<>();
        for (FailedAttempt f : failures()) {
            boolean problem = f.contentType().startsWith("application/problem+json") && !f.code().equals("-");
            if (!statuses.contains(f.status()) || !problem || LEAK.matcher(f.body()).find()
                    || f.status() == 503 && f.retryAfter().isEmpty()) {
                unclean.add(f.key() + " at " + f.instance() + ": " + f.status() + " " + f.contentType() + " " + f.body());
            }
        }
        assertTrue(unclean.isEmpty(), "refusals must be clean " + statuses + " problems with a code (503 with Retry-After):\n"
                + String.join("\n", unclean.subList(0, Math.min(10, unclean.size()))));
    }

    /**
     * In the database behind {@code connection}: one claim row per acknowledged claim (found by the keyed hash the
     * service stores instead of the key), each the acknowledged one, none for a claim sent but never acknowledged, and
     * no person with more approved claims in a year than the limit.
     */
    void assertRecordedOnceAndWithinTheLimit(Connection connection, byte[] lookupKey) throws SQLException {
        try (Statement st = connection.createStatement()) {
            Map<String, Long> rowsPerKey = new HashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT idempotency_key_hash, id FROM claim")) {
                while (rs.next()) {
                    if (rowsPerKey.put(rs.getString(1), rs.getLong(2)) != null) {
                        fail("claim " + rs.getString(1) + " is recorded twice");
                    }
                }
            }
            for (PlannedClaim claim : sent.values()) {
                Acknowledged a = acknowledged.get(claim.key());
                assertEquals(a == null ? null : a.id(), rowsPerKey.get(keyHash(lookupKey, claim.key())),
                        "the row of " + claim.key() + " is the acknowledged claim, or none when none was acknowledged");
            }
            try (ResultSet rs = st.executeQuery("SELECT person_id, training_year, family, COUNT(*) FROM claim"
                    + " WHERE status = 'APPROVED' GROUP BY person_id, training_year, family HAVING COUNT(*) > " + ANNUAL_LIMIT)) {
                assertTrue(!rs.next(), "a person has more approved claims in a year than the limit");
            }
        }
    }

    /** All claim rows in the database. */
    static long claimRows(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM claim")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** How subsidy-service stores an idempotency key: HMAC-SHA256("idempotency-key\n" + key) under the lookup key. */
    static String keyHash(byte[] lookupKey, String key) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(lookupKey, "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(("idempotency-key\n" + key).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
