package gov.linzhi.platform.openapi;

import java.util.ArrayList;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import gov.linzhi.platform.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Conventions every service's OpenAPI document follows, applied once when the document is built
 * (so the stored document, {@code /q/openapi} and Swagger UI agree), and checked by the
 * {@code @redocly/cli} lint in {@code deploy/validate.sh}:
 * <ul>
 *   <li>an operation that needs no token says so with an empty {@code security} list, rather than
 *       leaving a reader to guess (operations with roles already carry the bearer requirement);</li>
 *   <li>an operation that documents no client error gets the 406 problem every endpoint can answer
 *       (the kit's mapper for an unsatisfiable {@code Accept});</li>
 *   <li>every 429 and 503 it documents carries the {@code Retry-After} header the kit always sends with them (the
 *       rate limiter, the problem mappers), and every 304 the {@code ETag} it answers with.</li>
 * </ul>
 * Runs after Quarkus has added the bearer requirement to the role-protected operations (lowest priority).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = Integer.MIN_VALUE)
public class OpenApiConventions implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean problemSchemaKnown = openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey("Problem");
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            Map<?, Operation> operations = item.getOperations();
            if (operations != null) {
                operations.values().forEach(operation -> apply(operation, problemSchemaKnown));
            }
        });
    }

    private static void apply(Operation operation, boolean problemSchemaKnown) {
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>());
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach(OpenApiConventions::documentHeaders);
        }
        boolean documentsClientError = responses.getAPIResponses() != null
                && responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("4"));
        if (!documentsClientError) {
            responses.addAPIResponse("406", notAcceptable(problemSchemaKnown));
        }
    }

    /** The headers the kit sends with a status, documented where the operation documents the status. */
    static void documentHeaders(String status, APIResponse response) {
        switch (status) {
            case "429", "503" -> header(response, "Retry-After",
                    "seconds to wait before sending the same request again (RFC 9110 §10.2.3)", "integer");
            case "304" -> header(response, "ETag", "the strong tag of the representation the client holds", "string");
            default -> { }
        }
    }

    private static void header(APIResponse response, String name, String description, String type) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        response.addHeader(name, OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType("integer".equals(type)
                        ? org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER
                        : org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
    }

    private static APIResponse notAcceptable(boolean problemSchemaKnown) {
        APIResponse response = OASFactory.createAPIResponse()
                .description("The Accept header names no media type this operation produces (problem code NOT_ACCEPTABLE)");
        if (problemSchemaKnown) {
            response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        }
        return response;
    }
}
