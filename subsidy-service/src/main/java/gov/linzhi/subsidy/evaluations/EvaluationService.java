package gov.linzhi.subsidy.evaluations;

import gov.linzhi.subsidy.api.DecisionMapper;
import gov.linzhi.subsidy.api.DecisionView;
import gov.linzhi.subsidy.api.CaseProblems;
import gov.linzhi.subsidy.api.EvaluationRequest;
import gov.linzhi.subsidy.rules.InvalidCaseException;
import gov.linzhi.subsidy.catalogue.CatalogueStanding;
import gov.linzhi.subsidy.claims.HistoryRepository;
import gov.linzhi.subsidy.rules.InstitutionStanding;
import gov.linzhi.subsidy.rules.PersonHistory;
import gov.linzhi.subsidy.rulesets.RuleSetRegistry;
import gov.linzhi.subsidy.rules.RuleSets;
import gov.linzhi.subsidy.rules.SubsidyEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * Dry runs: decides cases against the rule sets, the recorded history and the institution catalogue, storing
 * nothing. A case naming no institution is not checked against the catalogue (as before the catalogue existed).
 */
@ApplicationScoped
public class EvaluationService {

    @Inject
    RuleSetRegistry registry;

    @Inject
    HistoryRepository history;

    @Inject
    DecisionMapper mapper;

    @Inject
    CatalogueStanding catalogue;

    @Inject
    ProjectCases projectCases;

    public DecisionView evaluate(EvaluationRequest request) {
        return decide(registry.current(), request, catalogue::standing);
    }

    /**
     * Whether deciding the request reads the database: a named person (history), project or institution
     * (catalogue). Anything else is decided from the loaded rule sets alone.
     */
    public static boolean readsDatabase(EvaluationRequest request) {
        return request.personId() != null || request.projectId() != null || request.institution() != null;
    }

    /**
     * Decides a request that does not {@link #readsDatabase read the database} with the rule sets in memory,
     * without any I/O; null when the loaded sets are due for a look at the database (then use {@link #evaluate}).
     */
    public DecisionView evaluateInMemory(EvaluationRequest request) {
        if (readsDatabase(request)) {
            throw new IllegalArgumentException("the request reads the database");
        }
        RuleSets sets = registry.loadedIfFresh();
        return sets == null ? null : decide(sets, request, NO_INSTITUTION);
    }

    /** The catalogue as seen by a case naming no institution: the engine never asks. */
    private static final InstitutionStanding NO_INSTITUTION = (code, occupation, level) -> {
        throw new IllegalStateException("a case naming no institution has no standing to look up");
    };

    public List<DecisionView> evaluateAll(List<EvaluationRequest> requests) {
        RuleSets sets = registry.current();
        InstitutionStanding institutions = catalogue.memoised();
        List<DecisionView> out = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            try {
                out.add(decide(sets, requests.get(i), institutions));
            } catch (InvalidCaseException e) {
                throw CaseProblems.of(e, "cases[" + i + "].");
            }
        }
        return out;
    }

    private DecisionView decide(RuleSets sets, EvaluationRequest request, InstitutionStanding institutions) {
        ProjectCases.Resolved resolved = projectCases.resolve(request);
        EvaluationRequest r = mapper.withDefaults(resolved.request());
        PersonHistory personHistory = null;
        if (r.personId() != null) {
            personHistory = history.history(r.personId(), r.trainingCompletedOn().getYear());
        }
        return mapper.toView(r.personId(),
                SubsidyEngine.evaluate(sets, DecisionMapper.toCase(r, resolved.projectBased()), personHistory, institutions));
    }
}
