package gov.linzhi.subsidy.disclosure;

import gov.linzhi.subsidy.claims.Claim;
import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * 7.17: what the fund paid for a year or a quarter of training completion, grouped for the public. The same claims
 * as {@code StatisticsService}: approved, not clawed back, by the date of training completion (clawed-back claims
 * only in {@code clawbacks} and in the advances paid).
 */
@ApplicationScoped
public class DisclosureService {

    /** A county+institution pair below this many person-times shows "<5" and no amount. */
    public static final int SMALL_COUNT = 5;

    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);

    @Transactional
    public DisclosureView disclose(int year, Integer quarter) {
        LocalDate from = quarter == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        LocalDate to = quarter == null ? LocalDate.of(year, 12, 31) : from.plusMonths(3).minusDays(1);
        // one row per claim group: programme, level, county of the project, institution, clawed back?
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Claim.getEntityManager().createNativeQuery("""
                        SELECT c.programme, c.level_key, p.county, c.institution_code,
                               i.name AS institution_name,
                               c.clawed_back_at IS NOT NULL AS clawed, COUNT(*), SUM(c.amount), SUM(c.advance_amount),
                               SUM(CASE WHEN c.advance_amount > 0 THEN 1 ELSE 0 END)
                        FROM claim c
                        LEFT JOIN training_project p ON p.id = c.project_id
                        LEFT JOIN training_institution i ON i.credit_code = c.institution_code
                        WHERE c.status = 'APPROVED' AND c.training_completed_on BETWEEN ?1 AND ?2
                        GROUP BY c.programme, c.level_key, p.county, c.institution_code, institution_name, clawed""")
                .setParameter(1, from).setParameter(2, to).getResultList();

        Map<String, long[]> programmeCounts = new TreeMap<>();
        Map<String, BigDecimal> programmeAmounts = new TreeMap<>();
        Map<String, long[]> levelCounts = new TreeMap<>();
        Map<String, BigDecimal> levelAmounts = new TreeMap<>();
        Map<String, long[]> countyCounts = new TreeMap<>(NULLS_LAST);
        Map<String, BigDecimal> countyAmounts = new TreeMap<>(NULLS_LAST);
        Map<String, long[]> institutionCounts = new TreeMap<>(NULLS_LAST);
        Map<String, BigDecimal> institutionAmounts = new TreeMap<>(NULLS_LAST);
        Map<String, String> institutionNames = new TreeMap<>();
        Map<List<String>, long[]> pairCounts = new TreeMap<>(DisclosureService::comparePairs);
        Map<List<String>, BigDecimal> pairAmounts = new TreeMap<>(DisclosureService::comparePairs);
        long trainingCount = 0;
        BigDecimal trainingAmount = ZERO;
        long advanceCount = 0;
        BigDecimal advancePaid = ZERO;
        long settledCount = 0;
        BigDecimal settled = ZERO;
        long clawbackCount = 0;
        BigDecimal recovered = ZERO;
        for (Object[] r : rows) {
            Programme programme = Programme.valueOf((String) r[0]);
            String levelKey = (String) r[1];
            String county = (String) r[2];
            String code = (String) r[3];
            String name = (String) r[4];
            boolean clawed = r[5] instanceof Boolean b ? b : ((Number) r[5]).intValue() != 0;
            long count = ((Number) r[6]).longValue();
            BigDecimal amount = money((BigDecimal) r[7]);
            BigDecimal advance = money((BigDecimal) r[8]);
            long withAdvance = ((Number) r[9]).longValue();
            advanceCount += withAdvance;
            advancePaid = advancePaid.add(advance);
            if (clawed) {
                clawbackCount += count;
                recovered = recovered.add(amount);
                continue;
            }
            settledCount += withAdvance;
            settled = settled.add(advance);
            add(programmeCounts, programmeAmounts, programme.name(), count, amount);
            if (programme.isTraining()) {
                trainingCount += count;
                trainingAmount = trainingAmount.add(amount);
                if (!"NONE".equals(levelKey)) {
                    add(levelCounts, levelAmounts, levelKey, count, amount);
                }
            }
            add(countyCounts, countyAmounts, county, count, amount);
            add(institutionCounts, institutionAmounts, code, count, amount);
            if (code != null) {
                institutionNames.put(code, name);
            }
            add(pairCounts, pairAmounts, java.util.Arrays.asList(county, code), count, amount);
        }
        List<DisclosureView.Row> byProgramme = new ArrayList<>();
        for (Programme p : Programme.values()) {
            byProgramme.add(row(p.name(), null, programmeCounts, programmeAmounts));
        }
        List<DisclosureView.Row> byLevel = new ArrayList<>();
        for (Level l : Level.values()) {
            byLevel.add(row(l.name(), null, levelCounts, levelAmounts));
        }
        List<DisclosureView.Row> byCounty = new ArrayList<>();
        countyCounts.keySet().forEach(k -> byCounty.add(row(k, null, countyCounts, countyAmounts)));
        List<DisclosureView.Row> byInstitution = new ArrayList<>();
        institutionCounts.keySet().forEach(k -> byInstitution.add(row(k, k == null ? null : institutionNames.get(k), institutionCounts, institutionAmounts)));
        List<DisclosureView.PairRow> pairs = new ArrayList<>();
        pairCounts.forEach((k, n) -> {
            boolean small = n[0] < SMALL_COUNT;
            pairs.add(new DisclosureView.PairRow(k.get(0), k.get(1), k.get(1) == null ? null : institutionNames.get(k.get(1)),
                    small ? "<" + SMALL_COUNT : String.valueOf(n[0]), small ? null : pairAmounts.get(k)));
        });
        return DisclosureViewBuilder.builder()
                .year(year)
                .quarter(quarter)
                .from(from)
                .to(to)
                .approvedPersonTimes(trainingCount)
                .approvedAmount(trainingAmount)
                .byProgramme(byProgramme)
                .byLevel(byLevel)
                .byCounty(byCounty)
                .byInstitution(byInstitution)
                .byCountyAndInstitution(pairs)
                .advances(new DisclosureView.Advances(advanceCount, advancePaid, settledCount, settled))
                .clawbacks(new DisclosureView.Clawbacks(clawbackCount, recovered))
                .build();
    }

    private static <K> void add(Map<K, long[]> counts, Map<K, BigDecimal> amounts, K key, long count, BigDecimal amount) {
        counts.computeIfAbsent(key, k -> new long[1])[0] += count;
        amounts.merge(key, amount, BigDecimal::add);
    }

    private static DisclosureView.Row row(String key, String name, Map<String, long[]> counts, Map<String, BigDecimal> amounts) {
        return new DisclosureView.Row(key, name, counts.getOrDefault(key, new long[1])[0], amounts.getOrDefault(key, ZERO));
    }

    private static int comparePairs(List<String> a, List<String> b) {
        int c = compareNullable(a.get(0), b.get(0));
        return c != 0 ? c : compareNullable(a.get(1), b.get(1));
    }

    private static int compareNullable(String a, String b) {
        return Objects.equals(a, b) ? 0 : a == null ? 1 : b == null ? -1 : a.compareTo(b);
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? ZERO : v.setScale(2, RoundingMode.HALF_UP);
    }
}
