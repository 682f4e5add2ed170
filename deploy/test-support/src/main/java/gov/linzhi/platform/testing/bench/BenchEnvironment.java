package gov.linzhi.platform.testing.bench;

import gov.linzhi.platform.mariadb.EmbeddedMariaDb;
import gov.linzhi.platform.testing.TestTokens;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What a service's {@code bench/run.sh} needs beside the packaged service (not a test):
 * <ul>
 *   <li>{@code db NAME}: an embedded MariaDB on a free port with the empty database NAME, until killed; prints
 *   {@code ready JDBC-URL} once it answers;</li>
 *   <li>{@code key DIR}: writes {@code DIR/jwt-public.pem}, the key the test tokens are signed with, which the service
 *   is started with;</li>
 *   <li>{@code token FILE ROLE…}: writes a test token carrying the roles to FILE.</li>
 * </ul>
 */
public final class BenchEnvironment {

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
    public static void database(String name) throws InterruptedException {
        EmbeddedMariaDb db = EmbeddedMariaDb.ephemeral().start();
        db.createDatabase(name);
        Runtime.getRuntime().addShutdownHook(new Thread(db::stop));
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
