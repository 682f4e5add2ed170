package gov.linzhi.launcher;

import gov.linzhi.platform.mariadb.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The READMEs' curl examples, run as a newcomer runs them after {@code ./run.sh}: each {@code bash} block that calls the
 * services, verbatim but for the ports (the test's own), from a directory laid out like the repository's root (its
 * {@code data/} the test system's). Every request must answer 2xx, or the status its line names ({@code # → 403});
 * a block whose shell fails (a file it names is missing, a command is wrong) fails too.
 */
class ReadmeExamplesTest {

    /** In the order a reader would follow them: the gazette first, the plans built from it, then subsidies. */
    private static final List<String> READMES = List.of("gazette-service/README.md", "tasks-service/README.md",
            "subsidy-service/README.md", "README.md");
    private static final Pattern BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern EXPECTED = Pattern.compile("#\\s*→\\s*(\\d{3})");
    private static final Pattern ANSWERED = Pattern.compile("^HTTP (\\d{3}) (\\S+) (\\S+)$", Pattern.MULTILINE);

    private final Path home = Path.of("../..").toAbsolutePath().normalize();
    private final Path work = Path.of("target/readme-examples").toAbsolutePath();

    @Test
    void everyCurlExampleInTheReadmesAnswersAsItsReadmeSays() throws Exception {
        TestDirectories.deleteRecursively(work);
        Files.createDirectories(work);
        Map<String, String> env = Map.of(
                "LINZHI_DATA_DIR", work.resolve("data").toString(),
                "LINZHI_DB_PORT", String.valueOf(EmbeddedMariaDb.freePort()),
                "GAZETTE_PORT", String.valueOf(EmbeddedMariaDb.freePort()),
                "TASKS_PORT", String.valueOf(EmbeddedMariaDb.freePort()),
                "SUBSIDY_PORT", String.valueOf(EmbeddedMariaDb.freePort()));
        LauncherConfig config = LauncherConfig.fromEnvironment(home, env);
        for (String module : List.of("gazette-service", "tasks-service", "subsidy-service")) {
            Files.createSymbolicLink(work.resolve(module), home.resolve(module));
        }
        Map<String, String> ports = new LinkedHashMap<>();
        ports.put("127.0.0.1:8081", "127.0.0.1:" + config.service("gazette-service").port());
        ports.put("127.0.0.1:8082", "127.0.0.1:" + config.service("tasks-service").port());
        ports.put("127.0.0.1:8083", "127.0.0.1:" + config.service("subsidy-service").port());

        Launcher system = new Launcher(config, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        List<String> failures = new ArrayList<>();
        int requests = 0;
        try {
            system.start();
            for (String readme : READMES) {
                Matcher block = BLOCK.matcher(Files.readString(home.resolve(readme)));
                int n = 0;
                while (block.find()) {
                    String script = block.group(1);
                    if (!script.contains("curl ")) {
                        continue;
                    }
                    n++;
                    for (Map.Entry<String, String> port : ports.entrySet()) {
                        script = script.replace(port.getKey(), port.getValue());
                    }
                    requests += run(readme + " block " + n, script, failures);
                }
            }
        } finally {
            system.stop();
        }
        assertTrue(failures.isEmpty(), "README examples that do not answer as their README says:\n" + String.join("\n", failures));
        assertTrue(requests >= 40, "only " + requests + " example requests found");
    }

    /** Runs one block; returns how many requests it sent. */
    private int run(String name, String script, List<String> failures) throws Exception {
        List<Integer> expected = new ArrayList<>();
        for (String command : commands(script)) {
            Matcher status = EXPECTED.matcher(command);
            expected.add(status.find() ? Integer.parseInt(status.group(1)) : null);
        }
        // every request reports its status on stderr; the body goes where the example sends it
        String wrapped = "set -eo pipefail\n"
                + "curl() { command curl --no-progress-meter -w '%{stderr}HTTP %{http_code} %{method} %{url_effective}\\n' \"$@\"; }\n"
                + script;
        Process bash = new ProcessBuilder("bash", "-c", wrapped).directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(bash.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(120, TimeUnit.SECONDS), name + " did not finish");
        Matcher answered = ANSWERED.matcher(stderr);
        int i = 0;
        while (answered.find()) {
            int status = Integer.parseInt(answered.group(1));
            Integer wanted = i < expected.size() ? expected.get(i) : null;
            boolean ok = wanted == null ? status >= 200 && status < 300 : status == wanted;
            if (!ok) {
                failures.add(name + ": " + answered.group(2) + " " + answered.group(3) + " answered " + status
                        + (wanted == null ? "" : ", the README says " + wanted));
            }
            i++;
        }
        if (bash.exitValue() != 0) {
            failures.add(name + ": the shell failed (exit " + bash.exitValue() + "): " + stderr.lines()
                    .filter(l -> !l.startsWith("HTTP ")).limit(3).toList());
        }
        assertEquals(expected.size(), i, name + ": every curl command sends one request; stderr: " + stderr);
        return i;
    }

    private static final Pattern CURL = Pattern.compile("(^|\\$\\(|\\|\\s)curl ");

    /**
     * The curl commands of a block in order, each with its continuation lines (a line ending in a backslash, or a
     * single-quoted body still open): one request each, its expected status on its last line.
     */
    static List<String> commands(String script) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = null;
        for (String line : script.split("\n")) {
            if (current == null && !line.strip().startsWith("#") && CURL.matcher(line.strip()).find()) {
                current = new StringBuilder();
            }
            if (current != null) {
                current.append(line).append('\n');
                if (!line.strip().endsWith("\\") && current.chars().filter(c -> c == '\'').count() % 2 == 0) {
                    commands.add(current.toString());
                    current = null;
                }
            }
        }
        return commands;
    }
}
