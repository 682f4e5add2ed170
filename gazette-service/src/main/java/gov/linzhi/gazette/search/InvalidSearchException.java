package gov.linzhi.gazette.search;

import gov.linzhi.platform.problem.ApiException;
import gov.linzhi.platform.problem.Problem;
import gov.linzhi.platform.problem.ProblemCodes;

import java.util.List;

/**
 * A search request the service refuses. The API renders it as the kit's 400 VALIDATION_FAILED
 * problem (English message, field named); the search page shows {@link #chineseMessage()} next to
 * the field it names, so both read the same rule.
 */
public class InvalidSearchException extends ApiException {

    private final String field;
    private final String chineseMessage;

    InvalidSearchException(String field, String message, String chineseMessage) {
        super(400, ProblemCodes.VALIDATION_FAILED, "Request validation failed", field + ": " + message,
                List.of(new Problem.Violation(field, message)));
        this.field = field;
        this.chineseMessage = chineseMessage;
    }

    /** The request parameter at fault: q, size, page or signedFrom. */
    public String field() {
        return field;
    }

    public String chineseMessage() {
        return chineseMessage;
    }
}
