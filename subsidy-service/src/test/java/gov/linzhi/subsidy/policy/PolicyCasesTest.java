package gov.linzhi.subsidy.policy;

import gov.linzhi.subsidy.rules.Decision;
import gov.linzhi.subsidy.rules.ReasonCode;
import gov.linzhi.subsidy.rules.RuleSet;
import gov.linzhi.subsidy.rules.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs every policy case file against the engine, and checks the files cover every rule. */
class PolicyCasesTest {

    static List<PolicyCase> cases() {
        return PolicyCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesAsThePolicyCaseSays(PolicyCase c) throws Exception {
        assertDecision(c, c.decide());
    }

    @SuppressWarnings("unchecked")
    static void assertDecision(PolicyCase c, Decision d) {
        Map<String, Object> e = c.expect();
        String at = c.toString();
        assertEquals(e.get("eligible"), d.eligible(), at + " eligible; reasons " + d.reasons());
        assertMoney(e.get("amount"), d.amount(), at + " amount");
        assertMoney(e.get("advanceAmount"), d.advanceAmount(), at + " advanceAmount");
        assertMoney(e.get("transportAllowance"), d.transportAllowance(), at + " transportAllowance");
        assertEquals(e.get("ruleSetVersion"), d.ruleSetVersion(), at + " ruleSetVersion");
        List<Map<String, Object>> lines = (List<Map<String, Object>>) e.get("lines");
        assertEquals(lines.stream().map(l -> l.get("ruleId")).toList(), d.lines().stream().map(Decision.Line::ruleId).toList(), at + " lines");
        for (int i = 0; i < lines.size(); i++) {
            assertMoney(lines.get(i).get("amount"), d.lines().get(i).amount(), at + " line " + i);
        }
        assertEquals(0, d.lines().stream().map(Decision.Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add).compareTo(d.amount()),
                at + " lines add up to amount");
        assertEquals(e.get("reasons"), d.reasons().stream().map(r -> r.code().name()).toList(), at + " reasons");
        Map<String, Object> provisions = (Map<String, Object>) e.getOrDefault("reasonProvisions", Map.of());
        provisions.forEach((code, path) -> {
            Decision.Reason reason = d.reasons().stream().filter(r -> r.code().name().equals(code)).findFirst().orElseThrow();
            assertEquals(path, reason.citation().provisionPath(), at + " citation of " + code);
            assertTrue(reason.citation().text() != null && !reason.citation().text().isBlank(), at + " citation text");
        });
    }

    static void assertMoney(Object expected, BigDecimal actual, String what) {
        assertEquals(0, PolicyCase.money(expected).compareTo(actual), what + ": expected " + expected + " but was " + actual);
        assertEquals(2, actual.scale(), what + " has 2 decimals");
    }

    @Test
    void atLeastSixtyCasesCoverEveryRuleRowAndReasonCode() throws Exception {
        List<PolicyCase> all = cases();
        assertTrue(all.size() >= 60, "only " + all.size() + " policy cases");
        Set<String> fired = new HashSet<>();
        Set<ReasonCode> codes = EnumSet.noneOf(ReasonCode.class);
        boolean advance = false;
        for (PolicyCase c : all) {
            Decision d = c.decide();
            d.lines().forEach(l -> fired.add(l.ruleId()));
            d.reasons().forEach(r -> {
                codes.add(r.code());
                if (r.ruleId() != null) {
                    fired.add(r.ruleId());
                }
            });
            advance |= d.advanceAmount().signum() > 0;
        }
        RuleSet set = RuleSetLoader.fromResource("rules/2019-2021/rule-set.yaml");
        List<String> missing = new ArrayList<>();
        for (RuleSet.Rule rule : set.rules()) {
            if (rule.kind() != RuleSet.RuleKind.TABLE && rule.kind() != RuleSet.RuleKind.ADVANCE && !fired.contains(rule.id())) {
                missing.add("rule " + rule.id());
            }
        }
        for (RuleSet.Table table : set.tables().values()) {
            for (RuleSet.Row row : table.rows()) {
                // a row giving a reason another rule already gave is covered by that reason (reasons are listed once per code)
                boolean covered = fired.contains(row.id()) || row.then().reason() != null && codes.contains(row.then().reason());
                if (row.then().keep() == null && !covered) {
                    missing.add("row " + row.id());
                }
            }
        }
        assertTrue(missing.isEmpty(), "not covered by any policy case: " + missing);
        assertEquals(EnumSet.allOf(ReasonCode.class), codes, "reason codes covered");
        assertTrue(advance, "no case pays an advance");
    }
}
