package gov.linzhi.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service running as a child JVM, its output appended to {@code data/logs/<name>.log}. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final LauncherConfig.ServiceSpec spec;
    private final Path log;
    private final ClassDataArchive archive;
    private Process process;

    /** A service started with the class-data archive its build wrote beside the jar, if any (tests, scale-out). */
    ServiceProcess(LauncherConfig.ServiceSpec spec, Path logsDir) {
        this(spec, logsDir, null);
    }

    /** A service started with the archive its own runs record under {@code archive} (the launcher). */
    ServiceProcess(LauncherConfig.ServiceSpec spec, Path logsDir, ClassDataArchive archive) {
        this.spec = spec;
        this.log = logsDir.resolve(spec.name() + ".log");
        this.archive = archive;
    }

    String name() {
        return spec.name();
    }

    String baseUrl() {
        return spec.baseUrl();
    }

    Path log() {
        return log;
    }

    void start(Path home, Map<String, String> environment) {
        Path jar = spec.jar(home);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(spec.name() + " is not built (" + jar + " is missing): run ./run.sh, which builds it");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(archive == null ? jvmOptions(jar) : jvmOptions(archive));
        command.addAll(List.of("-jar", jar.toString()));
        // the class-data archive only maps when the JVM runs where the build dumped it, beside the jar
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(nativeEnvironment());
        builder.environment().putAll(environment);
        builder.environment().put("HTTP_PORT", String.valueOf(spec.port()));
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + spec.name(), e);
        }
    }

    /**
     * How every service's JVM runs on one machine, each step measured with deploy/bench/startup.sh (2 cores):
     * <ul>
     *   <li>C1 only ({@code TieredStopAtLevel=1}): C2 compiling during the start and the first minutes took the CPU a
     *       start needs (subsidy-service alone 3.7 s → 2.6–3.0 s, and more requests/s in its first 10 s); a local system
     *       never runs long enough at full load for C2 to pay back.</li>
     *   <li>a heap that starts at 16 MiB and grows to at most 128 MiB, the serial collector, which gives memory back
     *       after a collection leaves more than 20 % free: the services' live heap after a warm-up is 20–30 MiB, and with
     *       no {@code -Xms} the JVM committed the whole maximum at once (a quarter of the machine's memory would be its
     *       default).</li>
     *   <li>a young generation of at most 8 MiB and one compiler thread: the live heap after a warm-up is 25–30 MiB, and
     *       the young generation the serial collector sizes by itself (a third of the heap) and a second C1 thread held
     *       7–8 MiB more per service (subsidy-service 214 → 206 MiB after the warm-up, the start unchanged).</li>
     *   <li>an application class-data archive: under the launcher the one this build's first run recorded (every class a
     *       start and its first requests load, see {@link ClassDataArchive}), otherwise the build's own beside the jar,
     *       when it is there.</li>
     * </ul>
     */
    static List<String> jvmOptions(Path jar) {
        List<String> options = baseJvmOptions();
        Path archive = jar.resolveSibling("app-cds.jsa");
        if (Files.isRegularFile(archive)) {
            options.add("-XX:SharedArchiveFile=" + archive);
        }
        return options;
    }

    /** The same, with the archive this build's own runs recorded, or recording one during this run (see ClassDataArchive). */
    static List<String> jvmOptions(ClassDataArchive archive) {
        List<String> options = baseJvmOptions();
        options.addAll(archive.jvmOptions());
        return options;
    }

    private static List<String> baseJvmOptions() {
        return new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-Xms16m", "-Xmx128m", "-Xss512k",
                "-XX:+UseSerialGC", "-XX:MaxHeapFreeRatio=20", "-XX:MinHeapFreeRatio=5", "-XX:MaxNewSize=8m",
                "-XX:CICompilerCount=1", "-XX:ReservedCodeCacheSize=32m",
                "-Dfile.encoding=UTF-8"));
    }

    /** glibc keeps one malloc arena per core and thread burst; two are enough for a service and cost less memory. */
    static Map<String, String> nativeEnvironment() {
        return Map.of("MALLOC_ARENA_MAX", "2");
    }

    /** Waits until {@code /q/health/ready} answers UP; fails early when the process dies. */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(spec.baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!isAlive()) {
                throw new IllegalStateException(spec.name() + " exited with code " + process.exitValue()
                        + " during start; see " + log);
            }
            try {
                HttpResponse<String> response = HTTP.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + spec.name());
            }
            sleep(100);
        }
        throw new IllegalStateException(spec.name() + " was not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    Process process() {
        return process;
    }

    /** SIGTERM (Quarkus shuts down gracefully), then SIGKILL if it has not ended in time. */
    void stop(Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        if (archive != null && !process.isAlive()) {
            archive.keepRecording(process.exitValue());
        }
    }

    /** Whether this run records the class-data archive that later runs of the same build map. */
    boolean recordsClassData() {
        return archive != null && !archive.isRecorded();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
