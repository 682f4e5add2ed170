package gov.linzhi.subsidy.bench;

import gov.linzhi.subsidy.rules.EvaluationCase;
import gov.linzhi.subsidy.rules.KeyGroup;
import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The mix of cases the in-process benchmarks evaluate: eligible, halved, refused on several grounds, full cost. */
public final class BenchmarkCases {

    private static final LocalDate COMPLETED = LocalDate.of(2020, 6, 30);

    /** Each case once; the benchmarks cycle through them. */
    public static final List<EvaluationCase> MIX = List.of(
            new EvaluationCase(Programme.ENTERPRISE_TRAINING, Level.LEVEL_4, "电工", COMPLETED, null, null, COMPLETED, null, false, true,
                    null, null, false, null, null),
            new EvaluationCase(Programme.APPRENTICESHIP, Level.LEVEL_3, "中式烹调师", COMPLETED, null, null, COMPLETED, null, false, true,
                    null, null, false, null, null),
            new EvaluationCase(Programme.SKILL_CERTIFICATE, null, "电工", COMPLETED, Level.LEVEL_2, COMPLETED.minusMonths(14), COMPLETED, 8,
                    true, false, null, null, false, null, null),
            new EvaluationCase(Programme.HIGH_SKILL_TRAINING, Level.LEVEL_1, "汽车维修工", COMPLETED, null, null, COMPLETED, null, false, false,
                    null, null, false, null, "91540400MA6T1234XT"),
            new EvaluationCase(Programme.KEY_GROUP_TRAINING, null, "家政服务员", COMPLETED, null, null, COMPLETED, null, false, true,
                    KeyGroup.DISABLED, new BigDecimal("60.00"), false, null, null),
            new EvaluationCase(Programme.ENTERPRISE_TRAINING, Level.LEVEL_5, "焊工", COMPLETED, null, null, COMPLETED, null, false, false,
                    null, null, true, new BigDecimal("4200.00"), null));

    private BenchmarkCases() {
    }
}
