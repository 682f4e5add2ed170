package gov.linzhi.subsidy.policy;

import gov.linzhi.subsidy.rules.BuiltInRuleSet;
import gov.linzhi.subsidy.rules.Decision;
import gov.linzhi.subsidy.rules.InvalidCaseException;
import gov.linzhi.subsidy.rules.PolicyCase;
import gov.linzhi.subsidy.rules.ReasonCode;
import gov.linzhi.subsidy.rules.RuleSet;
import gov.linzhi.subsidy.rules.RuleSetLoader;
import gov.linzhi.subsidy.rules.RuleSets;
import gov.linzhi.subsidy.rules.SubsidyEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every policy case of the built-in rule set (rules/2019-2021/cases) against the engine, and checks the cases
 * cover every rule, table row, reason code, programme and kind of outcome. The same cases run whenever the set loads.
 */
class PolicyCasesTest {

    static final String RESOURCE = "rules/2019-2021/rule-set.yaml";
    private static RuleSet set;

    @BeforeAll
    static void load() {
        BuiltInRuleSet file = BuiltInRuleSet.read(RESOURCE);
        set = assertLoads(() -> RuleSetLoader.fromYaml(file.text()));
    }

    private static RuleSet assertLoads(org.junit.jupiter.api.function.ThrowingSupplier<RuleSet> load) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(load);
    }

    static List<PolicyCase> cases() {
        return BuiltInRuleSet.read(RESOURCE).cases().stream().map(PolicyCase::new).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesAsThePolicyCaseSays(PolicyCase c) {
        List<String> differences = set.covers(c.completedOn()) || c.expectsInvalid() ? c.differences(set)
                : c.differences(SubsidyEngine.evaluate(new RuleSets(List.of(set)), c.evaluationCase(), c.history(), c.institutions()),
                        ids -> ids);
        assertTrue(differences.isEmpty(), c + ": " + differences);
    }

    @Test
    void atLeast120CasesCoverEveryRuleRowReasonProgrammeAndOutcome() {
        List<PolicyCase> all = cases();
        assertTrue(all.size() >= 120, "only " + all.size() + " policy cases");
        Set<String> fired = new HashSet<>();
        Set<String> codes = new HashSet<>();
        Set<String> programmes = new HashSet<>();
        boolean advance = false;
        boolean incomplete = false;
        boolean refusedInput = false;
        for (PolicyCase c : all) {
            Decision d;
            try {
                d = c.decide(set);
            } catch (InvalidCaseException e) {
                refusedInput = true;
                continue;
            }
            programmes.add(c.input().path("programme").asText());
            d.lines().forEach(l -> fired.add(l.ruleId()));
            d.notConfigured().forEach(p -> fired.add(p.ruleId()));
            d.reasons().forEach(r -> {
                codes.add(r.code().name());
                if (r.ruleId() != null) {
                    fired.add(r.ruleId());
                }
            });
            advance |= d.advanceAmount().signum() > 0;
            incomplete |= !d.complete();
        }
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
        Set<String> declared = set.reasons().keySet().stream().map(ReasonCode::name).collect(Collectors.toSet());
        assertTrue(codes.remove(ReasonCode.NO_RULES_IN_FORCE.name()), "no case falls outside the plan's period");
        assertEquals(declared, codes, "reason codes covered");
        assertEquals(set.programmes().keySet().stream().map(Enum::name).collect(Collectors.toSet()), programmes, "programmes covered");
        assertTrue(advance, "no case pays an advance");
        assertTrue(incomplete, "no case is left incomplete by an amount not configured");
        assertTrue(refusedInput, "no case is refused as input");
    }
}
