package gov.linzhi.subsidy.statistics;

import gov.linzhi.subsidy.claims.Claim;
import gov.linzhi.subsidy.claims.ClaimStatus;
import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;
import gov.linzhi.subsidy.rules.RuleSet;
import gov.linzhi.subsidy.rulesets.RuleSetRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Counts approved claims per year, programme and level; the targets come from the rule-set data. */
@ApplicationScoped
public class StatisticsService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);

    @Inject
    RuleSetRegistry registry;

    public StatisticsView forYear(int year) {
        List<Object[]> rows = Claim.getEntityManager().createQuery(
                        "select c.programme, c.levelKey, count(c), sum(c.amount) from Claim c "
                                + "where c.trainingYear = ?1 and c.status = ?2 and c.clawedBackAt is null group by c.programme, c.levelKey",
                        Object[].class)
                .setParameter(1, year).setParameter(2, ClaimStatus.APPROVED).getResultList();
        Map<Programme, long[]> programmeCounts = new EnumMap<>(Programme.class);
        Map<Programme, BigDecimal> programmeAmounts = new EnumMap<>(Programme.class);
        Map<Level, long[]> levelCounts = new EnumMap<>(Level.class);
        Map<Level, BigDecimal> levelAmounts = new EnumMap<>(Level.class);
        long trainingCount = 0;
        BigDecimal trainingAmount = ZERO;
        for (Object[] row : rows) {
            Programme programme = (Programme) row[0];
            String levelKey = (String) row[1];
            long count = ((Number) row[2]).longValue();
            BigDecimal amount = ((BigDecimal) row[3]).setScale(2, RoundingMode.HALF_UP);
            programmeCounts.computeIfAbsent(programme, p -> new long[1])[0] += count;
            programmeAmounts.merge(programme, amount, BigDecimal::add);
            if (programme.isTraining()) {
                trainingCount += count;
                trainingAmount = trainingAmount.add(amount);
                if (!"NONE".equals(levelKey)) {
                    Level level = Level.valueOf(levelKey);
                    levelCounts.computeIfAbsent(level, l -> new long[1])[0] += count;
                    levelAmounts.merge(level, amount, BigDecimal::add);
                }
            }
        }
        List<StatisticsView.ProgrammeRow> byProgramme = new ArrayList<>();
        for (Programme p : Programme.values()) {
            byProgramme.add(new StatisticsView.ProgrammeRow(p, programmeCounts.getOrDefault(p, new long[1])[0],
                    programmeAmounts.getOrDefault(p, ZERO)));
        }
        List<StatisticsView.LevelRow> byLevel = new ArrayList<>();
        for (Level l : Level.values()) {
            byLevel.add(new StatisticsView.LevelRow(l, levelCounts.getOrDefault(l, new long[1])[0], levelAmounts.getOrDefault(l, ZERO)));
        }
        Optional<RuleSet> withTarget = registry.current().versions().stream().filter(v -> v.targetFor(year).isPresent()).findFirst();
        return new StatisticsView(year, trainingCount, trainingAmount,
                withTarget.flatMap(v -> v.targetFor(year)).orElse(null),
                withTarget.map(RuleSet::planPeriodTarget).orElse(null),
                byProgramme, byLevel);
    }
}
