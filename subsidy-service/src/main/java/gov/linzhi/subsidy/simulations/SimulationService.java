package gov.linzhi.subsidy.simulations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.subsidy.api.DecisionMapper;
import gov.linzhi.subsidy.api.EvaluationRequest;
import gov.linzhi.subsidy.claims.Claim;
import gov.linzhi.subsidy.claims.DecisionRecord;
import gov.linzhi.subsidy.claims.HistoryRepository;
import gov.linzhi.subsidy.rules.Decision;
import gov.linzhi.subsidy.rules.Programme;
import gov.linzhi.subsidy.rules.RuleSet;
import gov.linzhi.subsidy.rulesets.RuleSetRegistry;
import gov.linzhi.subsidy.rules.RuleSets;
import gov.linzhi.subsidy.rules.SubsidyEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Replays cases under the loaded rule sets and under the same sets with changed parameters. Recorded
 * claims keep the history-based refusals they had (limit, duplicate, disqualified institution), since
 * the replay does not re-run history; everything else is decided afresh, so the difference is the
 * effect of the changes alone.
 */
@ApplicationScoped
public class SimulationService {

    public static final String UNKNOWN_PARAMETER = "UNKNOWN_PARAMETER";
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);

    @Inject
    RuleSetRegistry registry;

    @Inject
    HistoryRepository history;

    @Inject
    gov.linzhi.subsidy.evaluations.ProjectCases projectCases;

    @Inject
    gov.linzhi.subsidy.catalogue.CatalogueStanding standing;

    @Inject
    DecisionMapper mapper;

    @Inject
    ObjectMapper json;

    /** One case to replay and whether its recorded decision was refused on history. */
    private record Replay(EvaluationRequest request, boolean refusedOnHistory) {
    }

    /**
     * Whether a recorded refusal came from a rule reading the person's claims or the institution catalogue: a replay
     * without them could not reproduce it, so such claims are left out of the comparison.
     */
    private static boolean readsRecords(RuleSets sets, DecisionRecord decision) {
        return decision.reasons().stream().anyMatch(r -> sets.versions().stream().flatMap(v -> v.rules().stream())
                .anyMatch(rule -> rule.id().equals(r.ruleId()) && (rule.history() || rule.institution())));
    }

    /** A parameter a condition reads cannot be simulated as "not configured". */
    public static final String PARAMETER_REQUIRED = "PARAMETER_REQUIRED";

    public SimulationResult simulate(SimulationRequest request) {
        RuleSets base = registry.current();
        for (SimulationRequest.Change change : request.changes()) {
            if (base.versions().stream().noneMatch(v -> v.parameters().containsKey(change.parameter()))) {
                throw DomainException.unprocessable(UNKNOWN_PARAMETER, "no loaded rule set defines the parameter " + change.parameter());
            }
        }
        List<RuleSet.ParameterChange> changes = request.changes().stream()
                .map(c -> new RuleSet.ParameterChange(c.parameter(), c.value(), c.from())).toList();
        RuleSets changed;
        try {
            changed = new RuleSets(base.versions().stream().map(v -> v.withChanges(changes)).toList());
        } catch (IllegalArgumentException e) {
            throw DomainException.unprocessable(PARAMETER_REQUIRED, e.getMessage());
        }

        List<Replay> replays = new ArrayList<>();
        Predicate<String> disqualified;
        if (request.year() != null) {
            for (Claim c : Claim.<Claim>list("trainingYear = ?1 and clawedBackAt is null order by id", request.year())) {
                replays.add(new Replay(read(c.requestJson, EvaluationRequest.class), readsRecords(base, DecisionRecord.read(c.decisionJson))));
            }
            disqualified = code -> false;
        } else {
            request.cases().forEach(c -> replays.add(new Replay(mapper.withDefaults(projectCases.resolve(c.withoutPerson()).request()), false)));
            Set<String> register = standing.disqualifiedCreditCodes();
            disqualified = register::contains;
        }

        Map<Programme, long[]> counts = new EnumMap<>(Programme.class);
        Map<Programme, BigDecimal[]> amounts = new EnumMap<>(Programme.class);
        for (Replay replay : replays) {
            if (replay.refusedOnHistory()) {
                continue;
            }
            var c = DecisionMapper.toCase(replay.request());
            Decision before = SubsidyEngine.evaluate(base, c, null, disqualified);
            Decision after = SubsidyEngine.evaluate(changed, c, null, disqualified);
            long[] n = counts.computeIfAbsent(c.programme(), p -> new long[2]);
            BigDecimal[] a = amounts.computeIfAbsent(c.programme(), p -> new BigDecimal[] {ZERO, ZERO});
            if (before.eligible()) {
                n[0]++;
                a[0] = a[0].add(before.amount());
            }
            if (after.eligible()) {
                n[1]++;
                a[1] = a[1].add(after.amount());
            }
        }
        List<SimulationResult.ProgrammeRow> rows = new ArrayList<>();
        long n0 = 0;
        long n1 = 0;
        BigDecimal a0 = ZERO;
        BigDecimal a1 = ZERO;
        for (Programme p : Programme.values()) {
            long[] n = counts.getOrDefault(p, new long[2]);
            BigDecimal[] a = amounts.getOrDefault(p, new BigDecimal[] {ZERO, ZERO});
            rows.add(new SimulationResult.ProgrammeRow(p, n[0], a[0], n[1], a[1], a[1].subtract(a[0])));
            n0 += n[0];
            n1 += n[1];
            a0 = a0.add(a[0]);
            a1 = a1.add(a[1]);
        }
        return new SimulationResult(request.year() != null ? "RECORDED_CLAIMS" : "CASES", request.year(), replays.size(),
                request.changes(), new SimulationResult.Totals(n0, a0), new SimulationResult.Totals(n1, a1), a1.subtract(a0), rows);
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
