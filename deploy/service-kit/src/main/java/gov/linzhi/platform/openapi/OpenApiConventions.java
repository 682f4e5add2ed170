package gov.linzhi.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayList;
import java.util.Map;

/**
 * Conventions every service's OpenAPI document follows, applied once when the document is built
 * (so the stored document, {@code /q/openapi} and Swagger UI agree), and checked by the
 * {@code @redocly/cli} lint in {@code deploy/validate.sh}:
 * <ul>
 *   <li>an operation that needs no token says so with an empty {@code security} list, rather than
 *       leaving a reader to guess (operations with roles already carry the bearer requirement);</li>
 *   <li>the problem responses the kit answers, each error response's problem+json schema and the codes an operation
 *       can answer per status ({@link ProblemResponses});</li>
 *   <li>a page of a list documents its {@code Link} header;</li>
 *   <li>each enum value carries its Chinese meaning ({@link EnumDescriptions});</li>
 *   <li>every 429 and 503 it documents carries the {@code Retry-After} header the kit always sends with them (the
 *       rate limiter, the problem mappers), every 304 the {@code ETag} it answers with, every 201 its
 *       {@code Location}; an operation taking an {@code Idempotency-Key} documents {@code Idempotent-Replayed}, a
 *       download its {@code Content-Disposition}.</li>
 * </ul>
 * Runs after Quarkus has added the bearer requirement to the role-protected operations (lowest priority).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = Integer.MIN_VALUE)
public class OpenApiConventions implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        ProblemSchema.addIfMissing(openAPI);
        EnumDescriptions.apply(openAPI, EnumDescriptions.catalogued());
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            Map<?, Operation> operations = item.getOperations();
            if (operations != null) {
                operations.values().forEach(operation -> {
                    apply(operation);
                    ProblemResponses.apply(openAPI, operation);
                    documentHeadersOfEveryResponse(operation);
                    documentLinkHeader(openAPI, operation);
                });
            }
        });
    }

    private static void apply(Operation operation) {
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>());
        }
    }

    private static void documentHeadersOfEveryResponse(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach(OpenApiConventions::documentHeaders);
        boolean idempotent = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER
                        && "Idempotency-Key".equalsIgnoreCase(p.getName()));
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.equals("201")) {
                header(response, "Location", "the address of what was created", "string", true);
            }
            if (idempotent && (status.equals("200") || status.equals("201"))) {
                header(response, "Idempotent-Replayed",
                        "true when this answers an earlier request with the same Idempotency-Key: nothing new was recorded", "string", false);
            }
            if (status.equals("200") && response.getContent() != null && response.getContent().getMediaTypes() != null
                    && response.getContent().getMediaTypes().keySet().stream().anyMatch(OpenApiConventions::isDownload)) {
                header(response, "Content-Disposition", "attachment with a file name, for the CSV and spreadsheet forms", "string", false);
            }
        });
    }

    private static boolean isDownload(String mediaType) {
        return mediaType.startsWith("text/csv") || mediaType.contains("spreadsheetml");
    }

    /** A page of a list (a body with {@code items} and {@code links}) carries the same links as its {@code Link} header. */
    static void documentLinkHeader(OpenAPI openAPI, Operation operation) {
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaType("application/json") == null) {
            return;
        }
        org.eclipse.microprofile.openapi.models.media.Schema schema = ok.getContent().getMediaType("application/json").getSchema();
        if (schema != null && schema.getRef() != null && openAPI.getComponents() != null
                && openAPI.getComponents().getSchemas() != null) {
            schema = openAPI.getComponents().getSchemas().get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        }
        if (schema != null && schema.getProperties() != null && schema.getProperties().containsKey("items")
                && schema.getProperties().containsKey("links")) {
            header(ok, "Link", "the links of the body's links as RFC 8288 web links: rel self, next, prev, first, last", "string", true);
        }
    }

    /** The headers the kit sends with a status, documented where the operation documents the status. */
    static void documentHeaders(String status, APIResponse response) {
        switch (status) {
            case "429", "503" -> header(response, "Retry-After",
                    "seconds to wait before sending the same request again (RFC 9110 §10.2.3)", "integer", true);
            case "304" -> header(response, "ETag", "the strong tag of the representation the client holds", "string", true);
            default -> { }
        }
    }

    /** {@code required}: the kit sends it with every answer of the status, and the shared OpenAPI suites hold each to it. */
    private static void header(APIResponse response, String name, String description, String type, boolean required) {
        if (response.getRef() != null || response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        response.addHeader(name, OASFactory.createHeader().description(description).required(required)
                .schema(OASFactory.createSchema().addType("integer".equals(type)
                        ? org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER
                        : org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
    }

}
