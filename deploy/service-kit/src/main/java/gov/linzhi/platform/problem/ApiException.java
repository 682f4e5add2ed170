package gov.linzhi.platform.problem;

import gov.linzhi.platform.domain.DomainException;

import java.util.List;

/**
 * A failure the API reports to its caller as a problem+json response with a stable code and an HTTP status chosen
 * by the edge (resources, pages, clients of other services). The domain's cores throw {@link DomainException}
 * instead; {@link ProblemMappers} renders both.
 */
public class ApiException extends DomainException {

    private final int status;
    private final List<Problem.Violation> violations;

    public ApiException(int status, String code, String title, String detail, List<Problem.Violation> violations) {
        super(kindOf(status), code, title, detail, violations == null ? List.of()
                : violations.stream().map(v -> new FieldError(v.field(), v.message())).toList());
        this.status = status;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public ApiException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    public static ApiException badRequest(String code, String detail) {
        return new ApiException(400, code, "Bad request", detail);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(400, ProblemCodes.VALIDATION_FAILED, "Request validation failed",
                field + ": " + message, List.of(new Problem.Violation(field, message)));
    }

    public static ApiException invalid(List<Problem.Violation> violations) {
        String detail = violations.stream().map(v -> v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return new ApiException(400, ProblemCodes.VALIDATION_FAILED, "Request validation failed", detail, violations);
    }

    public static ApiException notFound(String code, String detail) {
        return new ApiException(404, code, "Not found", detail);
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(409, code, "Conflict", detail);
    }

    public static ApiException forbidden(String code, String detail) {
        return new ApiException(403, code, "Forbidden", detail);
    }

    public static ApiException unprocessable(String code, String detail) {
        return new ApiException(422, code, "Unprocessable request", detail);
    }

    public static ApiException unavailable(String code, String detail) {
        return new ApiException(503, code, "Service unavailable", detail);
    }

    public int status() {
        return status;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    private static Kind kindOf(int status) {
        return switch (status) {
            case 404 -> Kind.NOT_FOUND;
            case 409 -> Kind.CONFLICT;
            case 422 -> Kind.UNPROCESSABLE;
            case 401, 403 -> Kind.FORBIDDEN;
            default -> status >= 500 ? Kind.UNAVAILABLE : Kind.INVALID;
        };
    }
}
