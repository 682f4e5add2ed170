package gov.linzhi.subsidy.bench;

import gov.linzhi.subsidy.rules.CoreFacts;
import gov.linzhi.subsidy.rules.EvaluationCase;
import gov.linzhi.subsidy.rules.Group;
import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The mix of cases the in-process benchmarks evaluate: eligible, halved, refused on several grounds, full cost. */
public final class BenchmarkCases {

    private static final LocalDate COMPLETED = LocalDate.of(2020, 6, 30);

    /** Each case once; the benchmarks cycle through them. */
    public static final List<EvaluationCase> MIX = List.of(
            base(Programme.ENTERPRISE_TRAINING, "电工").level(Level.LEVEL_4).fact(CoreFacts.INCLUDES_MANDATED_CONTENT, true).build(),
            base(Programme.APPRENTICESHIP, "中式烹调师").level(Level.LEVEL_3).fact(CoreFacts.INCLUDES_MANDATED_CONTENT, true).build(),
            base(Programme.SKILL_CERTIFICATE, "电工").certificateLevel(Level.LEVEL_2)
                    .fact(CoreFacts.CERTIFICATE_ISSUED_ON, COMPLETED.minusMonths(14)).fact(CoreFacts.UNEMPLOYMENT_INSURANCE_MONTHS, 8)
                    .fact(CoreFacts.RECEIVES_MONTHLY_PENSION, true).build(),
            base(Programme.HIGH_SKILL_TRAINING, "汽车维修工").level(Level.LEVEL_1).institution("91540400MA6T1234XT").build(),
            base(Programme.KEY_GROUP_TRAINING, "家政服务员").fact(CoreFacts.INCLUDES_MANDATED_CONTENT, true)
                    .fact(CoreFacts.GROUPS, Set.of(Group.DISABLED)).fact(CoreFacts.BUS_FARE_ONE_WAY, new BigDecimal("60.00")).build(),
            base(Programme.ENTERPRISE_TRAINING, "焊工").level(Level.LEVEL_5).fact(CoreFacts.DIFFICULT_ENTERPRISE, true)
                    .fact(CoreFacts.TRAINING_COST, new BigDecimal("4200.00")).build());

    private static EvaluationCase.Builder base(Programme programme, String occupation) {
        return EvaluationCase.builder().programme(programme).occupation(occupation).completedOn(COMPLETED).appliedOn(COMPLETED);
    }

    private BenchmarkCases() {
    }
}
