package gov.linzhi.subsidy.api;

import gov.linzhi.platform.problem.ApiException;
import gov.linzhi.platform.problem.Problem;
import gov.linzhi.platform.problem.ProblemCodes;
import gov.linzhi.platform.problem.ProblemMappers;
import gov.linzhi.subsidy.rules.InvalidCaseException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * A case the rule set in force cannot take, as the API answers it: 400 with one violation per fact —
 * {@code UNKNOWN_FIELD} for a fact the version does not declare, {@code INVALID_VALUE} for a value that does not
 * fit, {@code VALIDATION_FAILED} for a fact its programme requires.
 */
public class CaseProblems {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response invalidCase(InvalidCaseException e, UriInfo uri) {
        return problems.api(of(e), uri);
    }

    public static ApiException of(InvalidCaseException e) {
        return of(e, "");
    }

    /** The problem with each field prefixed, e.g. {@code cases[3].} in a batch. */
    public static ApiException of(InvalidCaseException e, String prefix) {
        List<Problem.Violation> violations = e.problems().stream()
                .map(p -> new Problem.Violation(prefix + p.field(), p.message())).toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("invalid case");
        return switch (e.kind()) {
            case UNKNOWN_FIELD -> new ApiException(400, ProblemCodes.UNKNOWN_FIELD, "Unknown field", detail, violations);
            case INVALID_VALUE -> new ApiException(400, ProblemCodes.INVALID_VALUE, "Invalid value", detail, violations);
            case VALIDATION_FAILED -> new ApiException(400, ProblemCodes.VALIDATION_FAILED, "Request validation failed", detail, violations);
        };
    }
}
