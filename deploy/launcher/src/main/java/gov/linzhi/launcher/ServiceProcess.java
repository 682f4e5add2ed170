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
        command.addAll(archive == null ? jvmOptions(spec, jar) : jvmOptions(spec, archive));
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
     * How every service's JVM runs on one machine, each step measured with deploy/bench/startup.sh and
     * deploy/bench/startup-steps.sh (2 cores):
     * <ul>
     *   <li>C1 only ({@code TieredStopAtLevel=1}): C2 compiling during the start and the first minutes took the CPU a
     *       start needs (subsidy-service alone 3.7 s → 2.6–3.0 s, and more requests/s in its first 10 s); a local system
     *       never runs long enough at full load for C2 to pay back.</li>
     *   <li>the serial collector with a heap that starts at the service's own working set
     *       ({@link LauncherConfig.ServiceSpec#initialHeapMiB()}), grows to at most 128 MiB and gives memory back after a
     *       collection leaves more than 20 % free. A heap started at 16 MiB grew in 5 % steps, each after a full
     *       collection: 16 of them in a subsidy-service start, 0.8 s of pauses in a 2.7 s start (2.0–2.1 s started at
     *       40 MiB); with no {@code -Xms} the JVM committed the whole maximum at once (a quarter of the machine's memory
     *       would be its default).</li>
     *   <li>a young generation of at most 4 MiB and one compiler thread: every page of the young generation is touched
     *       as it cycles, and a second C1 thread held memory too (the young generation the collector sizes by itself, a
     *       third of the heap, and two threads: 214 MiB; 8 MiB and one thread: 206 MiB; 4 MiB: 3–5 MiB less again).</li>
     *   <li>Netty's object recycler off ({@code io.netty.recycler.maxCapacityPerThread=0}): its queues, one per thread and
     *       recycled type, were 3 MiB of subsidy-service's live heap after a warm-up, to save allocations the young
     *       generation collects cheaply.</li>
     *   <li>glibc's free memory handed back to the system every 2 s ({@code TrimNativeHeapInterval}, where the JVM has
     *       it): the compiler's and class loading's arenas leave freed chunks behind.</li>
     *   <li>an application class-data archive: under the launcher the one this build's first run recorded (every class a
     *       start and its first requests load, see {@link ClassDataArchive}), otherwise the build's own beside the jar,
     *       when it is there.</li>
     * </ul>
     */
    static List<String> jvmOptions(LauncherConfig.ServiceSpec spec, Path jar) {
        List<String> options = baseJvmOptions(spec);
        Path archive = jar.resolveSibling("app-cds.jsa");
        if (Files.isRegularFile(archive)) {
            options.add("-XX:SharedArchiveFile=" + archive);
        }
        return options;
    }

    /** The same, with the archive this build's own runs recorded, or recording one during this run (see ClassDataArchive). */
    static List<String> jvmOptions(LauncherConfig.ServiceSpec spec, ClassDataArchive archive) {
        List<String> options = baseJvmOptions(spec);
        options.addAll(archive.jvmOptions());
        return options;
    }

    private static List<String> baseJvmOptions(LauncherConfig.ServiceSpec spec) {
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-Xms" + spec.initialHeapMiB() + "m",
                "-Xmx128m", "-Xss512k", "-XX:+UseSerialGC", "-XX:MaxHeapFreeRatio=20", "-XX:MinHeapFreeRatio=5",
                "-XX:MaxNewSize=4m", "-XX:CICompilerCount=1", "-XX:ReservedCodeCacheSize=32m",
                "-Dio.netty.recycler.maxCapacityPerThread=0", "-Dfile.encoding=UTF-8"));
        if (trimsNativeHeap(Runtime.version())) {
            options.add("-XX:TrimNativeHeapInterval=2000");
        }
        return options;
    }

    /** The JVMs whose {@code TrimNativeHeapInterval} is a product option: 17.0.9 and later updates of 17, 21.0.1 on, 22 on. */
    static boolean trimsNativeHeap(Runtime.Version version) {
        return version.feature() >= 22 || (version.feature() == 21 && version.update() >= 1)
                || (version.feature() == 17 && version.update() >= 9);
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
