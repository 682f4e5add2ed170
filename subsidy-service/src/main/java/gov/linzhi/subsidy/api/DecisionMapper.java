package gov.linzhi.subsidy.api;

import gov.linzhi.subsidy.identity.CreditCodes;
import gov.linzhi.subsidy.identity.ResidentIds;
import gov.linzhi.subsidy.rules.Citation;
import gov.linzhi.subsidy.rules.Decision;
import gov.linzhi.subsidy.rules.EvaluationCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Maps API requests to engine cases and engine decisions to API views. */
@ApplicationScoped
public class DecisionMapper {

    public static final String HISTORY_SKIPPED = "未提供personId，未检查历史记录（年度次数、同一职业同一等级）/ No personId: history rules (annual limit, same occupation and level) were not applied";

    @Inject
    Clock clock;

    @ConfigProperty(name = "subsidy.gazette.url")
    String gazetteUrl;

    /** The request with appliedOn defaulted to today (Asia/Shanghai). */
    public EvaluationRequest withDefaults(EvaluationRequest r) {
        return r.appliedOn() != null ? r : r.appliedOn(LocalDate.now(clock));
    }

    public static EvaluationCase toCase(EvaluationRequest r) {
        return toCase(r, false);
    }

    /** The case; {@code projectBased} when it names a project-based (项目制) catalogued project. */
    public static EvaluationCase toCase(EvaluationRequest r, boolean projectBased) {
        return new EvaluationCase(r.programme(), r.level(), r.occupation(), r.trainingCompletedOn(), r.certificateLevel(),
                r.certificateIssuedOn(), r.appliedOn(), r.unemploymentInsuranceMonths(), Boolean.TRUE.equals(r.receivesMonthlyPension()),
                Boolean.TRUE.equals(r.includesMandatedContent()), r.keyGroup(), r.busFareOneWay(), Boolean.TRUE.equals(r.difficultEnterprise()),
                r.trainingCost(), r.institution() == null || !CreditCodes.isValid(r.institution().creditCode()) ? null : r.institution().creditCode(),
                projectBased);
    }

    public DecisionView toView(String personId, Decision d) {
        return new DecisionView(personId == null ? null : ResidentIds.mask(ResidentIds.normalise(personId)),
                d.eligible(), d.amount(), d.advanceAmount(), d.transportAllowance(), d.ruleSetVersion(), d.historyChecked(),
                d.historyChecked() ? List.of() : List.of(HISTORY_SKIPPED),
                d.lines().stream().map(l -> new DecisionView.LineView(l.ruleId(), l.label(), l.labelEn(), l.amount(), citation(l.citation()))).toList(),
                d.reasons().stream().map(r -> new DecisionView.ReasonView(r.code(), r.ruleId(), r.message(), citation(r.citation()))).toList());
    }

    public DecisionView.CitationView citation(Citation c) {
        return c == null ? null : citationViews.computeIfAbsent(c, this::toCitationView);
    }

    /**
     * Views of the citations already shown. Citations come from the stored rule sets, so there are few (bounded
     * by what those sets cite); building each view once spares every decision a URL encoding per line and
     * reason, which showed in profiles of POST /evaluations.
     */
    private final Map<Citation, DecisionView.CitationView> citationViews = new ConcurrentHashMap<>();

    private DecisionView.CitationView toCitationView(Citation c) {
        String url = c.inGazette() && c.provisionPath() != null
                ? GazetteProvisionLinks.provision(gazetteUrl + "/api/v1", c.documentNumber(), c.provisionPath())
                : null;
        return new DecisionView.CitationView(c.documentNumber(), c.provisionPath(), c.text(), url);
    }
}
