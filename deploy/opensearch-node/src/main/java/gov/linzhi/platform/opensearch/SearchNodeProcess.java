package gov.linzhi.platform.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Starts a {@link SearchNode} as a process of its own, for tests and benchmarks: the node brings Netty, Jackson and
 * Log4j versions of its own, which must not meet a Quarkus application's in one JVM. This class uses the JDK alone, so
 * a test depends on this module with every transitive dependency excluded and still starts a real node.
 *
 * <pre>try (SearchNodeProcess node = SearchNodeProcess.start(folder)) { … node.url() … }</pre>
 */
public final class SearchNodeProcess implements AutoCloseable {

    /** By name: loading {@link SearchNode} here would need OpenSearch on this JVM's class path. */
    private static final String NODE_MAIN_CLASS = "gov.linzhi.platform.opensearch.SearchNode";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static SearchNodeProcess shared;

    private final Process process;
    private final URI url;
    private final Path home;

    private SearchNodeProcess(Process process, URI url, Path home) {
        this.process = process;
        this.url = url;
        this.home = home;
    }

    /**
     * One node for the whole JVM, started on first use and stopped when the JVM exits: every test class of a module
     * shares it, each with indices of its own names.
     */
    public static synchronized SearchNodeProcess shared() {
        if (shared == null || !shared.process.isAlive()) {
            try {
                Path home = Files.createTempDirectory("opensearch-node-");
                shared = start(home);
                SearchNodeProcess node = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(node::close, "opensearch-node-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** Starts a node keeping its data and log in {@code home} and waits until its cluster is green. */
    public static SearchNodeProcess start(Path home) {
        try {
            Files.createDirectories(home);
            int port = freePort();
            Path log = home.resolve("node.log");
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms256m", "-Xmx512m",
                    "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                    "-cp", classPath(), NODE_MAIN_CLASS,
                    "--home", home.toString(), "--http-port", String.valueOf(port),
                    "--parent-pid", String.valueOf(ProcessHandle.current().pid())));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            SearchNodeProcess node = new SearchNodeProcess(process, URI.create("http://127.0.0.1:" + port), home);
            node.awaitGreen(log);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node's HTTP address. */
    public URI url() {
        return url;
    }

    /** The folder of its data and its log ({@code node.log}). */
    public Path home() {
        return home;
    }

    private void awaitGreen(Path log) throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the OpenSearch node exited with " + process.exitValue() + ":\n" + tail(log));
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=green&timeout=1s"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"green\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the OpenSearch node started", e);
            }
            sleep(250);
        }
        close();
        throw new IllegalStateException("the OpenSearch node was not green after " + START_TIMEOUT.toSeconds() + " s:\n" + tail(log));
    }

    /** Stops the node (SIGTERM: it closes its indices), then kills it if it has not exited in 30 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The node's class path: this module's classes and the libraries its build copies beside them
     * ({@code target/node-lib}, at process-classes, so {@code ./mvnw test} has them as well as {@code verify}). Found
     * from where this class was loaded; when it comes from the local repository instead of the build, from the
     * project's folder above the working directory.
     */
    static String classPath() {
        Path self;
        try {
            self = Path.of(SearchNodeProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path target = self.getParent();
        if (!Files.isDirectory(target.resolve("node-lib"))) {
            target = findBuild();
            self = target.resolve("classes");
        }
        try (Stream<Path> jars = Files.list(target.resolve("node-lib"))) {
            List<String> entries = new ArrayList<>();
            entries.add(self.toString());
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> entries.add(p.toString()));
            return String.join(java.io.File.pathSeparator, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path findBuild() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path target = dir.resolve("deploy/opensearch-node/target");
            if (Files.isDirectory(target.resolve("node-lib")) && Files.isDirectory(target.resolve("classes"))) {
                return target;
            }
        }
        throw new IllegalStateException("the OpenSearch node is not built: run ./mvnw -q install -pl deploy/opensearch-node from the project folder");
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
