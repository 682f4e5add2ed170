package gov.linzhi.subsidy.evaluations;

import gov.linzhi.subsidy.api.DecisionMapper;
import gov.linzhi.subsidy.api.DecisionView;
import gov.linzhi.subsidy.api.EvaluationRequest;
import gov.linzhi.subsidy.claims.HistoryRepository;
import gov.linzhi.subsidy.claims.PersonRecord;
import gov.linzhi.subsidy.rules.PersonHistory;
import gov.linzhi.subsidy.rules.RuleSetRegistry;
import gov.linzhi.subsidy.rules.RuleSets;
import gov.linzhi.subsidy.rules.SubsidyEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Dry runs: decides cases against the rule sets and the recorded history, storing nothing. */
@ApplicationScoped
public class EvaluationService {

    @Inject
    RuleSetRegistry registry;

    @Inject
    HistoryRepository history;

    @Inject
    DecisionMapper mapper;

    public DecisionView evaluate(EvaluationRequest request) {
        EvaluationRequest r = mapper.withDefaults(request);
        boolean institution = r.institution() != null;
        Set<String> disqualified = institution && history.isDisqualified(r.institution().creditCode())
                ? Set.of(r.institution().creditCode()) : Set.of();
        return decide(registry.current(), r, disqualified);
    }

    public List<DecisionView> evaluateAll(List<EvaluationRequest> requests) {
        RuleSets sets = registry.current();
        Set<String> disqualified = history.disqualifiedInstitutions();
        List<DecisionView> out = new ArrayList<>(requests.size());
        for (EvaluationRequest request : requests) {
            out.add(decide(sets, mapper.withDefaults(request), disqualified));
        }
        return out;
    }

    private DecisionView decide(RuleSets sets, EvaluationRequest r, Set<String> disqualified) {
        PersonHistory personHistory = null;
        if (r.personId() != null) {
            PersonRecord person = history.person(r.personId()).orElse(null);
            personHistory = history.history(person, r.trainingCompletedOn().getYear());
        }
        return mapper.toView(r.personId(), SubsidyEngine.evaluate(sets, DecisionMapper.toCase(r), personHistory, disqualified::contains));
    }
}
