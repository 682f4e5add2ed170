package gov.linzhi.subsidy.bench;

import gov.linzhi.subsidy.rules.EvaluationCase;
import gov.linzhi.subsidy.rules.KeyGroup;
import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;
import gov.linzhi.subsidy.rules.RuleSetLoader;
import gov.linzhi.subsidy.rules.RuleSets;
import gov.linzhi.subsidy.rules.SubsidyEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DMN model the benchmark compares with must decide like the engine, or the comparison means nothing:
 * the benchmark's cases and a grid over every programme, level, certificate level and flag, compared on
 * eligibility, amount, advance, transport allowance and reason codes. Runs only with {@code -Pbenchmark}.
 */
class EngineDroolsEquivalenceTest {

    private static final Predicate<String> DISQUALIFIED = "91540400MA6T1234XT"::equals;
    private static RuleSets sets;
    private static DroolsSubsidyModel drools;

    @BeforeAll
    static void load() throws Exception {
        sets = new RuleSets(List.of(RuleSetLoader.fromResource("rules/2019-2021/rule-set.yaml")));
        drools = new DroolsSubsidyModel();
    }

    @Test
    void theBenchmarkCasesGetTheSameOutcome() {
        for (EvaluationCase c : BenchmarkCases.MIX) {
            assertSame(c, code -> false);
        }
    }

    @Test
    void everyProgrammeLevelCertificateAndFlagGetsTheSameOutcome() {
        List<EvaluationCase> grid = grid();
        int eligible = 0;
        for (EvaluationCase c : grid) {
            eligible += assertSame(c, DISQUALIFIED) ? 1 : 0;
        }
        // the grid must exercise both outcomes, or agreeing would prove little
        assertTrue(eligible > 100 && eligible < grid.size() - 100, eligible + " eligible of " + grid.size());
    }

    private static boolean assertSame(EvaluationCase c, Predicate<String> disqualified) {
        var engine = DroolsSubsidyModel.Outcome.of(SubsidyEngine.evaluate(sets, c, null, disqualified));
        assertEquals(engine, drools.outcome(DroolsSubsidyModel.inputs(c, disqualified)), c::toString);
        return engine.eligible();
    }

    private static List<EvaluationCase> grid() {
        List<Level> levels = new ArrayList<>(Arrays.asList(Level.values()));
        levels.add(null);
        LocalDate completed = LocalDate.of(2020, 6, 30);
        List<EvaluationCase> cases = new ArrayList<>();
        for (Programme programme : Programme.values()) {
            for (Level level : levels) {
                for (Level certificate : levels) {
                    for (int flags = 0; flags < 32; flags++) {
                        boolean difficult = (flags & 1) != 0;
                        boolean mandated = (flags & 2) != 0;
                        boolean pension = (flags & 4) != 0 && level == Level.LEVEL_3;
                        boolean projectBased = (flags & 8) != 0;
                        boolean late = (flags & 16) != 0;
                        LocalDate done = late && level == Level.LEVEL_2 ? LocalDate.of(2022, 1, 1) : completed;
                        LocalDate issued = certificate == null ? null : late ? done.minusMonths(13) : done.minusMonths(2);
                        Integer months = late ? 11 : 12;
                        String institution = (flags & 4) != 0 && level == Level.LEVEL_4 ? "91540400MA6T1234XT" : null;
                        cases.add(new EvaluationCase(programme, level, "电工", done, certificate, issued, done, months, pension, mandated,
                                late ? KeyGroup.DISABLED : null, late ? new BigDecimal("35.50") : null, difficult,
                                difficult ? new BigDecimal("4321.50") : null, institution, projectBased));
                    }
                }
            }
        }
        return cases;
    }
}
