package gov.linzhi.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import gov.linzhi.platform.domain.DomainException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every failure into an RFC 9457 problem+json response with a stable code: domain failures,
 * validation, unreadable JSON, unknown routes and methods, authentication and authorization, and
 * anything unexpected (never a stack trace).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return retryAfterIfUnavailable(respond(new Problem(Problem.typeOf(e.code()), e.title(), e.status(), e.getMessage(), e.code(),
                path(uri), e.violations())));
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        return retryAfterIfUnavailable(respond(problemOf(e, path(uri))));
    }

    /** What is unavailable now may be there shortly: a 503 says when to try again (RFC 9110 §10.2.3). */
    private static Response retryAfterIfUnavailable(Response response) {
        return response.getStatus() == 503 && response.getHeaderString(HttpHeaders.RETRY_AFTER) == null
                ? Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, "1").build() : response;
    }

    /** A domain refusal as a problem: the HTTP status and title its kind stands for at the edge. */
    public static Problem problemOf(DomainException e, String path) {
        if (e instanceof ApiException api) {
            return new Problem(Problem.typeOf(api.code()), api.title(), api.status(), api.getMessage(), api.code(), path,
                    api.violations());
        }
        int status = statusOf(e.kind());
        String title = e.title() != null ? e.title()
                : e.kind() == DomainException.Kind.INVALID && e.fields().isEmpty() ? "Bad request" : titleOf(e.kind());
        return new Problem(Problem.typeOf(e.code()), title, status, e.getMessage(), e.code(), path,
                e.fields().stream().map(f -> new Problem.Violation(f.field(), f.message())).toList());
    }

    public static int statusOf(DomainException e) {
        return e instanceof ApiException api ? api.status() : statusOf(e.kind());
    }

    private static int statusOf(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
            case UNAVAILABLE -> 503;
        };
    }

    private static String titleOf(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> "Request validation failed";
            case FORBIDDEN -> "Forbidden";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Conflict";
            case UNPROCESSABLE -> "Unprocessable request";
            case UNAVAILABLE -> "Service unavailable";
        };
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        if (isReturnValueViolation(e)) {
            return unexpected(e, uri); // our own response broke its contract: a server error, not the caller's
        }
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        boolean missingBody = e.getConstraintViolations().stream().anyMatch(ProblemMappers::isMissingBody);
        String code = missingBody ? ProblemCodes.BODY_REQUIRED : ProblemCodes.VALIDATION_FAILED;
        String title = missingBody ? "Request body required" : "Request validation failed";
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return respond(new Problem(Problem.typeOf(code), title, 400, detail, code, path(uri), violations));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(jsonProblem(e, path(uri)));
    }

    /** Declared apart to take precedence over Quarkus' built-in mapper for this type. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return respond(jsonProblem(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return respond(jsonProblem(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized(path(uri));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(path(uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(problem(403, ProblemCodes.FORBIDDEN, "Forbidden",
                "your token does not carry a role allowed to do this", path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException jpe) {
            return respond(jsonProblem(jpe, path(uri)));
        }
        int status = e.getResponse().getStatus();
        String path = path(uri);
        if ((status == 404 || status == 400) && cause != null && !(cause instanceof WebApplicationException)) {
            return respond(parameterProblem(cause, uri, path));
        }
        return switch (status) {
            case 400 -> respond(problem(400, ProblemCodes.BAD_REQUEST, "Bad request",
                    e.getMessage() == null ? "the request could not be read" : e.getMessage(), path));
            case 401 -> unauthorized(path);
            case 403 -> respond(problem(403, ProblemCodes.FORBIDDEN, "Forbidden", "not allowed", path));
            case 404 -> respond(problem(404, ProblemCodes.NOT_FOUND, "Not found", "no resource at " + path, path));
            case 405 -> methodNotAllowed(e, path);
            case 406 -> respond(problem(406, ProblemCodes.NOT_ACCEPTABLE, "Not acceptable",
                    "no representation matches the Accept header", path));
            case 413 -> respond(problem(413, ProblemCodes.BODY_TOO_LARGE, "Request body too large",
                    "the request body exceeds the limit", path));
            case 415 -> respond(problem(415, ProblemCodes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "this resource does not accept that Content-Type; send one of the media types its OpenAPI document lists "
                            + "for the request body (most take application/json)", path));
            default -> status >= 500 ? unexpected(e, uri)
                    : respond(problem(status, ProblemCodes.BAD_REQUEST, "Request refused",
                    String.valueOf(e.getMessage()), path));
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        if (isDatabaseConnectionFailure(e)) {
            // The database is away (stopped, restarting, failing over): the request did nothing and the
            // same request may succeed shortly, so the caller is told to retry rather than shown a bug.
            LOG.warnf("incident %s: database unavailable at %s", incident, PersonalData.mask(path(uri)));
            return Response.fromResponse(respond(problem(503, ProblemCodes.DATABASE_UNAVAILABLE, "Database unavailable",
                    "the database cannot be reached; retry shortly (claims: with the same Idempotency-Key); incident "
                            + incident, path(uri)))).header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        if (gov.linzhi.platform.persistence.TransactionRetry.isConflict(e)) {
            // A write the database rolled back to resolve a conflict (deadlock, lock wait, certification) outside a
            // TransactionRetry: nothing was recorded and the same request may succeed at once.
            LOG.warnf("incident %s: transaction conflict at %s", incident, PersonalData.mask(path(uri)));
            return Response.fromResponse(respond(problem(503, ProblemCodes.TRANSACTION_CONFLICT, "Transaction conflict",
                    "the database aborted this request for conflicting concurrent writes; nothing was recorded, retry it; incident "
                            + incident, path(uri)))).header(HttpHeaders.RETRY_AFTER, "1").build();
        }
        // The exception class and stack only: messages of lower layers may echo request data.
        LOG.errorf("incident %s: unexpected %s at %s", incident, e.getClass().getName(), PersonalData.mask(path(uri)));
        LOG.debug("incident " + incident, e);
        return respond(problem(500, ProblemCodes.INTERNAL_ERROR, "Internal error",
                "an unexpected error occurred; incident " + incident, path(uri)));
    }

    /**
     * A lost or refused database connection, whichever layer wrapped it (Hibernate, the pool, the
     * transaction manager): SQLState class 08 is "connection exception" in SQL:2016 and the JDBC
     * connection exception types say the same; an exhausted pool (no connection within the
     * acquisition timeout) is the same condition seen from the service. A pooled connection the server
     * closed usually shows up first when the pool enlists it in the transaction, and Agroal reports
     * that as "Failed to enlist…" or "Unable to enlist…" without the driver's exception as cause (each
     * service has one datasource, so enlisting fails for no other reason).
     */
    static boolean isDatabaseConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && (String.valueOf(sql.getSQLState()).startsWith("08")
                    || String.valueOf(sql.getMessage()).contains("acquisition timeout")
                    || String.valueOf(sql.getMessage()).matches("(Failed|Unable) to enlist.*"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * RESTEasy reports a path or query parameter it cannot convert as 404 (as JAX-RS says) with the
     * conversion failure as cause; the caller sent a bad value, so it is a 400 naming the parameter
     * whose value the failure quotes.
     */
    static Problem parameterProblem(Throwable cause, UriInfo uri, String path) {
        String reason = String.valueOf(cause.getMessage());
        String field = "parameter";
        if (uri != null) {
            for (var params : List.of(uri.getQueryParameters(), uri.getPathParameters())) {
                for (var entry : params.entrySet()) {
                    for (String value : entry.getValue()) {
                        if (!value.isEmpty() && reason.contains(value)) {
                            field = entry.getKey();
                        }
                    }
                }
            }
        }
        String message = "'" + valueIn(reason) + "' is not a valid value for this parameter";
        return new Problem(Problem.typeOf(ProblemCodes.INVALID_VALUE), "Invalid value", 400, field + ": " + message,
                ProblemCodes.INVALID_VALUE, path, List.of(new Problem.Violation(field, message)));
    }

    private static String valueIn(String reason) {
        int open = reason.indexOf('"');
        int close = reason.lastIndexOf('"');
        String value = open >= 0 && close > open ? reason.substring(open + 1, close) : reason;
        return value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }

    static Problem jsonProblem(JsonProcessingException e, String path) {
        if (e instanceof PropertyBindingException unknown) {
            return unknownField(unknown, path);
        }
        if (e instanceof MismatchedInputException mie && mie.getPath().isEmpty()
                && String.valueOf(mie.getOriginalMessage()).contains("end-of-input")) {
            return problem(400, ProblemCodes.BODY_REQUIRED, "Request body required", "a JSON request body is required", path);
        }
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            String field = fieldPath(jme.getPath());
            String message = e instanceof InvalidFormatException ife ? invalidValueMessage(ife) : "has the wrong type or shape";
            return new Problem(Problem.typeOf(ProblemCodes.INVALID_VALUE), "Invalid value", 400,
                    field + ": " + message, ProblemCodes.INVALID_VALUE, path, List.of(new Problem.Violation(field, message)));
        }
        if (e instanceof JsonMappingException) {
            return problem(400, ProblemCodes.INVALID_VALUE, "Invalid value", "the JSON body does not have the expected shape", path);
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return problem(400, ProblemCodes.MALFORMED_JSON, "Malformed JSON", "the request body is not valid JSON" + where, path);
    }

    /**
     * A property the request type does not declare (Jackson refuses it: {@code quarkus.jackson.fail-on-unknown-properties}).
     * The violation names the field with its path and the fields that are known there, so a misspelling is plain to see.
     */
    static Problem unknownField(PropertyBindingException e, String path) {
        String field = fieldPath(e.getPath());
        List<String> known = e.getKnownPropertyIds() == null ? List.of()
                : e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
        String message = "unknown field" + (known.isEmpty() ? "" : "; known fields here: " + String.join(", ", known));
        return new Problem(Problem.typeOf(ProblemCodes.UNKNOWN_FIELD), "Unknown field", 400, field + ": " + message,
                ProblemCodes.UNKNOWN_FIELD, path, List.of(new Problem.Violation(field, message)));
    }

    private static String invalidValueMessage(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            String allowed = java.util.Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return "unknown value '" + e.getValue() + "'; allowed: " + allowed;
        }
        String type = target == null ? "value" : target.getSimpleName().toLowerCase(Locale.ROOT);
        return "'" + e.getValue() + "' is not a valid " + type;
    }

    private static String fieldPath(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    /** {@code create.request.personId} → {@code personId}; {@code list.year} → {@code year}. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        if (names.size() > 2) {
            return String.join(".", names.subList(2, names.size()));
        }
        return names.isEmpty() ? "body" : names.get(names.size() - 1);
    }

    private static boolean isReturnValueViolation(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().anyMatch(v -> {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == jakarta.validation.ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * By convention every resource names its request-body parameter {@code body} and marks it
     * {@code @NotNull}, so a missing body shows up as a null {@code <method>.body}.
     */
    private static boolean isMissingBody(ConstraintViolation<?> v) {
        List<Path.Node> nodes = new ArrayList<>();
        v.getPropertyPath().forEach(nodes::add);
        return v.getInvalidValue() == null && nodes.size() == 2
                && nodes.get(1).getKind() == jakarta.validation.ElementKind.PARAMETER
                && "body".equals(nodes.get(1).getName());
    }

    private static Response unauthorized(String path) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(problem(401, ProblemCodes.UNAUTHORIZED, "Unauthorized",
                        "a valid bearer token is required", path))
                .build();
    }

    static Problem problem(int status, String code, String title, String detail, String path) {
        return new Problem(Problem.typeOf(code), title, status, detail, code, path, List.of());
    }

    /** 405 with the {@code Allow} header the JAX-RS layer worked out (RFC 9110 requires it). */
    private static Response methodNotAllowed(WebApplicationException e, String path) {
        String allow = e.getResponse().getHeaderString("Allow");
        if (allow == null && path != null) {
            allow = AllowedMethods.at(path);
        }
        Response problem = respond(problem(405, ProblemCodes.METHOD_NOT_ALLOWED, "Method not allowed",
                "this resource does not support that method" + (allow == null ? "" : "; it allows " + allow), path));
        return allow == null ? problem : Response.fromResponse(problem).header("Allow", allow).build();
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE + ";charset=UTF-8").entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
