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
 * an expired one, one signed by a stranger, garbage → 401; a valid token with no role, and one with
 * every platform role except those the operation allows → 403. Generated from the document, so a new
 * endpoint cannot escape it: a write endpoint that declares no security must be named in
 * {@link #publicWrites()} or the test fails.
 *
 * <p>Writes the {@code department} role may call are where one department could act for another: each
 * must be marked {@value OpenApiDocument#DEPARTMENT_SCOPED} (its permission depends on the caller's
 * department) or named in {@link #departmentWideWrites()}. For every marked one the subclass supplies a
 * {@link ForeignDepartmentCase}, and a token of another department must get 403 and write nothing.
 */
public abstract class AuthMatrixTest {

    /** Every role the platform's tokens carry (the realm roles of deploy/keycloak). */
    public static final List<String> PLATFORM_ROLES = List.of("gazette-editor", "supervisor", "department", "hr-bureau", "auditor");

    /** Write operations ("POST /api/v1/…") that are public on purpose. */
    protected abstract Set<String> publicWrites();

    /**
     * Writes the {@code department} role may call whose effect does not depend on which department
     * calls (none so far); name the reason in the subclass.
     */
    protected Set<String> departmentWideWrites() {
        return Set.of();
    }

    /**
     * A request to a department-scoped write that its {@code ownDepartment} may make and
     * {@code foreignDepartment} may not, and a read of what that write changes.
     *
     * @param uri               the path with its parameters filled in, e.g. {@code /api/v1/tasks/7/reports}
     * @param body              a valid JSON body
     * @param ownDepartment     a department the resource belongs to (its write must succeed)
     * @param foreignDepartment a known department it does not belong to
     * @param writtenState      reads what the write would change (e.g. the list of a task's reports)
     */
    public record ForeignDepartmentCase(String uri, String body, String ownDepartment, String foreignDepartment,
                                        Supplier<String> writtenState) {
    }

    /** The case for a department-scoped operation; made fresh per call (it may create the resource). */
    protected ForeignDepartmentCase foreignDepartmentCase(OpenApiDocument.Operation operation) {
        return null;
    }

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
            expect(failures, op, generator, "expired token", () -> TestTokens.expired(PLATFORM_ROLES.toArray(String[]::new)), 401);
            expect(failures, op, generator, "foreign signature", () -> TestTokens.wrongSignature(PLATFORM_ROLES.toArray(String[]::new)), 401);
            expect(failures, op, generator, "garbage token", () -> "abc.def.ghi", 401);
            expect(failures, op, generator, "no role", () -> TestTokens.withRoles("citizen"), 403);
            String[] otherRoles = PLATFORM_ROLES.stream().filter(r -> !op.roles().contains(r)).toArray(String[]::new);
            if (op.roles().isEmpty()) {
                failures.add(op.key() + " is secured but its OpenAPI security requirement names no role");
            } else if (otherRoles.length > 0) {
                expect(failures, op, generator, "wrong roles " + String.join(",", otherRoles),
                        () -> TestTokens.departmentUserWithRoles("市人社局", "wrong-role", otherRoles), 403);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(checked > 0 || !publicWrites().isEmpty(), "no write endpoint found in the OpenAPI document");
    }

    @Test
    void everyDepartmentScopedWriteRefusesAnotherDepartmentAndWritesNothing() {
        OpenApiDocument document = OpenApiDocument.parse(given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> failures = new ArrayList<>();
        for (OpenApiDocument.Operation op : document.operations()) {
            if (!op.isWrite() || !op.roles().contains("department") && !op.departmentScoped()) {
                continue;
            }
            if (!op.departmentScoped()) {
                if (!departmentWideWrites().contains(op.key())) {
                    failures.add(op.key() + " is open to the department role: mark it " + OpenApiDocument.DEPARTMENT_SCOPED
                            + " (and supply a ForeignDepartmentCase) or list it in departmentWideWrites()");
                }
                continue;
            }
            ForeignDepartmentCase c = foreignDepartmentCase(op);
            if (c == null) {
                failures.add(op.key() + " is " + OpenApiDocument.DEPARTMENT_SCOPED + " but the test supplies no ForeignDepartmentCase");
                continue;
            }
            String before = c.writtenState().get();
            expectDepartment(failures, op, c, "another department (" + c.foreignDepartment() + ")",
                    TestTokens.department(c.foreignDepartment()), 403);
            expectDepartment(failures, op, c, "a department token naming no department", TestTokens.withRoles("department"), 403);
            String after = c.writtenState().get();
            if (!before.equals(after)) {
                failures.add(op.key() + ": a refused department changed the data: " + before + " → " + after);
            }
            // The control: the same request from the right department goes through and is seen by the
            // state read, so the refusals above are about the department and the "nothing written"
            // check can see a write.
            expectDepartment(failures, op, c, "its own department (" + c.ownDepartment() + ")",
                    TestTokens.department(c.ownDepartment()), 0);
            if (c.writtenState().get().equals(after)) {
                failures.add(op.key() + ": the state read does not show the own department's write, so it proves nothing");
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** {@code status} 0 means any 2xx. */
    private static void expectDepartment(List<String> failures, OpenApiDocument.Operation op, ForeignDepartmentCase c,
                                         String what, String token, int status) {
        Response response = given().auth().oauth2(token).contentType("application/json")
                .body(c.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)).request(op.method(), c.uri());
        boolean ok = status == 0 ? response.statusCode() / 100 == 2
                : response.statusCode() == status && String.valueOf(response.contentType()).startsWith("application/problem+json");
        if (!ok) {
            failures.add(op.key() + " with " + what + ": expected " + (status == 0 ? "2xx" : status + " problem+json")
                    + ", got " + response.statusCode() + " " + response.contentType() + " " + response.asString());
        }
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
