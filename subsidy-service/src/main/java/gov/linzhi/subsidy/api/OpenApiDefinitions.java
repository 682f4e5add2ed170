package gov.linzhi.subsidy.api;

import gov.linzhi.platform.problem.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The problem+json responses several operations share, declared once and referenced by name
 * ({@code @APIResponse(responseCode = "401", ref = OpenApiDefinitions.UNAUTHORIZED)}).
 * SmallRye OpenAPI reads {@code @OpenAPIDefinition} only from the JAX-RS {@link Application} class;
 * on any other class its components are silently dropped and every such {@code ref} dangles.
 */
@OpenAPIDefinition(
        info = @Info(title = "林芝市 subsidy-service", version = "1.0.0"),
        components = @Components(responses = {
                @APIResponse(name = OpenApiDefinitions.INVALID, responseCode = "400",
                        description = "Invalid request (bad resident ID or credit code, unknown enum value, missing or malformed field)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "bad resident ID", value = Examples.PROBLEM_400))),
                @APIResponse(name = OpenApiDefinitions.UNAUTHORIZED, responseCode = "401", description = "No valid bearer token",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unauthorized", value = Examples.PROBLEM_401))),
                @APIResponse(name = OpenApiDefinitions.FORBIDDEN, responseCode = "403", description = "The token lacks the role this needs",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "forbidden", value = Examples.PROBLEM_403))),
                @APIResponse(name = OpenApiDefinitions.CLAIM_NOT_FOUND, responseCode = "404", description = "No such claim",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_404)))
        }))
public class OpenApiDefinitions extends Application {

    public static final String INVALID = "Invalid";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String CLAIM_NOT_FOUND = "ClaimNotFound";

}
