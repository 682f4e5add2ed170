package gov.linzhi.launcher;

import gov.linzhi.platform.mariadb.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code ./run.sh} promises, on the jars this build just packaged: everything comes up healthy,
 * a local token works, stop leaves no process behind, and a second run finds the first run's data and maps the
 * class-data archives the first run recorded.
 */
class LocalSystemTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Path home = Path.of("../..").toAbsolutePath().normalize();
    private final Path data = Path.of("target/local-system-data").toAbsolutePath();

    @Test
    void runsStopsAndRunsAgainKeepingTheData() throws Exception {
        TestDirectories.deleteRecursively(data);
        Map<String, String> env = Map.of(
                "LINZHI_DATA_DIR", data.toString(),
                "LINZHI_DB_PORT", String.valueOf(EmbeddedMariaDb.freePort()),
                "GAZETTE_PORT", String.valueOf(EmbeddedMariaDb.freePort()),
                "TASKS_PORT", String.valueOf(EmbeddedMariaDb.freePort()),
                "SUBSIDY_PORT", String.valueOf(EmbeddedMariaDb.freePort()));
        LauncherConfig config = LauncherConfig.fromEnvironment(home, env);

        Launcher first = new Launcher(config, quiet());
        List<Process> processes;
        try {
            first.start();
            for (LauncherConfig.ServiceSpec spec : config.services()) {
                assertEquals(200, get(spec.baseUrl() + "/q/health/ready", null).statusCode(), spec.name());
                assertEquals(200, get(spec.baseUrl() + "/q/swagger-ui/", null).statusCode(), spec.name());
            }
            String token = Files.readString(data.resolve("tokens/supervisor.jwt")).trim();
            HttpResponse<String> withToken = get(config.service("tasks-service").baseUrl() + "/q/health/live", token);
            assertEquals(200, withToken.statusCode());
            rememberSomething(config);
            processes = first.runningProcesses();
            assertEquals(3, processes.size());

            Launcher clash = new Launcher(config, quiet());
            IllegalStateException refused = assertThrows(IllegalStateException.class, clash::start);
            assertTrue(refused.getMessage().contains("already in use"), refused.getMessage());
        } finally {
            first.stop();
        }
        for (Process p : processes) {
            assertFalse(p.isAlive(), "a service process outlived stop()");
        }
        assertTrue(Ports.isFree(config.embeddedDbPort()), "MariaDB still holds its port");
        for (LauncherConfig.ServiceSpec spec : config.services()) {
            ClassDataArchive archive = ClassDataArchive.of(config.classDataDir(), spec.name(), spec.jar(home));
            assertTrue(archive.isRecorded(), spec.name() + ": the first run of this build records its class-data archive");
            String log = Files.readString(config.logsDir().resolve(spec.name() + ".log"));
            assertFalse(log.contains("[warning][cds]"), spec.name() + ": recording fills the log with CDS warnings");
        }

        Launcher second = new Launcher(config, quiet());
        try {
            second.start();
            assertEquals("kept", recall(config));
            for (Process p : second.runningProcesses()) {
                List<String> arguments = List.of(p.info().arguments().orElseThrow());
                assertTrue(arguments.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile=" + config.classDataDir())),
                        "a later run maps the recorded archive: " + arguments);
            }
        } finally {
            second.stop();
        }
    }

    private void rememberSomething(LauncherConfig config) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + config.embeddedDbPort() + "/tasks", "root", "");
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO audit_log (actor, action, subject) VALUES ('test', 'kept', 'launcher')");
        }
    }

    private String recall(LauncherConfig config) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + config.embeddedDbPort() + "/tasks", "root", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT action FROM audit_log WHERE subject = 'launcher'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
