package gov.linzhi.subsidy.api;

import gov.linzhi.gazette.vocabulary.DocumentNumber;
import gov.linzhi.gazette.vocabulary.ProvisionAddress;
import gov.linzhi.gazette.vocabulary.ProvisionPath;
import gov.linzhi.subsidy.identity.CreditCodes;
import gov.linzhi.subsidy.identity.ResidentIds;
import gov.linzhi.subsidy.rules.Citation;
import gov.linzhi.subsidy.rules.Decision;
import gov.linzhi.subsidy.rules.CoreFacts;
import gov.linzhi.subsidy.rules.EvaluationCase;
import gov.linzhi.subsidy.rules.InvalidCaseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
        return r.appliedOn() != null ? r : r.withAppliedOn(LocalDate.now(clock));
    }

    public static EvaluationCase toCase(EvaluationRequest r) {
        return toCase(r, false);
    }

    /**
     * The case: the request's fields as facts (canonical values), its {@code facts} map as given (the rule set in force
     * checks them), {@code projectBased} when it names a project-based (项目制) catalogued project.
     *
     * @throws InvalidCaseException when the {@code facts} map repeats one of the request's own fields
     */
    public static EvaluationCase toCase(EvaluationRequest r, boolean projectBased) {
        Map<String, Object> facts = new LinkedHashMap<>();
        if (r.facts() != null) {
            List<InvalidCaseException.Problem> problems = new ArrayList<>();
            r.facts().forEach((name, value) -> {
                if (CoreFacts.isCore(name) || OWN_FIELDS.contains(name)) {
                    problems.add(new InvalidCaseException.Problem(InvalidCaseException.Kind.INVALID_VALUE, "facts." + name,
                            "give " + name + " as the request's own field, not in facts"));
                } else {
                    facts.put(name, value);
                }
            });
            if (!problems.isEmpty()) {
                throw new InvalidCaseException(problems);
            }
        }
        put(facts, CoreFacts.PROGRAMME, r.programme());
        put(facts, CoreFacts.LEVEL, r.level());
        put(facts, CoreFacts.CERTIFICATE_LEVEL, r.certificateLevel());
        put(facts, CoreFacts.OCCUPATION, r.occupation());
        put(facts, CoreFacts.TRAINING_COMPLETED_ON, r.trainingCompletedOn());
        put(facts, CoreFacts.CERTIFICATE_ISSUED_ON, r.certificateIssuedOn());
        put(facts, CoreFacts.APPLIED_ON, r.appliedOn());
        put(facts, CoreFacts.UNEMPLOYMENT_INSURANCE_MONTHS, r.unemploymentInsuranceMonths() == null ? null : r.unemploymentInsuranceMonths().longValue());
        put(facts, CoreFacts.RECEIVES_MONTHLY_PENSION, r.receivesMonthlyPension());
        put(facts, CoreFacts.INCLUDES_MANDATED_CONTENT, r.includesMandatedContent());
        put(facts, CoreFacts.BUS_FARE_ONE_WAY, r.busFareOneWay());
        put(facts, CoreFacts.DIFFICULT_ENTERPRISE, r.difficultEnterprise());
        put(facts, CoreFacts.TRAINING_COST, r.trainingCost());
        put(facts, CoreFacts.PROVIDER, r.provider());
        put(facts, CoreFacts.TRAINING_STARTED_ON, r.trainingStartedOn());
        put(facts, CoreFacts.CONTRACT_SIGNED_ON, r.contractSignedOn());
        put(facts, CoreFacts.INSURED_IN_LINZHI, r.insuredInLinzhi());
        put(facts, CoreFacts.PAYEE, r.payee());
        if (r.groups() != null || r.keyGroup() != null) {
            TreeSet<String> groups = new TreeSet<>();
            if (r.groups() != null) {
                r.groups().forEach(g -> groups.add(g.name()));
            }
            if (r.keyGroup() != null) {
                groups.add(r.keyGroup().group().name());
            }
            facts.put(CoreFacts.GROUPS, Collections.unmodifiableSortedSet(groups));
        }
        if (projectBased) {
            facts.put(CoreFacts.PROJECT_BASED, true);
        }
        String institution = r.institution() == null || !CreditCodes.isValid(r.institution().creditCode()) ? null : r.institution().creditCode();
        return new EvaluationCase(facts, institution);
    }

    /** Request properties that are not facts, and so cannot be given in the facts map either. */
    private static final Set<String> OWN_FIELDS = Set.of("personId", "institution", "projectId", "keyGroup", "facts");

    private static void put(Map<String, Object> facts, String name, Object value) {
        if (value != null) {
            facts.put(name, value instanceof Enum<?> e ? e.name() : value);
        }
    }

    public DecisionView toView(String personId, Decision d) {
        return view(personId == null ? null : ResidentIds.mask(ResidentIds.normalise(personId)), d);
    }

    /** The view of a decision about a person known by a masked ID (null: none named). */
    public DecisionView view(String maskedPersonId, Decision d) {
        return DecisionViewBuilder.builder()
                .personId(maskedPersonId)
                .eligible(d.eligible())
                .complete(d.complete())
                .amount(d.amount())
                .advanceAmount(d.advanceAmount())
                .transportAllowance(d.transportAllowance())
                .ruleSetVersion(d.ruleSetVersion())
                .historyChecked(d.historyChecked())
                .payee(d.payee())
                .notices(d.historyChecked() ? List.of() : List.of(HISTORY_SKIPPED))
                .lines(d.lines().stream().map(l -> new DecisionView.LineView(l.ruleId(), l.label(), l.labelEn(), l.amount(), citation(l.citation()))).toList())
                .notConfigured(d.notConfigured().stream().map(p -> new DecisionView.PartView(p.ruleId(), p.label(), p.labelEn(), citation(p.citation()))).toList())
                .reasons(d.reasons().stream().map(r -> new DecisionView.ReasonView(r.code().name(), r.ruleId(), r.message(), r.messageZh(), r.messageEn(),
                        r.facts().stream().map(f -> CoreFacts.isCore(f) ? f : "facts." + f).toList(), citation(r.citation()))).toList())
                .build();
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

    /** gazette-service's address of a cited provision (the shared vocabulary's one encoder); empty for what is not one. */
    public static java.util.Optional<ProvisionAddress> address(String documentNumber, String provisionPath) {
        return DocumentNumber.parse(documentNumber).flatMap(n -> ProvisionPath.parse(provisionPath).map(p -> new ProvisionAddress(n, p)));
    }

    private DecisionView.CitationView toCitationView(Citation c) {
        String url = c.inGazette() && c.provisionPath() != null
                ? address(c.documentNumber(), c.provisionPath()).map(a -> a.apiUrl(gazetteUrl)).orElse(null)
                : null;
        return new DecisionView.CitationView(c.documentNumber(), c.provisionPath(), c.text(), url);
    }
}
