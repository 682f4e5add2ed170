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
        assertNull(responses.getAPIResponse("406"), "it documents a client error already");
    }
}
