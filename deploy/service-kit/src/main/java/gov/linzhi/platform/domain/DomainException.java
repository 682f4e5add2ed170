package gov.linzhi.platform.domain;

import java.util.List;

/**
 * A rule of the domain refused what was asked, with a stable code and, for invalid input, the fields at fault. The
 * domain's cores throw it and know nothing of HTTP; the kit's problem mappers turn its {@link Kind} into a status at
 * the edge.
 */
public class DomainException extends RuntimeException {

    /** What kind of refusal it is; the edge decides how to say it. */
    public enum Kind {
        /** The input breaks a rule of form (a field's value). */
        INVALID,
        /** The thing named does not exist. */
        NOT_FOUND,
        /** The thing exists in a state that does not allow this. */
        CONFLICT,
        /** The input is well formed but the domain cannot act on it. */
        UNPROCESSABLE,
        /** The caller may not do this to this thing. */
        FORBIDDEN,
        /** Something the domain needs is not there now; the same request may succeed later. */
        UNAVAILABLE
    }

    /** A field at fault and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    /** The code of a refusal of form that names its fields. */
    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";

    private final Kind kind;
    private final String code;
    private final String title;
    private final List<FieldError> fields;

    /**
     * @param title a short summary of the kind of refusal ("Import rejected"), or null for the kind's own
     */
    public DomainException(Kind kind, String code, String title, String detail, List<FieldError> fields) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.title = title;
        this.fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public DomainException(Kind kind, String code, String detail, List<FieldError> fields) {
        this(kind, code, null, detail, fields);
    }

    public DomainException(Kind kind, String code, String detail) {
        this(kind, code, detail, List.of());
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(Kind.INVALID, VALIDATION_FAILED, field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static DomainException invalid(String code, String field, String message) {
        return new DomainException(Kind.INVALID, code, field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static DomainException badRequest(String code, String detail) {
        return new DomainException(Kind.INVALID, code, detail);
    }

    public static DomainException notFound(String code, String detail) {
        return new DomainException(Kind.NOT_FOUND, code, detail);
    }

    public static DomainException conflict(String code, String detail) {
        return new DomainException(Kind.CONFLICT, code, detail);
    }

    public static DomainException unprocessable(String code, String detail) {
        return new DomainException(Kind.UNPROCESSABLE, code, detail);
    }

    public static DomainException forbidden(String code, String detail) {
        return new DomainException(Kind.FORBIDDEN, code, detail);
    }

    public static DomainException unavailable(String code, String detail) {
        return new DomainException(Kind.UNAVAILABLE, code, detail);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** The summary given when thrown, or null. */
    public String title() {
        return title;
    }

    public List<FieldError> fields() {
        return fields;
    }
}
