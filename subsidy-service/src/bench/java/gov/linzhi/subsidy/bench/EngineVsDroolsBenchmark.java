package gov.linzhi.subsidy.bench;

import gov.linzhi.subsidy.rules.Decision;
import gov.linzhi.subsidy.rules.EvaluationCase;
import gov.linzhi.subsidy.rules.RuleSetLoader;
import gov.linzhi.subsidy.rules.RuleSets;
import gov.linzhi.subsidy.rules.SubsidyEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The engine against the same rules in Drools DMN, on the same inputs ({@link BenchmarkCases#MIX}, no history),
 * side by side in one JMH run. The setup refuses to start unless both give the same outcome for every input.
 * Run with {@code bench/jmh.sh}, which prints the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineVsDroolsBenchmark {

    private static final Predicate<String> NOBODY_DISQUALIFIED = code -> false;

    private RuleSets sets;
    private List<EvaluationCase> cases;
    private DroolsSubsidyModel drools;
    private List<Map<String, Object>> droolsInputs;
    private int next;

    @Setup
    public void setUp() throws Exception {
        sets = new RuleSets(List.of(RuleSetLoader.fromResource("rules/2019-2021/rule-set.yaml")));
        cases = BenchmarkCases.MIX;
        drools = new DroolsSubsidyModel();
        droolsInputs = cases.stream().map(c -> DroolsSubsidyModel.inputs(c, NOBODY_DISQUALIFIED)).toList();
        for (int i = 0; i < cases.size(); i++) {
            var engine = DroolsSubsidyModel.Outcome.of(SubsidyEngine.evaluate(sets, cases.get(i), null, NOBODY_DISQUALIFIED));
            var dmn = drools.outcome(droolsInputs.get(i));
            if (!engine.equals(dmn)) {
                throw new IllegalStateException("engine and Drools disagree on case " + i + ": " + engine + " vs " + dmn);
            }
        }
    }

    @Benchmark
    public Decision engine() {
        return SubsidyEngine.evaluate(sets, cases.get(next++ % cases.size()), null, NOBODY_DISQUALIFIED);
    }

    @Benchmark
    public Object drools() {
        return drools.evaluate(droolsInputs.get(next++ % droolsInputs.size()));
    }
}
