package gov.linzhi.launcher;

import gov.linzhi.platform.mariadb.EmbeddedMariaDb;

import java.util.Map;

/** What the launcher tests that run the packaged subsidy-service share: its environment and claim bodies. */
final class SubsidyClaims {

    private SubsidyClaims() {
    }

    /** The environment ./run.sh gives subsidy-service, against the test's own database and keys. */
    static Map<String, String> environment(EmbeddedMariaDb database, LocalCredentials credentials) {
        return environment(database.jdbcUrl("subsidy"), credentials);
    }

    /** The same against the subsidy database at {@code jdbcUrl} (a Galera node). */
    static Map<String, String> environment(String jdbcUrl, LocalCredentials credentials) {
        Map<String, String> env = ChildServiceEnvironment.of(jdbcUrl, credentials);
        env.put("PERSON_DATA_KEY", credentials.secret("person-data"));
        env.put("PERSON_LOOKUP_KEY", credentials.secret("person-lookup"));
        return env;
    }

    /** A level-3 high-skill training claim completed in 2020: approved unless a limit stops it. */
    static String body(String person, String occupation) {
        return "{\"personId\":\"" + person + "\",\"programme\":\"HIGH_SKILL_TRAINING\",\"level\":\"LEVEL_3\","
                + "\"occupation\":\"" + occupation + "\",\"trainingCompletedOn\":\"2020-05-01\"}";
    }

    /** {@code POST /api/v1/claims} with the caller's token and Idempotency-Key, as every launcher test sends a claim. */
    static java.net.http.HttpRequest claimRequest(String baseUrl, String token, String key, String body, java.time.Duration timeout) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + "/api/v1/claims"))
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .timeout(timeout)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The 18-character resident ID with its GB 11643 check character. */
    static String residentId(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
