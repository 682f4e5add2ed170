package gov.linzhi.subsidy.bench;

import gov.linzhi.platform.mariadb.EmbeddedMariaDb;
import gov.linzhi.platform.testing.TestTokens;
import gov.linzhi.subsidy.identity.ResidentIds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Helpers for {@code bench/run.sh} (not a test): {@code db} runs an embedded MariaDB on a free port with
 * the database {@code subsidy_bench} until killed, printing {@code ready JDBC-URL}; {@code setup DIR PERSONS} writes the test JWT public
 * key, an hr-bureau token and a wrk Lua script claiming for PERSONS valid resident IDs.
 */
public final class BenchSupport {

    private BenchSupport() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "db" -> database();
            case "setup" -> setup(Path.of(args[1]), Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("db | setup DIR PERSONS");
        }
    }

    private static void database() throws InterruptedException, SQLException {
        EmbeddedMariaDb db = EmbeddedMariaDb.ephemeral().start();
        db.createDatabase("subsidy_bench");
        Runtime.getRuntime().addShutdownHook(new Thread(db::stop));
        // the figures are only worth reading with every commit durable on disk
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("subsidy_bench"), "root", "");
             ResultSet r = c.createStatement().executeQuery("SELECT @@innodb_flush_log_at_trx_commit, @@log_bin, @@version")) {
            r.next();
            System.out.println("durability: innodb_flush_log_at_trx_commit=" + r.getInt(1) + ", binary log " + (r.getInt(2) == 1 ? "on" : "off")
                    + ", MariaDB " + r.getString(3));
        }
        System.out.println("ready " + db.jdbcUrl("subsidy_bench"));
        Thread.currentThread().join();
    }

    private static void setup(Path dir, int persons) throws IOException {
        Files.createDirectories(dir);
        try (InputStream in = BenchSupport.class.getClassLoader().getResourceAsStream("test-jwt/public-key.pem")) {
            Files.write(dir.resolve("jwt-public.pem"), in.readAllBytes());
        }
        Files.writeString(dir.resolve("token.txt"), TestTokens.withRoles("hr-bureau"));
        // the measured persons, and as many others for the warm-up, so that the measured run starts from no history
        Files.writeString(dir.resolve("claims.lua"), claimsScript(persons, 0), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("claims-warm-up.lua"), claimsScript(persons, persons), StandardCharsets.UTF_8);
    }

    private static String claimsScript(int persons, int firstPerson) {
        StringBuilder ids = new StringBuilder();
        LocalDate birth = LocalDate.of(1970, 1, 1);
        for (int i = firstPerson; i < firstPerson + persons; i++) {
            String first17 = "540402" + birth.plusDays(i).toString().replace("-", "") + String.format("%03d", i % 1000);
            ids.append(i == firstPerson ? "" : ",").append('"').append(first17).append(ResidentIds.checkCharacter(first17)).append('"');
        }
        String lua = """
                -- wrk script: every request a new claim (fresh Idempotency-Key) for one of %d persons, so the
                -- per-person limit check and its row lock are exercised under contention.
                -- Each wrk thread has its own Lua state: number the threads so their keys and random
                -- sequences differ (an unseeded math.random would repeat the same requests in every thread).
                local ids = {%s}
                local token = "%s"
                local n = 0
                local counter = 0
                local occupations = {"电工", "焊工", "厨师", "茶艺师", "木工", "汽修工"}
                setup = function(thread)
                  counter = counter + 1
                  thread:set("tid", counter)
                end
                init = function(args)
                  math.randomseed(os.time() * 100 + tid)
                end
                request = function()
                  n = n + 1
                  local key = string.format("bench-%%d-%%d-%%d", os.time(), tid, n)
                  local id = ids[math.random(1, #ids)]
                  local body = string.format('{"personId":"%%s","programme":"ENTERPRISE_TRAINING","level":"LEVEL_4","occupation":"%%s","trainingCompletedOn":"2020-06-30","appliedOn":"2020-07-01"}',
                    id, occupations[math.random(1, #occupations)])
                  return wrk.format("POST", "/api/v1/claims", {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token, ["Idempotency-Key"] = key}, body)
                end
                """.formatted(persons, ids, TestTokens.withRoles("hr-bureau"));
        return lua;
    }
}
