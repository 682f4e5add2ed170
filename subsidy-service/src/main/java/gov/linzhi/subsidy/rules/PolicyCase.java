package gov.linzhi.subsidy.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A policy case: a case as the request writes it, what the person's history, the catalogue and the register
 * hold for it, and the decision the plan expects. Cases live beside their rule set and run whenever it loads
 * (and in the build); a version whose cases fail is refused.
 * <pre>
 * name: 企业职工培训 初级工
 * provisions: "3.1.1, 6.12"
 * input: {programme: ENTERPRISE_TRAINING, occupation: 电工, trainingCompletedOn: 2020-06-30, level: LEVEL_5}
 * history: {trainingClaimsInYear: 1, used: [{family: TRAINING, occupation: 电工, level: LEVEL_4}], personallyPaid: [...]}
 * catalogue: {"91540400MA6T1234XT": {status: ACTIVE, approvals: ["电工/LEVEL_5"]}}
 * disqualifiedInstitutions: ["…"]
 * projectBased: true
 * expect: {eligible: true, amount: 1000.00, advanceAmount: 300.00, transportAllowance: 0.00, ruleSetVersion: "…",
 *          lines: [{ruleId: …, amount: …}], notConfigured: [ruleId …], reasons: [CODE …], payee: ENTERPRISE,
 *          reasonProvisions: {CODE: "3.1.1"}}
 * # or, for a case the rule set refuses to take:  expect: {invalid: [field …]}
 * </pre>
 */
public record PolicyCase(JsonNode data) {

    public String name() {
        return data.path("name").asText();
    }

    /** The file the case came from, when it came from one. */
    public String file() {
        return data.path("file").asText("");
    }

    @Override
    public String toString() {
        return (file().isEmpty() ? "" : file() + " ") + name();
    }

    public JsonNode input() {
        return data.path("input");
    }

    public JsonNode expect() {
        return data.path("expect");
    }

    public boolean expectsInvalid() {
        return expect().has("invalid");
    }

    /** The case as the engine sees it, appliedOn defaulting to the completion date. */
    public EvaluationCase evaluationCase() {
        EvaluationCase c = CaseInput.read(input());
        return c.fact(CoreFacts.APPLIED_ON) == null ? c.with(CoreFacts.APPLIED_ON, c.trainingCompletedOn()) : c;
    }

    public LocalDate completedOn() {
        return LocalDate.parse(input().path(CoreFacts.TRAINING_COMPLETED_ON).asText());
    }

    public boolean hasHistory() {
        return data.has("history");
    }

    public boolean hasParameterChanges() {
        return data.has("parameterChanges");
    }

    public boolean hasCatalogue() {
        return data.has("catalogue");
    }

    public boolean hasDisqualifiedInstitutions() {
        return data.has("disqualifiedInstitutions");
    }

    public boolean projectBased() {
        return data.path("projectBased").asBoolean(false);
    }

    /**
     * Whether the case runs the same through the HTTP API of a fresh service (no history, no changes, no register,
     * no institution: the service's catalogue decides those).
     */
    public boolean standsAlone() {
        return !hasHistory() && !hasParameterChanges() && !hasDisqualifiedInstitutions() && !hasCatalogue() && !projectBased()
                && !input().has("institution");
    }

    /** The person's history the case states, or null (history rules skipped). */
    public PersonHistory history() {
        if (!hasHistory()) {
            return null;
        }
        JsonNode h = data.path("history");
        Set<EvaluationCase.UsedPair> used = new HashSet<>();
        for (JsonNode u : h.path("used")) {
            used.add(new EvaluationCase.UsedPair(Programme.Family.valueOf(u.path("family").asText()),
                    EvaluationCase.occupationKey(u.path("occupation").asText()), u.path("level").asText()));
        }
        Set<EvaluationCase.UsedPair> paid = new HashSet<>();
        for (JsonNode u : h.path("personallyPaid")) {
            paid.add(new EvaluationCase.UsedPair(Programme.Family.TRAINING, EvaluationCase.occupationKey(u.path("occupation").asText()),
                    u.path("level").asText()));
        }
        return new PersonHistory(h.path("trainingClaimsInYear").asInt(0), used, paid);
    }

    /** The catalogue the case states: without one every institution is approved, unless the register disqualifies it. */
    public InstitutionStanding institutions() {
        Set<String> disqualified = new HashSet<>();
        data.path("disqualifiedInstitutions").forEach(d -> disqualified.add(d.asText()));
        if (!hasCatalogue()) {
            return InstitutionStanding.registerOnly(disqualified::contains);
        }
        JsonNode catalogue = data.path("catalogue");
        return (code, occupationKey, levelKey) -> {
            JsonNode entry = catalogue.get(code);
            if (entry == null) {
                return disqualified.contains(code) ? InstitutionStanding.Standing.DISQUALIFIED : InstitutionStanding.Standing.NOT_LISTED;
            }
            String status = entry.path("status").asText("ACTIVE");
            if (status.equals("DISQUALIFIED")) {
                return InstitutionStanding.Standing.DISQUALIFIED;
            }
            boolean approved = false;
            for (JsonNode a : entry.path("approvals")) {
                String approval = a.asText();
                int slash = approval.lastIndexOf('/');
                approved |= (EvaluationCase.occupationKey(approval.substring(0, slash)) + "/" + approval.substring(slash + 1))
                        .equals(occupationKey + "/" + levelKey);
            }
            return !approved ? InstitutionStanding.Standing.NOT_APPROVED_FOR
                    : status.equals("SUSPENDED") ? InstitutionStanding.Standing.SUSPENDED : InstitutionStanding.Standing.APPROVED;
        };
    }

    /** The rule set with the case's parameter changes, if it states any. */
    public RuleSet ruleSet(RuleSet set) {
        if (!hasParameterChanges()) {
            return set;
        }
        List<RuleSet.ParameterChange> changes = new ArrayList<>();
        for (JsonNode change : data.path("parameterChanges")) {
            changes.add(new RuleSet.ParameterChange(change.path("parameter").asText(),
                    change.path("value").isNull() || change.path("value").isMissingNode() ? null : new BigDecimal(change.path("value").asText()),
                    change.hasNonNull("from") ? LocalDate.parse(change.path("from").asText()) : null));
        }
        return set.withChanges(changes);
    }

    /** Decides the case against a rule set (and only it). */
    public Decision decide(RuleSet set) {
        EvaluationCase c = evaluationCase();
        if (projectBased()) {
            c = c.with(CoreFacts.PROJECT_BASED, true);
        }
        return SubsidyEngine.evaluate(new RuleSets(List.of(ruleSet(set))), c, history(), institutions());
    }

    /** What differs between the expectation and the set's answer; empty when the case passes. */
    public List<String> differences(RuleSet set) {
        Decision d;
        try {
            d = decide(set);
        } catch (InvalidCaseException e) {
            return expectsInvalid() ? differencesInvalid(e) : List.of("the case is refused as input: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return List.of("the case cannot be decided: " + e.getMessage());
        }
        if (expectsInvalid()) {
            return List.of("expected the input to be refused (" + expect().path("invalid") + ") but it was decided");
        }
        return differences(d, Function.identity());
    }

    private List<String> differencesInvalid(InvalidCaseException e) {
        Set<String> expected = new HashSet<>();
        expect().path("invalid").forEach(f -> expected.add(f.asText()));
        Set<String> actual = new HashSet<>();
        e.problems().forEach(p -> actual.add(p.field()));
        return sameFields(expected, actual) ? List.of() : List.of("refused fields " + actual + ", expected " + expected);
    }

    /** Whether refused fields are the expected ones; {@code groups} stands for any element of it ({@code groups[0]}). */
    public static boolean sameFields(Set<String> expected, Set<String> actual) {
        Set<String> fields = new HashSet<>();
        actual.forEach(f -> fields.add(f.replaceFirst("\\[\\d+]$", "")));
        return expected.equals(fields);
    }

    /** Compares a decision as the engine or the API gives it (the accessor turns a rule id list into what it reads). */
    public List<String> differences(Decision d, Function<List<String>, List<String>> ids) {
        JsonNode e = expect();
        List<String> out = new ArrayList<>();
        same(out, "eligible", e.path("eligible").asBoolean(), d.eligible());
        money(out, "amount", e.path("amount"), d.amount());
        money(out, "advanceAmount", e.path("advanceAmount"), d.advanceAmount());
        money(out, "transportAllowance", e.path("transportAllowance"), d.transportAllowance());
        same(out, "ruleSetVersion", e.path("ruleSetVersion").isNull() ? null : e.path("ruleSetVersion").asText(null), d.ruleSetVersion());
        List<String> expectedLines = new ArrayList<>();
        e.path("lines").forEach(l -> expectedLines.add(l.path("ruleId").asText()));
        same(out, "lines", expectedLines, ids.apply(d.lines().stream().map(Decision.Line::ruleId).toList()));
        for (int i = 0; i < Math.min(d.lines().size(), e.path("lines").size()); i++) {
            money(out, "line " + i, e.path("lines").get(i).path("amount"), d.lines().get(i).amount());
        }
        List<String> expectedParts = new ArrayList<>();
        e.path("notConfigured").forEach(p -> expectedParts.add(p.asText()));
        same(out, "notConfigured", expectedParts, d.notConfigured().stream().map(Decision.Part::ruleId).toList());
        List<String> expectedReasons = new ArrayList<>();
        e.path("reasons").forEach(r -> expectedReasons.add(r.asText()));
        same(out, "reasons", expectedReasons, d.reasons().stream().map(r -> r.code().name()).toList());
        if (e.has("payee")) {
            same(out, "payee", e.path("payee").asText(), d.payee() == null ? null : d.payee().name());
        }
        for (Map.Entry<String, JsonNode> p : iterable(e.path("reasonProvisions"))) {
            Decision.Reason reason = d.reasons().stream().filter(r -> r.code().name().equals(p.getKey())).findFirst().orElse(null);
            if (reason == null) {
                out.add("no reason " + p.getKey() + " to check the provision of");
            } else {
                same(out, "provision of " + p.getKey(), p.getValue().isNull() ? null : p.getValue().asText(),
                        reason.citation() == null ? null : reason.citation().provisionPath());
            }
        }
        return out;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }

    private static void same(List<String> out, String what, Object expected, Object actual) {
        if (!java.util.Objects.equals(expected, actual)) {
            out.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private static void money(List<String> out, String what, JsonNode expected, BigDecimal actual) {
        if (expected.isMissingNode()) {
            return;
        }
        BigDecimal yuan = new BigDecimal(expected.asText()).setScale(2, java.math.RoundingMode.HALF_UP);
        if (yuan.compareTo(actual) != 0 || actual.scale() != 2) {
            out.add(what + ": expected " + yuan.toPlainString() + ", got " + actual.toPlainString());
        }
    }

    /**
     * Every failing case of a rule set, one line each; a case about a date the set does not govern is left to the
     * sets that do.
     */
    public static List<String> failures(RuleSet set, List<PolicyCase> cases) {
        List<String> failures = new ArrayList<>();
        for (PolicyCase c : cases) {
            LocalDate on;
            try {
                on = c.completedOn();
            } catch (java.time.DateTimeException e) {
                failures.add("policy case " + c + ": trainingCompletedOn is not a date");
                continue;
            }
            if (!set.covers(on)) {
                continue;
            }
            List<String> differences = c.differences(set);
            if (!differences.isEmpty()) {
                failures.add("policy case " + c + " fails: " + String.join("; ", differences));
            }
        }
        return failures;
    }
}
