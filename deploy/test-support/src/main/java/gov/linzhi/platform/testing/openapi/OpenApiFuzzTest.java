package gov.linzhi.platform.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.platform.testing.TestTokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static gov.linzhi.platform.testing.openapi.TestApplication.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input, driven by the service's own OpenAPI document: plausible and spoiled requests for
 * every operation, on loopback, bounded in count and time. The spoiled ones include numbers and dates that overflow,
 * decimals with exponents of two billion, bodies sent chunked, a YAML alias bomb where YAML is taken, and a caller
 * whose name is longer than the audit column. The service must never answer 5xx (a
 * documented 503 from a peer being down aside) and every error must be problem+json.
 *
 * <p>Extend it in a {@code @QuarkusTest} class of the service. Give that class a database of its own
 * (other {@code database} argument of the MariaDB test resource) so the data it makes disturbs no
 * other test.
 */
public abstract class OpenApiFuzzTest {

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}/]+)}");

    /** How many requests to send in all. */
    protected int requests() {
        return 2000;
    }

    /** Stop sending after this long, whatever the count. */
    protected Duration budget() {
        return Duration.ofSeconds(120);
    }

    /** A token that passes every role check, so the fuzz reaches the code behind it. */
    protected String token() {
        return TestTokens.departmentUserWithRoles("市人社局", "fuzz", "gazette-editor", "supervisor", "department",
                "hr-bureau", "auditor");
    }

    /** Operations ("POST /api/v1/…") to leave out, with the reason in the subclass. */
    protected Set<String> skipped() {
        return Set.of();
    }

    @Test
    void hostileAndPlausibleRequestsNeverGet5xxAndEveryErrorIsProblemJson() {
        OpenApiDocument document = OpenApiDocument.parse(given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        ResponseContract contract = new ResponseContract(document);
        List<OpenApiDocument.Operation> operations = document.operations().stream()
                .filter(op -> !skipped().contains(op.key())).toList();
        assertTrue(!operations.isEmpty(), "the OpenAPI document lists no operation");
        RequestGenerator generator = new RequestGenerator(document, 20200317L);
        String token = token();
        String longToken = overLongToken();
        List<String> failures = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Instant deadline = Instant.now().plus(budget());
        int sent = 0;
        for (; sent < requests() && Instant.now().isBefore(deadline); sent++) {
            OpenApiDocument.Operation op = operations.get(sent % operations.size());
            boolean hostile = generator.random().nextBoolean();
            Exchange exchange = send(op, generator, hostile, hostile && generator.random().nextInt(8) == 0 ? longToken : token);
            statuses.merge(exchange.response.statusCode(), 1, Integer::sum);
            String problem = judge(exchange.response);
            if (problem == null) {
                problem = undocumented(op, exchange.response);
            }
            if (problem == null) {
                problem = contract.broken(op, exchange.response);
            }
            if (problem != null && seen.add(op.key() + " " + exchange.response.statusCode()) && failures.size() < 25) {
                failures.add(op.key() + " " + exchange.describe() + " → " + problem);
            }
        }
        System.out.printf("fuzz: %d requests over %d operations, statuses %s%n", sent, operations.size(), statuses);
        assertTrue(failures.isEmpty(), "fuzz found " + failures.size() + "+ bad answers:\n" + String.join("\n", failures));
        assertTrue(sent >= Math.min(requests(), 200), "only " + sent + " requests fitted in the time budget");
    }

    private record Exchange(String uri, String body, Response response) {
        String describe() {
            String shown = body == null ? "" : " body=" + (body.length() > 160 ? body.substring(0, 160) + "…" : body);
            return uri + shown;
        }
    }

    /** A token that passes every role check and names its caller with 250 characters (the audit column holds 200). */
    private String overLongToken() {
        return TestTokens.departmentUserWithRoles("市人社局", "fuzz-" + "长".repeat(245), "gazette-editor", "supervisor",
                "department", "hr-bureau", "auditor");
    }

    private static Exchange send(OpenApiDocument.Operation op, RequestGenerator generator, boolean hostile, String token) {
        RequestSpecification request = given().urlEncodingEnabled(false).auth().oauth2(token);
        String path = op.path();
        Matcher m = PATH_PARAM.matcher(path);
        Map<String, String> pathValues = new TreeMap<>();
        while (m.find()) {
            JsonNode parameter = op.parameters().stream()
                    .filter(p -> "path".equals(p.path("in").asText()) && m.group(1).equals(p.path("name").asText()))
                    .findFirst().orElse(null);
            String value = parameter == null ? "1" : generator.parameter(parameter, hostile && generator.random().nextBoolean());
            pathValues.put(m.group(1), value.isEmpty() ? "x" : value);
        }
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : op.parameters()) {
            if ("query".equals(parameter.path("in").asText())
                    && (parameter.path("required").asBoolean() || generator.random().nextBoolean())) {
                query.append(query.isEmpty() ? '?' : '&').append(encode(parameter.path("name").asText())).append('=')
                        .append(encode(generator.parameter(parameter, hostile && generator.random().nextBoolean())));
            }
        }
        for (JsonNode parameter : op.parameters()) {
            if ("header".equals(parameter.path("in").asText())
                    && (parameter.path("required").asBoolean() || generator.random().nextBoolean())) {
                String value = hostile && generator.random().nextBoolean()
                        ? generator.parameter(parameter, true) : "fuzz-" + generator.random().nextInt(1000);
                // a header value cannot carry line breaks or NULs; the codec would refuse to send them
                request.header(parameter.path("name").asText(), value.replaceAll("[\\r\\n\\x00]", "_"));
            }
        }
        String body = null;
        if (!op.bodies().isEmpty()) {
            List<String> types = new ArrayList<>(op.bodies().keySet());
            String type = types.get(generator.random().nextInt(types.size()));
            JsonNode schema = op.bodies().get(type);
            body = type.contains("json") ? generator.body(schema, hostile)
                    : hostile && type.contains("yaml") && generator.random().nextBoolean() ? RequestGenerator.ALIAS_BOMB
                    : hostile ? RequestGenerator.HOSTILE.get(generator.random().nextInt(RequestGenerator.HOSTILE.size()))
                    : "林芝市\n" + generator.body(schema, false);
            String sentType = type.contains("*") ? "application/json" : type;
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            request.contentType(sentType + (sentType.startsWith("text/") ? "; charset=UTF-8" : ""));
            if (hostile && generator.random().nextInt(4) == 0) {
                // no Content-Length: the body arrives chunked, as a client streaming it would send it
                request.body(new java.io.ByteArrayInputStream(bytes));
            } else {
                request.body(bytes);
            }
        }
        String uri = path;
        for (Map.Entry<String, String> e : pathValues.entrySet()) {
            uri = uri.replace("{" + e.getKey() + "}", encode(e.getValue()));
        }
        uri = uri + query;
        Response response = request.request(op.method(), uri);
        return new Exchange(uri, body, response);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Null when the answer is acceptable, otherwise what is wrong with it. */
    private static String judge(Response response) {
        int status = response.statusCode();
        String type = String.valueOf(response.contentType());
        if (status >= 500 && status != 503) {
            return status + " " + abbreviate(response.asString());
        }
        if (status >= 400) {
            if (!type.startsWith("application/problem+json")) {
                return status + " with Content-Type " + type;
            }
            try {
                JsonNode problem = new ObjectMapper().readTree(response.asString());
                if (!problem.hasNonNull("code") || problem.path("status").asInt() != status) {
                    return status + " problem without code/status: " + abbreviate(response.asString());
                }
            } catch (java.io.IOException e) {
                return status + " problem+json that is not JSON";
            }
        }
        if (type.startsWith("text/html") && response.asString().contains("<script>alert(")) {
            return "HTML echoes a script unescaped";
        }
        return null;
    }

    /**
     * Null when the operation's document promises what it answered: the status among its responses, and a problem's
     * {@code code} among the codes it lists for that status ({@code x-problem-codes}); otherwise what it left out.
     */
    private static String undocumented(OpenApiDocument.Operation op, Response response) {
        String status = String.valueOf(response.statusCode());
        if (status.equals("503")) {
            return null; // a peer being away is documented where the operation calls one; the fuzz cannot tell
        }
        if (!op.statuses().contains(status) && !op.statuses().contains("default")) {
            return status + " is not among the documented responses " + op.statuses() + ": " + abbreviate(response.asString());
        }
        if (response.statusCode() >= 400) {
            String code = response.jsonPath().getString("code");
            java.util.Set<String> listed = op.problemCodes().getOrDefault(status, java.util.Set.of());
            if (!listed.contains(code)) {
                return status + " " + code + " is not among the codes documented for it " + listed;
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
