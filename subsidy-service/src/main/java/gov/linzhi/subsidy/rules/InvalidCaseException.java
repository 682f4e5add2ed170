package gov.linzhi.subsidy.rules;

import java.util.List;

/**
 * A case the rule set in force cannot take: a fact it does not declare, a value that does not fit its fact, a
 * fact its programme requires left out. The API answers 400 with one violation per problem.
 */
public class InvalidCaseException extends RuntimeException {

    /** What is wrong, with the request field it concerns ({@code facts.x} for a fact outside the request's own fields). */
    public record Problem(Kind kind, String field, String message) {
    }

    /** The problem codes of the API, in the engine's words. */
    public enum Kind {
        /** A fact the version in force does not declare (API code UNKNOWN_FIELD). */
        UNKNOWN_FIELD,
        /** A value that does not fit its fact (INVALID_VALUE). */
        INVALID_VALUE,
        /** A required fact is missing (VALIDATION_FAILED). */
        VALIDATION_FAILED
    }

    private final List<Problem> problems;

    public InvalidCaseException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse("invalid case"));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The kind the API reports for the whole case: an unknown field first, then an invalid value. */
    public Kind kind() {
        return problems.stream().map(Problem::kind).min(Enum::compareTo).orElse(Kind.VALIDATION_FAILED);
    }
}
