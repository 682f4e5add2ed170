package gov.linzhi.gazette.search;

import gov.linzhi.platform.domain.DomainException;

import java.util.List;

/**
 * A search request the service refuses. The API renders it as the kit's 400 VALIDATION_FAILED
 * problem (English message, field named); the search page shows {@link #chineseMessage()} next to
 * the field it names, so both read the same rule.
 */
public class InvalidSearchException extends DomainException {

    private final String field;
    private final String chineseMessage;

    InvalidSearchException(String field, String message, String chineseMessage) {
        super(Kind.INVALID, VALIDATION_FAILED, field + ": " + message, List.of(new FieldError(field, message)));
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
