package gov.linzhi.subsidy.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuiltInRuleSetTest {

    @Test
    void builtInRuleSetPassesItsChecks() throws Exception {
        RuleSet set = RuleSetLoader.fromResource("rules/2019-2021/rule-set.yaml");
        assertEquals("2019-2021.2", set.version());
        assertEquals(new BigDecimal("7000"), set.parameter("APPRENTICESHIP.LEVEL_3").valueOn(LocalDate.of(2020, 1, 1)).orElseThrow());
        assertTrue(set.parameter("KEY_GROUP_TRAINING.AMOUNT").valueOn(LocalDate.of(2020, 1, 1)).isEmpty());
        assertEquals("3.1.1", set.parameter("SKILL_CERTIFICATE.LEVEL_4").citation().provisionPath());
    }
}
