package gov.linzhi.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conventions the kit's filter gives every service's OpenAPI document. */
class OpenApiConventionsTest {

    private static OpenAPI document(Operation operation) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/things", OASFactory.createPathItem().GET(operation)));
    }

    @Test
    void publicOperationsSaySoAndAnOperationWithoutClientErrorsGetsThe406() {
        Operation operation = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
        new OpenApiConventions().filterOpenAPI(document(operation));
        assertEquals(0, operation.getSecurity().size(), "an empty security list: no token needed");
        assertNotNull(operation.getResponses().getAPIResponse("406"));
    }

    @Test
    void retryAfterOn429And503AndETagOn304AreDocumentedWhereTheStatusIs() {
        Operation operation = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok"))
                .addAPIResponse("304", OASFactory.createAPIResponse().description("not modified"))
                .addAPIResponse("400", OASFactory.createAPIResponse().description("bad"))
                .addAPIResponse("429", OASFactory.createAPIResponse().description("too many"))
                .addAPIResponse("503", OASFactory.createAPIResponse().description("away")
                        .addHeader("Retry-After", OASFactory.createHeader().description("its own words"))));
        new OpenApiConventions().filterOpenAPI(document(operation));
        var responses = operation.getResponses();
        assertTrue(responses.getAPIResponse("429").getHeaders().containsKey("Retry-After"));
        assertEquals("its own words", responses.getAPIResponse("503").getHeaders().get("Retry-After").getDescription(),
                "an operation's own description of the header stays");
        assertTrue(responses.getAPIResponse("304").getHeaders().containsKey("ETag"));
        assertNull(responses.getAPIResponse("200").getHeaders());
    }

    @Test
    void aPageOfAListDocumentsItsLinkHeaderAndOtherBodiesDoNot() {
        var page = OASFactory.createSchema().addProperty("items", OASFactory.createSchema()).addProperty("links", OASFactory.createSchema());
        var thing = OASFactory.createSchema().addProperty("id", OASFactory.createSchema());
        Operation list = ok("#/components/schemas/ListPageThing");
        Operation one = ok("#/components/schemas/Thing");
        OpenAPI openAPI = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                        .addSchema("ListPageThing", page).addSchema("Thing", thing))
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/v1/things", OASFactory.createPathItem().GET(list))
                        .addPathItem("/api/v1/things/{id}", OASFactory.createPathItem().GET(one)));
        new OpenApiConventions().filterOpenAPI(openAPI);
        assertTrue(list.getResponses().getAPIResponse("200").getHeaders().containsKey("Link"));
        assertNull(one.getResponses().getAPIResponse("200").getHeaders());
    }

    private static Operation ok(String ref) {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("200",
                OASFactory.createAPIResponse().description("ok").content(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ref))))));
    }

    @Test
    void theKitsOwnProblemResponsesAreAddedAndEveryCodeAnOperationCanAnswerIsListedPerStatus() {
        Operation write = OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody())
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("filed"))
                        .addAPIResponse("404", OASFactory.createAPIResponse().description("No such task (TASK_NOT_FOUND)"))
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("taken").content(OASFactory.createContent()
                                .addMediaType("application/problem+json", OASFactory.createMediaType().addExample("other body",
                                        OASFactory.createExample().value(java.util.Map.of("status", 409, "code", "IDEMPOTENCY_KEY_REUSED")))))));
        OpenAPI openAPI = document(write);
        openAPI.components(OASFactory.createComponents().addSchema("Problem", OASFactory.createSchema()));
        new OpenApiConventions().filterOpenAPI(openAPI);
        var responses = write.getResponses();
        for (String status : java.util.List.of("400", "401", "403", "406", "413", "415", "503")) {
            assertNotNull(responses.getAPIResponse(status), status);
        }
        assertEquals("#/components/schemas/Problem",
                responses.getAPIResponse("404").getContent().getMediaType("application/problem+json").getSchema().getRef(),
                "an error documented by its words alone gets the problem schema");
        @SuppressWarnings("unchecked")
        var codes = (java.util.Map<String, java.util.List<String>>) write.getExtensions().get("x-problem-codes");
        assertEquals(java.util.List.of("TASK_NOT_FOUND"), codes.get("404"));
        assertEquals(java.util.List.of("IDEMPOTENCY_KEY_REUSED"), codes.get("409"));
        assertTrue(codes.get("400").containsAll(java.util.List.of("UNKNOWN_FIELD", "MALFORMED_JSON", "VALIDATION_FAILED")));
        assertEquals(java.util.List.of("UNAUTHORIZED"), codes.get("401"));
        assertEquals(java.util.List.of("DATABASE_UNAVAILABLE"), codes.get("503"));
        assertNull(codes.get("201"));
    }

    @Test
    void aPublicReadWithoutParametersGetsNeitherTheTokenNorTheBodyProblems() {
        Operation read = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
        new OpenApiConventions().filterOpenAPI(document(read));
        assertNull(read.getResponses().getAPIResponse("401"));
        assertNull(read.getResponses().getAPIResponse("400"));
        assertNull(read.getResponses().getAPIResponse("413"));
        assertNotNull(read.getResponses().getAPIResponse("406"));
    }

    @Test
    void aDocumentWithoutTheProblemSchemaGetsItFromTheRecordAndEachErrorAnExamplePerCode() {
        Operation read = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok"))
                .addAPIResponse("404", OASFactory.createAPIResponse().description("No such task (TASK_NOT_FOUND)")));
        OpenAPI openAPI = document(read);
        new OpenApiConventions().filterOpenAPI(openAPI);
        var problem = openAPI.getComponents().getSchemas().get("Problem");
        assertEquals(java.util.Arrays.stream(gov.linzhi.platform.problem.Problem.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList(), java.util.List.copyOf(problem.getProperties().keySet()));
        assertEquals("#/components/schemas/Violation", problem.getProperties().get("violations").getItems().getRef());
        assertNotNull(openAPI.getComponents().getSchemas().get("Violation").getProperties().get("field"));
        var example = read.getResponses().getAPIResponse("404").getContent().getMediaType("application/problem+json")
                .getExamples().get("TASK_NOT_FOUND");
        @SuppressWarnings("unchecked")
        var value = (java.util.Map<String, Object>) example.getValue();
        assertEquals("TASK_NOT_FOUND", value.get("code"));
        assertEquals(404, value.get("status"));
        assertEquals("https://linzhi.gov.cn/problems/task-not-found", value.get("type"));
    }

    @Test
    void aCreationDocumentsItsLocationAnIdempotentWriteItsReplayAndADownloadItsFileName() {
        Operation write = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("Idempotency-Key")
                        .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("filed"))
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("the earlier one")));
        Operation export = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("the table").content(OASFactory.createContent()
                        .addMediaType("text/csv", OASFactory.createMediaType()))));
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/things", OASFactory.createPathItem().POST(write))
                .addPathItem("/api/v1/things/export", OASFactory.createPathItem().GET(export)));
        new OpenApiConventions().filterOpenAPI(openAPI);
        var created = write.getResponses().getAPIResponse("201").getHeaders();
        assertEquals(Boolean.TRUE, created.get("Location").getRequired(), "every 201 the kit's services send carries it");
        assertNotNull(created.get("Idempotent-Replayed"));
        assertNotNull(write.getResponses().getAPIResponse("200").getHeaders().get("Idempotent-Replayed"));
        assertNotNull(export.getResponses().getAPIResponse("200").getHeaders().get("Content-Disposition"));
    }
}
