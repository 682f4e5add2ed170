package gov.linzhi.subsidy.rulesets;

import gov.linzhi.subsidy.rules.RuleSet;
import gov.linzhi.subsidy.rules.RuleSetLoader;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A built-in rule-set file changed without a new version stops the start, naming the version. */
class BuiltInVersionTest {

    private static RuleSetVersionRecord stored(String sha) {
        RuleSetVersionRecord r = new RuleSetVersionRecord();
        r.version = "2019-2021.2";
        r.sha256 = sha;
        return r;
    }

    @Test
    void theSameContentStartsAndOtherContentUnderTheSameVersionStops() throws Exception {
        RuleSet set = RuleSetLoader.fromResource("rules/2019-2021/rule-set.yaml");
        String json = RuleSetLoader.toJson(set.document());
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertDoesNotThrow(() -> RuleSetRegistry.requireUnchanged("rules/2019-2021/rule-set.yaml", stored(sha), sha));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RuleSetRegistry.requireUnchanged("rules/2019-2021/rule-set.yaml", stored("0".repeat(64)), sha));
        assertTrue(e.getMessage().contains("keeps version 2019-2021.2") && e.getMessage().contains("give the changed rule set a new version"),
                e.getMessage());
    }

    @Test
    void theBuiltInFilesCasesAreStoredWithTheVersion() throws Exception {
        RuleSet set = RuleSetLoader.fromResource("rules/2019-2021/rule-set.yaml");
        assertTrue(set.document().casesOrEmpty().size() >= 120, "the cases travel with the version they check");
    }
}
