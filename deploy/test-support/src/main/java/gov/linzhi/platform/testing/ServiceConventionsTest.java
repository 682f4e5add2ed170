package gov.linzhi.platform.testing;

import gov.linzhi.platform.audit.ActorNames;
import gov.linzhi.platform.audit.AuditAction;
import gov.linzhi.platform.audit.AuditLog;
import gov.linzhi.platform.audit.AuditSubject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.config.LogConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.log.LogDetail;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conventions every service promises, asserted the same way in each: extend it in a
 * {@code @QuarkusTest} class of the service.
 */
public abstract class ServiceConventionsTest {

    private static final String PROBE = "/api/v1/test-probe";
    private static final String VALID = "{\"name\":\"学徒\",\"level\":\"LEVEL_3\",\"percent\":50,\"on\":\"2020-07-05\"}";

    @Inject
    Flyway flyway;

    @Inject
    AuditLog audit;

    @Inject
    DataSource dataSource;

    /**
     * Every list answers in the one envelope ({@code items, total, page, size, links}) with the same links in the
     * {@code Link} header: no operation documents a bare JSON array, and each list the service offers without path
     * parameters is asked for its second page of one item to show that the envelope, the header and the paging agree.
     */
    @Test
    void everyListAnswersInTheOneEnvelopeWithItsLinksInTheHeader() throws Exception {
        com.fasterxml.jackson.databind.JsonNode document = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        java.util.List<String> bare = new java.util.ArrayList<>();
        java.util.List<String> lists = new java.util.ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            com.fasterxml.jackson.databind.JsonNode schema = method.getValue().path("responses").path("200").path("content")
                    .path("application/json").path("schema");
            if (schema.has("$ref")) {
                schema = document.at(schema.get("$ref").asText().substring(1));
            }
            String operation = method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            if ("array".equals(schema.path("type").asText())) {
                bare.add(operation);
            } else if (schema.path("properties").has("links") && schema.path("properties").has("items")
                    && "get".equals(method.getKey()) && !path.getKey().contains("{")
                    && java.util.stream.StreamSupport.stream(method.getValue().path("parameters").spliterator(), false)
                    .noneMatch(p -> p.path("required").asBoolean())) {
                lists.add(path.getKey());
            }
        }));
        assertTrue(bare.isEmpty(), "lists answered as bare arrays: " + bare);
        String token = TestTokens.departmentUserWithRoles("市人社局", "conventions", "gazette-editor", "supervisor", "department",
                "hr-bureau", "auditor");
        for (String list : lists) {
            io.restassured.response.Response page = given().auth().oauth2(token).queryParam("page", 1).queryParam("size", 1)
                    .get(list).then().extract().response();
            assertEquals(200, page.statusCode(), list + " answered " + page.asString());
            io.restassured.path.json.JsonPath body = page.jsonPath();
            assertEquals(1, body.getInt("page"), list);
            assertEquals(1, body.getInt("size"), list);
            assertTrue(body.getList("items").size() <= 1, list);
            assertEquals(body.getLong("total") > 1 ? 1 : 0, body.getList("items").size(), list + ": the second item is page 1");
            assertTrue(body.getString("links.self").startsWith(list + "?") && body.getString("links.self").contains("page=1&size=1"),
                    list + " links to itself: " + body.getString("links.self"));
            assertEquals(body.getString("links.prev"), body.getString("links.first"), list + ": page 1 comes after the first");
            String header = page.header("Link");
            assertTrue(header != null && header.contains("<" + body.getString("links.self") + ">; rel=\"self\"")
                    && header.contains("<" + body.getString("links.first") + ">; rel=\"first\""), list + " Link: " + header);
        }
    }

    /**
     * Every enumerated value the API shows carries its Chinese meaning ({@code x-enum-descriptions}, one non-blank
     * entry per value, in order): an enum added to a response or a request without its labels fails here.
     */
    @Test
    void everyEnumValueInTheDocumentHasItsChineseMeaning() throws Exception {
        com.fasterxml.jackson.databind.JsonNode components = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString())
                .path("components");
        java.util.List<String> unlabelled = new java.util.ArrayList<>();
        java.util.List<String> labelled = new java.util.ArrayList<>();
        enumsIn(components, "#/components", unlabelled, labelled);
        assertTrue(unlabelled.isEmpty(), "enums without (complete) x-enum-descriptions: " + unlabelled);
        assertFalse(labelled.isEmpty(), "the document shows no enum at all");
    }

    private static void enumsIn(com.fasterxml.jackson.databind.JsonNode node, String at, java.util.List<String> unlabelled,
                                java.util.List<String> labelled) {
        if (node.isObject()) {
            if (node.path("enum").isArray() && node.path("enum").size() > 0) {
                com.fasterxml.jackson.databind.JsonNode labels = node.path("x-enum-descriptions");
                boolean complete = labels.isArray() && labels.size() == node.path("enum").size();
                for (com.fasterxml.jackson.databind.JsonNode label : labels) {
                    complete &= !label.asText().isBlank();
                }
                (complete ? labelled : unlabelled).add(at + " " + node.path("enum"));
            }
            node.fields().forEachRemaining(f -> enumsIn(f.getValue(), at + "/" + f.getKey(), unlabelled, labelled));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                enumsIn(node.get(i), at + "/" + i, unlabelled, labelled);
            }
        }
    }

    /** The verbs an operationId may start with: what a client does, then what it acts on ({@code listDocuments}). */
    private static final java.util.regex.Pattern OPERATION_ID = java.util.regex.Pattern.compile(
            "(list|get|search|create|update|replace|change|submit|file|import|export|evaluate|simulate|flag|unflag"
                    + "|deactivate|resolve|load|clawBack|ping|echo|fail|post)([A-Z][A-Za-z0-9]*)?");

    @Test
    void everyOperationIdReadsAsAVerbAndIsUsedOnce() throws Exception {
        com.fasterxml.jackson.databind.JsonNode paths = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString())
                .path("paths");
        java.util.Map<String, String> seen = new java.util.TreeMap<>();
        java.util.List<String> wrong = new java.util.ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String id = method.getValue().path("operationId").asText("");
            String operation = method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            if (!method.getValue().isObject() || path.getKey().startsWith("/q/") || "parameters".equals(method.getKey())) {
                return;
            }
            if (!OPERATION_ID.matcher(id).matches()) {
                wrong.add(operation + ": '" + id + "'");
            }
            String other = seen.put(id, operation);
            if (other != null) {
                wrong.add(operation + ": '" + id + "' is also " + other);
            }
        }));
        assertTrue(!seen.isEmpty(), "the document lists no operation");
        assertTrue(wrong.isEmpty(), "operationIds that do not read as a verb phrase or repeat: " + wrong);
    }

    /** One audit log in every service: the kit's writer, the same table, the same vocabulary, append-only in the database. */
    @Test
    void theAuditLogIsWrittenInTheChangesTransactionAndNeverChanged() throws Exception {
        var action = AuditAction.of("CONVENTION_CHECKED");
        String id = UUID.randomUUID().toString();
        var kept = AuditSubject.of("convention", id);
        var rolledBack = AuditSubject.of("convention", id + "-rolled-back");

        assertThrows(RuntimeException.class, () -> audit.append("tester", action, kept, Map.of()),
                "an entry outside a transaction could outlive the change it records");
        QuarkusTransaction.requiringNew().run(() ->
                audit.append("x".repeat(300), action, kept, Map.of("name", "学徒")));
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            audit.append("tester", action, rolledBack, Map.of());
            throw new IllegalStateException("the change failed");
        }));

        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT actor, action, JSON_VALUE(details, '$.name') FROM audit_log"
                    + " WHERE subject = 'convention/" + id + "'")) {
                assertTrue(rs.next(), "the committed entry is there");
                assertTrue(rs.getString(1).length() <= ActorNames.MAX_LENGTH, "an over-long actor is fitted");
                assertEquals("CONVENTION_CHECKED", rs.getString(2));
                assertEquals("学徒", rs.getString(3));
                assertFalse(rs.next());
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM audit_log WHERE subject = '" + rolledBack + "'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "a rolled-back change leaves no entry");
            }
            assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE audit_log SET actor = 'someone else'"));
            assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM audit_log"));
            try (ResultSet rs = st.executeQuery("SELECT action, subject FROM audit_log")) {
                while (rs.next()) {
                    String entry = rs.getString(1) + " " + rs.getString(2);
                    assertTrue(rs.getString(1).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+") && rs.getString(2).matches("[a-z][a-z0-9-]*/[^/]+"),
                            "every entry reads ACTION_DONE type/id: " + entry);
                }
            }
        }
    }

    /**
     * The cores speak the domain's language: only the edge (resources, pages, clients of other services and the API
     * packages) throws the kit's {@code ApiException} with an HTTP status; everything else throws
     * {@code DomainException}, mapped at the edge. Read from the service's sources (the test runs in its module).
     */
    @Test
    void onlyTheEdgeThrowsHttpExceptions() throws java.io.IOException {
        java.nio.file.Path sources = java.nio.file.Path.of("src/main/java");
        assertTrue(java.nio.file.Files.isDirectory(sources), "run from the service's module");
        java.util.List<String> cores;
        try (var files = java.nio.file.Files.walk(sources)) {
            cores = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !isEdge(sources.relativize(f)))
                    .filter(f -> read(f).contains("import gov.linzhi.platform.problem.ApiException;"))
                    .map(f -> sources.relativize(f).toString()).sorted().toList();
        }
        assertTrue(cores.isEmpty(), "throw DomainException in these instead: " + cores);
    }

    private static boolean isEdge(java.nio.file.Path file) {
        String name = file.getFileName().toString();
        for (java.nio.file.Path segment : file) {
            if (java.util.Set.of("api", "rest", "pages", "clients").contains(segment.toString())) {
                return true;
            }
        }
        return name.endsWith("Resource.java") || name.endsWith("Gateway.java");
    }

    private static String read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void flywayMigratedTheEmptyDatabase() {
        MigrationInfo[] applied = flyway.info().applied();
        assertTrue(applied.length > 0, "no migration applied");
        assertTrue(Arrays.stream(applied).allMatch(m -> m.getState().isApplied() && !m.getState().isFailed()));
        assertFalse(flyway.info().pending().length > 0, "migrations left pending");
    }

    @Test
    void validBodyIsAcceptedAndChineseTextRoundTripsInUtf8() {
        given().contentType(ContentType.JSON).body(VALID).post(PROBE)
                .then().statusCode(200)
                .header("Content-Type", containsString("application/json"))
                .body("name", is("学徒"));
    }

    @Test
    void malformedJsonIsProblem400() {
        given().contentType(ContentType.JSON).body("{\"name\": ").post(PROBE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("MALFORMED_JSON")).body("status", is(400))
                .body("type", startsWith("https://")).body("title", not(equalTo("")))
                .body(not(containsString("Exception")));
    }

    @Test
    void wrongTypeIsProblem400NamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"level\":\"LEVEL_3\",\"percent\":\"half\"}").post(PROBE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("INVALID_VALUE")).body("violations.field", hasItem("percent"));
    }

    @Test
    void unknownEnumValueIsProblem400ListingTheAllowedValues() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"level\":\"LEVEL_9\",\"percent\":1}").post(PROBE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("INVALID_VALUE")).body("violations.field", hasItem("level"))
                .body("detail", containsString("LEVEL_5"));
    }

    @Test
    void badDateIsProblem400() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"level\":\"LEVEL_3\",\"percent\":1,\"on\":\"2020-13-45\"}").post(PROBE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("INVALID_VALUE")).body("violations.field", hasItem("on"));
    }

    @Test
    void constraintViolationsAreListedPerField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"\",\"percent\":101}").post(PROBE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED"))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("level"))
                .body("violations.field", hasItem("percent"));
    }

    @Test
    void missingBodyIsProblem400() {
        given().contentType(ContentType.JSON).post(PROBE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("BODY_REQUIRED"));
    }

    @Test
    void oversizeBodyIsProblem413() {
        String huge = "{\"name\":\"" + "学".repeat(6_000_000) + "\",\"level\":\"LEVEL_3\",\"percent\":1}";
        // Quarkus turns on REST Assured's log-on-failure, which pretty-prints every request body in memory first:
        // for these 18 MB that alone can exhaust the test JVM's heap. Log only the headers for this request.
        RestAssuredConfig statusOnly = RestAssuredConfig.config().logConfig(
                LogConfig.logConfig().enableLoggingOfRequestAndResponseIfValidationFails(LogDetail.HEADERS));
        given().config(statusOnly).contentType(ContentType.JSON).body(huge).post(PROBE)
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", is("BODY_TOO_LARGE"));
    }

    @Test
    void unconvertibleQueryParameterIsProblem400NotA404() {
        given().get(PROBE + "/paged?page=abc")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("INVALID_VALUE")).body("violations.field", hasItem("page"));
        given().get(PROBE + "/paged?page=2").then().statusCode(200).body(containsString("page 2"));
    }

    @Test
    void unknownRouteIsProblem404() {
        given().accept(ContentType.HTML).get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json").body("code", is("NOT_FOUND"));
        given().get("/definitely/not/here")
                .then().statusCode(404).contentType("application/problem+json").body("code", is("NOT_FOUND"));
    }

    @Test
    void wrongMethodIsProblem405WithAllow() {
        given().delete(PROBE)
                .then().statusCode(405).contentType("application/problem+json").body("code", is("METHOD_NOT_ALLOWED"))
                .header("Allow", containsString("POST"));
    }

    @Test
    void pageAndSizeBeyondTheirBoundsAreProblem400NeverAnOverflow() {
        given().get(PROBE + "/paged?page=2147483647&size=100").then().statusCode(400).contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED")).body("violations.field", hasItem("page"));
        given().get(PROBE + "/paged?page=1&size=100000").then().statusCode(400).body("violations.field", hasItem("size"));
        given().get(PROBE + "/paged?page=100000&size=1000").then().statusCode(200);
    }

    @Test
    void decimalsAndDatesBeyondSaneBoundsAreProblem400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"x\",\"level\":\"LEVEL_5\",\"percent\":1,\"amount\":1E+2147483647}")
                .post(PROBE).then().statusCode(400).contentType("application/problem+json")
                .body("code", is("INVALID_VALUE")).body("violations.field", hasItem("amount"));
        given().contentType(ContentType.JSON).body("{\"name\":\"x\",\"level\":\"LEVEL_5\",\"percent\":1,\"on\":\"+999999999-12-31\"}")
                .post(PROBE).then().statusCode(400).contentType("application/problem+json")
                .body("code", is("INVALID_VALUE")).body("violations.field", hasItem("on"));
        given().contentType(ContentType.JSON).body("{\"name\":\"x\",\"level\":\"LEVEL_5\",\"percent\":1,\"on\":\"2020-01-16\",\"amount\":85.50}")
                .post(PROBE).then().statusCode(200).body("amount", org.hamcrest.Matchers.equalTo(85.50f));
    }

    @Test
    void oversizeChunkedBodyIsCutOffAsItArrives() throws Exception {
        // twice the configured limit offered without a Content-Length (chunked): the limit counts the bytes as they come
        long limit = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("linzhi.http.max-body-bytes", Long.class);
        long total = 2 * limit;
        long[] sent = {0};
        byte[] opening = "{\"name\":\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent[0] >= total) {
                    return -1;
                }
                len = (int) Math.min(len, total - sent[0]);
                // a JSON string that never ends: the parser keeps reading until the limit stops it
                for (int i = 0; i < len; i++) {
                    b[off + i] = sent[0] + i < opening.length ? opening[(int) (sent[0] + i)] : (byte) 'x';
                }
                sent[0] += len;
                return len;
            }
        };
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + PROBE))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> endless)).build();
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            org.junit.jupiter.api.Assertions.assertEquals(413, response.statusCode(), response.body());
            // Quarkus's own limit answers a chunked body with an empty 413 when it stops reading mid-body (not yet a
            // problem, see the README); whatever carries a body is a problem
            if (!response.body().isEmpty()) {
                org.junit.jupiter.api.Assertions.assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                        response.headers().map() + " " + response.body());
            }
        } catch (java.io.IOException closedWhileSending) {
            // the server answered 413 and closed the connection while the client was still sending: cut off too. A
            // server reading the whole body would answer 400 (a JSON string that never closes), never close early.
        }
    }

    @Test
    void aRateLimitedPathAnswers429WithRetryAfterOnceTheClientsBucketIsEmpty() {
        // the probe allows 3 a minute (test-support's configuration); other tests never call it
        for (int i = 0; i < 3; i++) {
            given().get(PROBE + "/limited").then().statusCode(200);
        }
        given().get(PROBE + "/limited").then().statusCode(429).contentType("application/problem+json")
                .body("code", is("RATE_LIMITED")).header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"));
        given().get(PROBE + "/paged").then().statusCode(200);
    }

    @Test
    void aResidentIdInThePathIsMaskedInTheProblem() {
        for (String path : java.util.List.of("/api/v1/test-probe/people/540402199001011234", "/definitely/540402199001011234")) {
            given().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body(org.hamcrest.Matchers.not(containsString("540402199001011234")))
                    .body("instance", containsString("540402********1234"));
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndPersonalOnesAreNotStored() {
        for (var response : java.util.List.of(given().get(PROBE + "/paged"), given().get("/definitely/not/here"))) {
            response.then().header("X-Content-Type-Options", is("nosniff")).header("X-Frame-Options", is("DENY"))
                    .header("Referrer-Policy", is("same-origin"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        }
        given().get(PROBE + "/paged").then().header("Cache-Control", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(TestTokens.withRoles("auditor")).get(PROBE + "/paged")
                .then().header("Cache-Control", is("no-store"));
    }

    @Test
    void wrongContentTypeIsProblem415() {
        given().contentType(ContentType.XML).body("<x/>").post(PROBE)
                .then().statusCode(415).contentType("application/problem+json").body("code", is("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void unexpectedFailureIsProblem500WithoutStackTraceOrPersonalData() {
        given().get(PROBE + "/boom")
                .then().statusCode(500).contentType("application/problem+json")
                .body("code", is("INTERNAL_ERROR"))
                .body(not(containsString("540402199001011234")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void writeWithoutTokenIs401() {
        given().contentType(ContentType.JSON).body(VALID).post(PROBE + "/secured")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer")).body("code", is("UNAUTHORIZED"));
    }

    @Test
    void expiredOrForeignTokenIs401() {
        given().auth().oauth2(TestTokens.expired("supervisor")).contentType(ContentType.JSON).body(VALID)
                .post(PROBE + "/secured").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.wrongSignature("supervisor")).contentType(ContentType.JSON).body(VALID)
                .post(PROBE + "/secured").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-jwt").contentType(ContentType.JSON).body(VALID)
                .post(PROBE + "/secured").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void wrongRoleIs403AndRightRoleIs200() {
        given().auth().oauth2(TestTokens.withRoles("auditor")).contentType(ContentType.JSON).body(VALID)
                .post(PROBE + "/secured").then().statusCode(403).contentType("application/problem+json")
                .body("code", is("FORBIDDEN"));
        given().auth().oauth2(TestTokens.withRoles("supervisor")).contentType(ContentType.JSON).body(VALID)
                .post(PROBE + "/secured").then().statusCode(200);
    }

    @Test
    void operationsEndpointsAreServed() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200).body("openapi", startsWith("3."));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
