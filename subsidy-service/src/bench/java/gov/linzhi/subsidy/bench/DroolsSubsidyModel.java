package gov.linzhi.subsidy.bench;

import gov.linzhi.subsidy.rules.CoreFacts;
import gov.linzhi.subsidy.rules.Decision;
import gov.linzhi.subsidy.rules.EvaluationCase;
import gov.linzhi.subsidy.rules.Level;
import org.jboss.logmanager.LogContext;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The subsidy rule set as a DMN 1.3 model ({@code bench/subsidy-rules.dmn}) evaluated by Drools
 * ({@code kie-dmn-core}): the comparison point of {@link EngineVsDroolsBenchmark}. Benchmark-only (profile
 * {@code benchmark}); the model covers what the engine decides without a person's history.
 */
public final class DroolsSubsidyModel {

    /** What both implementations must agree on: eligibility, the three amounts, the set of reason codes. */
    public record Outcome(boolean eligible, BigDecimal amount, BigDecimal advanceAmount, BigDecimal transportAllowance, Set<String> reasons) {

        public Outcome {
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
            advanceAmount = advanceAmount.setScale(2, RoundingMode.UNNECESSARY);
            transportAllowance = transportAllowance.setScale(2, RoundingMode.UNNECESSARY);
            reasons = new TreeSet<>(reasons);
        }

        public static Outcome of(Decision d) {
            return new Outcome(d.eligible(), d.amount(), d.advanceAmount(), d.transportAllowance(),
                    d.reasons().stream().map(r -> r.code().name()).collect(Collectors.toSet()));
        }
    }

    private final DMNRuntime runtime;
    private final DMNModel model;

    public DroolsSubsidyModel() {
        // Outside a running Quarkus application, the Quarkus boot-time log handler on this (test) classpath keeps every
        // level enabled, so Drools' debug messages were formatted and queued on every evaluation: a third of its time
        // in a first profile. At INFO, as in any deployment, Drools is measured for deciding, not for logging.
        LogContext.getLogContext().getLogger("").setLevel(java.util.logging.Level.INFO);
        runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration()
                .fromClasspathResource("bench/subsidy-rules.dmn", DroolsSubsidyModel.class)
                .getOrElseThrow(e -> new IllegalStateException("the DMN model does not compile", e));
        model = runtime.getModels().get(0);
        if (model.hasErrors()) {
            throw new IllegalStateException("the DMN model has errors: " + model.getMessages());
        }
    }

    /** The model's inputs for a case, built once per case so the benchmark times the evaluation only, as for the engine. */
    public static Map<String, Object> inputs(EvaluationCase c, Predicate<String> disqualified) {
        Map<String, Object> in = new HashMap<>();
        in.put("programme", c.programme().name());
        in.put("level", Level.keyOf(c.level()));
        in.put("certificateLevel", Level.keyOf(c.certificateLevel()));
        in.put("difficultEnterprise", flag(c, CoreFacts.DIFFICULT_ENTERPRISE, false));
        in.put("trainingCost", c.fact(CoreFacts.TRAINING_COST));
        in.put("trainingCompletedOn", c.trainingCompletedOn());
        in.put("appliedOn", c.fact(CoreFacts.APPLIED_ON));
        in.put("certificateIssuedOn", c.fact(CoreFacts.CERTIFICATE_ISSUED_ON));
        Object months = c.fact(CoreFacts.UNEMPLOYMENT_INSURANCE_MONTHS);
        in.put("unemploymentInsuranceMonths", months == null ? null : BigDecimal.valueOf((Long) months));
        in.put("receivesMonthlyPension", flag(c, CoreFacts.RECEIVES_MONTHLY_PENSION, false));
        in.put("includesMandatedContent", flag(c, CoreFacts.INCLUDES_MANDATED_CONTENT, false));
        Object groups = c.fact(CoreFacts.GROUPS);
        in.put("groups", groups == null ? List.of() : List.copyOf((java.util.Collection<?>) groups));
        in.put("busFareOneWay", c.fact(CoreFacts.BUS_FARE_ONE_WAY));
        in.put("provider", c.fact(CoreFacts.PROVIDER));
        in.put("insuredInLinzhi", flag(c, CoreFacts.INSURED_IN_LINZHI, true));
        in.put("contractSignedOn", c.fact(CoreFacts.CONTRACT_SIGNED_ON));
        in.put("trainingStartedOn", c.fact(CoreFacts.TRAINING_STARTED_ON));
        in.put("institutionDisqualified", c.institutionCreditCode() != null && disqualified.test(c.institutionCreditCode()));
        in.put("projectBased", flag(c, CoreFacts.PROJECT_BASED, false));
        return in;
    }

    private static boolean flag(EvaluationCase c, String fact, boolean fallback) {
        Object value = c.fact(fact);
        return value == null ? fallback : (Boolean) value;
    }

    /** Evaluates every decision of the model for one case's inputs; returns the raw "Decision" context. */
    public Object evaluate(Map<String, Object> inputs) {
        DMNContext context = runtime.newContext();
        inputs.forEach(context::set);
        DMNResult result = runtime.evaluateAll(model, context);
        DMNDecisionResult decision = result.getDecisionResultByName("Decision");
        if (decision.getEvaluationStatus() != DMNDecisionResult.DecisionEvaluationStatus.SUCCEEDED) {
            throw new IllegalStateException("DMN evaluation failed: " + result.getMessages());
        }
        return decision.getResult();
    }

    /** The outcome of {@link #evaluate}, for comparison with the engine's. */
    @SuppressWarnings("unchecked")
    public Outcome outcome(Map<String, Object> inputs) {
        Map<String, Object> d = (Map<String, Object>) evaluate(inputs);
        return new Outcome((Boolean) d.get("eligible"), (BigDecimal) d.get("amount"), (BigDecimal) d.get("advanceAmount"),
                (BigDecimal) d.get("transportAllowance"), Set.copyOf((List<String>) d.get("reasons")));
    }
}
