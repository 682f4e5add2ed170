package gov.linzhi.subsidy.bench;

import gov.linzhi.subsidy.rules.EvaluationCase;
import gov.linzhi.subsidy.rules.CoreFacts;
import gov.linzhi.subsidy.rules.Group;
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
                        LocalDate signed = done.minusMonths(2);
                        EvaluationCase.Builder c = EvaluationCase.builder().programme(programme).level(level).occupation("电工")
                                .completedOn(done).certificateLevel(certificate).appliedOn(done).institution(institution)
                                .fact(CoreFacts.CERTIFICATE_ISSUED_ON, issued).fact(CoreFacts.UNEMPLOYMENT_INSURANCE_MONTHS, months)
                                .fact(CoreFacts.RECEIVES_MONTHLY_PENSION, pension).fact(CoreFacts.INCLUDES_MANDATED_CONTENT, mandated)
                                .fact(CoreFacts.DIFFICULT_ENTERPRISE, difficult).fact(CoreFacts.PROJECT_BASED, projectBased)
                                .fact(CoreFacts.INSURED_IN_LINZHI, !(late && mandated))
                                .fact(CoreFacts.PROVIDER, difficult && !mandated ? "ENTERPRISE" : null)
                                .fact(CoreFacts.CONTRACT_SIGNED_ON, programme == Programme.PRE_JOB_TRAINING ? signed : null)
                                .fact(CoreFacts.TRAINING_STARTED_ON, programme == Programme.PRE_JOB_TRAINING
                                        ? signed.plusDays(late ? 40 : 10) : null);
                        if (late) {
                            c.fact(CoreFacts.GROUPS, java.util.Set.of(mandated ? Group.DISABLED : Group.EMPLOYMENT_DIFFICULTY))
                                    .fact(CoreFacts.BUS_FARE_ONE_WAY, new BigDecimal("35.50"));
                        }
                        if (difficult) {
                            c.fact(CoreFacts.TRAINING_COST, new BigDecimal("4321.50"));
                        }
                        cases.add(c.build());
                    }
                }
            }
        }
        return cases;
    }
}
