package gov.linzhi.platform.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A service's own OpenAPI document, read from the running application, as a list of operations. */
public final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    /**
     * Parses the document. The caller fetches it: this class may be loaded outside the test's
     * Quarkus class loader, where RestAssured does not know the application's port.
     */
    /** The document as a JSON tree. */
    JsonNode root() {
        return root;
    }

    public static OpenApiDocument parse(String json) {
        try {
            return new OpenApiDocument(new ObjectMapper().readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable OpenAPI document", e);
        }
    }

    /**
     * Operation extension marking a write whose permission depends on the caller's department, not only
     * on the role (e.g. only the departments a task names may report on it): the auth matrix then
     * checks that another department is refused and writes nothing.
     */
    public static final String DEPARTMENT_SCOPED = "x-department-scoped";

    /** Operation extension the kit's OpenAPI filter writes: per status, the problem codes the operation can answer. */
    public static final String PROBLEM_CODES = "x-problem-codes";

    /**
     * One path + method of the API. {@code roles} are the scopes of its security requirements, which
     * Quarkus fills from {@code @RolesAllowed}.
     */
    public record Operation(String method, String path, List<JsonNode> parameters, Map<String, JsonNode> bodies,
                            boolean secured, Set<String> roles, boolean departmentScoped, Set<String> statuses,
                            Map<String, Set<String>> problemCodes) {
        public boolean isWrite() {
            return WRITES.contains(method);
        }

        public String key() {
            return method + " " + path;
        }
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> entry = paths.next();
            String path = entry.getKey();
            // the probe resource of the shared convention tests is no part of any service's API
            if (path.startsWith("/q/") || path.startsWith("/api/v1/test-probe")) {
                continue;
            }
            JsonNode item = entry.getValue();
            Iterator<Map.Entry<String, JsonNode>> methods = item.fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (!METHODS.contains(m.getKey())) {
                    continue;
                }
                JsonNode op = m.getValue();
                List<JsonNode> parameters = new ArrayList<>();
                item.path("parameters").forEach(p -> parameters.add(resolve(p)));
                op.path("parameters").forEach(p -> parameters.add(resolve(p)));
                Map<String, JsonNode> bodies = new java.util.LinkedHashMap<>();
                resolve(op.path("requestBody")).path("content").fields()
                        .forEachRemaining(c -> bodies.put(c.getKey(), c.getValue().path("schema")));
                JsonNode security = op.has("security") ? op.get("security") : root.path("security");
                boolean secured = !security.isMissingNode() && !security.isEmpty();
                Set<String> roles = new java.util.TreeSet<>();
                security.forEach(requirement -> requirement.forEach(scopes -> scopes.forEach(r -> roles.add(r.asText()))));
                boolean departmentScoped = op.path(DEPARTMENT_SCOPED).asBoolean(false)
                        || "true".equals(op.path(DEPARTMENT_SCOPED).asText());
                Set<String> statuses = new java.util.TreeSet<>();
                op.path("responses").fieldNames().forEachRemaining(statuses::add);
                Map<String, Set<String>> problemCodes = new java.util.TreeMap<>();
                op.path(PROBLEM_CODES).fields().forEachRemaining(codes -> {
                    Set<String> named = new java.util.TreeSet<>();
                    codes.getValue().forEach(code -> named.add(code.asText()));
                    problemCodes.put(codes.getKey(), Set.copyOf(named));
                });
                operations.add(new Operation(m.getKey().toUpperCase(java.util.Locale.ROOT), path, parameters, bodies, secured,
                        Set.copyOf(roles), departmentScoped, Set.copyOf(statuses), Map.copyOf(problemCodes)));
            }
        }
        return operations;
    }

    /** Follows a local {@code $ref}; anything else is returned as is. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 20 && current != null && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = ref.startsWith("#") ? root.at(ref.substring(1)) : current;
            if (current.isMissingNode()) {
                return node;
            }
        }
        return current;
    }
}
