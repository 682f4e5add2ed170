package gov.linzhi.platform.openapi;

import gov.linzhi.platform.problem.Problem;
import gov.linzhi.platform.problem.ProblemCodes;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problem responses of every operation, written once here rather than in each resource:
 * <ul>
 *   <li>the responses the kit itself answers for an operation of its kind, added where the operation does not document
 *       the status (a body: 400, 413, 415; parameters: 400; a token: 401, 403; every operation: 406 and 503);</li>
 *   <li>every error response carries the problem+json schema, so an annotation says only what went wrong;</li>
 *   <li>the operation lists, per status, the problem {@code code}s it can answer ({@value #EXTENSION}): the codes its
 *       responses name in their descriptions and examples, and the kit's own for that status. The shared OpenAPI test
 *       suite holds every answer to it.</li>
 * </ul>
 */
final class ProblemResponses {

    static final String EXTENSION = "x-problem-codes";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final Pattern CODE_IN_JSON = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z][A-Z0-9_]*)\"");

    /** What the kit answers with a status, and when: the operation's kind decides which apply. */
    private record Shared(String status, String description, List<String> codes) {
    }

    private static final Shared BAD_BODY = new Shared("400", "The body or a parameter is not what the operation takes",
            List.of(ProblemCodes.MALFORMED_JSON, ProblemCodes.UNKNOWN_FIELD, ProblemCodes.BODY_REQUIRED,
                    ProblemCodes.VALIDATION_FAILED, ProblemCodes.INVALID_VALUE));
    private static final Shared BAD_PARAMETER = new Shared("400", "A parameter is out of range or of the wrong type",
            List.of(ProblemCodes.VALIDATION_FAILED, ProblemCodes.INVALID_VALUE));
    private static final Shared TOO_LARGE = new Shared("413", "The body is larger than the service takes",
            List.of(ProblemCodes.BODY_TOO_LARGE));
    private static final Shared WRONG_TYPE = new Shared("415", "The body's Content-Type is not one the operation takes",
            List.of(ProblemCodes.UNSUPPORTED_MEDIA_TYPE));
    private static final Shared NO_TOKEN = new Shared("401", "No valid bearer token", List.of(ProblemCodes.UNAUTHORIZED));
    private static final Shared NO_ROLE = new Shared("403", "The token lacks a role this needs", List.of(ProblemCodes.FORBIDDEN));
    private static final Shared NOT_ACCEPTABLE = new Shared("406",
            "The Accept header names no media type this operation produces", List.of(ProblemCodes.NOT_ACCEPTABLE));
    private static final Shared NO_DATABASE = new Shared("503", "The service's database cannot be reached; retry later",
            List.of(ProblemCodes.DATABASE_UNAVAILABLE));

    private ProblemResponses() {
    }

    static void apply(OpenAPI openAPI, Operation operation) {
        if (operation.getResponses() == null) {
            operation.responses(OASFactory.createAPIResponses());
        }
        Map<String, Set<String>> codes = new TreeMap<>();
        for (Shared shared : sharedFor(operation)) {
            if (operation.getResponses().getAPIResponse(shared.status()) == null) {
                operation.getResponses().addAPIResponse(shared.status(), OASFactory.createAPIResponse()
                        .description(shared.description() + " (" + String.join(", ", shared.codes()) + ")"));
            }
            codes.computeIfAbsent(shared.status(), s -> new TreeSet<>()).addAll(shared.codes());
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (!status.startsWith("4") && !status.startsWith("5")) {
                return;
            }
            APIResponse described = resolve(openAPI, response);
            Set<String> named = codes.computeIfAbsent(status, s -> new TreeSet<>());
            named.addAll(codesIn(described));
            if (response.getRef() == null) {
                problemContent(response, Integer.parseInt(status), named);
            }
        });
        Map<String, Object> extension = new LinkedHashMap<>();
        codes.forEach((status, named) -> extension.put(status, List.copyOf(named)));
        operation.addExtension(EXTENSION, extension);
    }

    private static List<Shared> sharedFor(Operation operation) {
        List<Shared> shared = new java.util.ArrayList<>();
        if (operation.getRequestBody() != null) {
            shared.addAll(List.of(BAD_BODY, TOO_LARGE, WRONG_TYPE));
        } else if (operation.getParameters() != null && !operation.getParameters().isEmpty()) {
            shared.add(BAD_PARAMETER);
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            shared.addAll(List.of(NO_TOKEN, NO_ROLE));
        }
        shared.addAll(List.of(NOT_ACCEPTABLE, NO_DATABASE));
        return shared;
    }

    private static APIResponse resolve(OpenAPI openAPI, APIResponse response) {
        if (response.getRef() == null || openAPI.getComponents() == null || openAPI.getComponents().getResponses() == null) {
            return response;
        }
        APIResponse shared = openAPI.getComponents().getResponses()
                .get(response.getRef().substring(response.getRef().lastIndexOf('/') + 1));
        return shared == null ? response : shared;
    }

    /** The codes a response names: in its description, and as the {@code code} of its examples. */
    static Set<String> codesIn(APIResponse response) {
        Set<String> codes = new TreeSet<>();
        if (response.getDescription() != null) {
            Matcher m = CODE.matcher(response.getDescription());
            while (m.find()) {
                codes.add(m.group());
            }
        }
        Content content = response.getContent();
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType type : content.getMediaTypes().values()) {
                if (type.getExamples() != null) {
                    for (Example example : type.getExamples().values()) {
                        codes.addAll(codeOf(example.getValue()));
                    }
                }
            }
        }
        return codes;
    }

    private static Set<String> codeOf(Object example) {
        if (example instanceof Map<?, ?> map && map.get("code") instanceof String code) {
            return Set.of(code);
        }
        if (example instanceof String text) {
            Matcher m = CODE_IN_JSON.matcher(text);
            Set<String> codes = new TreeSet<>();
            while (m.find()) {
                codes.add(m.group(1));
            }
            return codes;
        }
        return Set.of();
    }

    /** The problem+json body of an error response: the shared schema, and an example per code it can answer. */
    private static void problemContent(APIResponse response, int status, Set<String> codes) {
        if (response.getContent() == null) {
            response.content(OASFactory.createContent());
        }
        MediaType problem = response.getContent().getMediaType(Problem.MEDIA_TYPE);
        if (problem == null) {
            problem = OASFactory.createMediaType();
            response.getContent().addMediaType(Problem.MEDIA_TYPE, problem);
        }
        if (problem.getSchema() == null) {
            problem.schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        }
        if (problem.getExamples() == null || problem.getExamples().isEmpty()) {
            String what = response.getDescription() == null ? "" : response.getDescription();
            for (String code : codes) {
                Map<String, Object> example = new LinkedHashMap<>();
                example.put("type", Problem.typeOf(code));
                example.put("title", what);
                example.put("status", status);
                example.put("detail", what);
                example.put("code", code);
                problem.addExample(code, OASFactory.createExample().value(example));
            }
        }
    }
}
