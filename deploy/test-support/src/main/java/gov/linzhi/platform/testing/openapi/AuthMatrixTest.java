package gov.linzhi.platform.testing.openapi;

import gov.linzhi.platform.testing.TestTokens;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static gov.linzhi.platform.testing.openapi.TestApplication.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every write endpoint the OpenAPI document lists, against every kind of bad credential: no token,
 * an expired one, one signed by a stranger, garbage → 401; a valid token with no role → 403. Generated
 * from the document, so a new endpoint cannot escape it: a write endpoint that declares no security
 * must be named in {@link #publicWrites()} or the test fails.
 */
public abstract class AuthMatrixTest {

    /** Write operations ("POST /api/v1/…") that are public on purpose. */
    protected abstract Set<String> publicWrites();

    @Test
    void everyProtectedWriteRefusesBadCredentials() {
        OpenApiDocument document = OpenApiDocument.parse(given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        RequestGenerator generator = new RequestGenerator(document, 9L);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (OpenApiDocument.Operation op : document.operations()) {
            if (!op.isWrite()) {
                continue;
            }
            if (!op.secured()) {
                if (!publicWrites().contains(op.key())) {
                    failures.add(op.key() + " declares no security and is not listed as a public write");
                }
                continue;
            }
            checked++;
            expect(failures, op, generator, "no token", null, 401);
            expect(failures, op, generator, "expired token", () -> TestTokens.expired("gazette-editor", "supervisor", "department", "hr-bureau", "auditor"), 401);
            expect(failures, op, generator, "foreign signature", () -> TestTokens.wrongSignature("gazette-editor", "supervisor", "department", "hr-bureau", "auditor"), 401);
            expect(failures, op, generator, "garbage token", () -> "abc.def.ghi", 401);
            expect(failures, op, generator, "no role", () -> TestTokens.withRoles("citizen"), 403);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(checked > 0 || !publicWrites().isEmpty(), "no write endpoint found in the OpenAPI document");
    }

    private static void expect(List<String> failures, OpenApiDocument.Operation op, RequestGenerator generator,
                               String what, Supplier<String> token, int status) {
        var request = given();
        if (token != null) {
            request.auth().oauth2(token.get());
        }
        if (!op.bodies().isEmpty()) {
            String type = op.bodies().keySet().iterator().next();
            String body = type.contains("json") || type.contains("*") ? generator.body(op.bodies().get(type), false) : "x";
            request.contentType(type.contains("*") ? "application/json" : type)
                    .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String uri = op.path().replaceAll("\\{[^}]+}", "1");
        Response response = request.request(op.method(), uri);
        if (response.statusCode() != status || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            failures.add(op.key() + " with " + what + ": expected " + status + " problem+json, got "
                    + response.statusCode() + " " + response.contentType());
        }
    }
}
