package gov.linzhi.platform.testing.bench;

import gov.linzhi.platform.mariadb.EmbeddedMariaDb;
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

/**
 * What a service's {@code bench/run.sh} needs beside the packaged service (not a test):
 * <ul>
 *   <li>{@code db NAME}: an embedded MariaDB on a free port with the empty database NAME, until killed; prints its
 *   durability settings ({@code durability: …}) and then {@code ready JDBC-URL} once it answers;</li>
 *   <li>{@code key DIR}: writes {@code DIR/jwt-public.pem}, the key the test tokens are signed with, which the service
 *   is started with;</li>
 *   <li>{@code token FILE ROLE…}: writes a test token carrying the roles to FILE.</li>
 * </ul>
 * {@link #WRK_THREAD_IDS} is the start of the wrk scripts the benchmarks write.
 */
public final class BenchEnvironment {

    /**
     * wrk Lua: numbers each thread ({@code tid}, 1, 2, …) and seeds its random numbers apart, so that the keys and
     * numbers a script makes per request ({@code n}) differ between threads.
     */
    public static final String WRK_THREAD_IDS = """
            local counter = 0
            local n = 0
            setup = function(thread)
              counter = counter + 1
              thread:set("tid", counter)
            end
            init = function(args)
              math.randomseed(os.time() * 100 + tid)
            end
            """;

    private BenchEnvironment() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "db" -> database(args[1]);
            case "key" -> publicKey(Path.of(args[1]));
            case "token" -> token(Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length));
            default -> throw new IllegalArgumentException("db NAME | key DIR | token FILE ROLE...");
        }
    }

    /** Runs an ephemeral MariaDB with one empty database until the process is killed. */
    public static void database(String name) throws InterruptedException, SQLException {
        EmbeddedMariaDb db = EmbeddedMariaDb.ephemeral().start();
        db.createDatabase(name);
        Runtime.getRuntime().addShutdownHook(new Thread(db::stop));
        // the figures of a write benchmark are only worth reading with every commit durable on disk
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(name), "root", "");
             ResultSet r = c.createStatement().executeQuery("SELECT @@innodb_flush_log_at_trx_commit, @@log_bin, @@version")) {
            r.next();
            System.out.println("durability: innodb_flush_log_at_trx_commit=" + r.getInt(1) + ", binary log "
                    + (r.getInt(2) == 1 ? "on" : "off") + ", MariaDB " + r.getString(3));
        }
        System.out.println("ready " + db.jdbcUrl(name));
        Thread.currentThread().join();
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
