package gov.linzhi.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the launcher runs and where, read from the environment so the README can document it as a table.
 *
 * @param home            the repository root (services are found under it)
 * @param dataDir         where everything kept between runs lives ({@code LINZHI_DATA_DIR}, default {@code ./data})
 * @param embeddedDbPort  port of the embedded MariaDB ({@code LINZHI_DB_PORT}, default 3316)
 * @param externalDbUrl   server URL of an external MariaDB ({@code LINZHI_DB_SERVER_URL}); when set, nothing embedded starts
 * @param dbUser          user for the external MariaDB ({@code DB_USER}, default root)
 * @param dbPassword      password for the external MariaDB ({@code DB_PASSWORD}, default empty)
 * @param services        the services, in start order
 */
record LauncherConfig(Path home, Path dataDir, int embeddedDbPort, String externalDbUrl, String dbUser,
                      String dbPassword, List<ServiceSpec> services) {

    static final String ISSUER = "https://auth.linzhi.local";

    /** One service the launcher runs. */
    record ServiceSpec(String name, String database, int port) {
        Path jar(Path home) {
            return home.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        }

        String baseUrl() {
            return "http://127.0.0.1:" + port;
        }
    }

    static LauncherConfig fromEnvironment(Path home, Map<String, String> env) {
        Path data = Path.of(env.getOrDefault("LINZHI_DATA_DIR", home.resolve("data").toString())).toAbsolutePath().normalize();
        String external = blankToNull(env.get("LINZHI_DB_SERVER_URL"));
        if (external != null && !external.endsWith("/")) {
            external = external + "/";
        }
        List<ServiceSpec> services = List.of(
                new ServiceSpec("gazette-service", "gazette", port(env, "GAZETTE_PORT", 8081)),
                new ServiceSpec("tasks-service", "tasks", port(env, "TASKS_PORT", 8082)),
                new ServiceSpec("subsidy-service", "subsidy", port(env, "SUBSIDY_PORT", 8083)));
        return new LauncherConfig(home, data, port(env, "LINZHI_DB_PORT", 3316), external,
                env.getOrDefault("DB_USER", "root"), env.getOrDefault("DB_PASSWORD", ""), services);
    }

    boolean embeddedDatabase() {
        return externalDbUrl == null;
    }

    ServiceSpec service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    Path keysDir() {
        return dataDir.resolve("keys");
    }

    Path tokensDir() {
        return dataDir.resolve("tokens");
    }

    /** Each service's environment, written by {@code ./run.sh --db-only}. */
    Path envDir() {
        return dataDir.resolve("env");
    }

    Path logsDir() {
        return dataDir.resolve("logs");
    }

    /** The class-data archives the services' own runs recorded, one per service and build. */
    Path classDataDir() {
        return dataDir.resolve("class-data");
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
