package gov.linzhi.platform.testing;

import gov.linzhi.platform.mariadb.EmbeddedMariaDb;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Keycloak with the project's realm (deploy/keycloak/linzhi-realm.json, imported as it is) for a service's
 * sign-in tests: the Keycloak distribution the build unpacked ({@code keycloak.dist}, org.keycloak:keycloak-quarkus-dist)
 * started with {@code kc.sh start-dev} on an in-memory database under a Java 21+ runtime ({@code keycloak.java.home},
 * else the first JDK 21+ under /usr/lib/jvm). The realm's placeholders get fresh values per run: the board client's
 * secret and the demo users' password ({@link #demoPassword()}); the test registers its application's address with
 * {@link #allowBoardAt} once Quarkus listens.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static volatile String demoPassword;
    private static volatile String adminPassword;
    private static volatile String baseUrl;

    private Process keycloak;
    private Path log;

    /** The password of the realm's demo users (supervisor, dept-renshe, …) in this run. */
    public static String demoPassword() {
        return demoPassword;
    }

    @Override
    public Map<String, String> start() {
        Path dist = Path.of(System.getProperty("keycloak.dist", "target/keycloak/keycloak-26.4.7"));
        Path realm = Path.of(System.getProperty("keycloak.realm", "../deploy/keycloak/linzhi-realm.json"));
        if (!Files.isExecutable(dist.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak distribution at " + dist.toAbsolutePath()
                    + " (the build unpacks org.keycloak:keycloak-quarkus-dist there: run the module's tests through Maven)");
        }
        int httpPort = EmbeddedMariaDb.freePort();
        int managementPort = EmbeddedMariaDb.freePort();
        String secret = random();
        demoPassword = random();
        adminPassword = random();
        try {
            Path imports = dist.resolve("data/import");
            Files.createDirectories(imports);
            Files.copy(realm, imports.resolve("linzhi-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            log = Files.createTempFile("keycloak-", ".log");
            ProcessBuilder builder = new ProcessBuilder(dist.resolve("bin/kc.sh").toAbsolutePath().toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + httpPort, "--http-management-port=" + managementPort,
                    "--import-realm", "--db=dev-mem", "--cache=local")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", javaHome().toString());
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            env.put("LINZHI_TASKS_BOARD_CLIENT_SECRET", secret);
            env.put("LINZHI_SYSTEM_CLIENT_SECRET", random());
            env.put("LINZHI_DEMO_USER_PASSWORD", demoPassword);
            keycloak = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Keycloak from " + dist, e);
        }
        baseUrl = "http://127.0.0.1:" + httpPort;
        String issuer = baseUrl + "/realms/linzhi";
        awaitRealm(issuer);
        return Map.of(
                "tasks.pages.identity-provider", "true",
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.client-id", "linzhi-tasks-board",
                "quarkus.oidc.credentials.secret", secret);
    }

    /**
     * Lets the board client of the realm come back to an application at {@code applicationUrl} (e.g. the test's own
     * http://127.0.0.1:PORT, known only once Quarkus listens): its sign-in and sign-out URIs are added through
     * Keycloak's admin API, as an administrator registers a deployment's address.
     */
    public static void allowBoardAt(String applicationUrl) {
        String token = io.restassured.RestAssured.given().baseUri(baseUrl).formParam("grant_type", "password")
                .formParam("client_id", "admin-cli").formParam("username", "admin").formParam("password", adminPassword)
                .post("/realms/master/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        io.restassured.path.json.JsonPath found = io.restassured.RestAssured.given().baseUri(baseUrl).auth().oauth2(token)
                .queryParam("clientId", "linzhi-tasks-board").get("/admin/realms/linzhi/clients").then().statusCode(200)
                .extract().jsonPath();
        String id = found.getString("[0].id");
        Map<String, Object> client = new java.util.LinkedHashMap<>(found.getMap("[0]"));
        List<String> redirects = new java.util.ArrayList<>(found.getList("[0].redirectUris", String.class));
        redirects.add(applicationUrl + "/sign-in/oidc");
        client.put("redirectUris", redirects);
        Map<String, Object> attributes = new java.util.LinkedHashMap<>(found.getMap("[0].attributes"));
        attributes.put("post.logout.redirect.uris", attributes.get("post.logout.redirect.uris") + "##" + applicationUrl + "/sign-in");
        client.put("attributes", attributes);
        io.restassured.RestAssured.given().baseUri(baseUrl).auth().oauth2(token).contentType("application/json").body(client)
                .put("/admin/realms/linzhi/clients/" + id).then().statusCode(204);
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.descendants().forEach(ProcessHandle::destroy);
            keycloak.destroy();
            try {
                keycloak.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitRealm(String issuer) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!keycloak.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; its log: " + tail());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(issuer + "/.well-known/openid-configuration").toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(2000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
        }
        stop();
        throw new IllegalStateException("Keycloak did not serve realm linzhi within " + START_TIMEOUT + "; its log: " + tail());
    }

    /** A Java 21+ runtime for Keycloak 26: keycloak.java.home, else the newest JDK 21+ under /usr/lib/jvm. */
    static Path javaHome() {
        String configured = System.getProperty("keycloak.java.home", System.getenv("KEYCLOAK_JAVA_HOME"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
            List<Path> candidates = jvms.filter(p -> Files.isExecutable(p.resolve("bin/java")))
                    .filter(p -> feature(p) >= 21).sorted((a, b) -> feature(b) - feature(a)).toList();
            if (!candidates.isEmpty()) {
                return candidates.get(0);
            }
        } catch (IOException e) {
            // fall through
        }
        throw new IllegalStateException("Keycloak 26 needs Java 21 or newer: none under /usr/lib/jvm; set keycloak.java.home");
    }

    /** The JDK's feature version from its release file (JAVA_VERSION="25.0.1"), 0 when unknown. */
    private static int feature(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(v.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String random() {
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
