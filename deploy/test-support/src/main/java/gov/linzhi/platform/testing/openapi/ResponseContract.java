package gov.linzhi.platform.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.response.Response;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an operation's document promises about an answer beyond its status and problem code: a JSON body conforms to
 * the schema documented for its status (JSON Schema 2020-12, as OpenAPI 3.1 writes it, references resolved against
 * the document's components), and every header the document marks {@code required} for that status is sent.
 */
final class ResponseContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenApiDocument document;
    private final JsonNode root;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<String, Optional<JsonSchema>> schemas = new HashMap<>();

    ResponseContract(OpenApiDocument document) {
        this.document = document;
        this.root = document.root();
    }

    /** Null when the answer keeps the document's promises, otherwise the first one it breaks. */
    String broken(OpenApiDocument.Operation op, Response response) {
        JsonNode documented = document.resolve(root.path("paths").path(op.path()).path(op.method().toLowerCase(java.util.Locale.ROOT))
                .path("responses").path(String.valueOf(response.statusCode())));
        if (documented.isMissingNode()) {
            return null; // the status itself is judged by the fuzz
        }
        List<String> missing = new ArrayList<>();
        documented.path("headers").fields().forEachRemaining(h -> {
            if (document.resolve(h.getValue()).path("required").asBoolean(false) && response.header(h.getKey()) == null) {
                missing.add(h.getKey());
            }
        });
        if (!missing.isEmpty()) {
            return response.statusCode() + " without the documented header(s) " + missing;
        }
        String type = String.valueOf(response.contentType());
        if (response.statusCode() >= 300 || !type.startsWith("application/json")) {
            return null;
        }
        Optional<JsonSchema> schema = schemas.computeIfAbsent(op.key() + " " + response.statusCode(),
                k -> compile(document.resolve(documented).path("content").path("application/json").path("schema")));
        if (schema.isEmpty()) {
            return null;
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.asString());
        } catch (IOException e) {
            return response.statusCode() + " application/json that is not JSON";
        }
        Set<ValidationMessage> problems = schema.get().validate(body);
        return problems.isEmpty() ? null : response.statusCode() + " body does not conform to its documented schema: "
                + problems.stream().limit(10).map(ValidationMessage::getMessage).toList();
    }

    private Optional<JsonSchema> compile(JsonNode schema) {
        if (schema.isMissingNode() || schema.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode wrapper = JSON.createObjectNode();
        wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        wrapper.putArray("allOf").add(schema);
        wrapper.set("components", root.path("components"));
        return Optional.of(factory.getSchema(wrapper));
    }
}
