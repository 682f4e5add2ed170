package gov.linzhi.subsidy.bench;

import gov.linzhi.platform.testing.TestTokens;
import gov.linzhi.platform.testing.bench.BenchEnvironment;
import gov.linzhi.subsidy.identity.ResidentIds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The set-up of {@code bench/run.sh} (not a test; the database comes from test-support's {@code BenchEnvironment}):
 * {@code setup DIR PERSONS} writes the test JWT public key, an hr-bureau token and a wrk Lua script claiming for
 * PERSONS valid resident IDs.
 */
public final class BenchSupport {

    private BenchSupport() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> setup(Path.of(args[1]), Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("setup DIR PERSONS");
        }
    }

    private static void setup(Path dir, int persons) throws IOException {
        BenchEnvironment.publicKey(dir);
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
                local occupations = {"电工", "焊工", "厨师", "茶艺师", "木工", "汽修工"}
                %s
                request = function()
                  n = n + 1
                  local key = string.format("bench-%%d-%%d-%%d-%%d", instance, os.time(), tid, n)
                  local id = ids[math.random(1, #ids)]
                  local body = string.format('{"personId":"%%s","programme":"ENTERPRISE_TRAINING","level":"LEVEL_4","occupation":"%%s","trainingCompletedOn":"2020-06-30","appliedOn":"2020-07-01"}',
                    id, occupations[math.random(1, #occupations)])
                  return wrk.format("POST", "/api/v1/claims", {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token, ["Idempotency-Key"] = key}, body)
                end
                """.formatted(persons, ids, TestTokens.withRoles("hr-bureau"), BenchEnvironment.WRK_THREAD_IDS);
        return lua;
    }
}
