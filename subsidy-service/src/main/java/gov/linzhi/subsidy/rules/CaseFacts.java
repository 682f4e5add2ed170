package gov.linzhi.subsidy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a case's facts against the rule set in force and completes them: every fact given must be declared
 * and fit its type (canonical values out), the programme's payee and the declared defaults fill what is not
 * given, and what the case's programme requires must be there.
 */
final class CaseFacts {

    private CaseFacts() {
    }

    /** The case's facts, checked, canonical and completed (a map the caller owns). */
    static Map<String, Object> complete(RuleSet set, EvaluationCase c) {
        List<InvalidCaseException.Problem> problems = new ArrayList<>(0);
        Map<String, Object> facts = new java.util.HashMap<>(64);
        c.facts().forEach((name, raw) -> {
            Fact fact = set.facts().get(name);
            if (fact == null) {
                problems.add(new InvalidCaseException.Problem(InvalidCaseException.Kind.UNKNOWN_FIELD, field(name),
                        "rule-set version " + set.version() + " declares no such fact (GET /api/v1/facts?version=" + set.version()
                                + " lists them)"));
                return;
            }
            try {
                facts.put(name, fact.parse(raw));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidCaseException.Problem(InvalidCaseException.Kind.INVALID_VALUE, field(name), e.getMessage()));
            }
        });
        Programme programme = c.programme();
        RuleSet.ProgrammeInfo info = programme == null ? null : set.programmes().get(programme);
        if (programme != null && info == null) {
            problems.add(new InvalidCaseException.Problem(InvalidCaseException.Kind.INVALID_VALUE, CoreFacts.PROGRAMME,
                    programme + " is not a programme of rule-set version " + set.version()));
        }
        if (info != null && !facts.containsKey(CoreFacts.PAYEE)) {
            facts.put(CoreFacts.PAYEE, info.payee().name());
        }
        for (Fact fact : set.facts().values()) {
            if (facts.containsKey(fact.name())) {
                continue;
            }
            if (fact.defaultValue() != null) {
                facts.put(fact.name(), fact.defaultValue());
            } else if (fact.required()) {
                problems.add(new InvalidCaseException.Problem(InvalidCaseException.Kind.VALIDATION_FAILED, field(fact.name()),
                        "must not be null"));
            } else if (programme != null && fact.requiredFor().contains(programme)) {
                problems.add(new InvalidCaseException.Problem(InvalidCaseException.Kind.VALIDATION_FAILED, field(fact.name()),
                        "required for " + programme));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
        return facts;
    }

    /** The request field a fact is given in: its own field, or an entry of {@code facts}. */
    static String field(String name) {
        return CoreFacts.isCore(name) ? name : "facts." + name;
    }
}
