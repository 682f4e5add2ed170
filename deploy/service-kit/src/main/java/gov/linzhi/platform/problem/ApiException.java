package gov.linzhi.platform.problem;

import java.util.List;

/**
 * A failure the API reports to its caller as a problem+json response with a stable code.
 * Domain code throws it; {@link ProblemMappers} renders it.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<Problem.Violation> violations;

    public ApiException(int status, String code, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
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

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
