package gov.linzhi.tasks.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.platform.testing.TestTokens;
import gov.linzhi.platform.testing.bench.BenchEnvironment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The set-up of {@code bench/run.sh} (not a test; the database and the key come from the kit's
 * {@code BenchEnvironment}): {@code setup DIR BASE-URL} reads the shipped plan's tasks from the running service and
 * writes {@code reports.lua}: every request files a report on one of them, signed as its lead department.
 */
public final class BenchSupport {

    private BenchSupport() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> setup(Path.of(args[1]), args[2]);
            default -> throw new IllegalArgumentException("setup DIR BASE-URL");
        }
    }

    private static void setup(Path dir, String base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String supervisor = TestTokens.withRoles("supervisor");
        JsonNode plans = get(http, base + "/api/v1/plans", supervisor);
        long planId = plans.path("items").isArray() ? plans.path("items").get(0).path("id").asLong() : plans.get(0).path("id").asLong();
        JsonNode tasks = get(http, base + "/api/v1/plans/" + planId + "/tasks", supervisor);
        StringBuilder entries = new StringBuilder();
        int n = 0;
        for (JsonNode task : tasks.path("items").isArray() ? tasks.path("items") : tasks) {
            String lead = task.path("lead").path("name").asText("");
            if (lead.isEmpty()) {
                continue;
            }
            entries.append(n++ == 0 ? "" : ",\n").append("  {id = ").append(task.path("id").asLong())
                    .append(", token = \"").append(TestTokens.department(lead)).append("\"}");
        }
        if (n == 0) {
            throw new IllegalStateException("the shipped plan has no task with a lead department");
        }
        String lua = """
                -- wrk script: every request files an official H1 2020 report (a new version, with a fresh Idempotency-Key) on
                -- one of the shipped plan's %d tasks, signed as the task's lead department.
                local tasks = {
                %s
                }
                %s
                request = function()
                  n = n + 1
                  local t = tasks[math.random(1, #tasks)]
                  local body = string.format('{"period":"H1","year":2020,"percentComplete":%%d,"narrative":"上半年完成培训%%d人次。"}',
                    math.random(0, 100), math.random(1, 5000))
                  return wrk.format("POST", "/api/v1/tasks/" .. t.id .. "/reports", {["Content-Type"] = "application/json",
                    ["Authorization"] = "Bearer " .. t.token, ["Idempotency-Key"] = string.format("bench-%%d-%%d-%%d", os.time(), tid, n)}, body)
                end
                """.formatted(n, entries, BenchEnvironment.WRK_THREAD_IDS);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("reports.lua"), lua, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("supervisor.jwt"), supervisor, StandardCharsets.UTF_8);
        System.out.println(n + " tasks of plan " + planId);
    }

    private static JsonNode get(HttpClient http, String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return new ObjectMapper().readTree(r.body());
    }
}
