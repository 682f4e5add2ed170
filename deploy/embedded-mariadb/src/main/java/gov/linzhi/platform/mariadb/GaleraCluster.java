package gov.linzhi.platform.mariadb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A real MariaDB Galera cluster on loopback, from Debian's {@code mariadb-server} and {@code galera-4}
 * ({@code deploy/galera.sh} installs them): each node its own data folder, defaults file and four ports (SQL, group
 * communication, incremental and full state transfer), so that several nodes share one host without colliding.
 *
 * <p>For the system tests and the benchmarks, not for production (deploy/k8s/overlays/galera is that). Run as root,
 * each server drops to the {@code mysql} user itself: the rsync state transfer fails as root (its
 * daemon drops to {@code nobody}, who cannot write root's files).
 */
public final class GaleraCluster implements AutoCloseable {

    static final Path SERVER = Path.of("/usr/sbin/mariadbd");
    static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");
    static final Path PROVIDER = Path.of("/usr/lib/galera/libgalera_smm.so");
    private static final Pattern RECOVERED = Pattern.compile("WSREP: Recovered position: ([0-9a-f-]+:-?\\d+)");

    private final Path home;
    private final List<Node> nodes;

    private GaleraCluster(Path home, List<Node> nodes) {
        this.home = home;
        this.nodes = nodes;
    }

    /** Whether this machine has what a cluster needs; the build's deploy/galera.sh installs it. */
    public static String missingPackages() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(SERVER) || !Files.isExecutable(INSTALL_DB)) {
            missing.add("mariadb-server");
        }
        if (!Files.isRegularFile(PROVIDER)) {
            missing.add("galera-4");
        }
        if (Stream.of("/usr/bin/rsync", "/bin/rsync").noneMatch(p -> Files.isExecutable(Path.of(p)))) {
            missing.add("rsync");
        }
        return String.join(" ", missing);
    }

    /** A cluster of {@code size} nodes, bootstrapped from the first, every node Synced when this returns. */
    public static GaleraCluster start(int size) {
        String missing = missingPackages();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the Galera system test needs the Debian packages " + missing
                    + ": deploy/galera.sh installs them (the build runs it before the launcher's tests)");
        }
        try {
            // Under /tmp, not the checkout: the mysql user must be able to reach its data folder, and a checkout's
            // parent folders need not let it.
            Path home = Files.createTempDirectory(Path.of("/tmp"), "linzhi-galera-");
            Ports ports = new Ports();
            List<Node> nodes = IntStream.rangeClosed(1, size).mapToObj(i -> new Node(i, home.resolve("node" + i),
                    ports.next(), ports.next(), ports.next(), ports.next())).toList();
            GaleraCluster cluster = new GaleraCluster(home, nodes);
            String members = nodes.stream().map(n -> "127.0.0.1:" + n.groupPort).collect(Collectors.joining(","));
            for (Node node : nodes) {
                node.configure(members);
            }
            try {
                cluster.chownToServerUser(home);
                for (Node node : nodes) {
                    node.installSystemTables();
                }
                nodes.get(0).launch(List.of("--wsrep-new-cluster"));
                nodes.get(0).awaitSynced(1, Duration.ofSeconds(60));
                for (Node node : nodes.subList(1, size)) {
                    node.launch(List.of());
                    node.awaitSynced(nodes.indexOf(node) + 1, Duration.ofSeconds(90));
                }
                return cluster;
            } catch (RuntimeException | IOException e) {
                cluster.close(); // no server left running after a failed start
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Node node(int number) {
        return nodes.get(number - 1);
    }

    /** A new JDBC connection to the node, as root. */
    public Connection connect(int number, String database) throws SQLException {
        return DriverManager.getConnection(node(number).jdbcUrl(database), "root", "");
    }

    public void createDatabase(int number, String name) {
        try (Connection c = connect(number, ""); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    private void chownToServerUser(Path folder) throws IOException {
        if (!isRoot()) {
            return;
        }
        run(List.of("chown", "-R", "mysql:mysql", folder.toString()), folder.resolve("chown.log"));
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Every node stopped (SIGKILL: nothing of the cluster is kept) and its folders deleted. */
    @Override
    public void close() {
        for (Node node : nodes) {
            node.kill();
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover folder under /tmp is harmless
        }
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + log + ":\n" + tail(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(unreadable)";
        }
    }

    /**
     * The nodes' ports, chosen below the kernel's ephemeral range: they are bound seconds after being chosen (the
     * system tables are installed first), and a port of the ephemeral range may meanwhile become the local end of any
     * outgoing connection on the machine, which is how a node once failed with "Address already in use".
     */
    private static final class Ports {
        private static final int FIRST = 20_000;
        private final java.util.Set<Integer> taken = new java.util.HashSet<>();
        private final int end = ephemeralStart();

        int next() {
            java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
            for (int attempt = 0; attempt < 1_000; attempt++) {
                int port = random.nextInt(FIRST, end);
                if (!taken.contains(port) && isFree(port)) {
                    taken.add(port);
                    return port;
                }
            }
            throw new IllegalStateException("no free port between " + FIRST + " and " + end);
        }

        private static boolean isFree(int port) {
            try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new java.net.InetSocketAddress("127.0.0.1", port));
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        /** The first port of the ephemeral range (Linux: /proc/sys/net/ipv4/ip_local_port_range; 32768 otherwise). */
        private static int ephemeralStart() {
            try {
                int start = Integer.parseInt(Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim().split("\\s+")[0]);
                return start > FIRST + 1_000 ? start : 32_768;
            } catch (IOException | RuntimeException e) {
                return 32_768;
            }
        }
    }

    /** One server of the cluster: its ports, folder and process. */
    public static final class Node {
        final int number;
        final Path folder;
        final int sqlPort;
        final int groupPort;
        final int istPort;
        final int sstPort;
        private Process process;

        Node(int number, Path folder, int sqlPort, int groupPort, int istPort, int sstPort) {
            this.number = number;
            this.folder = folder;
            this.sqlPort = sqlPort;
            this.groupPort = groupPort;
            this.istPort = istPort;
            this.sstPort = sstPort;
        }

        public String jdbcUrl(String database) {
            return "jdbc:mariadb://127.0.0.1:" + sqlPort + "/" + database;
        }

        public Path errorLog() {
            return folder.resolve("error.log");
        }

        private Path defaults() {
            return folder.resolve("my.cnf");
        }

        /**
         * The node's defaults file (so that /etc/mysql is never read) and its system tables. Durable commits as in
         * production; a small buffer pool and gcache so that three nodes fit beside the services.
         */
        void configure(String members) throws IOException {
            Files.createDirectories(folder.resolve("data"));
            String user = isRoot() ? "user=mysql\n" : "";
            Files.writeString(defaults(), """
                    [mariadbd]
                    datadir=%1$s/data
                    socket=%1$s/mariadbd.sock
                    pid-file=%1$s/mariadbd.pid
                    log-error=%1$s/error.log
                    %2$sport=%3$d
                    bind-address=127.0.0.1
                    skip-name-resolve
                    character-set-server=utf8mb4
                    collation-server=utf8mb4_unicode_ci
                    max_connections=400
                    default_storage_engine=InnoDB
                    binlog_format=ROW
                    innodb_autoinc_lock_mode=2
                    innodb_flush_log_at_trx_commit=1
                    innodb_buffer_pool_size=64M
                    wsrep_on=ON
                    wsrep_provider=%4$s
                    wsrep_cluster_name=linzhi-system-test
                    wsrep_cluster_address=gcomm://%5$s
                    wsrep_node_name=node%6$d
                    wsrep_node_address=127.0.0.1:%7$d
                    wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:%7$d;ist.recv_addr=127.0.0.1:%8$d;gcache.size=64M"
                    wsrep_sst_receive_address=127.0.0.1:%9$d
                    wsrep_sst_method=rsync
                    """.formatted(folder, user, sqlPort, PROVIDER, members, number, groupPort, istPort, sstPort));
        }

        /** The system tables, root without a password (loopback only, a throw-away cluster). */
        void installSystemTables() throws IOException {
            List<String> command = new ArrayList<>(List.of(INSTALL_DB.toString(), "--defaults-file=" + defaults(),
                    "--auth-root-authentication-method=normal", "--skip-test-db"));
            if (isRoot()) {
                command.add("--user=mysql");
            }
            run(command, folder.resolve("install.log"));
        }

        void launch(List<String> extra) throws IOException {
            List<String> command = new ArrayList<>(List.of(SERVER.toString(), "--defaults-file=" + defaults()));
            command.addAll(extra);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("out.log").toFile())).start();
        }

        /** SIGKILL, as a machine failure would stop it. */
        public void kill() {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /**
         * Restarts a killed node from the position its own InnoDB log recovers ({@code --wsrep-recover}), so that it
         * rejoins with the write-sets it missed (IST) instead of a full copy; returns when it is Synced again.
         */
        public void recoverAndRestart(int clusterSize) throws IOException {
            Path recoveryLog = folder.resolve("recover.log");
            run(List.of(SERVER.toString(), "--defaults-file=" + defaults(), "--wsrep-recover",
                    "--log-error=" + recoveryLog), folder.resolve("recover-out.log"));
            Matcher position = RECOVERED.matcher(Files.readString(recoveryLog));
            String recovered = null;
            while (position.find()) {
                recovered = position.group(1);
            }
            if (recovered == null) {
                throw new IllegalStateException("node" + number + ": --wsrep-recover gave no position; see " + recoveryLog);
            }
            launch(List.of("--wsrep-start-position=" + recovered));
            awaitSynced(clusterSize, Duration.ofSeconds(90));
        }

        /** Waits until the node answers, is Synced and sees {@code clusterSize} members. */
        public void awaitSynced(int clusterSize, Duration timeout) {
            Instant deadline = Instant.now().plus(timeout);
            String last = "no answer";
            while (Instant.now().isBefore(deadline)) {
                if (process != null && !process.isAlive()) {
                    throw new IllegalStateException("node" + number + " exited with " + process.exitValue() + ":\n"
                            + tail(errorLog()));
                }
                try (Connection c = DriverManager.getConnection(jdbcUrl("") + "?connectTimeout=2000", "root", "");
                     Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT VARIABLE_NAME, VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                             + " WHERE VARIABLE_NAME IN ('WSREP_LOCAL_STATE_COMMENT', 'WSREP_CLUSTER_SIZE', 'WSREP_READY')"
                             + " ORDER BY VARIABLE_NAME")) {
                    StringBuilder state = new StringBuilder();
                    while (rs.next()) {
                        state.append(rs.getString(1)).append('=').append(rs.getString(2)).append(' ');
                    }
                    last = state.toString().trim();
                    if (last.equals("WSREP_CLUSTER_SIZE=" + clusterSize + " WSREP_LOCAL_STATE_COMMENT=Synced WSREP_READY=ON")) {
                        return;
                    }
                } catch (SQLException e) {
                    last = e.getMessage();
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                }
            }
            throw new IllegalStateException("node" + number + " not Synced within " + timeout.toSeconds() + " s (" + last
                    + "):\n" + tail(errorLog()));
        }
    }
}
