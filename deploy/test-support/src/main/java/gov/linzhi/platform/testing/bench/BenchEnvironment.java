package gov.linzhi.platform.testing.bench;

import gov.linzhi.platform.mariadb.EmbeddedMariaDb;
import gov.linzhi.platform.mariadb.GaleraCluster;
import gov.linzhi.platform.testing.TestTokens;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What a service's {@code bench/run.sh} needs beside the packaged service (not a test):
 * <ul>
 *   <li>{@code db NAME}: an embedded MariaDB on a free port with the empty database NAME, until killed; prints its
 *   durability settings ({@code durability: …}) and then {@code ready JDBC-URL} once it answers;</li>
 *   <li>{@code galera NAME}: a three-node Galera cluster on loopback (deploy/galera.sh installs it) with the empty
 *   database NAME, until killed; prints the durability and then {@code ready URL-1 URL-2 URL-3}, one per node;</li>
 *   <li>{@code key DIR}: writes {@code DIR/jwt-public.pem}, the key the test tokens are signed with, which the service
 *   is started with;</li>
 *   <li>{@code token FILE ROLE…}: writes a test token carrying the roles to FILE.</li>
 * </ul>
 * {@link #WRK_THREAD_IDS} is the start of the wrk scripts the benchmarks write.
 */
public final class BenchEnvironment {

    /**
     * wrk Lua: numbers each thread ({@code tid}, 1, 2, …) and seeds its random numbers apart, so that the keys and
     * numbers a script makes per request ({@code n}) differ between threads; {@code wrk … -- K} names the wrk process
     * ({@code instance}, default 1) for benchmarks that run several at once.
     */
    public static final String WRK_THREAD_IDS = """
            local counter = 0
            local n = 0
            instance = 1
            setup = function(thread)
              counter = counter + 1
              thread:set("tid", counter)
            end
            init = function(args)
              instance = tonumber(args[1] or "1") or 1
              math.randomseed(os.time() * 100 + tid + 1000 * instance)
            end
            """;

    private BenchEnvironment() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "db" -> database(args[1]);
            case "galera" -> galera(args[1]);
            case "key" -> publicKey(Path.of(args[1]));
            case "token" -> token(Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length));
            default -> throw new IllegalArgumentException("db NAME | galera NAME | key DIR | token FILE ROLE...");
        }
    }

    /** Runs an ephemeral MariaDB with one empty database until the process is killed. */
    public static void database(String name) throws InterruptedException, SQLException {
        EmbeddedMariaDb db = EmbeddedMariaDb.ephemeral().start();
        db.createDatabase(name);
        Runtime.getRuntime().addShutdownHook(new Thread(db::stop));
        printDurability(db.jdbcUrl(name));
        System.out.println("ready " + db.jdbcUrl(name));
        Thread.currentThread().join();
    }

    /** Runs a three-node Galera cluster with one empty database until the process is killed. */
    public static void galera(String name) throws InterruptedException, SQLException {
        GaleraCluster cluster = GaleraCluster.start(3);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        cluster.createDatabase(1, name);
        printDurability(cluster.node(1).jdbcUrl(name));
        System.out.println("ready " + IntStream.rangeClosed(1, 3).mapToObj(n -> cluster.node(n).jdbcUrl(name))
                .collect(Collectors.joining(" ")));
        Thread.currentThread().join();
    }

    /** The figures of a write benchmark are only worth reading with every commit durable on disk. */
    private static void printDurability(String jdbcUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "");
             ResultSet r = c.createStatement().executeQuery("SELECT @@innodb_flush_log_at_trx_commit, @@log_bin, @@version,"
                     + " @@wsrep_on, (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'WSREP_CLUSTER_SIZE')")) {
            r.next();
            System.out.println("durability: innodb_flush_log_at_trx_commit=" + r.getInt(1) + ", binary log "
                    + (r.getInt(2) == 1 ? "on" : "off") + ", MariaDB " + r.getString(3)
                    + (r.getInt(4) == 1 ? ", Galera cluster of " + r.getString(5) + " nodes (synchronous replication)" : ""));
        }
    }

    /** Writes the test tokens' public key to {@code dir/jwt-public.pem}. */
    public static void publicKey(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (InputStream in = BenchEnvironment.class.getClassLoader().getResourceAsStream("test-jwt/public-key.pem")) {
            if (in == null) {
                throw new IllegalStateException("test-jwt/public-key.pem is not on the classpath");
            }
            Files.write(dir.resolve("jwt-public.pem"), in.readAllBytes());
        }
    }

    private static void token(Path file, String... roles) throws IOException {
        Files.writeString(file, TestTokens.withRoles(roles), StandardCharsets.UTF_8);
    }
}
