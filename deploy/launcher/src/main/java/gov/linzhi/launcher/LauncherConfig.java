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

    /**
     * One service the launcher runs.
     *
     * @param initialHeapMiB the heap its JVM starts with: the old generation the service holds live after the start and
     *                       a warm-up (measured with deploy/bench/startup.sh and {@code jcmd GC.heap_info} after a full
     *                       collection), plus the young generation; why, in {@link ServiceProcess}'s JVM options
     */
    record ServiceSpec(String name, String database, int port, int initialHeapMiB) {

        /** The three services as the launcher runs them, on their default ports. */
        static final List<ServiceSpec> DEFAULTS = List.of(
                new ServiceSpec("gazette-service", "gazette", 8081, 40),
                new ServiceSpec("tasks-service", "tasks", 8082, 38),
                new ServiceSpec("subsidy-service", "subsidy", 8083, 36));

        static ServiceSpec of(String name) {
            return DEFAULTS.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no service " + name));
        }

        ServiceSpec onPort(int otherPort) {
            return new ServiceSpec(name, database, otherPort, initialHeapMiB);
        }

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
                onPortFrom(env, "GAZETTE_PORT", ServiceSpec.of("gazette-service")),
                onPortFrom(env, "TASKS_PORT", ServiceSpec.of("tasks-service")),
                onPortFrom(env, "SUBSIDY_PORT", ServiceSpec.of("subsidy-service")));
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

    /** The service on the port its variable names, else on its default port. */
    private static ServiceSpec onPortFrom(Map<String, String> env, String variable, ServiceSpec service) {
        return service.onPort(port(env, variable, service.port()));
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
