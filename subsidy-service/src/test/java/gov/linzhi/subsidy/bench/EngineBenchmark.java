package gov.linzhi.subsidy.bench;

import gov.linzhi.subsidy.rules.Decision;
import gov.linzhi.subsidy.rules.EvaluationCase;
import gov.linzhi.subsidy.rules.KeyGroup;
import gov.linzhi.subsidy.rules.Level;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * In-process evaluations per second: the engine alone, on a mix of cases (eligible, halved, refused
 * on several grounds, with history). Not a test: run with {@code bench/jmh.sh}.
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
        LocalDate d = LocalDate.of(2020, 6, 30);
        cases = List.of(
                new EvaluationCase(Programme.ENTERPRISE_TRAINING, Level.LEVEL_4, "电工", d, null, null, d, null, false, true, null, null, false, null, null),
                new EvaluationCase(Programme.APPRENTICESHIP, Level.LEVEL_3, "中式烹调师", d, null, null, d, null, false, true, null, null, false, null, null),
                new EvaluationCase(Programme.SKILL_CERTIFICATE, null, "电工", d, Level.LEVEL_2, d.minusMonths(14), d, 8, true, false, null, null, false, null, null),
                new EvaluationCase(Programme.HIGH_SKILL_TRAINING, Level.LEVEL_1, "汽车维修工", d, null, null, d, null, false, false, null, null, false, null, "91540400MA6T1234XT"),
                new EvaluationCase(Programme.KEY_GROUP_TRAINING, null, "家政服务员", d, null, null, d, null, false, true, KeyGroup.DISABLED, new BigDecimal("60.00"), false, null, null),
                new EvaluationCase(Programme.ENTERPRISE_TRAINING, Level.LEVEL_5, "焊工", d, null, null, d, null, false, false, null, null, true, new BigDecimal("4200.00"), null));
        history = new PersonHistory(2, Set.of(new EvaluationCase.UsedPair(Programme.Family.TRAINING, "电工", "LEVEL_4")));
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
