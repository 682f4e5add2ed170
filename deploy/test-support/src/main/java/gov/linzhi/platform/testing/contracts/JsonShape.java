package gov.linzhi.platform.testing.contracts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The shape check of the consumer-driven contracts: a provider's real answer against the copy a consumer's tests run
 * on (its recorded stubs). Each service's contract test uses it for the interactions the others recorded with it.
 */
public final class JsonShape {

    private JsonShape() {
    }

    /** Every field the consumer's copy has is in the real answer, with the same JSON type and URL form. */
    public static void conforms(JsonNode expected, JsonNode actual, String at, List<String> problems) {
        if (expected.isNull()) {
            return;
        }
        if (actual == null || actual.isMissingNode()) {
            problems.add(at + ": missing");
            return;
        }
        if (expected.getNodeType() != actual.getNodeType() && !actual.isNull()) {
            problems.add(at + ": " + expected.getNodeType() + " expected, " + actual.getNodeType() + " answered");
            return;
        }
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                var e = it.next();
                conforms(e.getValue(), actual.get(e.getKey()), at + "." + e.getKey(), problems);
            }
        } else if (expected.isArray() && !expected.isEmpty()) {
            if (actual.isEmpty()) {
                problems.add(at + ": empty, the consumer's copy has " + expected.size() + " elements");
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                conforms(expected.get(i), actual.get(Math.min(i, actual.size() - 1)), at + "[" + i + "]", problems);
            }
        } else if (expected.isTextual() && !actual.isNull()) {
            boolean absolute = expected.asText().matches("^https?://.*");
            boolean relative = expected.asText().startsWith("/");
            if (absolute != actual.asText().matches("^https?://.*") || relative != actual.asText().startsWith("/")) {
                problems.add(at + ": \"" + expected.asText() + "\" expected in that form, \"" + actual.asText() + "\" answered");
            }
        }
    }
}
