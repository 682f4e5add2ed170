package gov.linzhi.subsidy.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which version decides a date, and parameter changes for simulations. */
class RuleSetsTest {

    static RuleSet version(String name, String effectiveFrom) throws RuleSetRejectedException {
        return RuleSetLoader.fromYaml(RuleSetRefusalTest.builtIn()
                .replace("version: \"2019-2021.2\"", "version: \"" + name + "\"")
                .replace("effectiveFrom: 2019-01-01       #", "effectiveFrom: " + effectiveFrom + "       #"));
    }

    @Test
    void theNewestVersionInEffectOnTheCompletionDateDecides() throws Exception {
        RuleSets sets = new RuleSets(List.of(version("a", "2019-01-01"), version("b", "2020-07-01")));
        assertEquals("a", sets.inForce(LocalDate.of(2020, 6, 30)).orElseThrow().version());
        assertEquals("b", sets.inForce(LocalDate.of(2020, 7, 1)).orElseThrow().version());
        assertEquals("b", sets.inForce(LocalDate.of(2021, 12, 31)).orElseThrow().version());
        assertTrue(sets.inForce(LocalDate.of(2022, 1, 1)).isEmpty());
        assertTrue(sets.inForce(LocalDate.of(2018, 12, 31)).isEmpty());
        assertEquals("b", sets.latest().orElseThrow().version());
    }

    @Test
    void aChangeFromADateKeepsTheEarlierValueBeforeIt() throws Exception {
        RuleSet changed = version("a", "2019-01-01").withChanges(List.of(
                new RuleSet.ParameterChange("APPRENTICESHIP.LEVEL_3", new BigDecimal("8000"), LocalDate.of(2020, 7, 1))));
        RuleSet.Parameter p = changed.parameter("APPRENTICESHIP.LEVEL_3");
        assertEquals(0, new BigDecimal("7000").compareTo(p.valueOn(LocalDate.of(2020, 6, 30)).orElseThrow()));
        assertEquals(0, new BigDecimal("8000").compareTo(p.valueOn(LocalDate.of(2020, 7, 1)).orElseThrow()));
        assertTrue(ConsistencyCheck.check(changed.document()).problems().isEmpty(), "a changed set stays consistent");
    }

    @Test
    void aChangeWithoutADateAppliesToTheWholePeriodAndNullUnconfigures() throws Exception {
        RuleSet changed = version("a", "2019-01-01").withChanges(List.of(
                new RuleSet.ParameterChange("MANDATED_CONTENT.SUPPLEMENT", null, null)));
        assertTrue(changed.parameter("MANDATED_CONTENT.SUPPLEMENT").valueOn(LocalDate.of(2019, 1, 1)).isEmpty());
        assertTrue(changed.parameter("MANDATED_CONTENT.SUPPLEMENT").valueOn(LocalDate.of(2021, 12, 31)).isEmpty());
    }

    @Test
    void theCanonicalJsonLoadsBackToTheSameSet() throws Exception {
        RuleSet set = version("a", "2019-01-01");
        RuleSet again = RuleSetLoader.fromYaml(RuleSetLoader.toJson(set.document()));
        assertEquals(set.document(), again.document());
    }
}
