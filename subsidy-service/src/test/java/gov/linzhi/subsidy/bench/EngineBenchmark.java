package gov.linzhi.subsidy.bench;

import gov.linzhi.subsidy.rules.Decision;
import gov.linzhi.subsidy.rules.EvaluationCase;
import gov.linzhi.subsidy.rules.PersonHistory;
import gov.linzhi.subsidy.rules.Programme;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * In-process evaluations per second: the engine alone, on {@link BenchmarkCases#MIX}, without and with a
 * person's history. Not a test: run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

    private RuleSets sets;
    private List<EvaluationCase> cases;
    private PersonHistory history;
    private int next;

    @Setup
    public void setUp() throws Exception {
        sets = new RuleSets(List.of(RuleSetLoader.fromResource("rules/2019-2021/rule-set.yaml")));
        cases = BenchmarkCases.MIX;
        history = new PersonHistory(2, Set.of(new EvaluationCase.UsedPair(Programme.Family.TRAINING, "电工", "LEVEL_4")), Set.of());
    }

    @Benchmark
    public Decision evaluateWithoutHistory() {
        EvaluationCase c = cases.get(next++ % cases.size());
        return SubsidyEngine.evaluate(sets, c, null, code -> false);
    }

    @Benchmark
    public Decision evaluateWithHistory() {
        EvaluationCase c = cases.get(next++ % cases.size());
        return SubsidyEngine.evaluate(sets, c, history, code -> false);
    }
}
