package gov.linzhi.launcher;

import gov.linzhi.platform.mariadb.EmbeddedMariaDb;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run.sh}: the whole system on one machine. Starts MariaDB (embedded unless an external one
 * is configured), makes the local keys and tokens, starts the three services, waits until each is
 * ready, and on Ctrl-C or SIGTERM stops the services and then the database, cleanly.
 */
public final class Launcher {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final LauncherConfig config;
    private final PrintStream out;
    private final boolean databaseOnly;
    private final List<ServiceProcess> running = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private EmbeddedMariaDb database;
    private volatile boolean stopping;

    Launcher(LauncherConfig config, PrintStream out) {
        this(config, out, false);
    }

    /** @param databaseOnly start MariaDB and the keys only, and write each service's environment for a start by hand */
    Launcher(LauncherConfig config, PrintStream out, boolean databaseOnly) {
        this.config = config;
        this.out = out;
        this.databaseOnly = databaseOnly;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path home = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        boolean databaseOnly = List.of(args).contains("--db-only");
        Launcher launcher;
        try {
            launcher = new Launcher(LauncherConfig.fromEnvironment(home, System.getenv()), out, databaseOnly);
        } catch (IllegalArgumentException e) {
            out.println("✗ " + e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "launcher-shutdown"));
        try {
            launcher.start();
        } catch (RuntimeException e) {
            out.println("✗ " + e.getMessage());
            launcher.stop();
            System.exit(1);
        }
        launcher.superviseUntilStopped();
    }

    void start() {
        checkPorts();
        LocalCredentials credentials = new LocalCredentials(config.keysDir(), config.tokensDir());
        credentials.ensure(Instant.now());
        Map<String, String> dbUrls = startDatabase();
        Map<String, Map<String, String>> environments = environments(credentials, dbUrls);
        if (databaseOnly) {
            ServiceEnvironments.write(config.envDir(), config.home(), config.classDataDir(), environments, config.services());
            printDatabaseOnly();
            return;
        }
        for (LauncherConfig.ServiceSpec spec : config.services()) {
            ServiceProcess service = new ServiceProcess(spec, config.logsDir(),
                    ClassDataArchive.of(config.classDataDir(), spec.name(), spec.jar(config.home())));
            out.printf("… starting %s on port %d (log: %s)%n", spec.name(), spec.port(), config.home().relativize(service.log()));
            if (service.recordsClassData()) {
                out.printf("  first run of this build of %s: it records its class-data archive, written when it stops; later starts map it%n", spec.name());
            }
            service.start(config.home(), environments.get(spec.name()));
            running.add(service);
        }
        for (ServiceProcess service : running) {
            out.printf("… waiting for %s to answer %s/q/health/ready%n", service.name(), service.baseUrl());
            service.awaitReady(READY_TIMEOUT);
            out.printf("✓ %s ready%n", service.name());
        }
        printWelcome();
    }

    /** What each service is started with: the database, the keys, the token issuer and where the others are. */
    private Map<String, Map<String, String>> environments(LocalCredentials credentials, Map<String, String> dbUrls) {
        Map<String, String> common = new HashMap<>();
        common.put("JWT_PUBLIC_KEY_LOCATION", "file:" + credentials.publicKey());
        common.put("JWT_ISSUER", LauncherConfig.ISSUER);
        common.put("DB_USER", config.embeddedDatabase() ? "root" : config.dbUser());
        common.put("DB_PASSWORD", config.embeddedDatabase() ? "" : config.dbPassword());
        common.put("GAZETTE_URL", config.service("gazette-service").baseUrl());
        common.put("SUBSIDY_URL", config.service("subsidy-service").baseUrl());
        common.put("TASKS_URL", config.service("tasks-service").baseUrl());
        common.put("GAZETTE_SEARCH_INDEX_DIR", config.dataDir().resolve("gazette-index").toString());
        common.put("PERSON_DATA_KEY", credentials.secret("person-data"));
        common.put("PERSON_LOOKUP_KEY", credentials.secret("person-lookup"));
        // local mode only: the supervision board's sign-in page lists these users for one-click sign-in
        common.put("TASKS_LOCAL_USERS_DIR", config.tokensDir().toString());

        Map<String, Map<String, String>> environments = new LinkedHashMap<>();
        for (LauncherConfig.ServiceSpec spec : config.services()) {
            Map<String, String> env = new LinkedHashMap<>(common);
            env.put("DB_URL", dbUrls.get(spec.database()));
            env.put("HTTP_PORT", String.valueOf(spec.port()));
            environments.put(spec.name(), env);
        }
        return environments;
    }

    private void printDatabaseOnly() {
        out.println();
        out.println("MariaDB and the local keys are up; no service was started. Each service's environment is in "
                + config.envDir() + "/<service>.env, e.g. live reload against this database:");
        out.println("  (set -a; . " + config.envDir() + "/subsidy-service.env; set +a; ./mvnw quarkus:dev -pl subsidy-service -am)");
        out.println("or the packaged service as ./run.sh starts it:");
        out.println("  (set -a; . " + config.envDir() + "/subsidy-service.env; set +a; cd subsidy-service/target/quarkus-app; java $LINZHI_JVM_OPTIONS -jar quarkus-run.jar)");
        out.println("Press Ctrl-C to stop MariaDB.");
    }

    private void checkPorts() {
        Map<Integer, String> wanted = new LinkedHashMap<>();
        if (config.embeddedDatabase()) {
            wanted.put(config.embeddedDbPort(), "embedded MariaDB (set LINZHI_DB_PORT to move it)");
        }
        for (LauncherConfig.ServiceSpec spec : databaseOnly ? List.<LauncherConfig.ServiceSpec>of() : config.services()) {
            wanted.put(spec.port(), spec.name() + " (set " + spec.name().replace("-service", "").toUpperCase() + "_PORT to move it)");
        }
        Map<Integer, String> taken = Ports.taken(wanted);
        if (!taken.isEmpty()) {
            StringBuilder message = new StringBuilder("these ports are already in use, so nothing was started:");
            taken.forEach((port, owner) -> message.append("\n    ").append(port).append(" wanted by ").append(owner));
            message.append("\n  Is ./run.sh already running? Otherwise find the holder with: ss -ltnp 'sport = :")
                    .append(taken.keySet().iterator().next()).append("'");
            throw new IllegalStateException(message.toString());
        }
    }

    private Map<String, String> startDatabase() {
        Map<String, String> urls = new HashMap<>();
        if (config.embeddedDatabase()) {
            Path dataDir = config.dataDir().resolve("mariadb");
            out.printf("… starting embedded MariaDB on port %d (data: %s)%n", config.embeddedDbPort(), config.home().relativize(dataDir));
            database = EmbeddedMariaDb.persistent(config.embeddedDbPort(), dataDir).start();
            for (LauncherConfig.ServiceSpec spec : config.services()) {
                database.createDatabase(spec.database());
                urls.put(spec.database(), database.jdbcUrl(spec.database()));
            }
            out.println("✓ MariaDB ready");
        } else {
            out.printf("… using the external MariaDB at %s%n", config.externalDbUrl());
            try (Connection c = DriverManager.getConnection(config.externalDbUrl(), config.dbUser(), config.dbPassword());
                 Statement st = c.createStatement()) {
                for (LauncherConfig.ServiceSpec spec : config.services()) {
                    st.execute("CREATE DATABASE IF NOT EXISTS `" + spec.database() + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                    urls.put(spec.database(), config.externalDbUrl() + spec.database());
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot reach the external MariaDB at " + config.externalDbUrl() + ": " + e.getMessage());
            }
        }
        return urls;
    }

    private void printWelcome() {
        out.println();
        out.println("The system is up. Pages for people, and Swagger UI for developers:");
        for (LauncherConfig.ServiceSpec spec : config.services()) {
            out.printf("  %-16s %s/   %s/q/swagger-ui%n", spec.name(), spec.baseUrl(), spec.baseUrl());
        }
        out.println("The supervision board (tasks-service): its sign-in page lists the local users (督查室, each department, …); one click signs in.");
        out.println("Local access tokens (one per role, valid for a year): " + config.home().relativize(config.tokensDir()) + "/<role>.jwt");
        out.println("  e.g. curl -H \"Authorization: Bearer $(cat data/tokens/supervisor.jwt)\" " + config.service("tasks-service").baseUrl() + "/api/v1/plans");
        out.println("Data is kept in " + config.dataDir() + ". Press Ctrl-C to stop everything.");
    }

    List<Process> runningProcesses() {
        return running.stream().map(ServiceProcess::process).toList();
    }

    /** Blocks until stopped; if a service dies on its own, stops everything rather than run half a system. */
    void superviseUntilStopped() {
        while (!stopping) {
            for (ServiceProcess service : running) {
                if (!service.isAlive() && !stopping) {
                    out.printf("✗ %s stopped unexpectedly (exit %d); see %s. Stopping the rest.%n",
                            service.name(), service.process().exitValue(), service.log());
                    stop();
                    System.exit(1);
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Services first (they may still be writing), then the database. Safe to call twice. */
    synchronized void stop() {
        if (stopping && stopped.getCount() == 0) {
            return;
        }
        stopping = true;
        if (!running.isEmpty()) {
            out.println("… stopping services");
        }
        List<Thread> stoppers = new ArrayList<>();
        for (ServiceProcess service : running) {
            Thread t = new Thread(() -> service.stop(STOP_GRACE), "stop-" + service.name());
            t.start();
            stoppers.add(t);
        }
        for (Thread t : stoppers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null && database.isRunning()) {
            out.println("… stopping MariaDB");
            database.stop();
        }
        out.println("✓ stopped");
        stopped.countDown();
    }
}
