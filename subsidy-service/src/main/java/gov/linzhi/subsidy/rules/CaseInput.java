package gov.linzhi.subsidy.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case written as the request's JSON (a policy case's {@code input}): the request's own fields, the
 * deprecated {@code keyGroup}, the {@code institution} and the {@code facts} map, read into an
 * {@link EvaluationCase}. The request's fields get their canonical values here; facts of the map are checked by
 * the rule set in force.
 */
public final class CaseInput {

    private static final Set<String> NOT_FACTS = Set.of("keyGroup", "institution", "facts");

    private CaseInput() {
    }

    /** @throws IllegalArgumentException naming the field that cannot be read */
    public static EvaluationCase read(JsonNode input) {
        if (input == null || !input.isObject()) {
            throw new IllegalArgumentException("a case input is an object of the request's fields");
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        Set<String> groups = new LinkedHashSet<>();
        String institution = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = input.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode node = field.getValue();
            if (node.isNull()) {
                continue;
            }
            if (name.equals("keyGroup")) {
                groups.add(KeyGroup.valueOf(node.asText()).group().name());
            } else if (name.equals("institution")) {
                institution = node.path("creditCode").asText(null);
            } else if (name.equals("facts")) {
                for (Iterator<Map.Entry<String, JsonNode>> f = node.fields(); f.hasNext(); ) {
                    Map.Entry<String, JsonNode> fact = f.next();
                    if (CoreFacts.isCore(fact.getKey()) || NOT_FACTS.contains(fact.getKey())) {
                        throw new InvalidCaseException(List.of(new InvalidCaseException.Problem(InvalidCaseException.Kind.INVALID_VALUE,
                                "facts." + fact.getKey(), "give " + fact.getKey() + " as the request's own field, not in facts")));
                    }
                    facts.put(fact.getKey(), raw(fact.getValue()));
                }
            } else if (CoreFacts.isCore(name)) {
                try {
                    facts.put(name, CoreFacts.TYPES.get(name).parse(raw(node),
                            new java.util.LinkedHashSet<>(CoreFacts.CODES.getOrDefault(name, List.of()))));
                } catch (IllegalArgumentException e) {
                    // as the API answers a value its own field cannot take
                    throw new InvalidCaseException(List.of(new InvalidCaseException.Problem(InvalidCaseException.Kind.INVALID_VALUE, name,
                            e.getMessage())));
                }
            } else {
                throw new IllegalArgumentException(name + ": not a field of the request");
            }
        }
        if (!groups.isEmpty()) {
            Object given = facts.get(CoreFacts.GROUPS);
            if (given instanceof Set<?> set) {
                set.forEach(g -> groups.add(g.toString()));
            }
            facts.put(CoreFacts.GROUPS, new java.util.TreeSet<>(groups));
        }
        return new EvaluationCase(facts, institution);
    }

    private static Object raw(JsonNode node) {
        try {
            return RuleSetLoader.json().treeToValue(node, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage());
        }
    }
}
